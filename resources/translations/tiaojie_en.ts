<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
        <source>%1 belongs to %2 and cannot register a dispute at %3.</source>
        <translation>%1 belongs to %2 and cannot register a dispute at %3.</translation>
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
        <source>Only an administrator manages organisations and users.</source>
        <translation>Only an administrator manages organisations and users.</translation>
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
        <source>--role must be mediator, staff, judge or admin.</source>
        <translation>--role must be mediator, staff, judge or admin.</translation>
    </message>
    <message>
        <source>Added user %1.</source>
        <translation>Added user %1.</translation>
    </message>
    <message>
        <source>Use: user add … or user list.</source>
        <translation>Use: user add … or user list.</translation>
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
        <source>Usage: tiaojie-cli [--db FILE] [--user LOGIN] [--json] [--lang zh_CN|en] COMMAND ...
Commands:
  init [--demo]
  org add --code C --name N --tier court|tribunal|township|village [--parent C] [--population N]
  org list
  user add --login L --name N --org C --role mediator|staff|judge|admin
  user list
  case intake --file case.json
  case show|history|related CASE
  case list [--org C] [--status S] [--category K] [--search TEXT] [--limit N]
  case inbox --org C
  case accept CASE [--on D] | case reject CASE --reason R [--on D]
  case session CASE --file session.json
  case refer|delegate CASE --to C --reason R [--on D]
  case receive CASE [--on D] | case return CASE --reason R [--on D]
  case close CASE --outcome settled|failed|withdrawn|filed [--reason R]
             [--agreement agreement.json] [--filed-number N] [--on D]
See docs/cli.md for the JSON fields.
</source>
        <translation>Usage: tiaojie-cli [--db FILE] [--user LOGIN] [--json] [--lang zh_CN|en] COMMAND ...
Commands:
  init [--demo]
  org add --code C --name N --tier court|tribunal|township|village [--parent C] [--population N]
  org list
  user add --login L --name N --org C --role mediator|staff|judge|admin
  user list
  case intake --file case.json
  case show|history|related CASE
  case list [--org C] [--status S] [--category K] [--search TEXT] [--limit N]
  case inbox --org C
  case accept CASE [--on D] | case reject CASE --reason R [--on D]
  case session CASE --file session.json
  case refer|delegate CASE --to C --reason R [--on D]
  case receive CASE [--on D] | case return CASE --reason R [--on D]
  case close CASE --outcome settled|failed|withdrawn|filed [--reason R]
             [--agreement agreement.json] [--filed-number N] [--on D]
See docs/cli.md for the JSON fields.
</translation>
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
        <source>This build has no PostgreSQL support yet; use --db FILE.</source>
        <translation>This build has no PostgreSQL support yet; use --db FILE.</translation>
    </message>
    <message>
        <source>Unknown command "%1".</source>
        <translation>Unknown command "%1".</translation>
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
    <name>QObject</name>
    <message>
        <source>Tiaojie</source>
        <translation>Tiaojie</translation>
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
        <source>Case %1 is %2: it cannot %3 now.</source>
        <translation>Case %1 is %2: it cannot %3 now.</translation>
    </message>
    <message>
        <source>Only the organisation the case was sent to can %1 case %2.</source>
        <translation>Only the organisation the case was sent to can %1 case %2.</translation>
    </message>
    <message>
        <source>Case %1 is handled by %2; %3 cannot %4 it.</source>
        <translation>Case %1 is handled by %2; %3 cannot %4 it.</translation>
    </message>
</context>
<context>
    <name>tj::CaseListModel</name>
    <message numerus="yes">
        <source>%1 and %n others</source>
        <translation>
            <numerusform>%1 and %n others</numerusform><numerusform>%1 and %n others</numerusform></translation>
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
    <name>tj::MainWindow</name>
    <message>
        <source>Tiaojie — dispute mediation workstation</source>
        <translation>Tiaojie — dispute mediation workstation</translation>
    </message>
    <message>
        <source>Search party, ID number, case number or facts</source>
        <translation>Search party, ID number, case number or facts</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>All states</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>State:</translation>
    </message>
    <message>
        <source>system</source>
        <translation>system</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2) at %3</source>
        <translation>Signed in as %1 (%2) at %3</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform><numerusform>%n cases</numerusform></translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 · %2 · %3 · received %4 · %5 yuan&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 · %2 · %3 · received %4 · %5 yuan&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;History&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;History&lt;/h4&gt;</translation>
    </message>
</context>
</TS>
