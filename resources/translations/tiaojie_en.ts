<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name />
    <message>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Amount involved (yuan)</source>
        <translation>Amount involved (yuan)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Prevented</source>
        <translation>Prevented</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Persons</translation>
    </message>
    <message>
        <source>People's mediation monthly report, %1-%2</source>
        <translation>People's mediation monthly report, %1-%2</translation>
    </message>
</context>
<context>
    <name>Access</name>
    <message>
        <source>%1 (%2) reads no case content; case work needs a mediator, staff or judge account.</source>
        <translation>%1 (%2) reads no case content; case work needs a mediator, staff or judge account.</translation>
    </message>
    <message>
        <source>Case %1 lies outside the jurisdiction of %2 (%3).</source>
        <translation>Case %1 lies outside the jurisdiction of %2 (%3).</translation>
    </message>
    <message>
        <source>%1 belongs to %2 and cannot register a dispute at %3.</source>
        <translation>%1 belongs to %2 and cannot register a dispute at %3.</translation>
    </message>
    <message>
        <source>%1 lies outside the jurisdiction of %2 (%3).</source>
        <translation>%1 lies outside the jurisdiction of %2 (%3).</translation>
    </message>
    <message>
        <source>The inbox of %1 lies outside the jurisdiction of %2.</source>
        <translation>The inbox of %1 lies outside the jurisdiction of %2.</translation>
    </message>
    <message>
        <source>Only an administrator manages organisations and users.</source>
        <translation>Only an administrator manages organisations and users.</translation>
    </message>
    <message>
        <source>Only an auditor or a security officer reads the audit trail.</source>
        <translation>Only an auditor or a security officer reads the audit trail.</translation>
    </message>
    <message>
        <source>Only an administrator or a security officer makes backups.</source>
        <translation>Only an administrator or a security officer makes backups.</translation>
    </message>
    <message>
        <source>Only an administrator or a security officer restores a backup.</source>
        <translation>Only an administrator or a security officer restores a backup.</translation>
    </message>
    <message>
        <source>Case %1 is away in a transfer package; it is read-only here until it comes back.</source>
        <translation>Case %1 is away in a transfer package; it is read-only here until it comes back.</translation>
    </message>
</context>
<context>
    <name>AccountService</name>
    <message>
        <source>There is no user %1.</source>
        <translation>There is no user %1.</translation>
    </message>
    <message>
        <source>Wrong login or password.</source>
        <translation>Wrong login or password.</translation>
    </message>
    <message>
        <source>The account %1 is locked after repeated failed sign-ins until %2 (UTC). A security officer can unlock it.</source>
        <translation>The account %1 is locked after repeated failed sign-ins until %2 (UTC). A security officer can unlock it.</translation>
    </message>
    <message>
        <source>%1 has no password yet; a security officer must set one.</source>
        <translation>%1 has no password yet; a security officer must set one.</translation>
    </message>
    <message>
        <source>%1 signs in with a password (environment variable TIAOJIE_PASSWORD or standard input).</source>
        <translation>%1 signs in with a password (environment variable TIAOJIE_PASSWORD or standard input).</translation>
    </message>
    <message>
        <source>%1 failed sign-ins</source>
        <translation>%1 failed sign-ins</translation>
    </message>
    <message>
        <source>The password could not be hashed (out of memory?).</source>
        <translation>The password could not be hashed (out of memory?).</translation>
    </message>
    <message>
        <source>Only a security officer resets a password; the administrator sets only the first password of a new account.</source>
        <translation>Only a security officer resets a password; the administrator sets only the first password of a new account.</translation>
    </message>
    <message>
        <source>Change your own password with your current one.</source>
        <translation>Change your own password with your current one.</translation>
    </message>
    <message>
        <source>Name the user whose password changes.</source>
        <translation>Name the user whose password changes.</translation>
    </message>
    <message>
        <source>While no account has a password, the administrator sets the first one.</source>
        <translation>While no account has a password, the administrator sets the first one.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>The current password is wrong.</translation>
    </message>
    <message>
        <source>The new password must differ from the old one.</source>
        <translation>The new password must differ from the old one.</translation>
    </message>
    <message>
        <source>Only a security officer unlocks an account.</source>
        <translation>Only a security officer unlocks an account.</translation>
    </message>
    <message>
        <source>Only an administrator manages organisations and users.</source>
        <translation>Only an administrator manages organisations and users.</translation>
    </message>
</context>
<context>
    <name>AgreementService</name>
    <message>
        <source>performing</source>
        <translation>performing</translation>
    </message>
    <message>
        <source>performed</source>
        <translation>performed</translation>
    </message>
    <message>
        <source>breached</source>
        <translation>breached</translation>
    </message>
    <message>
        <source>An oral agreement cannot be confirmed; record it in writing first.</source>
        <translation>An oral agreement cannot be confirmed; record it in writing first.</translation>
    </message>
    <message>
        <source>Give the date.</source>
        <translation>Give the date.</translation>
    </message>
    <message>
        <source>The date %1 lies in the future.</source>
        <translation>The date %1 lies in the future.</translation>
    </message>
    <message>
        <source>The date %1 is before the case was received (%2).</source>
        <translation>The date %1 is before the case was received (%2).</translation>
    </message>
    <message>
        <source>Name who signed.</source>
        <translation>Name who signed.</translation>
    </message>
    <message>
        <source>A signer signs as party, mediator or seal, not "%1".</source>
        <translation>A signer signs as party, mediator or seal, not "%1".</translation>
    </message>
    <message>
        <source>An oral agreement has no signatures.</source>
        <translation>An oral agreement has no signatures.</translation>
    </message>
    <message>
        <source>%1 is neither a party of case %2 nor one of its mediators; say how they sign with --as party|mediator|seal.</source>
        <translation>%1 is neither a party of case %2 nor one of its mediators; say how they sign with --as party|mediator|seal.</translation>
    </message>
    <message>
        <source>A payment has a positive amount.</source>
        <translation>A payment has a positive amount.</translation>
    </message>
    <message>
        <source>The proof file is larger than 20 MB.</source>
        <translation>The proof file is larger than 20 MB.</translation>
    </message>
    <message>
        <source>The proof file %1 cannot be read.</source>
        <translation>The proof file %1 cannot be read.</translation>
    </message>
    <message>
        <source>The agreement of %1 has no money obligation.</source>
        <translation>The agreement of %1 has no money obligation.</translation>
    </message>
    <message>
        <source>Name the obligation paid (1 to %1).</source>
        <translation>Name the obligation paid (1 to %1).</translation>
    </message>
    <message>
        <source>%1 yuan is more than the %2 yuan still owed by %3.</source>
        <translation>%1 yuan is more than the %2 yuan still owed by %3.</translation>
    </message>
    <message>
        <source>%1 paid %2 yuan to %3</source>
        <translation>%1 paid %2 yuan to %3</translation>
    </message>
    <message>
        <source>Performance is performed, partly or not_performed, not "%1".</source>
        <translation>Performance is performed, partly or not_performed, not "%1".</translation>
    </message>
    <message>
        <source>Satisfaction is rated from 1 to 5.</source>
        <translation>Satisfaction is rated from 1 to 5.</translation>
    </message>
    <message>
        <source>There is no payment proof %1.</source>
        <translation>There is no payment proof %1.</translation>
    </message>
    <message>
        <source>Case %1 has no settlement agreement.</source>
        <translation>Case %1 has no settlement agreement.</translation>
    </message>
    <message>
        <source>There is no proof %1.</source>
        <translation>There is no proof %1.</translation>
    </message>
    <message>
        <source>The agreement of case %1 is already written.</source>
        <translation>The agreement of case %1 is already written.</translation>
    </message>
    <message>
        <source>oral agreement written down</source>
        <translation>oral agreement written down</translation>
    </message>
    <message>
        <source>Proof of the payment of %1 yuan on %2</source>
        <translation>Proof of the payment of %1 yuan on %2</translation>
    </message>
    <message>
        <source>A visit is made by phone or on_site, not "%1".</source>
        <translation>A visit is made by phone or on_site, not "%1".</translation>
    </message>
</context>
<context>
    <name>AttachmentService</name>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Scan of the signed agreement</source>
        <translation>Scan of the signed agreement</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>An attachment is evidence, agreement_scan, receipt or other, not "%1".</source>
        <translation>An attachment is evidence, agreement_scan, receipt or other, not "%1".</translation>
    </message>
    <message>
        <source>Case %1 is in the custody of %2; %3 cannot add files to it.</source>
        <translation>Case %1 is in the custody of %2; %3 cannot add files to it.</translation>
    </message>
    <message>
        <source>Case %1 is closed (%2) and takes no more files.</source>
        <translation>Case %1 is closed (%2) and takes no more files.</translation>
    </message>
    <message>
        <source>Case %1 is settled: evidence is no longer added; attach scans of the agreement, receipts or other papers of its fulfilment.</source>
        <translation>Case %1 is settled: evidence is no longer added; attach scans of the agreement, receipts or other papers of its fulfilment.</translation>
    </message>
    <message>
        <source>Case %1 was settled by %2; %3 cannot add files to it.</source>
        <translation>Case %1 was settled by %2; %3 cannot add files to it.</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>There is no file %1.</translation>
    </message>
    <message>
        <source>%1 is larger than the %2 MB an attachment may have.</source>
        <translation>%1 is larger than the %2 MB an attachment may have.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>The file %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>Give the attachment a file name.</source>
        <translation>Give the attachment a file name.</translation>
    </message>
    <message>
        <source>The file %1 is empty.</source>
        <translation>The file %1 is empty.</translation>
    </message>
    <message>
        <source>The stored content of %1 no longer matches its SHA-256 %2: the database is damaged. Restore it from a backup.</source>
        <translation>The stored content of %1 no longer matches its SHA-256 %2: the database is damaged. Restore it from a backup.</translation>
    </message>
    <message>
        <source>There is no folder %1.</source>
        <translation>There is no folder %1.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 cannot be written: %2</translation>
    </message>
    <message>
        <source>%1 was written but does not read back as it should.</source>
        <translation>%1 was written but does not read back as it should.</translation>
    </message>
    <message>
        <source>There is no attachment %1.</source>
        <translation>There is no attachment %1.</translation>
    </message>
    <message>
        <source>The content of attachment %1 is missing.</source>
        <translation>The content of attachment %1 is missing.</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Entry %1 is missing: the trail jumps from %2 to %3.</source>
        <translation>Entry %1 is missing: the trail jumps from %2 to %3.</translation>
    </message>
    <message>
        <source>Entry %1 does not follow the entry before it (its link to the previous hash is wrong).</source>
        <translation>Entry %1 does not follow the entry before it (its link to the previous hash is wrong).</translation>
    </message>
    <message>
        <source>Entry %1 was altered: its content does not match its hash.</source>
        <translation>Entry %1 was altered: its content does not match its hash.</translation>
    </message>
    <message>
        <source>Entries after %1 were removed (the trail had %2 entries).</source>
        <translation>Entries after %1 were removed (the trail had %2 entries).</translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <source>The backup %1 could not be written: %2</source>
        <translation>The backup %1 could not be written: %2</translation>
    </message>
    <message>
        <source>The backup %1 could not be saved.</source>
        <translation>The backup %1 could not be saved.</translation>
    </message>
    <message>
        <source>Name the backup file.</source>
        <translation>Name the backup file.</translation>
    </message>
    <message>
        <source>%1 exists already; choose a new name.</source>
        <translation>%1 exists already; choose a new name.</translation>
    </message>
    <message>
        <source>The backup is damaged: %1</source>
        <translation>The backup is damaged: %1</translation>
    </message>
    <message>
        <source>The backup's audit trail is broken: %1</source>
        <translation>The backup's audit trail is broken: %1</translation>
    </message>
    <message>
        <source>There is no backup %1.</source>
        <translation>There is no backup %1.</translation>
    </message>
    <message>
        <source>%1 is not a Tiaojie database backup.</source>
        <translation>%1 is not a Tiaojie database backup.</translation>
    </message>
    <message>
        <source>Cannot copy %1 to %2.</source>
        <translation>Cannot copy %1 to %2.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be used: %2</source>
        <translation>The backup %1 cannot be used: %2</translation>
    </message>
    <message>
        <source>Cannot write %1 to disk.</source>
        <translation>Cannot write %1 to disk.</translation>
    </message>
    <message>
        <source>Cannot move %1 aside.</source>
        <translation>Cannot move %1 aside.</translation>
    </message>
    <message>
        <source>Cannot put the backup in place of %1.</source>
        <translation>Cannot put the backup in place of %1.</translation>
    </message>
    <message>
        <source>This workstation works on a PostgreSQL server: backups of a server are made there with pg_dump and WAL archiving (see docs/deployment.md), not copied by a seat.</source>
        <translation>This workstation works on a PostgreSQL server: backups of a server are made there with pg_dump and WAL archiving (see docs/deployment.md), not copied by a seat.</translation>
    </message>
</context>
<context>
    <name>CaseGuard</name>
    <message>
        <source>%1 belongs to %2 and cannot record for %3.</source>
        <translation>%1 belongs to %2 and cannot record for %3.</translation>
    </message>
</context>
<context>
    <name>CaseJson</name>
    <message>
        <source>%1: the field "%2" is missing.</source>
        <translation>%1: the field "%2" is missing.</translation>
    </message>
    <message>
        <source>%1: the field "%2" must be text.</source>
        <translation>%1: the field "%2" must be text.</translation>
    </message>
    <message>
        <source>%1: "%2" is not a date of the form YYYY-MM-DD.</source>
        <translation>%1: "%2" is not a date of the form YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>%1: the amount "%2" must be a decimal string such as "135105.00".</source>
        <translation>%1: the amount "%2" must be a decimal string such as "135105.00".</translation>
    </message>
    <message>
        <source>%1: "%2" is not an amount in yuan (digits with at most two decimals).</source>
        <translation>%1: "%2" is not an amount in yuan (digits with at most two decimals).</translation>
    </message>
    <message>
        <source>%1: "%2" must be a list of names.</source>
        <translation>%1: "%2" must be a list of names.</translation>
    </message>
    <message>
        <source>party %1</source>
        <translation>party %1</translation>
    </message>
    <message>
        <source>%1: the role "%2" is not applicant, respondent or third_party.</source>
        <translation>%1: the role "%2" is not applicant, respondent or third_party.</translation>
    </message>
    <message>
        <source>%1: the kind "%2" is not person or organisation.</source>
        <translation>%1: the kind "%2" is not person or organisation.</translation>
    </message>
    <message>
        <source>%1: "representative" must be true or false.</source>
        <translation>%1: "representative" must be true or false.</translation>
    </message>
    <message>
        <source>case</source>
        <translation>case</translation>
    </message>
    <message>
        <source>The source "%1" is not one of application, initiative, transfer, delegation, hotline.</source>
        <translation>The source "%1" is not one of application, initiative, transfer, delegation, hotline.</translation>
    </message>
    <message>
        <source>"risk" must be true or false.</source>
        <translation>"risk" must be true or false.</translation>
    </message>
    <message>
        <source>The case needs a list of parties.</source>
        <translation>The case needs a list of parties.</translation>
    </message>
    <message>
        <source>Party %1 is not an object.</source>
        <translation>Party %1 is not an object.</translation>
    </message>
    <message>
        <source>session</source>
        <translation>session</translation>
    </message>
    <message>
        <source>agreement</source>
        <translation>agreement</translation>
    </message>
    <message>
        <source>obligation %1</source>
        <translation>obligation %1</translation>
    </message>
    <message>
        <source>%1: the field "amount" is missing.</source>
        <translation>%1: the field "amount" is missing.</translation>
    </message>
    <message>
        <source>%1, instalment %2</source>
        <translation>%1, instalment %2</translation>
    </message>
</context>
<context>
    <name>CaseService</name>
    <message>
        <source>registered</source>
        <translation>registered</translation>
    </message>
    <message>
        <source>not accepted</source>
        <translation>not accepted</translation>
    </message>
    <message>
        <source>in mediation</source>
        <translation>in mediation</translation>
    </message>
    <message>
        <source>referred up</source>
        <translation>referred up</translation>
    </message>
    <message>
        <source>delegated down</source>
        <translation>delegated down</translation>
    </message>
    <message>
        <source>settled</source>
        <translation>settled</translation>
    </message>
    <message>
        <source>mediation failed</source>
        <translation>mediation failed</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>withdrawn</translation>
    </message>
    <message>
        <source>filed</source>
        <translation>filed</translation>
    </message>
    <message>
        <source>party application</source>
        <translation>party application</translation>
    </message>
    <message>
        <source>own initiative</source>
        <translation>own initiative</translation>
    </message>
    <message>
        <source>transferred</source>
        <translation>transferred</translation>
    </message>
    <message>
        <source>court delegation</source>
        <translation>court delegation</translation>
    </message>
    <message>
        <source>hotline</source>
        <translation>hotline</translation>
    </message>
    <message>
        <source>applicant</source>
        <translation>applicant</translation>
    </message>
    <message>
        <source>respondent</source>
        <translation>respondent</translation>
    </message>
    <message>
        <source>third party</source>
        <translation>third party</translation>
    </message>
    <message>
        <source>Name the registering organisation.</source>
        <translation>Name the registering organisation.</translation>
    </message>
    <message>
        <source>Give the date the dispute was received.</source>
        <translation>Give the date the dispute was received.</translation>
    </message>
    <message>
        <source>The date received (%1) lies in the future.</source>
        <translation>The date received (%1) lies in the future.</translation>
    </message>
    <message>
        <source>"%1" is not one of the dispute categories.</source>
        <translation>"%1" is not one of the dispute categories.</translation>
    </message>
    <message>
        <source>The subcategory is too long (40 characters at most).</source>
        <translation>The subcategory is too long (40 characters at most).</translation>
    </message>
    <message>
        <source>Give the dispute a title.</source>
        <translation>Give the dispute a title.</translation>
    </message>
    <message>
        <source>The title is too long (%1 characters at most).</source>
        <translation>The title is too long (%1 characters at most).</translation>
    </message>
    <message>
        <source>Describe the facts of the dispute.</source>
        <translation>Describe the facts of the dispute.</translation>
    </message>
    <message>
        <source>The facts or claims are too long (%1 characters at most).</source>
        <translation>The facts or claims are too long (%1 characters at most).</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>The amount cannot be negative.</translation>
    </message>
    <message>
        <source>party %1</source>
        <translation>party %1</translation>
    </message>
    <message>
        <source>Party %1 has no name.</source>
        <translation>Party %1 has no name.</translation>
    </message>
    <message>
        <source>%1 is a person and has no credit code.</source>
        <translation>%1 is a person and has no credit code.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is an organisation: give its unified social credit code, not an ID number.</source>
        <translation>%1 is an organisation: give its unified social credit code, not an ID number.</translation>
    </message>
    <message>
        <source>The claim of %1 cannot be negative.</source>
        <translation>The claim of %1 cannot be negative.</translation>
    </message>
    <message>
        <source>The phone number of %1 is too long.</source>
        <translation>The phone number of %1 is too long.</translation>
    </message>
    <message>
        <source>A dispute needs at least one applicant.</source>
        <translation>A dispute needs at least one applicant.</translation>
    </message>
    <message>
        <source>A dispute needs at least one respondent.</source>
        <translation>A dispute needs at least one respondent.</translation>
    </message>
    <message>
        <source>Only one claimant can be the representative.</source>
        <translation>Only one claimant can be the representative.</translation>
    </message>
    <message>
        <source>At most 10000 cases can be listed at once.</source>
        <translation>At most 10000 cases can be listed at once.</translation>
    </message>
    <message>
        <source>The date %1 is before the case was received (%2).</source>
        <translation>The date %1 is before the case was received (%2).</translation>
    </message>
    <message>
        <source>The date %1 lies in the future.</source>
        <translation>The date %1 lies in the future.</translation>
    </message>
    <message>
        <source>Give the reason the dispute is not accepted.</source>
        <translation>Give the reason the dispute is not accepted.</translation>
    </message>
    <message>
        <source>Give the session's date.</source>
        <translation>Give the session's date.</translation>
    </message>
    <message>
        <source>Write the record of the session.</source>
        <translation>Write the record of the session.</translation>
    </message>
    <message>
        <source>Name at least one mediator of the session.</source>
        <translation>Name at least one mediator of the session.</translation>
    </message>
    <message>
        <source>Give the reason for referring the case up.</source>
        <translation>Give the reason for referring the case up.</translation>
    </message>
    <message>
        <source>Give the reason for delegating the case.</source>
        <translation>Give the reason for delegating the case.</translation>
    </message>
    <message>
        <source>%1 is not above %2 in the organisation tree; a case is referred up only to a higher tier over it.</source>
        <translation>%1 is not above %2 in the organisation tree; a case is referred up only to a higher tier over it.</translation>
    </message>
    <message>
        <source>%1 is not in the area of %2; a court delegates only to organisations in its area.</source>
        <translation>%1 is not in the area of %2; a court delegates only to organisations in its area.</translation>
    </message>
    <message>
        <source>The case cannot be received before it was sent (%1).</source>
        <translation>The case cannot be received before it was sent (%1).</translation>
    </message>
    <message>
        <source>Give the reason for returning the case.</source>
        <translation>Give the reason for returning the case.</translation>
    </message>
    <message>
        <source>The case cannot be returned before it was sent (%1).</source>
        <translation>The case cannot be returned before it was sent (%1).</translation>
    </message>
    <message>
        <source>Say why the mediation failed and which routes the parties were advised of.</source>
        <translation>Say why the mediation failed and which routes the parties were advised of.</translation>
    </message>
    <message>
        <source>Give the reason the dispute was withdrawn.</source>
        <translation>Give the reason the dispute was withdrawn.</translation>
    </message>
    <message>
        <source>Give the court's case number of the filed case.</source>
        <translation>Give the court's case number of the filed case.</translation>
    </message>
    <message>
        <source>A settled case needs its agreement.</source>
        <translation>A settled case needs its agreement.</translation>
    </message>
    <message>
        <source>An agreement is written or oral, not "%1".</source>
        <translation>An agreement is written or oral, not "%1".</translation>
    </message>
    <message>
        <source>Write what the parties agreed.</source>
        <translation>Write what the parties agreed.</translation>
    </message>
    <message>
        <source>Each obligation names its debtor and creditor.</source>
        <translation>Each obligation names its debtor and creditor.</translation>
    </message>
    <message>
        <source>Each obligation has a positive amount.</source>
        <translation>Each obligation has a positive amount.</translation>
    </message>
    <message>
        <source>Each instalment has a due date and a positive amount.</source>
        <translation>Each instalment has a due date and a positive amount.</translation>
    </message>
    <message>
        <source>The instalments of %1 add up to %2 yuan, not the obligation's %3 yuan.</source>
        <translation>The instalments of %1 add up to %2 yuan, not the obligation's %3 yuan.</translation>
    </message>
    <message>
        <source>Each signature names who signed and when.</source>
        <translation>Each signature names who signed and when.</translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation>There is no case %1.</translation>
    </message>
    <message>
        <source>Possible duplicate: open %1 case with the same party %2 (%3).</source>
        <translation>Possible duplicate: open %1 case with the same party %2 (%3).</translation>
    </message>
    <message>
        <source>Same party %1 (%2).</source>
        <translation>Same party %1 (%2).</translation>
    </message>
    <message>
        <source>Same respondent %1.</source>
        <translation>Same respondent %1.</translation>
    </message>
    <message>
        <source>Case %1 was changed by someone else; reload it.</source>
        <translation>Case %1 was changed by someone else; reload it.</translation>
    </message>
    <message>
        <source>The date range is reversed: %1 is after %2.</source>
        <translation>The date range is reversed: %1 is after %2.</translation>
    </message>
    <message>
        <source>"%1" is not a case version.</source>
        <translation>"%1" is not a case version.</translation>
    </message>
    <message>
        <source>Case %1 was changed by someone else since you opened it (version %2, now %3); reload it and try again.</source>
        <translation>Case %1 was changed by someone else since you opened it (version %2, now %3); reload it and try again.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Name the JSON file with --file.</source>
        <translation>Name the JSON file with --file.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (at byte %2): %3</source>
        <translation>%1 is not valid JSON (at byte %2): %3</translation>
    </message>
    <message>
        <source>%1 must hold one JSON object.</source>
        <translation>%1 must hold one JSON object.</translation>
    </message>
    <message>
        <source>Database %1 ready (schema %2); demo data loaded: %3 organisations, %4 users, %5 cases.</source>
        <translation>Database %1 ready (schema %2); demo data loaded: %3 organisations, %4 users, %5 cases.</translation>
    </message>
    <message>
        <source>Database %1 ready (schema %2).</source>
        <translation>Database %1 ready (schema %2).</translation>
    </message>
    <message>
        <source>--tier must be court, tribunal, township or village.</source>
        <translation>--tier must be court, tribunal, township or village.</translation>
    </message>
    <message>
        <source>--population must be a whole number of people.</source>
        <translation>--population must be a whole number of people.</translation>
    </message>
    <message>
        <source>Added %1 %2.</source>
        <translation>Added %1 %2.</translation>
    </message>
    <message>
        <source>Use: org add … or org list.</source>
        <translation>Use: org add … or org list.</translation>
    </message>
    <message>
        <source>Added user %1.</source>
        <translation>Added user %1.</translation>
    </message>
    <message>
        <source>--on takes a date YYYY-MM-DD, not "%1".</source>
        <translation>--on takes a date YYYY-MM-DD, not "%1".</translation>
    </message>
    <message>
        <source>Case %1 (%2)
</source>
        <translation>Case %1 (%2)
</translation>
    </message>
    <message>
        <source>Status: %1 at %2 %3 (%4 tier)
</source>
        <translation>Status: %1 at %2 %3 (%4 tier)
</translation>
    </message>
    <message>
        <source>Title: %1
</source>
        <translation>Title: %1
</translation>
    </message>
    <message>
        <source>Category: %1  Source: %2  Received: %3  Amount: %4 yuan
</source>
        <translation>Category: %1  Source: %2  Received: %3  Amount: %4 yuan
</translation>
    </message>
    <message>
        <source>Facts: %1
</source>
        <translation>Facts: %1
</translation>
    </message>
    <message>
        <source>Claims: %1
</source>
        <translation>Claims: %1
</translation>
    </message>
    <message>
        <source>Waiting at %1 since %2: %3
</source>
        <translation>Waiting at %1 since %2: %3
</translation>
    </message>
    <message>
        <source>Reason: %1
</source>
        <translation>Reason: %1
</translation>
    </message>
    <message>
        <source>Filed as %1
</source>
        <translation>Filed as %1
</translation>
    </message>
    <message>
        <source>Name the case by its id or number.</source>
        <translation>Name the case by its id or number.</translation>
    </message>
    <message>
        <source>Warning: %1 — %2
</source>
        <translation>Warning: %1 — %2
</translation>
    </message>
    <message>
        <source>Unknown status "%1".</source>
        <translation>Unknown status "%1".</translation>
    </message>
    <message>
        <source>--limit takes a positive number.</source>
        <translation>--limit takes a positive number.</translation>
    </message>
    <message>
        <source>%1 of %2 cases shown.
</source>
        <translation>%1 of %2 cases shown.
</translation>
    </message>
    <message>
        <source>Session %1 at %2: %3
</source>
        <translation>Session %1 at %2: %3
</translation>
    </message>
    <message>
        <source>--outcome must be settled, failed, withdrawn or filed.</source>
        <translation>--outcome must be settled, failed, withdrawn or filed.</translation>
    </message>
    <message>
        <source>Name the organisation with --org.</source>
        <translation>Name the organisation with --org.</translation>
    </message>
    <message>
        <source>Unknown case command "%1".</source>
        <translation>Unknown case command "%1".</translation>
    </message>
    <message>
        <source>Name the receiving organisation with --to.</source>
        <translation>Name the receiving organisation with --to.</translation>
    </message>
    <message>
        <source>Session of %1 recorded.</source>
        <translation>Session of %1 recorded.</translation>
    </message>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation>The option --%1 needs a value.</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <source>The language "%1" is not available; use zh_CN or en.</source>
        <translation>The language "%1" is not available; use zh_CN or en.</translation>
    </message>
    <message>
        <source>Unknown command "%1".</source>
        <translation>Unknown command "%1".</translation>
    </message>
    <message>
        <source>--role must be mediator, staff, judge, admin, security or auditor.</source>
        <translation>--role must be mediator, staff, judge, admin, security or auditor.</translation>
    </message>
    <message>
        <source>Initial password: </source>
        <translation>Initial password: </translation>
    </message>
    <message>
        <source>Give the initial password on standard input.</source>
        <translation>Give the initial password on standard input.</translation>
    </message>
    <message>
        <source>Use: user add …, user list, user passwd [LOGIN] or user unlock LOGIN.</source>
        <translation>Use: user add …, user list, user passwd [LOGIN] or user unlock LOGIN.</translation>
    </message>
    <message>
        <source>--%1 takes a date YYYY-MM-DD, not "%2".</source>
        <translation>--%1 takes a date YYYY-MM-DD, not "%2".</translation>
    </message>
    <message>
        <source>Agreement of %1 (%2): %3 yuan, %4
</source>
        <translation>Agreement of %1 (%2): %3 yuan, %4
</translation>
    </message>
    <message>
        <source>Effective on: %1  State: %2  Confirmation deadline: %3
</source>
        <translation>Effective on: %1  State: %2  Confirmation deadline: %3
</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>not yet</translation>
    </message>
    <message>
        <source>The visit needs a "date" YYYY-MM-DD.</source>
        <translation>The visit needs a "date" YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Visit of %1 recorded.</source>
        <translation>Visit of %1 recorded.</translation>
    </message>
    <message>
        <source>--amount takes a yuan amount such as 6000.00, not "%1".</source>
        <translation>--amount takes a yuan amount such as 6000.00, not "%1".</translation>
    </message>
    <message>
        <source>--obligation takes the obligation's number (1, 2, …).</source>
        <translation>--obligation takes the obligation's number (1, 2, …).</translation>
    </message>
    <message>
        <source>Payment of %1 yuan on %2 recorded.</source>
        <translation>Payment of %1 yuan on %2 recorded.</translation>
    </message>
    <message>
        <source>Name who signed with --who.</source>
        <translation>Name who signed with --who.</translation>
    </message>
    <message>
        <source>Unknown confirm command "%1"; use %2.</source>
        <translation>Unknown confirm command "%1"; use %2.</translation>
    </message>
    <message>
        <source>--result is valid or rejected.</source>
        <translation>--result is valid or rejected.</translation>
    </message>
    <message>
        <source>Confirmation of %1: %2 at %3.</source>
        <translation>Confirmation of %1: %2 at %3.</translation>
    </message>
    <message>
        <source>Unknown feedback command "%1"; use add, answer or list.</source>
        <translation>Unknown feedback command "%1"; use add, answer or list.</translation>
    </message>
    <message>
        <source>Name the case or its code.</source>
        <translation>Name the case or its code.</translation>
    </message>
    <message>
        <source>Give the feedback item's id.</source>
        <translation>Give the feedback item's id.</translation>
    </message>
    <message>
        <source>--rating takes a number from 1 to 5.</source>
        <translation>--rating takes a number from 1 to 5.</translation>
    </message>
    <message>
        <source>Feedback %1 on %2, answer due %3.</source>
        <translation>Feedback %1 on %2, answer due %3.</translation>
    </message>
    <message>
        <source>Nothing is due.</source>
        <translation>Nothing is due.</translation>
    </message>
    <message>
        <source>--year takes a year such as 2026.</source>
        <translation>--year takes a year such as 2026.</translation>
    </message>
    <message>
        <source>work</source>
        <translation>work</translation>
    </message>
    <message>
        <source>rest</source>
        <translation>rest</translation>
    </message>
    <message>
        <source>Unknown holiday command "%1"; use add or list.</source>
        <translation>Unknown holiday command "%1"; use add or list.</translation>
    </message>
    <message>
        <source>Give the day with --date YYYY-MM-DD.</source>
        <translation>Give the day with --date YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>--kind is rest or work.</source>
        <translation>--kind is rest or work.</translation>
    </message>
    <message>
        <source>%1 recorded as %2.</source>
        <translation>%1 recorded as %2.</translation>
    </message>
    <message>
        <source>Usage: setting set KEY VALUE (a whole number).</source>
        <translation>Usage: setting set KEY VALUE (a whole number).</translation>
    </message>
    <message>
        <source>Unknown setting command "%1"; use list or set.</source>
        <translation>Unknown setting command "%1"; use list or set.</translation>
    </message>
    <message>
        <source>Usage: doc render CASE --kind KIND --out FILE.pdf [--reveal]</source>
        <translation>Usage: doc render CASE --kind KIND --out FILE.pdf [--reveal]</translation>
    </message>
    <message>
        <source>--kind is one of %1.</source>
        <translation>--kind is one of %1.</translation>
    </message>
    <message>
        <source>Name the PDF file with --out.</source>
        <translation>Name the PDF file with --out.</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Wrote %1.</translation>
    </message>
    <message>
        <source>Name the ledger file with --out F.xlsx or --out F.csv.</source>
        <translation>Name the ledger file with --out F.xlsx or --out F.csv.</translation>
    </message>
    <message>
        <source>%1 case(s) written to %2.</source>
        <translation>%1 case(s) written to %2.</translation>
    </message>
    <message>
        <source>Name the ledger file: ledger import F [--mapping M].</source>
        <translation>Name the ledger file: ledger import F [--mapping M].</translation>
    </message>
    <message>
        <source>%1 row(s) read, %2 already imported, %3 with errors.
</source>
        <translation>%1 row(s) read, %2 already imported, %3 with errors.
</translation>
    </message>
    <message>
        <source>%1 case(s) imported, %2 row(s) already imported before.</source>
        <translation>%1 case(s) imported, %2 row(s) already imported before.</translation>
    </message>
    <message>
        <source>Use: ledger export [--org C] --out F.xlsx|F.csv, or ledger import F [--mapping M] [--org C] [--dry-run].</source>
        <translation>Use: ledger export [--org C] --out F.xlsx|F.csv, or ledger import F [--mapping M] [--org C] [--dry-run].</translation>
    </message>
    <message>
        <source>Use: report monthly --month YYYY-MM [--org C] --out F.pdf|F.xlsx.</source>
        <translation>Use: report monthly --month YYYY-MM [--org C] --out F.pdf|F.xlsx.</translation>
    </message>
    <message>
        <source>Give --month YYYY-MM and --out F.pdf or F.xlsx.</source>
        <translation>Give --month YYYY-MM and --out F.pdf or F.xlsx.</translation>
    </message>
    <message>
        <source>Monthly report %1 of %2 written to %3.</source>
        <translation>Monthly report %1 of %2 written to %3.</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Password: </translation>
    </message>
    <message>
        <source>The password of %1 must be changed first: tiaojie-cli --user %1 user passwd (current, then new password on stdin).</source>
        <translation>The password of %1 must be changed first: tiaojie-cli --user %1 user passwd (current, then new password on stdin).</translation>
    </message>
    <message>
        <source>New password: </source>
        <translation>New password: </translation>
    </message>
    <message>
        <source>Give the new password on standard input.</source>
        <translation>Give the new password on standard input.</translation>
    </message>
    <message>
        <source>The audit trail is broken at entry %1: %2</source>
        <translation>The audit trail is broken at entry %1: %2</translation>
    </message>
    <message>
        <source>The audit trail is intact: %1 entries, head %2.</source>
        <translation>The audit trail is intact: %1 entries, head %2.</translation>
    </message>
    <message>
        <source>Only an auditor reads the audit entries.</source>
        <translation>Only an auditor reads the audit entries.</translation>
    </message>
    <message>
        <source>Use: audit verify or audit list [--limit N] [--object ID].</source>
        <translation>Use: audit verify or audit list [--limit N] [--object ID].</translation>
    </message>
    <message>
        <source>No daily backup was due (or no backup folder is set).</source>
        <translation>No daily backup was due (or no backup folder is set).</translation>
    </message>
    <message>
        <source>Daily backup written to %1.</source>
        <translation>Daily backup written to %1.</translation>
    </message>
    <message>
        <source>Name the backup file with --out.</source>
        <translation>Name the backup file with --out.</translation>
    </message>
    <message>
        <source>Backup written to %1 and verified (%2 cases).</source>
        <translation>Backup written to %1 and verified (%2 cases).</translation>
    </message>
    <message>
        <source>Name the backup file: restore FILE.</source>
        <translation>Name the backup file: restore FILE.</translation>
    </message>
    <message>
        <source>Restored %1 from %2 (%3 cases, audit trail intact).</source>
        <translation>Restored %1 from %2 (%3 cases, audit trail intact).</translation>
    </message>
    <message>
        <source>Use: settings set KEY VALUE.</source>
        <translation>Use: settings set KEY VALUE.</translation>
    </message>
    <message>
        <source>A time limit is a whole number.</source>
        <translation>A time limit is a whole number.</translation>
    </message>
    <message>
        <source>Use: settings list or settings set KEY VALUE.</source>
        <translation>Use: settings list or settings set KEY VALUE.</translation>
    </message>
    <message>
        <source>Use: user unlock LOGIN.</source>
        <translation>Use: user unlock LOGIN.</translation>
    </message>
    <message>
        <source>%1 is unlocked.</source>
        <translation>%1 is unlocked.</translation>
    </message>
    <message>
        <source>Your password is changed.</source>
        <translation>Your password is changed.</translation>
    </message>
    <message>
        <source>The password of %1 is set; they change it at their next sign-in.</source>
        <translation>The password of %1 is set; they change it at their next sign-in.</translation>
    </message>
    <message>
        <source>Use: prevention record CASE --kind criminal|mass_petition [--persons N] [--on D] [--note T], or prevention list CASE.</source>
        <translation>Use: prevention record CASE --kind criminal|mass_petition [--persons N] [--on D] [--note T], or prevention list CASE.</translation>
    </message>
    <message>
        <source>--kind must be criminal or mass_petition.</source>
        <translation>--kind must be criminal or mass_petition.</translation>
    </message>
    <message>
        <source>--persons takes a whole number.</source>
        <translation>--persons takes a whole number.</translation>
    </message>
    <message>
        <source>Unknown agreement command "%1"; use show, sign, pay, visit or convert.</source>
        <translation>Unknown agreement command "%1"; use show, sign, pay, visit or convert.</translation>
    </message>
    <message>
        <source>--%1 needs a whole number, not "%2".</source>
        <translation>--%1 needs a whole number, not "%2".</translation>
    </message>
    <message>
        <source>Use: demo generate --cases N [--seed S] [--until DATE] [--years Y]</source>
        <translation>Use: demo generate --cases N [--seed S] [--until DATE] [--years Y]</translation>
    </message>
    <message>
        <source>Say how many cases to generate with --cases N.</source>
        <translation>Say how many cases to generate with --cases N.</translation>
    </message>
    <message>
        <source>--until needs a date YYYY-MM-DD.</source>
        <translation>--until needs a date YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>%1 of %2 cases written</source>
        <translation>%1 of %2 cases written</translation>
    </message>
    <message>
        <source>Generated %1 cases (%2 parties, %3 events) in %4 s.</source>
        <translation>Generated %1 cases (%2 parties, %3 events) in %4 s.</translation>
    </message>
    <message>
        <source>Unknown attachment command "%1"; use %2.</source>
        <translation>Unknown attachment command "%1"; use %2.</translation>
    </message>
    <message>
        <source>Name the attachment by its id.</source>
        <translation>Name the attachment by its id.</translation>
    </message>
    <message>
        <source>Give the file to attach with --file F.</source>
        <translation>Give the file to attach with --file F.</translation>
    </message>
    <message>
        <source>%1 is already attached as %2 (sha256 %3).</source>
        <translation>%1 is already attached as %2 (sha256 %3).</translation>
    </message>
    <message>
        <source>Attached %1 as %2 (sha256 %3).</source>
        <translation>Attached %1 as %2 (sha256 %3).</translation>
    </message>
    <message>
        <source>No attachments.</source>
        <translation>No attachments.</translation>
    </message>
    <message>
        <source>Give the folder to export to with --to DIR.</source>
        <translation>Give the folder to export to with --to DIR.</translation>
    </message>
    <message>
        <source>No application is waiting.</source>
        <translation>No application is waiting.</translation>
    </message>
    <message>
        <source>Guidance recorded for %1.</source>
        <translation>Guidance recorded for %1.</translation>
    </message>
    <message>
        <source>Package %1 (%2, number %3) from %4, device %5 (fingerprint %6), to %7.
</source>
        <translation>Package %1 (%2, number %3) from %4, device %5 (fingerprint %6), to %7.
</translation>
    </message>
    <message>
        <source>Package %1 was already marked delivered.
</source>
        <translation>Package %1 was already marked delivered.
</translation>
    </message>
    <message>
        <source>Confirms delivery of package %1.
</source>
        <translation>Confirms delivery of package %1.
</translation>
    </message>
    <message>
        <source>Package %1 is now marked delivered.
</source>
        <translation>Package %1 is now marked delivered.
</translation>
    </message>
    <message>
        <source>Already imported: nothing changed.
</source>
        <translation>Already imported: nothing changed.
</translation>
    </message>
    <message>
        <source>New cases: %1; updated: %2; unchanged: %3; for review (changed on both sides): %4; files: %5.
</source>
        <translation>New cases: %1; updated: %2; unchanged: %3; for review (changed on both sides): %4; files: %5.
</translation>
    </message>
    <message>
        <source>Warning: %1
</source>
        <translation>Warning: %1
</translation>
    </message>
    <message>
        <source>Signature and hashes are valid; nothing was written.
</source>
        <translation>Signature and hashes are valid; nothing was written.
</translation>
    </message>
    <message>
        <source>Receipt for the sender: %1
</source>
        <translation>Receipt for the sender: %1
</translation>
    </message>
    <message>
        <source>Unknown package command "%1"; use %2.</source>
        <translation>Unknown package command "%1"; use %2.</translation>
    </message>
    <message>
        <source>Name the cases to export.</source>
        <translation>Name the cases to export.</translation>
    </message>
    <message>
        <source>Name the review item.</source>
        <translation>Name the review item.</translation>
    </message>
    <message>
        <source>Name the imported package.</source>
        <translation>Name the imported package.</translation>
    </message>
    <message>
        <source>Name the package file.</source>
        <translation>Name the package file.</translation>
    </message>
    <message>
        <source>Give the package file to write with --out F.</source>
        <translation>Give the package file to write with --out F.</translation>
    </message>
    <message>
        <source>Wrote package %1 (%2, number %3, %4 case(s), %5 bytes) for %6 to %7; it was read back and verified. The cases are read-only here until they come back.</source>
        <translation>Wrote package %1 (%2, number %3, %4 case(s), %5 bytes) for %6 to %7; it was read back and verified. The cases are read-only here until they come back.</translation>
    </message>
    <message>
        <source>Give the receipt file to write with --out F.</source>
        <translation>Give the receipt file to write with --out F.</translation>
    </message>
    <message>
        <source>Wrote the receipt of %1 to %2.</source>
        <translation>Wrote the receipt of %1 to %2.</translation>
    </message>
    <message>
        <source>Nothing waits for review.</source>
        <translation>Nothing waits for review.</translation>
    </message>
    <message>
        <source>Choose with --keep mine or --keep theirs.</source>
        <translation>Choose with --keep mine or --keep theirs.</translation>
    </message>
    <message>
        <source>Took the incoming version.</source>
        <translation>Took the incoming version.</translation>
    </message>
    <message>
        <source>Kept this installation's version.</source>
        <translation>Kept this installation's version.</translation>
    </message>
    <message>
        <source>Unknown device command "%1"; use %2.</source>
        <translation>Unknown device command "%1"; use %2.</translation>
    </message>
    <message>
        <source>Device %1
Public key: %2
Fingerprint (read it aloud to compare): %3</source>
        <translation>Device %1
Public key: %2
Fingerprint (read it aloud to compare): %3</translation>
    </message>
    <message>
        <source>Use: device trust ORG --key PUBLIC_KEY.</source>
        <translation>Use: device trust ORG --key PUBLIC_KEY.</translation>
    </message>
    <message>
        <source>Trusted device %1 of %2. Compare the fingerprint with its owner: %3</source>
        <translation>Trusted device %1 of %2. Compare the fingerprint with its owner: %3</translation>
    </message>
    <message>
        <source>Name the device (id, key or fingerprint).</source>
        <translation>Name the device (id, key or fingerprint).</translation>
    </message>
    <message>
        <source>Revoked %1.</source>
        <translation>Revoked %1.</translation>
    </message>
    <message>
        <source>trusted</source>
        <translation>trusted</translation>
    </message>
    <message>
        <source>revoked %1</source>
        <translation>revoked %1</translation>
    </message>
    <message>
        <source>No trusted devices.</source>
        <translation>No trusted devices.</translation>
    </message>
    <message>
        <source>--version takes the case version, a number from 1.</source>
        <translation>--version takes the case version, a number from 1.</translation>
    </message>
    <message>
        <source>Usage: tiaojie-cli [--db FILE | --pg CONNINFO] [--user LOGIN] [--json] [--lang zh_CN|en] COMMAND ...
Commands:
  init [--demo]
  org add --code C --name N --tier court|tribunal|township|village [--parent C] [--population N]
  org list
  user add --login L --name N --org C --role mediator|staff|judge|admin|security|auditor
           [--password-stdin]
  user list | user passwd [LOGIN] | user unlock LOGIN
  case intake --file case.json
  case show CASE [--reveal] | case history|related CASE
  case list [--org C] [--status S] [--category K] [--search TEXT] [--limit N]
  case inbox --org C
  case accept CASE [--on D] | case reject CASE --reason R [--on D]
  case session CASE --file session.json
  case refer|delegate CASE --to C --reason R [--on D]
  case receive CASE [--on D] | case return CASE --reason R [--on D]
  case close CASE --outcome settled|failed|withdrawn|filed [--reason R]
             [--agreement agreement.json] [--filed-number N] [--on D]
  audit verify | audit list [--limit N] [--object ID]
  backup --out FILE | backup --daily | restore FILE
  settings list | settings set KEY VALUE
Once an account has a password, the acting user's password is read from TIAOJIE_PASSWORD
or the first line of stdin (new passwords follow on the next lines).
  agreement show CASE [--on D] | agreement sign CASE --who NAME --on D [--as party|mediator|seal]
  agreement pay CASE --amount X --on D [--proof FILE] [--obligation N]
  agreement visit CASE --file visit.json
  confirm apply|accept|extend CASE --on D | confirm refuse CASE --reason R [--on D]
  confirm rule CASE --result valid|rejected --on D [--number N] [--reason R]
  confirm pending | case guide CASE --text T [--on D]
  attachment add CASE --file F [--kind evidence|agreement_scan|receipt|other] [--note T]
  attachment list CASE | attachment export ID --to DIR
  package export CASE... --out F [--to ORG] | package verify F
  package import F [--accept-gap] [--receipt R] | package receipt PACKAGE_ID --out F
  package review | package resolve ID --keep mine|theirs
  device show | device trust ORG --key KEY | device trusted | device revoke DEVICE
  feedback add CASE|CODE --kind consult|complaint|rating [--text T] [--rating 1-5] --on D
  feedback answer ID --text T --on D [--callback-on D] | feedback list [CASE] [--org C]
  deadlines [--org C] [--on D]
  holiday add --date D --kind rest|work --name N | holiday list [--year Y]
  setting list | setting set KEY VALUE
  doc render CASE --kind registration|session|agreement|referral|confirmation|followup|cover --out F.pdf
  stats [--org C] [--from D] [--to D] [--as-of D]
  prevention record CASE --kind criminal|mass_petition [--persons N] [--on D]
  prevention list CASE
  ledger export [--org C] [--status S] [--category K] --out F.xlsx|F.csv
  ledger import F.xlsx|F.csv [--mapping M.json] [--org C] [--dry-run]
  report monthly --month YYYY-MM [--org C] --out F.pdf|F.xlsx
  demo generate --cases N [--seed S] [--until D] [--years Y]
See docs/cli.md for the JSON fields.
</source>
        <translation>Usage: tiaojie-cli [--db FILE | --pg CONNINFO] [--user LOGIN] [--json] [--lang zh_CN|en] COMMAND ...
Commands:
  init [--demo]
  org add --code C --name N --tier court|tribunal|township|village [--parent C] [--population N]
  org list
  user add --login L --name N --org C --role mediator|staff|judge|admin|security|auditor
           [--password-stdin]
  user list | user passwd [LOGIN] | user unlock LOGIN
  case intake --file case.json
  case show CASE [--reveal] | case history|related CASE
  case list [--org C] [--status S] [--category K] [--search TEXT] [--limit N]
  case inbox --org C
  case accept CASE [--on D] | case reject CASE --reason R [--on D]
  case session CASE --file session.json
  case refer|delegate CASE --to C --reason R [--on D]
  case receive CASE [--on D] | case return CASE --reason R [--on D]
  case close CASE --outcome settled|failed|withdrawn|filed [--reason R]
             [--agreement agreement.json] [--filed-number N] [--on D]
  audit verify | audit list [--limit N] [--object ID]
  backup --out FILE | backup --daily | restore FILE
  settings list | settings set KEY VALUE
Once an account has a password, the acting user's password is read from TIAOJIE_PASSWORD
or the first line of stdin (new passwords follow on the next lines).
  agreement show CASE [--on D] | agreement sign CASE --who NAME --on D [--as party|mediator|seal]
  agreement pay CASE --amount X --on D [--proof FILE] [--obligation N]
  agreement visit CASE --file visit.json
  confirm apply|accept|extend CASE --on D | confirm refuse CASE --reason R [--on D]
  confirm rule CASE --result valid|rejected --on D [--number N] [--reason R]
  confirm pending | case guide CASE --text T [--on D]
  attachment add CASE --file F [--kind evidence|agreement_scan|receipt|other] [--note T]
  attachment list CASE | attachment export ID --to DIR
  package export CASE... --out F [--to ORG] | package verify F
  package import F [--accept-gap] [--receipt R] | package receipt PACKAGE_ID --out F
  package review | package resolve ID --keep mine|theirs
  device show | device trust ORG --key KEY | device trusted | device revoke DEVICE
  feedback add CASE|CODE --kind consult|complaint|rating [--text T] [--rating 1-5] --on D
  feedback answer ID --text T --on D [--callback-on D] | feedback list [CASE] [--org C]
  deadlines [--org C] [--on D]
  holiday add --date D --kind rest|work --name N | holiday list [--year Y]
  setting list | setting set KEY VALUE
  doc render CASE --kind registration|session|agreement|referral|confirmation|followup|cover --out F.pdf
  stats [--org C] [--from D] [--to D] [--as-of D]
  prevention record CASE --kind criminal|mass_petition [--persons N] [--on D]
  prevention list CASE
  ledger export [--org C] [--status S] [--category K] --out F.xlsx|F.csv
  ledger import F.xlsx|F.csv [--mapping M.json] [--org C] [--dry-run]
  report monthly --month YYYY-MM [--org C] --out F.pdf|F.xlsx
  demo generate --cases N [--seed S] [--until D] [--years Y]
See docs/cli.md for the JSON fields.
</translation>
    </message>
    <message>
        <source>Give either --db FILE or --pg CONNINFO, not both.</source>
        <translation>Give either --db FILE or --pg CONNINFO, not both.</translation>
    </message>
    <message>
        <source>A PostgreSQL server is restored with pg_restore or from its WAL archive (docs/deployment.md), not by the workstation.</source>
        <translation>A PostgreSQL server is restored with pg_restore or from its WAL archive (docs/deployment.md), not by the workstation.</translation>
    </message>
</context>
<context>
    <name>ConfirmationService</name>
    <message>
        <source>Joint application signed by the parties</source>
        <translation>Joint application signed by the parties</translation>
    </message>
    <message>
        <source>The mediation agreement</source>
        <translation>The mediation agreement</translation>
    </message>
    <message>
        <source>Proof of the parties' identities</source>
        <translation>Proof of the parties' identities</translation>
    </message>
    <message>
        <source>Evidence of the facts and of the mediation</source>
        <translation>Evidence of the facts and of the mediation</translation>
    </message>
    <message>
        <source>Addresses for service and telephone numbers</source>
        <translation>Addresses for service and telephone numbers</translation>
    </message>
    <message>
        <source>A court does not confirm agreements on marriage, adoption or personal status (%1 / %2).</source>
        <translation>A court does not confirm agreements on marriage, adoption or personal status (%1 / %2).</translation>
    </message>
    <message>
        <source>Give the date of the application (not in the future).</source>
        <translation>Give the date of the application (not in the future).</translation>
    </message>
    <message>
        <source>"%1" is not on the checklist (%2).</source>
        <translation>"%1" is not on the checklist (%2).</translation>
    </message>
    <message>
        <source>Confirmation of %1 was already applied for on %2.</source>
        <translation>Confirmation of %1 was already applied for on %2.</translation>
    </message>
    <message>
        <source>The agreement has not taken effect; missing: %1.</source>
        <translation>The agreement has not taken effect; missing: %1.</translation>
    </message>
    <message>
        <source>The application cannot precede the agreement (%1).</source>
        <translation>The application cannot precede the agreement (%1).</translation>
    </message>
    <message>
        <source>The 30-day window for judicial confirmation ended on %1.</source>
        <translation>The 30-day window for judicial confirmation ended on %1.</translation>
    </message>
    <message>
        <source>Only a judge of %1, the court applied to, records its decisions.</source>
        <translation>Only a judge of %1, the court applied to, records its decisions.</translation>
    </message>
    <message>
        <source>Give the date (not in the future).</source>
        <translation>Give the date (not in the future).</translation>
    </message>
    <message>
        <source>No confirmation of %1 has been applied for.</source>
        <translation>No confirmation of %1 has been applied for.</translation>
    </message>
    <message>
        <source>The court has already decided on acceptance.</source>
        <translation>The court has already decided on acceptance.</translation>
    </message>
    <message>
        <source>%1 Refuse the application instead.</source>
        <translation>%1 Refuse the application instead.</translation>
    </message>
    <message>
        <source>Acceptance cannot precede the application (%1).</source>
        <translation>Acceptance cannot precede the application (%1).</translation>
    </message>
    <message>
        <source>Give the reason the application is not accepted.</source>
        <translation>Give the reason the application is not accepted.</translation>
    </message>
    <message>
        <source>The refusal cannot precede the application (%1).</source>
        <translation>The refusal cannot precede the application (%1).</translation>
    </message>
    <message>
        <source>Only an accepted application awaiting its ruling can be extended.</source>
        <translation>Only an accepted application awaiting its ruling can be extended.</translation>
    </message>
    <message>
        <source>The ruling period was already extended.</source>
        <translation>The ruling period was already extended.</translation>
    </message>
    <message>
        <source>The extension cannot precede acceptance.</source>
        <translation>The extension cannot precede acceptance.</translation>
    </message>
    <message>
        <source>A ruling is valid or rejected, not "%1".</source>
        <translation>A ruling is valid or rejected, not "%1".</translation>
    </message>
    <message>
        <source>The court rules only on an accepted application.</source>
        <translation>The court rules only on an accepted application.</translation>
    </message>
    <message>
        <source>The court has already ruled on %1.</source>
        <translation>The court has already ruled on %1.</translation>
    </message>
    <message>
        <source>The ruling cannot precede acceptance (%1).</source>
        <translation>The ruling cannot precede acceptance (%1).</translation>
    </message>
    <message>
        <source>Give the reasons the agreement is not confirmed.</source>
        <translation>Give the reasons the agreement is not confirmed.</translation>
    </message>
    <message>
        <source>Only judges keep the queue of confirmation applications.</source>
        <translation>Only judges keep the queue of confirmation applications.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>No database file was given.</source>
        <translation>No database file was given.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Cannot open the database %1: %2</translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2). Restore it from a backup.</source>
        <translation>The database %1 is damaged (%2). Restore it from a backup.</translation>
    </message>
    <message>
        <source>The database connection is not open.</source>
        <translation>The database connection is not open.</translation>
    </message>
    <message>
        <source>Upgrading the database failed: %1</source>
        <translation>Upgrading the database failed: %1</translation>
    </message>
    <message>
        <source>Cannot read the database's schema version.</source>
        <translation>Cannot read the database's schema version.</translation>
    </message>
    <message>
        <source>The database has schema version %1, newer than this program understands (%2). Use a newer Tiaojie.</source>
        <translation>The database has schema version %1, newer than this program understands (%2). Use a newer Tiaojie.</translation>
    </message>
    <message>
        <source>Missing migration %1.</source>
        <translation>Missing migration %1.</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>Database error: %1</translation>
    </message>
    <message>
        <source>The change conflicts with existing data: %1</source>
        <translation>The change conflicts with existing data: %1</translation>
    </message>
    <message>
        <source>The disk holding the database is full: nothing was saved. Free some space and try again.</source>
        <translation>The disk holding the database is full: nothing was saved. Free some space and try again.</translation>
    </message>
    <message>
        <source>The database is on a read-only file or medium: nothing was saved. Copy it to a writable disk or fix its permissions.</source>
        <translation>The database is on a read-only file or medium: nothing was saved. Copy it to a writable disk or fix its permissions.</translation>
    </message>
    <message>
        <source>The disk failed to read or write the database (%1): nothing was saved.</source>
        <translation>The disk failed to read or write the database (%1): nothing was saved.</translation>
    </message>
    <message>
        <source>"%1" is not a PostgreSQL connection string of the form "host=… port=… dbname=… user=…".</source>
        <translation>"%1" is not a PostgreSQL connection string of the form "host=… port=… dbname=… user=…".</translation>
    </message>
    <message>
        <source>The PostgreSQL driver of Qt (QPSQL) is not installed.</source>
        <translation>The PostgreSQL driver of Qt (QPSQL) is not installed.</translation>
    </message>
    <message>
        <source>The file check is for an SQLite database file. A PostgreSQL server's data is checked and backed up with the server's tools (pg_amcheck, pg_dump): see docs/deployment.md.</source>
        <translation>The file check is for an SQLite database file. A PostgreSQL server's data is checked and backed up with the server's tools (pg_amcheck, pg_dump): see docs/deployment.md.</translation>
    </message>
</context>
<context>
    <name>DeadlineList</name>
    <message>
        <source>There is no organisation %1.</source>
        <translation>There is no organisation %1.</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>Generate between 1 and 20000000 cases.</source>
        <translation>Generate between 1 and 20000000 cases.</translation>
    </message>
    <message>
        <source>Give between 1 and 50 years before a valid date.</source>
        <translation>Give between 1 and 50 years before a valid date.</translation>
    </message>
    <message>
        <source>The generated cases cannot end in the future.</source>
        <translation>The generated cases cannot end in the future.</translation>
    </message>
    <message>
        <source>The organisation tree has no organisation that registers disputes.</source>
        <translation>The organisation tree has no organisation that registers disputes.</translation>
    </message>
    <message>
        <source>The database connection is not open.</source>
        <translation>The database connection is not open.</translation>
    </message>
    <message>
        <source>The bulk generator writes an SQLite file directly; generate into a file (--db) instead of a PostgreSQL server.</source>
        <translation>The bulk generator writes an SQLite file directly; generate into a file (--db) instead of a PostgreSQL server.</translation>
    </message>
</context>
<context>
    <name>DemoLoader</name>
    <message>
        <source>Cannot read the demo file %1.</source>
        <translation>Cannot read the demo file %1.</translation>
    </message>
    <message>
        <source>The demo file %1 is not a JSON list: %2</source>
        <translation>The demo file %1 is not a JSON list: %2</translation>
    </message>
    <message>
        <source>Unknown outcome %1.</source>
        <translation>Unknown outcome %1.</translation>
    </message>
    <message>
        <source>Unknown demo step %1.</source>
        <translation>Unknown demo step %1.</translation>
    </message>
    <message>
        <source>The database already holds cases; the demo data is loaded only into an empty one.</source>
        <translation>The database already holds cases; the demo data is loaded only into an empty one.</translation>
    </message>
    <message>
        <source>Demo case %1: %2</source>
        <translation>Demo case %1: %2</translation>
    </message>
    <message>
        <source>Demo case %1 (%2), step %3: %4</source>
        <translation>Demo case %1 (%2), step %3: %4</translation>
    </message>
    <message>
        <source>No user of %1 can record the payments.</source>
        <translation>No user of %1 can record the payments.</translation>
    </message>
    <message>
        <source>No obligation of %1 to %2.</source>
        <translation>No obligation of %1 to %2.</translation>
    </message>
    <message>
        <source>Demo case %1 (%2), payments: %3</source>
        <translation>Demo case %1 (%2), payments: %3</translation>
    </message>
</context>
<context>
    <name>DeviceIdentity</name>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>The cryptography library could not start.</translation>
    </message>
    <message>
        <source>Cannot read the device key %1: %2</source>
        <translation>Cannot read the device key %1: %2</translation>
    </message>
    <message>
        <source>The device key %1 is damaged.</source>
        <translation>The device key %1 is damaged.</translation>
    </message>
    <message>
        <source>The device key %1 does not belong to this database.</source>
        <translation>The device key %1 does not belong to this database.</translation>
    </message>
    <message>
        <source>The device key %1 is missing; packages cannot be signed. Restore it from the backup of this installation.</source>
        <translation>The device key %1 is missing; packages cannot be signed. Restore it from the backup of this installation.</translation>
    </message>
    <message>
        <source>Cannot write the device key %1: %2</source>
        <translation>Cannot write the device key %1: %2</translation>
    </message>
</context>
<context>
    <name>DocumentRenderer</name>
    <message>
        <source>The template of %1 is missing from the program.</source>
        <translation>The template of %1 is missing from the program.</translation>
    </message>
    <message>
        <source>There is no document "%1"; choose one of %2.</source>
        <translation>There is no document "%1"; choose one of %2.</translation>
    </message>
    <message>
        <source>Case %1 has no recorded session.</source>
        <translation>Case %1 has no recorded session.</translation>
    </message>
    <message>
        <source>Case %1 was never referred or delegated.</source>
        <translation>Case %1 was never referred or delegated.</translation>
    </message>
    <message>
        <source>Rendering documents needs a GUI application object.</source>
        <translation>Rendering documents needs a GUI application object.</translation>
    </message>
    <message>
        <source>No font with Chinese characters is installed (install fonts-noto-cjk).</source>
        <translation>No font with Chinese characters is installed (install fonts-noto-cjk).</translation>
    </message>
    <message>
        <source>The page layout cannot be set.</source>
        <translation>The page layout cannot be set.</translation>
    </message>
    <message>
        <source>The PDF %1 could not be written.</source>
        <translation>The PDF %1 could not be written.</translation>
    </message>
    <message>
        <source>Registration form</source>
        <translation>Registration form</translation>
    </message>
    <message>
        <source>Mediation record</source>
        <translation>Mediation record</translation>
    </message>
    <message>
        <source>Mediation agreement</source>
        <translation>Mediation agreement</translation>
    </message>
    <message>
        <source>Referral letter</source>
        <translation>Referral letter</translation>
    </message>
    <message>
        <source>Application for judicial confirmation</source>
        <translation>Application for judicial confirmation</translation>
    </message>
    <message>
        <source>Follow-up visit record</source>
        <translation>Follow-up visit record</translation>
    </message>
    <message>
        <source>File cover</source>
        <translation>File cover</translation>
    </message>
</context>
<context>
    <name>EventText</name>
    <message>
        <source>registered</source>
        <translation>registered</translation>
    </message>
    <message>
        <source>accepted for mediation</source>
        <translation>accepted for mediation</translation>
    </message>
    <message>
        <source>not accepted</source>
        <translation>not accepted</translation>
    </message>
    <message>
        <source>mediation session</source>
        <translation>mediation session</translation>
    </message>
    <message>
        <source>referred up</source>
        <translation>referred up</translation>
    </message>
    <message>
        <source>delegated down</source>
        <translation>delegated down</translation>
    </message>
    <message>
        <source>received</source>
        <translation>received</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>returned</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>to %1</translation>
    </message>
    <message>
        <source>back to %1</source>
        <translation>back to %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>from %1</translation>
    </message>
    <message>
        <source>court number %1</source>
        <translation>court number %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>agreement signed</source>
        <translation>agreement signed</translation>
    </message>
    <message>
        <source>oral agreement written down</source>
        <translation>oral agreement written down</translation>
    </message>
    <message>
        <source>payment recorded</source>
        <translation>payment recorded</translation>
    </message>
    <message>
        <source>follow-up visit</source>
        <translation>follow-up visit</translation>
    </message>
    <message>
        <source>judicial confirmation applied for</source>
        <translation>judicial confirmation applied for</translation>
    </message>
    <message>
        <source>confirmation application accepted</source>
        <translation>confirmation application accepted</translation>
    </message>
    <message>
        <source>confirmation application refused</source>
        <translation>confirmation application refused</translation>
    </message>
    <message>
        <source>confirmation ruling period extended</source>
        <translation>confirmation ruling period extended</translation>
    </message>
    <message>
        <source>confirmation ruling</source>
        <translation>confirmation ruling</translation>
    </message>
    <message>
        <source>file attached</source>
        <translation>file attached</translation>
    </message>
    <message>
        <source>guidance from the court</source>
        <translation>guidance from the court</translation>
    </message>
    <message>
        <source>agreement confirmed valid</source>
        <translation>agreement confirmed valid</translation>
    </message>
    <message>
        <source>agreement not confirmed</source>
        <translation>agreement not confirmed</translation>
    </message>
</context>
<context>
    <name>FeedbackService</name>
    <message>
        <source>Feedback is consult, complaint or rating, not "%1".</source>
        <translation>Feedback is consult, complaint or rating, not "%1".</translation>
    </message>
    <message>
        <source>A rating needs a score from 1 to 5.</source>
        <translation>A rating needs a score from 1 to 5.</translation>
    </message>
    <message>
        <source>A rating is from 1 to 5.</source>
        <translation>A rating is from 1 to 5.</translation>
    </message>
    <message>
        <source>Write the question or complaint.</source>
        <translation>Write the question or complaint.</translation>
    </message>
    <message>
        <source>Give the date received (not in the future).</source>
        <translation>Give the date received (not in the future).</translation>
    </message>
    <message>
        <source>The date %1 is before the case was received (%2).</source>
        <translation>The date %1 is before the case was received (%2).</translation>
    </message>
    <message>
        <source>There is no feedback item %1.</source>
        <translation>There is no feedback item %1.</translation>
    </message>
    <message>
        <source>Write the answer.</source>
        <translation>Write the answer.</translation>
    </message>
    <message>
        <source>Feedback item %1 was answered on %2.</source>
        <translation>Feedback item %1 was answered on %2.</translation>
    </message>
    <message>
        <source>Give the date of the answer, not before the item (%1) nor in the future.</source>
        <translation>Give the date of the answer, not before the item (%1) nor in the future.</translation>
    </message>
    <message>
        <source>The call-back comes after the answer, not in the future.</source>
        <translation>The call-back comes after the answer, not in the future.</translation>
    </message>
</context>
<context>
    <name>FilePreview</name>
    <message>
        <source>No preview for files of type %1; export the file to open it.</source>
        <translation>No preview for files of type %1; export the file to open it.</translation>
    </message>
    <message>
        <source>The picture cannot be decoded: %1</source>
        <translation>The picture cannot be decoded: %1</translation>
    </message>
    <message>
        <source>PDF pages are shown with pdftoppm (poppler-utils), which is not installed.</source>
        <translation>PDF pages are shown with pdftoppm (poppler-utils), which is not installed.</translation>
    </message>
    <message>
        <source>No temporary folder to render the PDF in.</source>
        <translation>No temporary folder to render the PDF in.</translation>
    </message>
    <message>
        <source>The PDF cannot be rendered: %1</source>
        <translation>The PDF cannot be rendered: %1</translation>
    </message>
    <message>
        <source>The PDF has no page to show.</source>
        <translation>The PDF has no page to show.</translation>
    </message>
</context>
<context>
    <name>Guidance</name>
    <message>
        <source>Write the guidance for the mediators.</source>
        <translation>Write the guidance for the mediators.</translation>
    </message>
    <message>
        <source>Give the date (not in the future).</source>
        <translation>Give the date (not in the future).</translation>
    </message>
    <message>
        <source>Only a judge gives guidance to the lower tiers.</source>
        <translation>Only a judge gives guidance to the lower tiers.</translation>
    </message>
    <message>
        <source>Case %1 is handled by your own court; record a session instead of guidance.</source>
        <translation>Case %1 is handled by your own court; record a session instead of guidance.</translation>
    </message>
</context>
<context>
    <name>HolidayCalendar</name>
    <message>
        <source>The holiday table is missing from the program.</source>
        <translation>The holiday table is missing from the program.</translation>
    </message>
    <message>
        <source>The holiday table has a bad date.</source>
        <translation>The holiday table has a bad date.</translation>
    </message>
    <message>
        <source>A deadline needs a valid date.</source>
        <translation>A deadline needs a valid date.</translation>
    </message>
    <message>
        <source>Not computable: the holiday table has no entries for %1 (needed for %2); an administrator must add that year's holidays first.</source>
        <translation>Not computable: the holiday table has no entries for %1 (needed for %2); an administrator must add that year's holidays first.</translation>
    </message>
    <message>
        <source>Not computable: no working day within a month of %1.</source>
        <translation>Not computable: no working day within a month of %1.</translation>
    </message>
</context>
<context>
    <name>HolidayService</name>
    <message>
        <source>Only an administrator may change the holiday table.</source>
        <translation>Only an administrator may change the holiday table.</translation>
    </message>
    <message>
        <source>Give the day as YYYY-MM-DD.</source>
        <translation>Give the day as YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>%1 is a weekday; only a Saturday or Sunday can be made a working day.</source>
        <translation>%1 is a weekday; only a Saturday or Sunday can be made a working day.</translation>
    </message>
    <message>
        <source>Name the holiday the day belongs to.</source>
        <translation>Name the holiday the day belongs to.</translation>
    </message>
</context>
<context>
    <name>Identifiers</name>
    <message>
        <source>A resident ID number has 18 characters; "%1" has %2.</source>
        <translation>A resident ID number has 18 characters; "%1" has %2.</translation>
    </message>
    <message>
        <source>The first 17 characters of a resident ID number are digits ("%1").</source>
        <translation>The first 17 characters of a resident ID number are digits ("%1").</translation>
    </message>
    <message>
        <source>A resident ID number ends with a digit or a capital X ("%1").</source>
        <translation>A resident ID number ends with a digit or a capital X ("%1").</translation>
    </message>
    <message>
        <source>The birth date %1 inside the resident ID number %2 is not a real date.</source>
        <translation>The birth date %1 inside the resident ID number %2 is not a real date.</translation>
    </message>
    <message>
        <source>The birth date %1 inside the resident ID number %2 lies in the future.</source>
        <translation>The birth date %1 inside the resident ID number %2 lies in the future.</translation>
    </message>
    <message>
        <source>The check character of the resident ID number %1 is wrong (it should be %2); please check the number.</source>
        <translation>The check character of the resident ID number %1 is wrong (it should be %2); please check the number.</translation>
    </message>
    <message>
        <source>A unified social credit code has 18 characters; "%1" has %2.</source>
        <translation>A unified social credit code has 18 characters; "%1" has %2.</translation>
    </message>
    <message>
        <source>The unified social credit code %1 contains "%2", which is not allowed (digits and capital letters except I, O, Z, S and V).</source>
        <translation>The unified social credit code %1 contains "%2", which is not allowed (digits and capital letters except I, O, Z, S and V).</translation>
    </message>
    <message>
        <source>Characters 3–8 of the unified social credit code %1 are the area code and must be digits.</source>
        <translation>Characters 3–8 of the unified social credit code %1 are the area code and must be digits.</translation>
    </message>
    <message>
        <source>The check character of the unified social credit code %1 is wrong (it should be %2); please check the code.</source>
        <translation>The check character of the unified social credit code %1 is wrong (it should be %2); please check the code.</translation>
    </message>
</context>
<context>
    <name>Ledger</name>
    <message>
        <source>agreement not yet effective</source>
        <translation>agreement not yet effective</translation>
    </message>
    <message>
        <source>agreement effective %1</source>
        <translation>agreement effective %1</translation>
    </message>
    <message>
        <source>A ledger is written as .xlsx or .csv, not "%1".</source>
        <translation>A ledger is written as .xlsx or .csv, not "%1".</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>Ledger</translation>
    </message>
    <message>
        <source>The mapping names an unknown field "%1".</source>
        <translation>The mapping names an unknown field "%1".</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a JSON mapping: %2</source>
        <translation>%1 is not a JSON mapping: %2</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>row %1: %2</translation>
    </message>
    <message>
        <source>row %1, %2: %3</source>
        <translation>row %1, %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of the ledger are wrong; nothing was imported.</source>
        <translation>
            <numerusform>%n row of the ledger are wrong; nothing was imported.</numerusform>
            <numerusform>%n rows of the ledger are wrong; nothing was imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>the date is missing.</source>
        <translation>the date is missing.</translation>
    </message>
    <message>
        <source>"%1" is not a date.</source>
        <translation>"%1" is not a date.</translation>
    </message>
    <message>
        <source>%1 lies in the future.</source>
        <translation>%1 lies in the future.</translation>
    </message>
    <message>
        <source>no party is named.</source>
        <translation>no party is named.</translation>
    </message>
    <message>
        <source>"%1" is not an outcome.</source>
        <translation>"%1" is not an outcome.</translation>
    </message>
    <message>
        <source>Recorded in the ledger.</source>
        <translation>Recorded in the ledger.</translation>
    </message>
    <message>
        <source>accepted before it was received.</source>
        <translation>accepted before it was received.</translation>
    </message>
    <message>
        <source>closed before it was received or accepted.</source>
        <translation>closed before it was received or accepted.</translation>
    </message>
    <message>
        <source>"%1" is not an amount in yuan.</source>
        <translation>"%1" is not an amount in yuan.</translation>
    </message>
    <message>
        <source>there is no organisation "%1".</source>
        <translation>there is no organisation "%1".</translation>
    </message>
    <message>
        <source>"%1" is not one of the dispute categories.</source>
        <translation>"%1" is not one of the dispute categories.</translation>
    </message>
    <message>
        <source>"%1" is not a case source.</source>
        <translation>"%1" is not a case source.</translation>
    </message>
    <message>
        <source>the facts are missing.</source>
        <translation>the facts are missing.</translation>
    </message>
    <message>
        <source>%1 and %2: %3 dispute</source>
        <translation>%1 and %2: %3 dispute</translation>
    </message>
    <message>
        <source>The ledger has no column "%1" (mapped to %2).</source>
        <translation>The ledger has no column "%1" (mapped to %2).</translation>
    </message>
    <message>
        <source>No column of the ledger is mapped to %1.</source>
        <translation>No column of the ledger is mapped to %1.</translation>
    </message>
    <message>
        <source>The ledger has no organisation column: name the organisation (--org).</source>
        <translation>The ledger has no organisation column: name the organisation (--org).</translation>
    </message>
    <message>
        <source>Mediation recorded in the ledger.</source>
        <translation>Mediation recorded in the ledger.</translation>
    </message>
    <message>
        <source>Agreement recorded in the ledger.</source>
        <translation>Agreement recorded in the ledger.</translation>
    </message>
    <message>
        <source>The spreadsheet cannot be read: %1</source>
        <translation>The spreadsheet cannot be read: %1</translation>
    </message>
    <message>
        <source>the text is neither UTF-8 nor GB18030.</source>
        <translation>the text is neither UTF-8 nor GB18030.</translation>
    </message>
    <message>
        <source>more than %1 rows.</source>
        <translation>more than %1 rows.</translation>
    </message>
    <message>
        <source>a quoted field is not closed.</source>
        <translation>a quoted field is not closed.</translation>
    </message>
    <message>
        <source>not a zip archive.</source>
        <translation>not a zip archive.</translation>
    </message>
    <message>
        <source>not an xlsx file (%1).</source>
        <translation>not an xlsx file (%1).</translation>
    </message>
    <message>
        <source>the part %1 is missing.</source>
        <translation>the part %1 is missing.</translation>
    </message>
    <message>
        <source>the part %1 is too large.</source>
        <translation>the part %1 is too large.</translation>
    </message>
    <message>
        <source>the part %1 cannot be opened.</source>
        <translation>the part %1 cannot be opened.</translation>
    </message>
    <message>
        <source>the part %1 is damaged.</source>
        <translation>the part %1 is damaged.</translation>
    </message>
    <message>
        <source>more than %1 columns.</source>
        <translation>more than %1 columns.</translation>
    </message>
    <message>
        <source>a cell lies outside the first %1 columns.</source>
        <translation>a cell lies outside the first %1 columns.</translation>
    </message>
    <message>
        <source>a cell names a shared string that does not exist.</source>
        <translation>a cell names a shared string that does not exist.</translation>
    </message>
    <message>
        <source>A ledger is read from .xlsx or .csv, not "%1".</source>
        <translation>A ledger is read from .xlsx or .csv, not "%1".</translation>
    </message>
    <message>
        <source>the file is larger than 64 MiB.</source>
        <translation>the file is larger than 64 MiB.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Please check the input</source>
        <translation>Please check the input</translation>
    </message>
    <message>
        <source>Not allowed by the rules</source>
        <translation>Not allowed by the rules</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Not found</translation>
    </message>
    <message>
        <source>Not permitted</source>
        <translation>Not permitted</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Changed by someone else</translation>
    </message>
    <message>
        <source>Cannot do that</source>
        <translation>Cannot do that</translation>
    </message>
    <message>
        <source>Database problem</source>
        <translation>Database problem</translation>
    </message>
</context>
<context>
    <name>Metrics</name>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Disputes registered by an organisation in the area with a date received in the period.</source>
        <translation>Disputes registered by an organisation in the area with a date received in the period.</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Disputes accepted for mediation in the period by an organisation in the area.</source>
        <translation>Disputes accepted for mediation in the period by an organisation in the area.</translation>
    </message>
    <message>
        <source>Concluded</source>
        <translation>Concluded</translation>
    </message>
    <message>
        <source>Mediations concluded in the period by an organisation in the area: settled, failed, withdrawn or filed by a court.</source>
        <translation>Mediations concluded in the period by an organisation in the area: settled, failed, withdrawn or filed by a court.</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Settled</translation>
    </message>
    <message>
        <source>Concluded with an agreement (调解成功).</source>
        <translation>Concluded with an agreement (调解成功).</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Concluded without agreement (调解不成).</source>
        <translation>Concluded without agreement (调解不成).</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Concluded because the applicant withdrew.</source>
        <translation>Concluded because the applicant withdrew.</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>Filed</translation>
    </message>
    <message>
        <source>Concluded by a court or tribunal filing the dispute as a lawsuit (立案).</source>
        <translation>Concluded by a court or tribunal filing the dispute as a lawsuit (立案).</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>Not accepted</translation>
    </message>
    <message>
        <source>Disputes refused for mediation in the period; not a concluded mediation.</source>
        <translation>Disputes refused for mediation in the period; not a concluded mediation.</translation>
    </message>
    <message>
        <source>Referred up</source>
        <translation>Referred up</translation>
    </message>
    <message>
        <source>Referrals sent to a higher tier in the period by an organisation in the area.</source>
        <translation>Referrals sent to a higher tier in the period by an organisation in the area.</translation>
    </message>
    <message>
        <source>Delegated</source>
        <translation>Delegated</translation>
    </message>
    <message>
        <source>Delegations sent down by a court or tribunal in the area in the period.</source>
        <translation>Delegations sent down by a court or tribunal in the area in the period.</translation>
    </message>
    <message>
        <source>Success rate</source>
        <translation>Success rate</translation>
    </message>
    <message>
        <source>Settled ÷ concluded (调解成功率).</source>
        <translation>Settled ÷ concluded (调解成功率).</translation>
    </message>
    <message>
        <source>Mediation and withdrawal rate</source>
        <translation>Mediation and withdrawal rate</translation>
    </message>
    <message>
        <source>(Settled + withdrawn) ÷ concluded (调撤率).</source>
        <translation>(Settled + withdrawn) ÷ concluded (调撤率).</translation>
    </message>
    <message>
        <source>Litigation rate</source>
        <translation>Litigation rate</translation>
    </message>
    <message>
        <source>Cases filed by the courts and tribunals of the area ÷ disputes registered in the area in the period (成讼率); lower is better.</source>
        <translation>Cases filed by the courts and tribunals of the area ÷ disputes registered in the area in the period (成讼率); lower is better.</translation>
    </message>
    <message>
        <source>Litigation per 10,000 people</source>
        <translation>Litigation per 10,000 people</translation>
    </message>
    <message>
        <source>Cases filed in the period ÷ population of the area × 10,000 (万人成讼率); empty when no population is recorded.</source>
        <translation>Cases filed in the period ÷ population of the area × 10,000 (万人成讼率); empty when no population is recorded.</translation>
    </message>
    <message>
        <source>Settled in the village</source>
        <translation>Settled in the village</translation>
    </message>
    <message>
        <source>Share of the settled disputes settled by a village mediation room (小事不出村).</source>
        <translation>Share of the settled disputes settled by a village mediation room (小事不出村).</translation>
    </message>
    <message>
        <source>Settled at or below the township</source>
        <translation>Settled at or below the township</translation>
    </message>
    <message>
        <source>Share of the settled disputes settled by a village or township (大事不出镇).</source>
        <translation>Share of the settled disputes settled by a village or township (大事不出镇).</translation>
    </message>
    <message>
        <source>Average cycle (days)</source>
        <translation>Average cycle (days)</translation>
    </message>
    <message>
        <source>Mean of the days from receipt to conclusion over the concluded mediations.</source>
        <translation>Mean of the days from receipt to conclusion over the concluded mediations.</translation>
    </message>
    <message>
        <source>Median cycle (days)</source>
        <translation>Median cycle (days)</translation>
    </message>
    <message>
        <source>Median of the days from receipt to conclusion over the concluded mediations.</source>
        <translation>Median of the days from receipt to conclusion over the concluded mediations.</translation>
    </message>
    <message>
        <source>Overdue now</source>
        <translation>Overdue now</translation>
    </message>
    <message>
        <source>Open cases handled in the area whose mediation began (accepted, or received if not yet accepted) more than 30 days before the reference day.</source>
        <translation>Open cases handled in the area whose mediation began (accepted, or received if not yet accepted) more than 30 days before the reference day.</translation>
    </message>
    <message>
        <source>Amount involved</source>
        <translation>Amount involved</translation>
    </message>
    <message>
        <source>Sum of the amounts in dispute of the concluded mediations.</source>
        <translation>Sum of the amounts in dispute of the concluded mediations.</translation>
    </message>
    <message>
        <source>Agreement amount</source>
        <translation>Agreement amount</translation>
    </message>
    <message>
        <source>Sum of the obligations in the agreements of the settled disputes.</source>
        <translation>Sum of the obligations in the agreements of the settled disputes.</translation>
    </message>
    <message>
        <source>Prevented from turning criminal</source>
        <translation>Prevented from turning criminal</translation>
    </message>
    <message>
        <source>Disputes recorded in the period as prevented from turning into criminal cases (防止民转刑), and the persons involved.</source>
        <translation>Disputes recorded in the period as prevented from turning into criminal cases (防止民转刑), and the persons involved.</translation>
    </message>
    <message>
        <source>Mass petitions prevented</source>
        <translation>Mass petitions prevented</translation>
    </message>
    <message>
        <source>Disputes recorded in the period as preventing a mass petition (防止群体性上访), and the persons involved.</source>
        <translation>Disputes recorded in the period as preventing a mass petition (防止群体性上访), and the persons involved.</translation>
    </message>
    <message>
        <source>Fulfilment rate</source>
        <translation>Fulfilment rate</translation>
    </message>
    <message>
        <source>Instalments performed ÷ instalments due by the reference day, over the agreements of the period.</source>
        <translation>Instalments performed ÷ instalments due by the reference day, over the agreements of the period.</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>Mean feedback rating (1 to 5) of the period.</source>
        <translation>Mean feedback rating (1 to 5) of the period.</translation>
    </message>
</context>
<context>
    <name>MonthlyReport</name>
    <message>
        <source>Give the month as YYYY-MM, not "%1".</source>
        <translation>Give the month as YYYY-MM, not "%1".</translation>
    </message>
    <message>
        <source>The month %1 has not begun.</source>
        <translation>The month %1 has not begun.</translation>
    </message>
    <message>
        <source>Whole county</source>
        <translation>Whole county</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Disputes by category and outcome</source>
        <translation>Disputes by category and outcome</translation>
    </message>
    <message>
        <source>Disputes by source</source>
        <translation>Disputes by source</translation>
    </message>
    <message>
        <source>Prevention</source>
        <translation>Prevention</translation>
    </message>
    <message>
        <source>Generated %1 by Tiaojie; definitions in docs/metrics.md.</source>
        <translation>Generated %1 by Tiaojie; definitions in docs/metrics.md.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categories</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>The report is written as .pdf or .xlsx, not "%1".</source>
        <translation>The report is written as .pdf or .xlsx, not "%1".</translation>
    </message>
</context>
<context>
    <name>OrganisationService</name>
    <message>
        <source>court</source>
        <translation>court</translation>
    </message>
    <message>
        <source>tribunal</source>
        <translation>tribunal</translation>
    </message>
    <message>
        <source>township</source>
        <translation>township</translation>
    </message>
    <message>
        <source>village</source>
        <translation>village</translation>
    </message>
    <message>
        <source>The organisation code "%1" must be 1–16 capital letters, digits or hyphens.</source>
        <translation>The organisation code "%1" must be 1–16 capital letters, digits or hyphens.</translation>
    </message>
    <message>
        <source>The organisation needs a name.</source>
        <translation>The organisation needs a name.</translation>
    </message>
    <message>
        <source>The population cannot be negative.</source>
        <translation>The population cannot be negative.</translation>
    </message>
    <message>
        <source>An organisation with code %1 already exists.</source>
        <translation>An organisation with code %1 already exists.</translation>
    </message>
    <message>
        <source>Only a court can stand at the top of the tree; give %1 a parent.</source>
        <translation>Only a court can stand at the top of the tree; give %1 a parent.</translation>
    </message>
    <message>
        <source>A %1 cannot be placed under a %2.</source>
        <translation>A %1 cannot be placed under a %2.</translation>
    </message>
    <message>
        <source>There is no organisation with code %1.</source>
        <translation>There is no organisation with code %1.</translation>
    </message>
    <message>
        <source>No court is above %1.</source>
        <translation>No court is above %1.</translation>
    </message>
</context>
<context>
    <name>PackageCodec</name>
    <message>
        <source>This is not a valid transfer package: %1</source>
        <translation>This is not a valid transfer package: %1</translation>
    </message>
    <message>
        <source>it is larger than %1 bytes</source>
        <translation>it is larger than %1 bytes</translation>
    </message>
    <message>
        <source>the file does not start like a package</source>
        <translation>the file does not start like a package</translation>
    </message>
    <message>
        <source>format version %1 is not understood by this program (it reads %2)</source>
        <translation>format version %1 is not understood by this program (it reads %2)</translation>
    </message>
    <message>
        <source>the manifest size is out of bounds</source>
        <translation>the manifest size is out of bounds</translation>
    </message>
    <message>
        <source>it lists too many parts</source>
        <translation>it lists too many parts</translation>
    </message>
    <message>
        <source>it ends inside part %1</source>
        <translation>it ends inside part %1</translation>
    </message>
    <message>
        <source>part %1 is longer than the file</source>
        <translation>part %1 is longer than the file</translation>
    </message>
    <message>
        <source>there are stray bytes before the signature</source>
        <translation>there are stray bytes before the signature</translation>
    </message>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>The cryptography library could not start.</translation>
    </message>
    <message>
        <source>The package's signature does not match its sender's key: it was changed or damaged after signing.</source>
        <translation>The package's signature does not match its sender's key: it was changed or damaged after signing.</translation>
    </message>
    <message>
        <source>The package's manifest is not valid: %1</source>
        <translation>The package's manifest is not valid: %1</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation>it is not a JSON object</translation>
    </message>
    <message>
        <source>its format version differs from the header's</source>
        <translation>its format version differs from the header's</translation>
    </message>
    <message>
        <source>it lists %1 parts, the file holds %2</source>
        <translation>it lists %1 parts, the file holds %2</translation>
    </message>
    <message>
        <source>part %1 has no name</source>
        <translation>part %1 has no name</translation>
    </message>
    <message>
        <source>part %1 (%2) does not match its hash</source>
        <translation>part %1 (%2) does not match its hash</translation>
    </message>
</context>
<context>
    <name>PartyDrafts</name>
    <message>
        <source>Give the party's name.</source>
        <translation>Give the party's name.</translation>
    </message>
    <message>
        <source>"%1" is not an amount in yuan (for example 3860.00).</source>
        <translation>"%1" is not an amount in yuan (for example 3860.00).</translation>
    </message>
</context>
<context>
    <name>PasswordHash</name>
    <message>
        <source>A password needs at least %1 characters.</source>
        <translation>A password needs at least %1 characters.</translation>
    </message>
    <message>
        <source>A password has at most %1 characters.</source>
        <translation>A password has at most %1 characters.</translation>
    </message>
    <message>
        <source>The password cannot be the login.</source>
        <translation>The password cannot be the login.</translation>
    </message>
    <message>
        <source>A password cannot begin or end with a space.</source>
        <translation>A password cannot begin or end with a space.</translation>
    </message>
</context>
<context>
    <name>PreventionService</name>
    <message>
        <source>The number of persons must lie between 0 and 100000.</source>
        <translation>The number of persons must lie between 0 and 100000.</translation>
    </message>
    <message>
        <source>The date %1 lies in the future.</source>
        <translation>The date %1 lies in the future.</translation>
    </message>
    <message>
        <source>The date %1 is before the case was received (%2).</source>
        <translation>The date %1 is before the case was received (%2).</translation>
    </message>
    <message numerus="yes">
        <source>Prevented from turning criminal (%n person(s))</source>
        <translation>
            <numerusform>Prevented from turning criminal (%n person)</numerusform>
            <numerusform>Prevented from turning criminal (%n persons)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mass petition prevented (%n person(s))</source>
        <translation>
            <numerusform>Mass petition prevented (%n person)</numerusform>
            <numerusform>Mass petition prevented (%n persons)</numerusform>
        </translation>
    </message>
    <message>
        <source>Case %1 is handled by %2; %3 cannot record on it.</source>
        <translation>Case %1 is handled by %2; %3 cannot record on it.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Tiaojie</source>
        <translation>Tiaojie</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Only a security officer changes the settings.</source>
        <translation>Only a security officer changes the settings.</translation>
    </message>
    <message>
        <source>There is no setting "%1".</source>
        <translation>There is no setting "%1".</translation>
    </message>
    <message>
        <source>%1 takes a whole number from %2 to %3.</source>
        <translation>%1 takes a whole number from %2 to %3.</translation>
    </message>
</context>
<context>
    <name>Signing</name>
    <message>
        <source>a mediator</source>
        <translation>a mediator</translation>
    </message>
    <message>
        <source>the organisation's seal</source>
        <translation>the organisation's seal</translation>
    </message>
    <message>
        <source>Mediator of %1</source>
        <translation>Mediator of %1</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Opens the judge's review: escalations and confirmation applications.</source>
        <translation>Opens the judge's review: escalations and confirmation applications.</translation>
    </message>
    <message>
        <source>Opens the administration desk: organisations, users, time limits, holidays.</source>
        <translation>Opens the administration desk: organisations, users, time limits, holidays.</translation>
    </message>
    <message>
        <source>Opens the administration desk at the users: passwords and lock-outs.</source>
        <translation>Opens the administration desk at the users: passwords and lock-outs.</translation>
    </message>
    <message>
        <source>Opens the audit trail.</source>
        <translation>Opens the audit trail.</translation>
    </message>
    <message>
        <source>Opens the village's case list.</source>
        <translation>Opens the village's case list.</translation>
    </message>
    <message>
        <source>Opens the inbox when referred cases wait, otherwise the case list.</source>
        <translation>Opens the inbox when referred cases wait, otherwise the case list.</translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <source>There is no organisation %1.</source>
        <translation>There is no organisation %1.</translation>
    </message>
    <message>
        <source>The period starts (%1) after it ends (%2).</source>
        <translation>The period starts (%1) after it ends (%2).</translation>
    </message>
</context>
<context>
    <name>TimeLimits</name>
    <message>
        <source>Days a village mediation should conclude in</source>
        <translation>Days a village mediation should conclude in</translation>
    </message>
    <message>
        <source>Days a township mediation should conclude in</source>
        <translation>Days a township mediation should conclude in</translation>
    </message>
    <message>
        <source>Days a court pre-litigation or delegated mediation should conclude in</source>
        <translation>Days a court pre-litigation or delegated mediation should conclude in</translation>
    </message>
    <message>
        <source>Days the parties may extend a court mediation by</source>
        <translation>Days the parties may extend a court mediation by</translation>
    </message>
    <message>
        <source>Days to accept or return a referral or delegation</source>
        <translation>Days to accept or return a referral or delegation</translation>
    </message>
    <message>
        <source>Days from the agreement taking effect to apply for judicial confirmation</source>
        <translation>Days from the agreement taking effect to apply for judicial confirmation</translation>
    </message>
    <message>
        <source>Days for the court to accept a confirmation application</source>
        <translation>Days for the court to accept a confirmation application</translation>
    </message>
    <message>
        <source>Days for the court to rule after accepting</source>
        <translation>Days for the court to rule after accepting</translation>
    </message>
    <message>
        <source>Days the ruling period may be extended by</source>
        <translation>Days the ruling period may be extended by</translation>
    </message>
    <message>
        <source>Days to answer a feedback item</source>
        <translation>Days to answer a feedback item</translation>
    </message>
    <message>
        <source>Years to apply for enforcement after the last day of performance</source>
        <translation>Years to apply for enforcement after the last day of performance</translation>
    </message>
    <message>
        <source>There is no setting "%1".</source>
        <translation>There is no setting "%1".</translation>
    </message>
    <message>
        <source>%1 takes a value from %2 to %3.</source>
        <translation>%1 takes a value from %2 to %3.</translation>
    </message>
    <message>
        <source>Only an administrator or a security officer may change time limits.</source>
        <translation>Only an administrator or a security officer may change time limits.</translation>
    </message>
</context>
<context>
    <name>TransferService</name>
    <message>
        <source>Cannot write the package %1: %2</source>
        <translation>Cannot write the package %1: %2</translation>
    </message>
    <message>
        <source>the data could not be synced to the medium</source>
        <translation>the data could not be synced to the medium</translation>
    </message>
    <message>
        <source>the file could not be renamed into place</source>
        <translation>the file could not be renamed into place</translation>
    </message>
    <message>
        <source>The package %1 did not read back as written; it was removed. Try another medium.</source>
        <translation>The package %1 did not read back as written; it was removed. Try another medium.</translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation>There is no case %1.</translation>
    </message>
    <message>
        <source>The case %1 in the package is not valid: %2</source>
        <translation>The case %1 in the package is not valid: %2</translation>
    </message>
    <message>
        <source>unknown table %1</source>
        <translation>unknown table %1</translation>
    </message>
    <message>
        <source>it does not hold exactly that case</source>
        <translation>it does not hold exactly that case</translation>
    </message>
    <message>
        <source>a row of %1 is not an object</source>
        <translation>a row of %1 is not an object</translation>
    </message>
    <message>
        <source>a row of %1 belongs to another case</source>
        <translation>a row of %1 belongs to another case</translation>
    </message>
    <message>
        <source>an instalment belongs to another agreement</source>
        <translation>an instalment belongs to another agreement</translation>
    </message>
    <message>
        <source>unknown column %1 in %2</source>
        <translation>unknown column %1 in %2</translation>
    </message>
    <message>
        <source>a value in %1 is not understood</source>
        <translation>a value in %1 is not understood</translation>
    </message>
    <message>
        <source>a file's content does not match its hash</source>
        <translation>a file's content does not match its hash</translation>
    </message>
    <message>
        <source>A device key is 64 hexadecimal characters (as "device show" prints it).</source>
        <translation>A device key is 64 hexadecimal characters (as "device show" prints it).</translation>
    </message>
    <message>
        <source>Only devices of organisations above or below %1 can be trusted.</source>
        <translation>Only devices of organisations above or below %1 can be trusted.</translation>
    </message>
    <message>
        <source>%1 is neither above nor below %2; its devices cannot be trusted here.</source>
        <translation>%1 is neither above nor below %2; its devices cannot be trusted here.</translation>
    </message>
    <message>
        <source>This is this installation's own key.</source>
        <translation>This is this installation's own key.</translation>
    </message>
    <message>
        <source>This key is already trusted for %1.</source>
        <translation>This key is already trusted for %1.</translation>
    </message>
    <message>
        <source>No trusted device %1.</source>
        <translation>No trusted device %1.</translation>
    </message>
    <message>
        <source>Your role does not see device keys.</source>
        <translation>Your role does not see device keys.</translation>
    </message>
    <message>
        <source>Name at least one case to export.</source>
        <translation>Name at least one case to export.</translation>
    </message>
    <message>
        <source>Name the package file to write.</source>
        <translation>Name the package file to write.</translation>
    </message>
    <message>
        <source>%1 exists already; choose another file name.</source>
        <translation>%1 exists already; choose another file name.</translation>
    </message>
    <message>
        <source>Case %1 is already away in a transfer package.</source>
        <translation>Case %1 is already away in a transfer package.</translation>
    </message>
    <message>
        <source>Case %1 is being sent to %2, not %3.</source>
        <translation>Case %1 is being sent to %2, not %3.</translation>
    </message>
    <message>
        <source>Case %1 has no pending referral or delegation; name the organisation to send it to.</source>
        <translation>Case %1 has no pending referral or delegation; name the organisation to send it to.</translation>
    </message>
    <message>
        <source>All cases of one package go the same way to the same organisation.</source>
        <translation>All cases of one package go the same way to the same organisation.</translation>
    </message>
    <message>
        <source>Cannot read back %1.</source>
        <translation>Cannot read back %1.</translation>
    </message>
    <message>
        <source>The package %1 did not verify after writing; it was removed.</source>
        <translation>The package %1 did not verify after writing; it was removed.</translation>
    </message>
    <message>
        <source>There is no package file %1.</source>
        <translation>There is no package file %1.</translation>
    </message>
    <message>
        <source>%1 is larger than a package may be.</source>
        <translation>%1 is larger than a package may be.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>The package is signed by a device this installation does not trust (fingerprint %1). An administrator enrols the keys of the organisations above and below.</source>
        <translation>The package is signed by a device this installation does not trust (fingerprint %1). An administrator enrols the keys of the organisations above and below.</translation>
    </message>
    <message>
        <source>The package's manifest is not valid: %1</source>
        <translation>The package's manifest is not valid: %1</translation>
    </message>
    <message>
        <source>no package id or an unknown kind</source>
        <translation>no package id or an unknown kind</translation>
    </message>
    <message>
        <source>the device id does not match the signing key</source>
        <translation>the device id does not match the signing key</translation>
    </message>
    <message>
        <source>The package claims to come from %1 but its key is trusted for %2.</source>
        <translation>The package claims to come from %1 but its key is trusted for %2.</translation>
    </message>
    <message>
        <source>the sequence number does not fit the kind</source>
        <translation>the sequence number does not fit the kind</translation>
    </message>
    <message>
        <source>The package is addressed to %1, outside %2.</source>
        <translation>The package is addressed to %1, outside %2.</translation>
    </message>
    <message>
        <source>a file part does not match its name</source>
        <translation>a file part does not match its name</translation>
    </message>
    <message>
        <source>part %1 is not a JSON object</source>
        <translation>part %1 is not a JSON object</translation>
    </message>
    <message>
        <source>part %1 does not hold the case it names</source>
        <translation>part %1 does not hold the case it names</translation>
    </message>
    <message>
        <source>unexpected part %1</source>
        <translation>unexpected part %1</translation>
    </message>
    <message>
        <source>the parts do not match the list of cases</source>
        <translation>the parts do not match the list of cases</translation>
    </message>
    <message>
        <source>Sequence: expected package %1 from this device, this is %2.</source>
        <translation>Sequence: expected package %1 from this device, this is %2.</translation>
    </message>
    <message>
        <source>The receipt confirms package %1, which was not sent from here.</source>
        <translation>The receipt confirms package %1, which was not sent from here.</translation>
    </message>
    <message>
        <source>The receipt does not match package %1 as it was sent.</source>
        <translation>The receipt does not match package %1 as it was sent.</translation>
    </message>
    <message>
        <source>Package out of order: expected number %1 from device %2, got %3. A newer package from that device has been imported already.</source>
        <translation>Package out of order: expected number %1 from device %2, got %3. A newer package from that device has been imported already.</translation>
    </message>
    <message>
        <source>Gap in the sequence: expected number %1 from device %2, got %3. Import the missing packages first, or accept the gap explicitly.</source>
        <translation>Gap in the sequence: expected number %1 from device %2, got %3. Import the missing packages first, or accept the gap explicitly.</translation>
    </message>
    <message>
        <source>Accepted a gap in the sequence: packages %1 to %2 from device %3 never arrived.</source>
        <translation>Accepted a gap in the sequence: packages %1 to %2 from device %3 never arrived.</translation>
    </message>
    <message>
        <source>The package lacks the file %1 a case refers to.</source>
        <translation>The package lacks the file %1 a case refers to.</translation>
    </message>
    <message>
        <source>No package %1 was imported here.</source>
        <translation>No package %1 was imported here.</translation>
    </message>
    <message>
        <source>No open review item %1.</source>
        <translation>No open review item %1.</translation>
    </message>
    <message>
        <source>The queued case lacks the file %1.</source>
        <translation>The queued case lacks the file %1.</translation>
    </message>
</context>
<context>
    <name>UserService</name>
    <message>
        <source>mediator</source>
        <translation>mediator</translation>
    </message>
    <message>
        <source>township staff</source>
        <translation>township staff</translation>
    </message>
    <message>
        <source>judge</source>
        <translation>judge</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <source>The login "%1" must be 2–32 lower-case letters, digits, dots, hyphens or underscores, starting with a letter.</source>
        <translation>The login "%1" must be 2–32 lower-case letters, digits, dots, hyphens or underscores, starting with a letter.</translation>
    </message>
    <message>
        <source>The user needs a name.</source>
        <translation>The user needs a name.</translation>
    </message>
    <message>
        <source>A judge must belong to a court or tribunal.</source>
        <translation>A judge must belong to a court or tribunal.</translation>
    </message>
    <message>
        <source>A user with login %1 already exists.</source>
        <translation>A user with login %1 already exists.</translation>
    </message>
    <message>
        <source>There is no user %1.</source>
        <translation>There is no user %1.</translation>
    </message>
    <message>
        <source>There are several administrators; name the acting user with --user.</source>
        <translation>There are several administrators; name the acting user with --user.</translation>
    </message>
    <message>
        <source>Name the acting user with --user.</source>
        <translation>Name the acting user with --user.</translation>
    </message>
    <message>
        <source>security officer</source>
        <translation>security officer</translation>
    </message>
    <message>
        <source>auditor</source>
        <translation>auditor</translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <source>accept for mediation</source>
        <translation>accept for mediation</translation>
    </message>
    <message>
        <source>not accept</source>
        <translation>not accept</translation>
    </message>
    <message>
        <source>record a session</source>
        <translation>record a session</translation>
    </message>
    <message>
        <source>refer up</source>
        <translation>refer up</translation>
    </message>
    <message>
        <source>delegate down</source>
        <translation>delegate down</translation>
    </message>
    <message>
        <source>receive</source>
        <translation>receive</translation>
    </message>
    <message>
        <source>return</source>
        <translation>return</translation>
    </message>
    <message>
        <source>close</source>
        <translation>close</translation>
    </message>
    <message>
        <source>Only a court or tribunal delegates a dispute down; case %1 is handled at the %2 tier.</source>
        <translation>Only a court or tribunal delegates a dispute down; case %1 is handled at the %2 tier.</translation>
    </message>
    <message>
        <source>Only a court or tribunal files a case; case %1 is handled at the %2 tier.</source>
        <translation>Only a court or tribunal files a case; case %1 is handled at the %2 tier.</translation>
    </message>
    <message>
        <source>Case %1 is %2; the action "%3" is not allowed now.</source>
        <translation>Case %1 is %2; the action "%3" is not allowed now.</translation>
    </message>
    <message>
        <source>%1 (%2) does not act on cases.</source>
        <translation>%1 (%2) does not act on cases.</translation>
    </message>
    <message>
        <source>Only the organisation case %2 was sent to may take the action "%1".</source>
        <translation>Only the organisation case %2 was sent to may take the action "%1".</translation>
    </message>
    <message>
        <source>Case %1 is handled by %2; user %3 may not take the action "%4" on it.</source>
        <translation>Case %1 is handled by %2; user %3 may not take the action "%4" on it.</translation>
    </message>
</context>
<context>
    <name>tj::ActionDialog</name>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>tj::AdminPage</name>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Time limits</source>
        <translation>Time limits</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>Holidays</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>&amp;Add organisation</source>
        <translation>&amp;Add organisation</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Code:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Tier:</source>
        <translation>Tier:</translation>
    </message>
    <message>
        <source>Parent:</source>
        <translation>Parent:</translation>
    </message>
    <message>
        <source>Population:</source>
        <translation>Population:</translation>
    </message>
    <message>
        <source>The population must be a whole number.</source>
        <translation>The population must be a whole number.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>optional; to be changed at first sign-in</source>
        <translation>optional; to be changed at first sign-in</translation>
    </message>
    <message>
        <source>Add &amp;user</source>
        <translation>Add &amp;user</translation>
    </message>
    <message>
        <source>Set &amp;initial password</source>
        <translation>Set &amp;initial password</translation>
    </message>
    <message>
        <source>Un&amp;lock</source>
        <translation>Un&amp;lock</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Login:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <source>Initial password:</source>
        <translation>Initial password:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Selected user&lt;/b&gt;</source>
        <translation>&lt;b&gt;Selected user&lt;/b&gt;</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>New password:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>locked until %1</source>
        <translation>locked until %1</translation>
    </message>
    <message>
        <source>initial (to be changed)</source>
        <translation>initial (to be changed)</translation>
    </message>
    <message>
        <source>set</source>
        <translation>set</translation>
    </message>
    <message>
        <source>Choose a user in the list first.</source>
        <translation>Choose a user in the list first.</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Setting</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Default</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Meaning</translation>
    </message>
    <message>
        <source>&amp;Set</source>
        <translation>&amp;Set</translation>
    </message>
    <message>
        <source>Setting:</source>
        <translation>Setting:</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Value:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Working day (adjusted weekend)</source>
        <translation>Working day (adjusted weekend)</translation>
    </message>
    <message>
        <source>&amp;Add day</source>
        <translation>&amp;Add day</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <source>working day</source>
        <translation>working day</translation>
    </message>
    <message>
        <source>rest day</source>
        <translation>rest day</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <source>shipped table</source>
        <translation>shipped table</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Object</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>&amp;Verify the chain</source>
        <translation>&amp;Verify the chain</translation>
    </message>
    <message>
        <source>The newest %1 entries; every change, export and sign-in is one.</source>
        <translation>The newest %1 entries; every change, export and sign-in is one.</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>The audit trail is intact: %1 entries.</source>
        <translation>The audit trail is intact: %1 entries.</translation>
    </message>
    <message>
        <source>The audit trail is broken at entry %1: %2</source>
        <translation>The audit trail is broken at entry %1: %2</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Audit trail</translation>
    </message>
</context>
<context>
    <name>tj::AgreementEditor</name>
    <message>
        <source>not an amount in yuan</source>
        <translation>not an amount in yuan</translation>
    </message>
    <message>
        <source>Add &amp;obligation</source>
        <translation>Add &amp;obligation</translation>
    </message>
    <message>
        <source>Add &amp;instalment</source>
        <translation>Add &amp;instalment</translation>
    </message>
    <message>
        <source>Add si&amp;gnature</source>
        <translation>Add si&amp;gnature</translation>
    </message>
    <message>
        <source>Debtor</source>
        <translation>Debtor</translation>
    </message>
    <message>
        <source>Creditor</source>
        <translation>Creditor</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <source>In capitals</source>
        <translation>In capitals</translation>
    </message>
    <message>
        <source>Instalments</source>
        <translation>Instalments</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <source>On</source>
        <translation>On</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>Obligations and instalments</source>
        <translation>Obligations and instalments</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>written agreement</source>
        <translation>written agreement</translation>
    </message>
    <message>
        <source>oral agreement recorded by the mediator</source>
        <translation>oral agreement recorded by the mediator</translation>
    </message>
    <message>
        <source>What the parties agreed</source>
        <translation>What the parties agreed</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>Agreed &amp;content:</source>
        <translation>Agreed &amp;content:</translation>
    </message>
    <message>
        <source>&amp;Facts:</source>
        <translation>&amp;Facts:</translation>
    </message>
    <message>
        <source>&amp;Responsibilities:</source>
        <translation>&amp;Responsibilities:</translation>
    </message>
    <message>
        <source>&amp;Manner of performance:</source>
        <translation>&amp;Manner of performance:</translation>
    </message>
    <message>
        <source>&amp;Place of performance:</source>
        <translation>&amp;Place of performance:</translation>
    </message>
    <message>
        <source>yuan</source>
        <translation>yuan</translation>
    </message>
    <message>
        <source>Debtor:</source>
        <translation>Debtor:</translation>
    </message>
    <message>
        <source>Creditor:</source>
        <translation>Creditor:</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Amount:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Instalments of the selected obligation&lt;/b&gt;</source>
        <translation>&lt;b&gt;Instalments of the selected obligation&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Due:</translation>
    </message>
    <message>
        <source>Signed by:</source>
        <translation>Signed by:</translation>
    </message>
    <message>
        <source>The agreement takes effect on the last signature.</source>
        <translation>The agreement takes effect on the last signature.</translation>
    </message>
    <message>
        <source>An obligation needs a debtor, a creditor and a positive amount in yuan.</source>
        <translation>An obligation needs a debtor, a creditor and a positive amount in yuan.</translation>
    </message>
    <message>
        <source>Choose the obligation the instalment belongs to.</source>
        <translation>Choose the obligation the instalment belongs to.</translation>
    </message>
    <message>
        <source>An instalment needs a positive amount in yuan.</source>
        <translation>An instalment needs a positive amount in yuan.</translation>
    </message>
    <message>
        <source>Name who signed.</source>
        <translation>Name who signed.</translation>
    </message>
    <message>
        <source>Instalments add up to %1 of %2 yuan.</source>
        <translation>Instalments add up to %1 of %2 yuan.</translation>
    </message>
    <message>
        <source>Total: %1 yuan (%2)</source>
        <translation>Total: %1 yuan (%2)</translation>
    </message>
</context>
<context>
    <name>tj::AgreementTab</name>
    <message>
        <source>due</source>
        <translation>due</translation>
    </message>
    <message>
        <source>partly paid</source>
        <translation>partly paid</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>paid</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>by telephone</source>
        <translation>by telephone</translation>
    </message>
    <message>
        <source>on site</source>
        <translation>on site</translation>
    </message>
    <message>
        <source>performed</source>
        <translation>performed</translation>
    </message>
    <message>
        <source>partly performed</source>
        <translation>partly performed</translation>
    </message>
    <message>
        <source>not performed</source>
        <translation>not performed</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Payments</translation>
    </message>
    <message>
        <source>%1: %2 yuan</source>
        <translation>%1: %2 yuan</translation>
    </message>
    <message>
        <source>(proof %1, SHA-256 %2…)</source>
        <translation>(proof %1, SHA-256 %2…)</translation>
    </message>
    <message>
        <source>Follow-up visits</source>
        <translation>Follow-up visits</translation>
    </message>
    <message>
        <source>reached %1</source>
        <translation>reached %1</translation>
    </message>
    <message>
        <source>satisfaction %1/5</source>
        <translation>satisfaction %1/5</translation>
    </message>
    <message>
        <source>visitor %1</source>
        <translation>visitor %1</translation>
    </message>
    <message>
        <source>Risks: %1</source>
        <translation>Risks: %1</translation>
    </message>
    <message>
        <source>Obligation</source>
        <translation>Obligation</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>A&amp;greement</source>
        <translation>A&amp;greement</translation>
    </message>
    <message>
        <source>who signs</source>
        <translation>who signs</translation>
    </message>
    <message>
        <source>yuan, e.g. 6000.00</source>
        <translation>yuan, e.g. 6000.00</translation>
    </message>
    <message>
        <source>optional receipt file</source>
        <translation>optional receipt file</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Record &amp;signature</source>
        <translation>Record &amp;signature</translation>
    </message>
    <message>
        <source>Record &amp;payment</source>
        <translation>Record &amp;payment</translation>
    </message>
    <message>
        <source>Record follow-up &amp;visit…</source>
        <translation>Record follow-up &amp;visit…</translation>
    </message>
    <message>
        <source>Apply for judicial &amp;confirmation</source>
        <translation>Apply for judicial &amp;confirmation</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>P&amp;rint…</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>Proof of payment</source>
        <translation>Proof of payment</translation>
    </message>
    <message>
        <source>Print to PDF</source>
        <translation>Print to PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Agreement of %1</source>
        <translation>Agreement of %1</translation>
    </message>
    <message>
        <source>Signatures missing: %1</source>
        <translation>Signatures missing: %1</translation>
    </message>
    <message>
        <source>In effect since %1</source>
        <translation>In effect since %1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Type the amount in yuan, e.g. 6000.00.</source>
        <translation>Type the amount in yuan, e.g. 6000.00.</translation>
    </message>
    <message>
        <source>Judicial confirmation applied for on %1 at %2</source>
        <translation>Judicial confirmation applied for on %1 at %2</translation>
    </message>
    <message>
        <source>— not accepted on %1: %2</source>
        <translation>— not accepted on %1: %2</translation>
    </message>
    <message>
        <source>— confirmed valid on %1 (%2)</source>
        <translation>— confirmed valid on %1 (%2)</translation>
    </message>
    <message>
        <source>— not confirmed on %1: %2</source>
        <translation>— not confirmed on %1: %2</translation>
    </message>
    <message>
        <source>— accepted on %1, awaiting the ruling</source>
        <translation>— accepted on %1, awaiting the ruling</translation>
    </message>
    <message>
        <source>— awaiting the court's acceptance</source>
        <translation>— awaiting the court's acceptance</translation>
    </message>
    <message>
        <source>Amount: %1 yuan (%2)</source>
        <translation>Amount: %1 yuan (%2)</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>State: %1</translation>
    </message>
</context>
<context>
    <name>tj::AttachmentModel</name>
    <message>
        <source>%1 by %2</source>
        <translation>%1 by %2</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>tj::AttachmentsTab</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <source>Attach&amp;ments</source>
        <translation>Attach&amp;ments</translation>
    </message>
    <message>
        <source>what the file shows (optional)</source>
        <translation>what the file shows (optional)</translation>
    </message>
    <message>
        <source>Add &amp;as:</source>
        <translation>Add &amp;as:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <source>Drop photos, scans or receipts here to attach them. Each file is kept with its SHA-256 fingerprint.</source>
        <translation>Drop photos, scans or receipts here to attach them. Each file is kept with its SHA-256 fingerprint.</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Attach files</translation>
    </message>
    <message>
        <source>Pictures and PDF (*.jpg *.jpeg *.png *.bmp *.gif *.webp *.pdf);;All files (*)</source>
        <translation>Pictures and PDF (*.jpg *.jpeg *.png *.bmp *.gif *.webp *.pdf);;All files (*)</translation>
    </message>
    <message>
        <source>Export attachments to</source>
        <translation>Export attachments to</translation>
    </message>
    <message>
        <source>Attached: %1.</source>
        <translation>Attached: %1.</translation>
    </message>
    <message>
        <source>Already attached to this case: %1.</source>
        <translation>Already attached to this case: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n file(s) to %1.</source>
        <translation>
            <numerusform>Exported %n file to %1.</numerusform>
            <numerusform>Exported %n files to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a file to see it here.</source>
        <translation>Choose a file to see it here.</translation>
    </message>
    <message>
        <source>Added %1 by %2 (%3)</source>
        <translation>Added %1 by %2 (%3)</translation>
    </message>
    <message>
        <source>system</source>
        <translation>system</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) from the start:</source>
        <translation>
            <numerusform>%n page from the start:</numerusform>
            <numerusform>%n pages from the start:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tj::CaseDetail</name>
    <message>
        <source>&amp;Accept for mediation…</source>
        <translation>&amp;Accept for mediation…</translation>
    </message>
    <message>
        <source>&amp;Not accept…</source>
        <translation>&amp;Not accept…</translation>
    </message>
    <message>
        <source>Add sess&amp;ion…</source>
        <translation>Add sess&amp;ion…</translation>
    </message>
    <message>
        <source>Refer &amp;up…</source>
        <translation>Refer &amp;up…</translation>
    </message>
    <message>
        <source>&amp;Delegate down…</source>
        <translation>&amp;Delegate down…</translation>
    </message>
    <message>
        <source>Recei&amp;ve…</source>
        <translation>Recei&amp;ve…</translation>
    </message>
    <message>
        <source>Re&amp;turn…</source>
        <translation>Re&amp;turn…</translation>
    </message>
    <message>
        <source>&amp;Close case…</source>
        <translation>&amp;Close case…</translation>
    </message>
    <message>
        <source>Accept %1 for mediation</source>
        <translation>Accept %1 for mediation</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Accept</translation>
    </message>
    <message>
        <source>Not accept %1</source>
        <translation>Not accept %1</translation>
    </message>
    <message>
        <source>&amp;Not accept</source>
        <translation>&amp;Not accept</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>e.g. a party refuses mediation</source>
        <translation>e.g. a party refuses mediation</translation>
    </message>
    <message>
        <source>Session of %1</source>
        <translation>Session of %1</translation>
    </message>
    <message>
        <source>&amp;Record session</source>
        <translation>&amp;Record session</translation>
    </message>
    <message>
        <source>names separated by 、 or commas</source>
        <translation>names separated by 、 or commas</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <source>&amp;Mediators:</source>
        <translation>&amp;Mediators:</translation>
    </message>
    <message>
        <source>P&amp;articipants:</source>
        <translation>P&amp;articipants:</translation>
    </message>
    <message>
        <source>R&amp;ecord:</source>
        <translation>R&amp;ecord:</translation>
    </message>
    <message>
        <source>What was said and agreed</source>
        <translation>What was said and agreed</translation>
    </message>
    <message>
        <source>Refer %1 up</source>
        <translation>Refer %1 up</translation>
    </message>
    <message>
        <source>Delegate %1 down</source>
        <translation>Delegate %1 down</translation>
    </message>
    <message>
        <source>&amp;Refer up</source>
        <translation>&amp;Refer up</translation>
    </message>
    <message>
        <source>&amp;Delegate</source>
        <translation>&amp;Delegate</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>Only organisations above %1 are offered.</source>
        <translation>Only organisations above %1 are offered.</translation>
    </message>
    <message>
        <source>Only organisations in the area of %1 are offered.</source>
        <translation>Only organisations in the area of %1 are offered.</translation>
    </message>
    <message>
        <source>Why this tier cannot resolve it</source>
        <translation>Why this tier cannot resolve it</translation>
    </message>
    <message>
        <source>Parties' consent, why delegated</source>
        <translation>Parties' consent, why delegated</translation>
    </message>
    <message>
        <source>Receive %1</source>
        <translation>Receive %1</translation>
    </message>
    <message>
        <source>Recei&amp;ve</source>
        <translation>Recei&amp;ve</translation>
    </message>
    <message>
        <source>Return %1</source>
        <translation>Return %1</translation>
    </message>
    <message>
        <source>Re&amp;turn</source>
        <translation>Re&amp;turn</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>ID number / credit code</source>
        <translation>ID number / credit code</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Claim (yuan)</source>
        <translation>Claim (yuan)</translation>
    </message>
    <message>
        <source>Show &amp;full ID numbers</source>
        <translation>Show &amp;full ID numbers</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Mediators</source>
        <translation>Mediators</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>&amp;Summary</translation>
    </message>
    <message>
        <source>&amp;Parties</source>
        <translation>&amp;Parties</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;History</translation>
    </message>
    <message>
        <source>S&amp;essions</source>
        <translation>S&amp;essions</translation>
    </message>
    <message>
        <source>Re&amp;lated cases</source>
        <translation>Re&amp;lated cases</translation>
    </message>
    <message>
        <source>ID numbers are sensitive personal information; lists show them masked.</source>
        <translation>ID numbers are sensitive personal information; lists show them masked.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>⚠ risk reported</source>
        <translation>⚠ risk reported</translation>
    </message>
    <message>
        <source>Registered by</source>
        <translation>Registered by</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>%1 yuan (%2)</source>
        <translation>%1 yuan (%2)</translation>
    </message>
    <message>
        <source>Waiting at</source>
        <translation>Waiting at</translation>
    </message>
    <message>
        <source>%1 since %2: %3</source>
        <translation>%1 since %2: %3</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 by %2</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Court case number</source>
        <translation>Court case number</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Facts</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Claims</translation>
    </message>
    <message>
        <source> (representative)</source>
        <translation> (representative)</translation>
    </message>
    <message>
        <source>male</source>
        <translation>male</translation>
    </message>
    <message>
        <source>female</source>
        <translation>female</translation>
    </message>
</context>
<context>
    <name>tj::CaseListModel</name>
    <message numerus="yes">
        <source>%1 and %n others</source>
        <translation>
            <numerusform>%1 and %n others</numerusform>
            <numerusform>%1 and %n others</numerusform>
        </translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>Amount (yuan)</translation>
    </message>
</context>
<context>
    <name>tj::CaseListPage</name>
    <message>
        <source>Received &amp;between</source>
        <translation>Received &amp;between</translation>
    </message>
    <message>
        <source>Search party, ID number, case number or facts (Ctrl+F)</source>
        <translation>Search party, ID number, case number or facts (Ctrl+F)</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>All states</translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>All tiers</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>S&amp;tate:</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>More than %n cases (counting…)</source>
        <translation>
            <numerusform>More than %n case (counting…)</numerusform>
            <numerusform>More than %n cases (counting…)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tj::CloseDialog</name>
    <message>
        <source>Close case %1</source>
        <translation>Close case %1</translation>
    </message>
    <message>
        <source>&amp;Close case</source>
        <translation>&amp;Close case</translation>
    </message>
    <message>
        <source>settled by agreement</source>
        <translation>settled by agreement</translation>
    </message>
    <message>
        <source>mediation failed</source>
        <translation>mediation failed</translation>
    </message>
    <message>
        <source>withdrawn by a party</source>
        <translation>withdrawn by a party</translation>
    </message>
    <message>
        <source>filed as a lawsuit</source>
        <translation>filed as a lawsuit</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Outcome:</translation>
    </message>
    <message>
        <source>Why, and which routes (arbitration, administrative, court) the parties were told of</source>
        <translation>Why, and which routes (arbitration, administrative, court) the parties were told of</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>Court case &amp;number:</source>
        <translation>Court case &amp;number:</translation>
    </message>
</context>
<context>
    <name>tj::ConfirmationQueue</name>
    <message>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Mediated by</source>
        <translation>Mediated by</translation>
    </message>
    <message>
        <source>Applied on</source>
        <translation>Applied on</translation>
    </message>
    <message>
        <source>Accept by</source>
        <translation>Accept by</translation>
    </message>
    <message>
        <source>Accepted on</source>
        <translation>Accepted on</translation>
    </message>
    <message>
        <source>Rule by</source>
        <translation>Rule by</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>&amp;Accept application…</source>
        <translation>&amp;Accept application…</translation>
    </message>
    <message>
        <source>Re&amp;fuse with reason…</source>
        <translation>Re&amp;fuse with reason…</translation>
    </message>
    <message>
        <source>E&amp;xtend ruling period…</source>
        <translation>E&amp;xtend ruling period…</translation>
    </message>
    <message>
        <source>Rule: &amp;confirm…</source>
        <translation>Rule: &amp;confirm…</translation>
    </message>
    <message>
        <source>Rule: re&amp;ject…</source>
        <translation>Rule: re&amp;ject…</translation>
    </message>
    <message>
        <source>&amp;Guidance to mediators…</source>
        <translation>&amp;Guidance to mediators…</translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation>&amp;Open case</translation>
    </message>
    <message>
        <source>awaiting acceptance</source>
        <translation>awaiting acceptance</translation>
    </message>
    <message>
        <source>Acceptance was due on %1.</source>
        <translation>Acceptance was due on %1.</translation>
    </message>
    <message>
        <source>accepted, ruling period extended</source>
        <translation>accepted, ruling period extended</translation>
    </message>
    <message>
        <source>accepted, awaiting ruling</source>
        <translation>accepted, awaiting ruling</translation>
    </message>
    <message>
        <source>The ruling was due on %1.</source>
        <translation>The ruling was due on %1.</translation>
    </message>
    <message>
        <source>No application for judicial confirmation is waiting.</source>
        <translation>No application for judicial confirmation is waiting.</translation>
    </message>
    <message>
        <source>Agreement of %1, mediated by %2</source>
        <translation>Agreement of %1, mediated by %2</translation>
    </message>
    <message>
        <source>Amount: %1 yuan (%2)</source>
        <translation>Amount: %1 yuan (%2)</translation>
    </message>
    <message>
        <source>%1 yuan by %2</source>
        <translation>%1 yuan by %2</translation>
    </message>
    <message>
        <source>%1 pays %2: %3</source>
        <translation>%1 pays %2: %3</translation>
    </message>
    <message>
        <source>Signed by %1; in effect since %2.</source>
        <translation>Signed by %1; in effect since %2.</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>not yet</translation>
    </message>
    <message>
        <source>Applied on %1 with:</source>
        <translation>Applied on %1 with:</translation>
    </message>
    <message>
        <source>Accept the application</source>
        <translation>Accept the application</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Accept</translation>
    </message>
    <message>
        <source>Refuse the application</source>
        <translation>Refuse the application</translation>
    </message>
    <message>
        <source>&amp;Refuse</source>
        <translation>&amp;Refuse</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>why the court does not accept it</source>
        <translation>why the court does not accept it</translation>
    </message>
    <message>
        <source>Extend the ruling period</source>
        <translation>Extend the ruling period</translation>
    </message>
    <message>
        <source>E&amp;xtend</source>
        <translation>E&amp;xtend</translation>
    </message>
    <message>
        <source>Rule the agreement valid</source>
        <translation>Rule the agreement valid</translation>
    </message>
    <message>
        <source>Reject the agreement</source>
        <translation>Reject the agreement</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>&amp;Confirm</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>Re&amp;ject</translation>
    </message>
    <message>
        <source>e.g. (2026)青0101民特12号</source>
        <translation>e.g. (2026)青0101民特12号</translation>
    </message>
    <message>
        <source>Ruling &amp;number:</source>
        <translation>Ruling &amp;number:</translation>
    </message>
    <message>
        <source>&amp;Reasons:</source>
        <translation>&amp;Reasons:</translation>
    </message>
    <message>
        <source>why the agreement is not confirmed</source>
        <translation>why the agreement is not confirmed</translation>
    </message>
    <message>
        <source>Guidance to %1</source>
        <translation>Guidance to %1</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Send</translation>
    </message>
    <message>
        <source>&amp;Guidance:</source>
        <translation>&amp;Guidance:</translation>
    </message>
    <message>
        <source>e.g. state the payment account and the consequences of default</source>
        <translation>e.g. state the payment account and the consequences of default</translation>
    </message>
</context>
<context>
    <name>tj::DeadlinesPage</name>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>Time limit</translation>
    </message>
    <message>
        <source>Who acts</source>
        <translation>Who acts</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>&amp;On:</translation>
    </message>
    <message>
        <source>Mediation period</source>
        <translation>Mediation period</translation>
    </message>
    <message>
        <source>Referral to accept</source>
        <translation>Referral to accept</translation>
    </message>
    <message>
        <source>Apply for judicial confirmation</source>
        <translation>Apply for judicial confirmation</translation>
    </message>
    <message>
        <source>Court to accept the application</source>
        <translation>Court to accept the application</translation>
    </message>
    <message>
        <source>Court to rule</source>
        <translation>Court to rule</translation>
    </message>
    <message>
        <source>Feedback to answer</source>
        <translation>Feedback to answer</translation>
    </message>
    <message>
        <source>Instalment due</source>
        <translation>Instalment due</translation>
    </message>
    <message>
        <source>Apply for enforcement</source>
        <translation>Apply for enforcement</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message numerus="yes">
        <source>%n open time limit(s)</source>
        <translation>
            <numerusform>%n open time limit</numerusform>
            <numerusform>%n open time limits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n overdue</source>
        <translation>
            <numerusform>, %n overdue</numerusform>
            <numerusform>, %n overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>Computing the time limits…</source>
        <translation>Computing the time limits…</translation>
    </message>
</context>
<context>
    <name>tj::HistoryView</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
</context>
<context>
    <name>tj::IntakePage</name>
    <message>
        <source>Draft restored: continue where you left off.</source>
        <translation>Draft restored: continue where you left off.</translation>
    </message>
    <message>
        <source>The draft could not be written to %1: %2</source>
        <translation>The draft could not be written to %1: %2</translation>
    </message>
    <message>
        <source>Draft saved at %1.</source>
        <translation>Draft saved at %1.</translation>
    </message>
    <message>
        <source>Risk of &amp;violence or a criminal case (report to police)</source>
        <translation>Risk of &amp;violence or a criminal case (report to police)</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>&amp;Register dispute</source>
        <translation>&amp;Register dispute</translation>
    </message>
    <message>
        <source>&amp;Discard draft</source>
        <translation>&amp;Discard draft</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>yuan, e.g. 135105.00</source>
        <translation>yuan, e.g. 135105.00</translation>
    </message>
    <message>
        <source>What happened, between whom, since when</source>
        <translation>What happened, between whom, since when</translation>
    </message>
    <message>
        <source>What the applicant asks for</source>
        <translation>What the applicant asks for</translation>
    </message>
    <message>
        <source>= s&amp;um of claims</source>
        <translation>= s&amp;um of claims</translation>
    </message>
    <message>
        <source>Sets the amount to the total of the claimants' claims</source>
        <translation>Sets the amount to the total of the claimants' claims</translation>
    </message>
    <message>
        <source>Recei&amp;ved on:</source>
        <translation>Recei&amp;ved on:</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>S&amp;ource:</translation>
    </message>
    <message>
        <source>Cate&amp;gory:</source>
        <translation>Cate&amp;gory:</translation>
    </message>
    <message>
        <source>Su&amp;bcategory:</source>
        <translation>Su&amp;bcategory:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Amount:</translation>
    </message>
    <message>
        <source>&amp;Facts:</source>
        <translation>&amp;Facts:</translation>
    </message>
    <message>
        <source>C&amp;laims:</source>
        <translation>C&amp;laims:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Related and possibly duplicate cases&lt;/b&gt;</source>
        <translation>&lt;b&gt;Related and possibly duplicate cases&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The title is too long (200 characters at most).</source>
        <translation>The title is too long (200 characters at most).</translation>
    </message>
    <message>
        <source>"%1" is not an amount in yuan (for example 135105.00).</source>
        <translation>"%1" is not an amount in yuan (for example 135105.00).</translation>
    </message>
    <message>
        <source>Party %1 (%2): %3</source>
        <translation>Party %1 (%2): %3</translation>
    </message>
    <message numerus="yes">
        <source>%n related case(s) found. Check them below; press Register again to register the dispute anyway.</source>
        <translation>
            <numerusform>%n related case found. Check them below; press Register again to register the dispute anyway.</numerusform>
            <numerusform>%n related cases found. Check them below; press Register again to register the dispute anyway.</numerusform>
        </translation>
    </message>
    <message>
        <source>Registered as %1.</source>
        <translation>Registered as %1.</translation>
    </message>
</context>
<context>
    <name>tj::LedgerImportDialog</name>
    <message>
        <source>Import a ledger</source>
        <translation>Import a ledger</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation>Already imported</translation>
    </message>
    <message>
        <source>Problems (nothing is imported while any row is wrong):</source>
        <translation>Problems (nothing is imported while any row is wrong):</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>(not in this ledger)</source>
        <translation>(not in this ledger)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation>Row %1, %2: %3</translation>
    </message>
    <message>
        <source>%1: %2 row(s), %3 already imported, %4 problem(s).</source>
        <translation>%1: %2 row(s), %3 already imported, %4 problem(s).</translation>
    </message>
    <message>
        <source>The column mapping could not be remembered.</source>
        <translation>The column mapping could not be remembered.</translation>
    </message>
</context>
<context>
    <name>tj::MainWindow</name>
    <message>
        <source>Tiaojie — dispute mediation workstation</source>
        <translation>Tiaojie — dispute mediation workstation</translation>
    </message>
    <message>
        <source>system</source>
        <translation>system</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2) at %3</source>
        <translation>Signed in as %1 (%2) at %3</translation>
    </message>
    <message>
        <source>Recei&amp;ve for mediation…</source>
        <translation>Recei&amp;ve for mediation…</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Inbox</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Inbox (%1)</source>
        <translation>Inbox (%1)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;New dispute…</source>
        <translation>&amp;New dispute…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation>&amp;Cases</translation>
    </message>
    <message>
        <source>&amp;Inbox</source>
        <translation>&amp;Inbox</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Review</translation>
    </message>
    <message>
        <source>&amp;Find case</source>
        <translation>&amp;Find case</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Re&amp;fresh</translation>
    </message>
    <message>
        <source>Close &amp;tab</source>
        <translation>Close &amp;tab</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Tiaojie</source>
        <translation>&amp;About Tiaojie</translation>
    </message>
    <message>
        <source>About Tiaojie</source>
        <translation>About Tiaojie</translation>
    </message>
    <message>
        <source>Tiaojie — a workstation for tiered grassroots dispute mediation: village, township and court.</source>
        <translation>Tiaojie — a workstation for tiered grassroots dispute mediation: village, township and court.</translation>
    </message>
    <message>
        <source>New dispute</source>
        <translation>New dispute</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>Showing the cases behind the chart.</source>
        <translation>Showing the cases behind the chart.</translation>
    </message>
    <message>
        <source>&amp;Ledger</source>
        <translation>&amp;Ledger</translation>
    </message>
    <message>
        <source>&amp;Import a ledger…</source>
        <translation>&amp;Import a ledger…</translation>
    </message>
    <message>
        <source>Import a ledger</source>
        <translation>Import a ledger</translation>
    </message>
    <message>
        <source>Ledgers (*.xlsx *.csv)</source>
        <translation>Ledgers (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>&amp;Export the case list…</source>
        <translation>&amp;Export the case list…</translation>
    </message>
    <message>
        <source>Export the case list</source>
        <translation>Export the case list</translation>
    </message>
    <message>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) written to the ledger.</source>
        <translation>
            <numerusform>%n case written to the ledger.</numerusform>
            <numerusform>%n cases written to the ledger.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Transfer packages…</source>
        <translation>&amp;Transfer packages…</translation>
    </message>
    <message>
        <source>Your role reads no case content: the figures are all the dashboard shows you.</source>
        <translation>Your role reads no case content: the figures are all the dashboard shows you.</translation>
    </message>
</context>
<context>
    <name>tj::OrgPicker</name>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
</context>
<context>
    <name>tj::PartiesPanel</name>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>ID number / credit code</source>
        <translation>ID number / credit code</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Claim (yuan)</source>
        <translation>Claim (yuan)</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Re&amp;presentative of the claimants</source>
        <translation>Re&amp;presentative of the claimants</translation>
    </message>
    <message>
        <source>Paste &amp;claimants</source>
        <translation>Paste &amp;claimants</translation>
    </message>
    <message>
        <source>Add &amp;person</source>
        <translation>Add &amp;person</translation>
    </message>
    <message>
        <source>Add &amp;organisation</source>
        <translation>Add &amp;organisation</translation>
    </message>
    <message>
        <source>Paste rows copied from a spreadsheet with Ctrl+V: name, ID number, phone, amount</source>
        <translation>Paste rows copied from a spreadsheet with Ctrl+V: name, ID number, phone, amount</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Adds claimants copied from a spreadsheet: name, ID number, phone, amount, one per row</source>
        <translation>Adds claimants copied from a spreadsheet: name, ID number, phone, amount, one per row</translation>
    </message>
    <message>
        <source>The clipboard holds no rows to paste. Copy the columns name, ID number, phone and amount from the spreadsheet first.</source>
        <translation>The clipboard holds no rows to paste. Copy the columns name, ID number, phone and amount from the spreadsheet first.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Parties&lt;/b&gt;</source>
        <translation>&lt;b&gt;Parties&lt;/b&gt;</translation>
    </message>
    <message>
        <source>person</source>
        <translation>person</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>yuan, e.g. 3860.00</source>
        <translation>yuan, e.g. 3860.00</translation>
    </message>
    <message>
        <source>Ro&amp;le:</source>
        <translation>Ro&amp;le:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>P&amp;hone:</translation>
    </message>
    <message>
        <source>Cla&amp;im:</source>
        <translation>Cla&amp;im:</translation>
    </message>
    <message>
        <source>Addr&amp;ess:</source>
        <translation>Addr&amp;ess:</translation>
    </message>
    <message>
        <source>Le&amp;gal rep.:</source>
        <translation>Le&amp;gal rep.:</translation>
    </message>
    <message numerus="yes">
        <source>%n claimant(s) added.</source>
        <translation>
            <numerusform>%n claimant added.</numerusform>
            <numerusform>%n claimants added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) need correcting (shown in red).</source>
        <translation>
            <numerusform>%n row need correcting (shown in red).</numerusform>
            <numerusform>%n rows need correcting (shown in red).</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;ID number:</source>
        <translation>&amp;ID number:</translation>
    </message>
    <message>
        <source>Credit &amp;code:</source>
        <translation>Credit &amp;code:</translation>
    </message>
    <message>
        <source> (organisation)</source>
        <translation> (organisation)</translation>
    </message>
    <message>
        <source> (representative)</source>
        <translation> (representative)</translation>
    </message>
    <message numerus="yes">
        <source>%n party(ies)</source>
        <translation>
            <numerusform>%n party(ies)</numerusform>
            <numerusform>%n party(ies)</numerusform>
        </translation>
    </message>
    <message>
        <source>, claims %1 yuan</source>
        <translation>, claims %1 yuan</translation>
    </message>
</context>
<context>
    <name>tj::ReviewPage</name>
    <message>
        <source>Receive for &amp;pre-litigation mediation…</source>
        <translation>Receive for &amp;pre-litigation mediation…</translation>
    </message>
    <message>
        <source>&amp;File as a lawsuit…</source>
        <translation>&amp;File as a lawsuit…</translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation>&amp;Open case</translation>
    </message>
    <message>
        <source>Escalations awaiting decision</source>
        <translation>Escalations awaiting decision</translation>
    </message>
    <message>
        <source>In pre-litigation mediation</source>
        <translation>In pre-litigation mediation</translation>
    </message>
    <message>
        <source>Escalations awaiting decision (%1)</source>
        <translation>Escalations awaiting decision (%1)</translation>
    </message>
    <message>
        <source>In pre-litigation mediation (%1)</source>
        <translation>In pre-litigation mediation (%1)</translation>
    </message>
    <message>
        <source>File as a lawsuit</source>
        <translation>File as a lawsuit</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>the number the court gave the lawsuit</source>
        <translation>the number the court gave the lawsuit</translation>
    </message>
    <message>
        <source>Court case &amp;number:</source>
        <translation>Court case &amp;number:</translation>
    </message>
    <message>
        <source>Confirmation applications</source>
        <translation>Confirmation applications</translation>
    </message>
    <message>
        <source>Confirmation applications (%1)</source>
        <translation>Confirmation applications (%1)</translation>
    </message>
</context>
<context>
    <name>tj::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>A new language applies from the next start.</source>
        <translation>A new language applies from the next start.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>tj::SignInDialog</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Sign in</translation>
    </message>
    <message>
        <source>Tiaojie — sign in</source>
        <translation>Tiaojie — sign in</translation>
    </message>
    <message>
        <source>Type a name, login or organisation</source>
        <translation>Type a name, login or organisation</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Find:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>New password:</translation>
    </message>
    <message>
        <source>Repeat new password:</source>
        <translation>Repeat new password:</translation>
    </message>
    <message>
        <source>L&amp;anguage:</source>
        <translation>L&amp;anguage:</translation>
    </message>
    <message>
        <source>No account has a password yet (demo or new installation): anyone can sign in as any user. The administrator sets passwords before real cases are entered.</source>
        <translation>No account has a password yet (demo or new installation): anyone can sign in as any user. The administrator sets passwords before real cases are entered.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>The new language applies from the next start.</source>
        <translation>The new language applies from the next start.</translation>
    </message>
    <message>
        <source>Choose who you are from the list or type your login.</source>
        <translation>Choose who you are from the list or type your login.</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>This is an initial password: choose your own before you go on.</source>
        <translation>This is an initial password: choose your own before you go on.</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>The two new passwords differ.</translation>
    </message>
    <message>
        <source>Choose who you are: your organisation and role decide what opens first.</source>
        <translation>Choose who you are: your organisation and role decide what opens first.</translation>
    </message>
    <message>
        <source>%1 — %2 at %3.
%4</source>
        <translation>%1 — %2 at %3.
%4</translation>
    </message>
</context>
<context>
    <name>tj::StatsDashboard</name>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Registered and concluded by month</source>
        <translation>Registered and concluded by month</translation>
    </message>
    <message>
        <source>Disputes by category</source>
        <translation>Disputes by category</translation>
    </message>
    <message>
        <source>Settled at each tier</source>
        <translation>Settled at each tier</translation>
    </message>
    <message>
        <source>Litigation rate by tribunal area</source>
        <translation>Litigation rate by tribunal area</translation>
    </message>
    <message>
        <source>Overdue cases by organisation</source>
        <translation>Overdue cases by organisation</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Computing…</translation>
    </message>
    <message>
        <source>Figures of %1 to %2</source>
        <translation>Figures of %1 to %2</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Concluded</source>
        <translation>Concluded</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Settled</translation>
    </message>
    <message>
        <source>Litigation rate</source>
        <translation>Litigation rate</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
</context>
<context>
    <name>tj::TransferDialog</name>
    <message>
        <source>Transfer packages</source>
        <translation>Transfer packages</translation>
    </message>
    <message>
        <source>This device: %1 — fingerprint &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>This device: %1 — fingerprint &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Case numbers or ids, separated by spaces</source>
        <translation>Case numbers or ids, separated by spaces</translation>
    </message>
    <message>
        <source>Cases:</source>
        <translation>Cases:</translation>
    </message>
    <message>
        <source>Only when the case has no pending referral or delegation</source>
        <translation>Only when the case has no pending referral or delegation</translation>
    </message>
    <message>
        <source>Send to organisation:</source>
        <translation>Send to organisation:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Folder (USB drive):</source>
        <translation>Folder (USB drive):</translation>
    </message>
    <message>
        <source>Export package</source>
        <translation>Export package</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Folder for the package</source>
        <translation>Folder for the package</translation>
    </message>
    <message>
        <source>Import a package…</source>
        <translation>Import a package…</translation>
    </message>
    <message>
        <source>The package is checked first; you see what arrives before anything is applied.</source>
        <translation>The package is checked first; you see what arrives before anything is applied.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Cases changed here and at the sender since the last exchange. Nothing was overwritten; choose which version to keep.</source>
        <translation>Cases changed here and at the sender since the last exchange. Nothing was overwritten; choose which version to keep.</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Keep mine</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Take theirs</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Name the cases and choose a folder.</source>
        <translation>Name the cases and choose a folder.</translation>
    </message>
    <message>
        <source>Wrote %1: %2 case(s) for %3, %4 bytes, read back and verified. The cases are read-only here until they come back.</source>
        <translation>Wrote %1: %2 case(s) for %3, %4 bytes, read back and verified. The cases are read-only here until they come back.</translation>
    </message>
    <message>
        <source>Import a package</source>
        <translation>Import a package</translation>
    </message>
    <message>
        <source>Transfer packages (*.tjp)</source>
        <translation>Transfer packages (*.tjp)</translation>
    </message>
    <message>
        <source>From %1 (device fingerprint %2), number %3, to %4.</source>
        <translation>From %1 (device fingerprint %2), number %3, to %4.</translation>
    </message>
    <message>
        <source>A receipt for package %1.</source>
        <translation>A receipt for package %1.</translation>
    </message>
    <message>
        <source>This package was imported already; nothing would change.</source>
        <translation>This package was imported already; nothing would change.</translation>
    </message>
    <message>
        <source>New cases: %1; updated: %2; unchanged: %3; for review: %4; files: %5.</source>
        <translation>New cases: %1; updated: %2; unchanged: %3; for review: %4; files: %5.</translation>
    </message>
    <message>
        <source>Apply the package?</source>
        <translation>Apply the package?</translation>
    </message>
    <message>
        <source>Already imported; nothing changed.</source>
        <translation>Already imported; nothing changed.</translation>
    </message>
    <message>
        <source>Applied %1.</source>
        <translation>Applied %1.</translation>
    </message>
    <message>
        <source>Carry the receipt back to the sender: %1</source>
        <translation>Carry the receipt back to the sender: %1</translation>
    </message>
    <message>
        <source>%1 — from %2, %3</source>
        <translation>%1 — from %2, %3</translation>
    </message>
    <message>
        <source>Took the incoming version of %1.</source>
        <translation>Took the incoming version of %1.</translation>
    </message>
    <message>
        <source>Kept this installation's version of %1.</source>
        <translation>Kept this installation's version of %1.</translation>
    </message>
</context>
<context>
    <name>tj::TransferQueue</name>
    <message>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Sent on</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Re&amp;turn with reason…</source>
        <translation>Re&amp;turn with reason…</translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation>&amp;Open case</translation>
    </message>
    <message>
        <source>referred up</source>
        <translation>referred up</translation>
    </message>
    <message>
        <source>delegated down</source>
        <translation>delegated down</translation>
    </message>
    <message>
        <source>Nothing is waiting for your organisation.</source>
        <translation>Nothing is waiting for your organisation.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 yuan · parties: %4&lt;br&gt;%5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 yuan · parties: %4&lt;br&gt;%5</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> and %n more</numerusform>
            <numerusform> and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Receive %1</source>
        <translation>Receive %1</translation>
    </message>
    <message>
        <source>Recei&amp;ve</source>
        <translation>Recei&amp;ve</translation>
    </message>
    <message>
        <source>Return %1 to the sender</source>
        <translation>Return %1 to the sender</translation>
    </message>
    <message>
        <source>Re&amp;turn</source>
        <translation>Re&amp;turn</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>Why it goes back</source>
        <translation>Why it goes back</translation>
    </message>
</context>
<context>
    <name>tj::VisitDialog</name>
    <message>
        <source>Follow-up visit</source>
        <translation>Follow-up visit</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Record</translation>
    </message>
    <message>
        <source>By telephone</source>
        <translation>By telephone</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>On site</translation>
    </message>
    <message>
        <source>e.g. 张某某 (applicant), his son</source>
        <translation>e.g. 张某某 (applicant), his son</translation>
    </message>
    <message>
        <source>Performed</source>
        <translation>Performed</translation>
    </message>
    <message>
        <source>Partly performed</source>
        <translation>Partly performed</translation>
    </message>
    <message>
        <source>Not performed</source>
        <translation>Not performed</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>not asked</translation>
    </message>
    <message>
        <source>1 – very dissatisfied</source>
        <translation>1 – very dissatisfied</translation>
    </message>
    <message>
        <source>2 – dissatisfied</source>
        <translation>2 – dissatisfied</translation>
    </message>
    <message>
        <source>3 – neutral</source>
        <translation>3 – neutral</translation>
    </message>
    <message>
        <source>4 – satisfied</source>
        <translation>4 – satisfied</translation>
    </message>
    <message>
        <source>5 – very satisfied</source>
        <translation>5 – very satisfied</translation>
    </message>
    <message>
        <source>signs the dispute may flare up again</source>
        <translation>signs the dispute may flare up again</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>&amp;How:</translation>
    </message>
    <message>
        <source>&amp;Whom:</source>
        <translation>&amp;Whom:</translation>
    </message>
    <message>
        <source>&amp;Performance:</source>
        <translation>&amp;Performance:</translation>
    </message>
    <message>
        <source>&amp;Satisfaction:</source>
        <translation>&amp;Satisfaction:</translation>
    </message>
    <message>
        <source>R&amp;isks:</source>
        <translation>R&amp;isks:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>what was said and seen</source>
        <translation>what was said and seen</translation>
    </message>
    <message>
        <source>&amp;Visitor:</source>
        <translation>&amp;Visitor:</translation>
    </message>
</context>
</TS>
