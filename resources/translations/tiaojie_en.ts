<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CaseJson</name>
    <message>
        <source>%1: the field &quot;%2&quot; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the field &quot;%2&quot; must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date of the form YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the amount &quot;%2&quot; must be a decimal string such as &quot;135105.00&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an amount in yuan (digits with at most two decimals).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a list of names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>party %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the role &quot;%2&quot; is not applicant, respondent or third_party.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the kind &quot;%2&quot; is not person or organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;representative&quot; must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source &quot;%1&quot; is not one of application, initiative, transfer, delegation, hotline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;risk&quot; must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case needs a list of parties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party %1 is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>obligation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the field &quot;amount&quot; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, instalment %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseService</name>
    <message>
        <source>registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in mediation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>referred up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delegated down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>settled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mediation failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>party application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>own initiative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>court delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hotline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>respondent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>third party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the registering organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date the dispute was received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date received (%1) lies in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the dispute categories.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subcategory is too long (40 characters at most).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the dispute a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title is too long (%1 characters at most).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the facts of the dispute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The facts or claims are too long (%1 characters at most).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>party %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party %1 has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a person and has no credit code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an organisation: give its unified social credit code, not an ID number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The claim of %1 cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number of %1 is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dispute needs at least one applicant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dispute needs at least one respondent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one claimant can be the representative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 belongs to %2 and cannot register a dispute at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most 10000 cases can be listed at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date %1 is before the case was received (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date %1 lies in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason the dispute is not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the session&apos;s date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the record of the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name at least one mediator of the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason for referring the case up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason for delegating the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not above %2 in the organisation tree; a case is referred up only to a higher tier over it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in the area of %2; a court delegates only to organisations in its area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case cannot be received before it was sent (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason for returning the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case cannot be returned before it was sent (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the mediation failed and which routes the parties were advised of.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason the dispute was withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the court&apos;s case number of the filed case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A settled case needs its agreement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An agreement is written or oral, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write what the parties agreed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each obligation names its debtor and creditor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each obligation has a positive amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each instalment has a due date and a positive amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instalments of %1 add up to %2 yuan, not the obligation&apos;s %3 yuan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each signature names who signed and when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible duplicate: open %1 case with the same party %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same party %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same respondent %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 was changed by someone else; reload it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Name the JSON file with --file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON (at byte %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must hold one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database %1 ready (schema %2); demo data loaded: %3 organisations, %4 users, %5 cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database %1 ready (schema %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator manages organisations and users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tier must be court, tribunal, township or village.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--population must be a whole number of people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: org add … or org list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--role must be mediator, staff, judge or admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added user %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: user add … or user list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--on takes a date YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 (%2)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1 at %2 %3 (%4 tier)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category: %1  Source: %2  Received: %3  Amount: %4 yuan
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facts: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting at %1 since %2: %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed as %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the case by its id or number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1 — %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit takes a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 cases shown.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1 at %2: %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--outcome must be settled, failed, withdrawn or filed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the organisation with --org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown case command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the receiving organisation with --to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session of %1 recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language &quot;%1&quot; is not available; use zh_CN or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This build has no PostgreSQL support yet; use --db FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>No database file was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2). Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database connection is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the database failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the database&apos;s schema version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database has schema version %1, newer than this program understands (%2). Use a newer Tiaojie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing migration %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change conflicts with existing data: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoLoader</name>
    <message>
        <source>Cannot read the demo file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo file %1 is not a JSON list: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown outcome %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown demo step %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database already holds cases; the demo data is loaded only into an empty one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo case %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo case %1 (%2), step %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Identifiers</name>
    <message>
        <source>A resident ID number has 18 characters; &quot;%1&quot; has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first 17 characters of a resident ID number are digits (&quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A resident ID number ends with a digit or a capital X (&quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date %1 inside the resident ID number %2 is not a real date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date %1 inside the resident ID number %2 lies in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check character of the resident ID number %1 is wrong (it should be %2); please check the number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unified social credit code has 18 characters; &quot;%1&quot; has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unified social credit code %1 contains &quot;%2&quot;, which is not allowed (digits and capital letters except I, O, Z, S and V).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characters 3–8 of the unified social credit code %1 are the area code and must be digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check character of the unified social credit code %1 is wrong (it should be %2); please check the code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationService</name>
    <message>
        <source>court</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tribunal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation code &quot;%1&quot; must be 1–16 capital letters, digits or hyphens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The population cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An organisation with code %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a court can stand at the top of the tree; give %1 a parent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 cannot be placed under a %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no organisation with code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No court is above %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Tiaojie</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserService</name>
    <message>
        <source>mediator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>township staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>judge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; must be 2–32 lower-case letters, digits, dots, hyphens or underscores, starting with a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A judge must belong to a court or tribunal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user with login %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are several administrators; name the acting user with --user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the acting user with --user.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <source>accept for mediation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refer up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delegate down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a court or tribunal delegates a dispute down; case %1 is handled at the %2 tier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a court or tribunal files a case; case %1 is handled at the %2 tier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 is %2: it cannot %3 now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the organisation the case was sent to can %1 case %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 is handled by %2; %3 cannot %4 it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tj::CaseListModel</name>
    <message numerus="yes">
        <source>%1 and %n others</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tj::MainWindow</name>
    <message>
        <source>Tiaojie — dispute mediation workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search party, ID number, case number or facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1 (%2) at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 · %2 · %3 · received %4 · %5 yuan&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h4&gt;History&lt;/h4&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
