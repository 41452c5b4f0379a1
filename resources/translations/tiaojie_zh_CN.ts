<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CaseJson</name>
    <message>
        <source>%1: the field &quot;%2&quot; is missing.</source>
        <translation>%1：缺少字段“%2”。</translation>
    </message>
    <message>
        <source>%1: the field &quot;%2&quot; must be text.</source>
        <translation>%1：字段“%2”必须为文本。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date of the form YYYY-MM-DD.</source>
        <translation>%1：“%2”不是 YYYY-MM-DD 格式的日期。</translation>
    </message>
    <message>
        <source>%1: the amount &quot;%2&quot; must be a decimal string such as &quot;135105.00&quot;.</source>
        <translation>%1：金额字段“%2”必须是字符串形式的十进制数，例如“135105.00”。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an amount in yuan (digits with at most two decimals).</source>
        <translation>%1：“%2”不是以元为单位的金额（应为数字，最多两位小数）。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a list of names.</source>
        <translation>%1：“%2”必须是姓名或名称列表。</translation>
    </message>
    <message>
        <source>party %1</source>
        <translation>第%1名当事人</translation>
    </message>
    <message>
        <source>%1: the role &quot;%2&quot; is not applicant, respondent or third_party.</source>
        <translation>%1：当事人地位“%2”无效，应为 applicant（申请人）、respondent（被申请人）或 third_party（第三人）。</translation>
    </message>
    <message>
        <source>%1: the kind &quot;%2&quot; is not person or organisation.</source>
        <translation>%1：当事人类型“%2”无效，应为 person（自然人）或 organisation（法人或其他组织）。</translation>
    </message>
    <message>
        <source>%1: &quot;representative&quot; must be true or false.</source>
        <translation>%1：“representative”必须为 true 或 false。</translation>
    </message>
    <message>
        <source>case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>The source &quot;%1&quot; is not one of application, initiative, transfer, delegation, hotline.</source>
        <translation>案件来源“%1”无效，应为 application、initiative、transfer、delegation、hotline 之一。</translation>
    </message>
    <message>
        <source>&quot;risk&quot; must be true or false.</source>
        <translation>“risk”必须为 true 或 false。</translation>
    </message>
    <message>
        <source>The case needs a list of parties.</source>
        <translation>案件必须包含当事人列表。</translation>
    </message>
    <message>
        <source>Party %1 is not an object.</source>
        <translation>第%1名当事人不是 JSON 对象。</translation>
    </message>
    <message>
        <source>session</source>
        <translation>调解记录</translation>
    </message>
    <message>
        <source>agreement</source>
        <translation>调解协议</translation>
    </message>
    <message>
        <source>obligation %1</source>
        <translation>第%1项履行义务</translation>
    </message>
    <message>
        <source>%1: the field &quot;amount&quot; is missing.</source>
        <translation>%1：缺少字段“amount”。</translation>
    </message>
    <message>
        <source>%1, instalment %2</source>
        <translation>%1第%2期</translation>
    </message>
</context>
<context>
    <name>CaseService</name>
    <message>
        <source>registered</source>
        <translation>已登记</translation>
    </message>
    <message>
        <source>not accepted</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>in mediation</source>
        <translation>调解中</translation>
    </message>
    <message>
        <source>referred up</source>
        <translation>已移交上级</translation>
    </message>
    <message>
        <source>delegated down</source>
        <translation>已委派</translation>
    </message>
    <message>
        <source>settled</source>
        <translation>调解成功</translation>
    </message>
    <message>
        <source>mediation failed</source>
        <translation>调解不成</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>filed</source>
        <translation>已立案</translation>
    </message>
    <message>
        <source>party application</source>
        <translation>当事人申请</translation>
    </message>
    <message>
        <source>own initiative</source>
        <translation>主动排查</translation>
    </message>
    <message>
        <source>transferred</source>
        <translation>部门移送</translation>
    </message>
    <message>
        <source>court delegation</source>
        <translation>法院委派</translation>
    </message>
    <message>
        <source>hotline</source>
        <translation>热线转办</translation>
    </message>
    <message>
        <source>applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>respondent</source>
        <translation>被申请人</translation>
    </message>
    <message>
        <source>third party</source>
        <translation>第三人</translation>
    </message>
    <message>
        <source>Name the registering organisation.</source>
        <translation>请指定登记机构。</translation>
    </message>
    <message>
        <source>Give the date the dispute was received.</source>
        <translation>请填写纠纷的收案日期。</translation>
    </message>
    <message>
        <source>The date received (%1) lies in the future.</source>
        <translation>收案日期（%1）不能晚于今天。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the dispute categories.</source>
        <translation>“%1”不是有效的纠纷类别。</translation>
    </message>
    <message>
        <source>The subcategory is too long (40 characters at most).</source>
        <translation>子类别过长（最多40个字符）。</translation>
    </message>
    <message>
        <source>Give the dispute a title.</source>
        <translation>请填写案件名称。</translation>
    </message>
    <message>
        <source>The title is too long (%1 characters at most).</source>
        <translation>案件名称过长（最多%1个字符）。</translation>
    </message>
    <message>
        <source>Describe the facts of the dispute.</source>
        <translation>请填写纠纷事实。</translation>
    </message>
    <message>
        <source>The facts or claims are too long (%1 characters at most).</source>
        <translation>纠纷事实或请求事项过长（最多%1个字符）。</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>涉及金额不能为负数。</translation>
    </message>
    <message>
        <source>party %1</source>
        <translation>第%1名当事人</translation>
    </message>
    <message>
        <source>Party %1 has no name.</source>
        <translation>第%1名当事人未填写姓名或名称。</translation>
    </message>
    <message>
        <source>%1 is a person and has no credit code.</source>
        <translation>%1是自然人，不应填写统一社会信用代码。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 is an organisation: give its unified social credit code, not an ID number.</source>
        <translation>%1是法人或其他组织，请填写其统一社会信用代码，而不是身份证号码。</translation>
    </message>
    <message>
        <source>The claim of %1 cannot be negative.</source>
        <translation>%1的请求金额不能为负数。</translation>
    </message>
    <message>
        <source>The phone number of %1 is too long.</source>
        <translation>%1的联系电话过长。</translation>
    </message>
    <message>
        <source>A dispute needs at least one applicant.</source>
        <translation>纠纷至少应有一名申请人。</translation>
    </message>
    <message>
        <source>A dispute needs at least one respondent.</source>
        <translation>纠纷至少应有一名被申请人。</translation>
    </message>
    <message>
        <source>Only one claimant can be the representative.</source>
        <translation>只能有一名当事人担任代表人。</translation>
    </message>
    <message>
        <source>%1 belongs to %2 and cannot register a dispute at %3.</source>
        <translation>用户%1隶属于%2，不能在%3登记纠纷。</translation>
    </message>
    <message>
        <source>At most 10000 cases can be listed at once.</source>
        <translation>一次最多只能列出10000件案件。</translation>
    </message>
    <message>
        <source>The date %1 is before the case was received (%2).</source>
        <translation>日期%1早于案件的收案日期（%2）。</translation>
    </message>
    <message>
        <source>The date %1 lies in the future.</source>
        <translation>日期%1不能晚于今天。</translation>
    </message>
    <message>
        <source>Give the reason the dispute is not accepted.</source>
        <translation>请填写不予受理的理由。</translation>
    </message>
    <message>
        <source>Give the session&apos;s date.</source>
        <translation>请填写调解日期。</translation>
    </message>
    <message>
        <source>Write the record of the session.</source>
        <translation>请填写调解记录。</translation>
    </message>
    <message>
        <source>Name at least one mediator of the session.</source>
        <translation>请至少填写一名参加本次调解的调解员。</translation>
    </message>
    <message>
        <source>Give the reason for referring the case up.</source>
        <translation>请填写移交上级的理由。</translation>
    </message>
    <message>
        <source>Give the reason for delegating the case.</source>
        <translation>请填写委派调解的理由。</translation>
    </message>
    <message>
        <source>%1 is not above %2 in the organisation tree; a case is referred up only to a higher tier over it.</source>
        <translation>在机构层级树中，%1不是%2的上级；案件只能移交给其上级机构。</translation>
    </message>
    <message>
        <source>%1 is not in the area of %2; a court delegates only to organisations in its area.</source>
        <translation>%1不在%2的辖区内；法院只能向其辖区内的机构委派调解。</translation>
    </message>
    <message>
        <source>The case cannot be received before it was sent (%1).</source>
        <translation>接收日期不能早于移送日期（%1）。</translation>
    </message>
    <message>
        <source>Give the reason for returning the case.</source>
        <translation>请填写退回的理由。</translation>
    </message>
    <message>
        <source>The case cannot be returned before it was sent (%1).</source>
        <translation>退回日期不能早于移送日期（%1）。</translation>
    </message>
    <message>
        <source>Say why the mediation failed and which routes the parties were advised of.</source>
        <translation>请说明调解不成的原因，以及已告知当事人的其他解决途径。</translation>
    </message>
    <message>
        <source>Give the reason the dispute was withdrawn.</source>
        <translation>请填写撤回的理由。</translation>
    </message>
    <message>
        <source>Give the court&apos;s case number of the filed case.</source>
        <translation>请填写法院立案的案号。</translation>
    </message>
    <message>
        <source>A settled case needs its agreement.</source>
        <translation>调解成功的案件必须附调解协议。</translation>
    </message>
    <message>
        <source>An agreement is written or oral, not &quot;%1&quot;.</source>
        <translation>调解协议的形式应为 written（书面）或 oral（口头），而不是“%1”。</translation>
    </message>
    <message>
        <source>Write what the parties agreed.</source>
        <translation>请填写调解协议内容。</translation>
    </message>
    <message>
        <source>Each obligation names its debtor and creditor.</source>
        <translation>每项履行义务都必须写明义务人和权利人。</translation>
    </message>
    <message>
        <source>Each obligation has a positive amount.</source>
        <translation>每项履行义务的金额都必须大于零。</translation>
    </message>
    <message>
        <source>Each instalment has a due date and a positive amount.</source>
        <translation>每期分期履行都必须有履行期限，且金额大于零。</translation>
    </message>
    <message>
        <source>The instalments of %1 add up to %2 yuan, not the obligation&apos;s %3 yuan.</source>
        <translation>%1的各期分期金额合计为%2元，与该项义务金额%3元不符。</translation>
    </message>
    <message>
        <source>Each signature names who signed and when.</source>
        <translation>每个签名都必须写明签名人和签名日期。</translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation>案件%1不存在。</translation>
    </message>
    <message>
        <source>Possible duplicate: open %1 case with the same party %2 (%3).</source>
        <translation>疑似重复登记：同一当事人%2（%3）已有未结的%1纠纷案件。</translation>
    </message>
    <message>
        <source>Same party %1 (%2).</source>
        <translation>同一当事人：%1（%2）。</translation>
    </message>
    <message>
        <source>Same respondent %1.</source>
        <translation>同一被申请人：%1。</translation>
    </message>
    <message>
        <source>Case %1 was changed by someone else; reload it.</source>
        <translation>案件%1已被他人修改，请重新加载。</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Name the JSON file with --file.</source>
        <translation>请用 --file 指定 JSON 文件。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取%1：%2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (at byte %2): %3</source>
        <translation>%1不是有效的 JSON（第%2字节处）：%3</translation>
    </message>
    <message>
        <source>%1 must hold one JSON object.</source>
        <translation>%1中必须只包含一个 JSON 对象。</translation>
    </message>
    <message>
        <source>Database %1 ready (schema %2); demo data loaded: %3 organisations, %4 users, %5 cases.</source>
        <translation>数据库%1已就绪（结构版本%2）；已载入演示数据：机构%3个、用户%4个、案件%5件。</translation>
    </message>
    <message>
        <source>Database %1 ready (schema %2).</source>
        <translation>数据库%1已就绪（结构版本%2）。</translation>
    </message>
    <message>
        <source>Only an administrator manages organisations and users.</source>
        <translation>只有系统管理员才能管理机构和用户。</translation>
    </message>
    <message>
        <source>--tier must be court, tribunal, township or village.</source>
        <translation>--tier 必须为 court、tribunal、township 或 village。</translation>
    </message>
    <message>
        <source>--population must be a whole number of people.</source>
        <translation>--population 必须为整数人数。</translation>
    </message>
    <message>
        <source>Added %1 %2.</source>
        <translation>已添加机构：%1 %2。</translation>
    </message>
    <message>
        <source>Use: org add … or org list.</source>
        <translation>用法：org add … 或 org list。</translation>
    </message>
    <message>
        <source>--role must be mediator, staff, judge or admin.</source>
        <translation>--role 必须为 mediator、staff、judge 或 admin。</translation>
    </message>
    <message>
        <source>Added user %1.</source>
        <translation>已添加用户%1。</translation>
    </message>
    <message>
        <source>Use: user add … or user list.</source>
        <translation>用法：user add … 或 user list。</translation>
    </message>
    <message>
        <source>--on takes a date YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--on 需要 YYYY-MM-DD 格式的日期，而不是“%1”。</translation>
    </message>
    <message>
        <source>Case %1 (%2)
</source>
        <translation>案件%1（%2）
</translation>
    </message>
    <message>
        <source>Status: %1 at %2 %3 (%4 tier)
</source>
        <translation>状态：%1，办理机构：%2 %3（%4级）
</translation>
    </message>
    <message>
        <source>Title: %1
</source>
        <translation>案件名称：%1
</translation>
    </message>
    <message>
        <source>Category: %1  Source: %2  Received: %3  Amount: %4 yuan
</source>
        <translation>纠纷类别：%1  案件来源：%2  收案日期：%3  涉及金额：%4元
</translation>
    </message>
    <message>
        <source>Facts: %1
</source>
        <translation>纠纷事实：%1
</translation>
    </message>
    <message>
        <source>Claims: %1
</source>
        <translation>请求事项：%1
</translation>
    </message>
    <message>
        <source>Waiting at %1 since %2: %3
</source>
        <translation>自%2起等待%1接收：%3
</translation>
    </message>
    <message>
        <source>Reason: %1
</source>
        <translation>理由：%1
</translation>
    </message>
    <message>
        <source>Filed as %1
</source>
        <translation>已立案，案号：%1
</translation>
    </message>
    <message>
        <source>Name the case by its id or number.</source>
        <translation>请用案件 ID 或案号指定案件。</translation>
    </message>
    <message>
        <source>Warning: %1 — %2
</source>
        <translation>警告：%1 — %2
</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;.</source>
        <translation>未知状态“%1”。</translation>
    </message>
    <message>
        <source>--limit takes a positive number.</source>
        <translation>--limit 必须为正整数。</translation>
    </message>
    <message>
        <source>%1 of %2 cases shown.
</source>
        <translation>共%2件案件，显示%1件。
</translation>
    </message>
    <message>
        <source>Session %1 at %2: %3
</source>
        <translation>%1在%2调解：%3
</translation>
    </message>
    <message>
        <source>--outcome must be settled, failed, withdrawn or filed.</source>
        <translation>--outcome 必须为 settled、failed、withdrawn 或 filed。</translation>
    </message>
    <message>
        <source>Name the organisation with --org.</source>
        <translation>请用 --org 指定机构。</translation>
    </message>
    <message>
        <source>Unknown case command &quot;%1&quot;.</source>
        <translation>未知的 case 子命令“%1”。</translation>
    </message>
    <message>
        <source>Name the receiving organisation with --to.</source>
        <translation>请用 --to 指定接收机构。</translation>
    </message>
    <message>
        <source>Session of %1 recorded.</source>
        <translation>已记录%1的调解情况。</translation>
    </message>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation>选项 --%1 需要一个值。</translation>
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
        <translation>用法：tiaojie-cli [--db FILE] [--user LOGIN] [--json] [--lang zh_CN|en] COMMAND ...
命令：
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
JSON 字段说明见 docs/cli.md。
</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>The language &quot;%1&quot; is not available; use zh_CN or en.</source>
        <translation>不支持语言“%1”；请使用 zh_CN 或 en。</translation>
    </message>
    <message>
        <source>This build has no PostgreSQL support yet; use --db FILE.</source>
        <translation>此版本尚不支持 PostgreSQL；请使用 --db FILE。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>未知命令“%1”。</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>No database file was given.</source>
        <translation>未指定数据库文件。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹%1。</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>无法打开数据库%1：%2</translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2). Restore it from a backup.</source>
        <translation>数据库%1已损坏（%2），请从备份中恢复。</translation>
    </message>
    <message>
        <source>The database connection is not open.</source>
        <translation>数据库连接未打开。</translation>
    </message>
    <message>
        <source>Upgrading the database failed: %1</source>
        <translation>数据库升级失败：%1</translation>
    </message>
    <message>
        <source>Cannot read the database&apos;s schema version.</source>
        <translation>无法读取数据库结构版本。</translation>
    </message>
    <message>
        <source>The database has schema version %1, newer than this program understands (%2). Use a newer Tiaojie.</source>
        <translation>数据库结构版本为%1，高于本程序支持的版本（%2）。请使用更新版本的调解工作站。</translation>
    </message>
    <message>
        <source>Missing migration %1.</source>
        <translation>缺少数据库迁移%1。</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>数据库错误：%1</translation>
    </message>
    <message>
        <source>The change conflicts with existing data: %1</source>
        <translation>修改与现有数据冲突：%1</translation>
    </message>
</context>
<context>
    <name>DemoLoader</name>
    <message>
        <source>Cannot read the demo file %1.</source>
        <translation>无法读取演示数据文件%1。</translation>
    </message>
    <message>
        <source>The demo file %1 is not a JSON list: %2</source>
        <translation>演示数据文件%1不是 JSON 列表：%2</translation>
    </message>
    <message>
        <source>Unknown outcome %1.</source>
        <translation>未知的办理结果%1。</translation>
    </message>
    <message>
        <source>Unknown demo step %1.</source>
        <translation>未知的演示步骤%1。</translation>
    </message>
    <message>
        <source>The database already holds cases; the demo data is loaded only into an empty one.</source>
        <translation>数据库中已有案件；演示数据只能载入空数据库。</translation>
    </message>
    <message>
        <source>Demo case %1: %2</source>
        <translation>演示案件%1：%2</translation>
    </message>
    <message>
        <source>Demo case %1 (%2), step %3: %4</source>
        <translation>演示案件%1（%2），步骤%3：%4</translation>
    </message>
</context>
<context>
    <name>Identifiers</name>
    <message>
        <source>A resident ID number has 18 characters; &quot;%1&quot; has %2.</source>
        <translation>身份证号码应为18位；“%1”为%2位。</translation>
    </message>
    <message>
        <source>The first 17 characters of a resident ID number are digits (&quot;%1&quot;).</source>
        <translation>身份证号码的前17位应为数字（“%1”）。</translation>
    </message>
    <message>
        <source>A resident ID number ends with a digit or a capital X (&quot;%1&quot;).</source>
        <translation>身份证号码的最后一位应为数字或大写字母 X（“%1”）。</translation>
    </message>
    <message>
        <source>The birth date %1 inside the resident ID number %2 is not a real date.</source>
        <translation>身份证号码%2中的出生日期%1不是有效日期。</translation>
    </message>
    <message>
        <source>The birth date %1 inside the resident ID number %2 lies in the future.</source>
        <translation>身份证号码%2中的出生日期%1晚于今天。</translation>
    </message>
    <message>
        <source>The check character of the resident ID number %1 is wrong (it should be %2); please check the number.</source>
        <translation>身份证号码%1的校验码有误（应为%2），请核对号码。</translation>
    </message>
    <message>
        <source>A unified social credit code has 18 characters; &quot;%1&quot; has %2.</source>
        <translation>统一社会信用代码应为18位；“%1”为%2位。</translation>
    </message>
    <message>
        <source>The unified social credit code %1 contains &quot;%2&quot;, which is not allowed (digits and capital letters except I, O, Z, S and V).</source>
        <translation>统一社会信用代码%1中含有不允许使用的字符“%2”（只能使用数字和除 I、O、Z、S、V 以外的大写字母）。</translation>
    </message>
    <message>
        <source>Characters 3–8 of the unified social credit code %1 are the area code and must be digits.</source>
        <translation>统一社会信用代码%1的第3至8位为行政区划码，必须为数字。</translation>
    </message>
    <message>
        <source>The check character of the unified social credit code %1 is wrong (it should be %2); please check the code.</source>
        <translation>统一社会信用代码%1的校验码有误（应为%2），请核对代码。</translation>
    </message>
</context>
<context>
    <name>OrganisationService</name>
    <message>
        <source>court</source>
        <translation>法院</translation>
    </message>
    <message>
        <source>tribunal</source>
        <translation>人民法庭</translation>
    </message>
    <message>
        <source>township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <source>village</source>
        <translation>村</translation>
    </message>
    <message>
        <source>The organisation code &quot;%1&quot; must be 1–16 capital letters, digits or hyphens.</source>
        <translation>机构代码“%1”必须由1至16个大写字母、数字或连字符组成。</translation>
    </message>
    <message>
        <source>The organisation needs a name.</source>
        <translation>请填写机构名称。</translation>
    </message>
    <message>
        <source>The population cannot be negative.</source>
        <translation>人口数不能为负数。</translation>
    </message>
    <message>
        <source>An organisation with code %1 already exists.</source>
        <translation>代码为%1的机构已存在。</translation>
    </message>
    <message>
        <source>Only a court can stand at the top of the tree; give %1 a parent.</source>
        <translation>只有法院可以位于机构层级树的顶层；请为%1指定上级机构。</translation>
    </message>
    <message>
        <source>A %1 cannot be placed under a %2.</source>
        <translation>%1不能设在%2之下。</translation>
    </message>
    <message>
        <source>There is no organisation with code %1.</source>
        <translation>不存在代码为%1的机构。</translation>
    </message>
    <message>
        <source>No court is above %1.</source>
        <translation>%1没有上级法院。</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Tiaojie</source>
        <translation>调解工作站</translation>
    </message>
</context>
<context>
    <name>UserService</name>
    <message>
        <source>mediator</source>
        <translation>调解员</translation>
    </message>
    <message>
        <source>township staff</source>
        <translation>乡镇工作人员</translation>
    </message>
    <message>
        <source>judge</source>
        <translation>法官</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>系统管理员</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; must be 2–32 lower-case letters, digits, dots, hyphens or underscores, starting with a letter.</source>
        <translation>登录名“%1”必须由2至32个小写字母、数字、点、连字符或下划线组成，并以字母开头。</translation>
    </message>
    <message>
        <source>The user needs a name.</source>
        <translation>请填写用户姓名。</translation>
    </message>
    <message>
        <source>A judge must belong to a court or tribunal.</source>
        <translation>法官必须隶属于法院或人民法庭。</translation>
    </message>
    <message>
        <source>A user with login %1 already exists.</source>
        <translation>登录名为%1的用户已存在。</translation>
    </message>
    <message>
        <source>There is no user %1.</source>
        <translation>用户%1不存在。</translation>
    </message>
    <message>
        <source>There are several administrators; name the acting user with --user.</source>
        <translation>系统中有多名系统管理员；请用 --user 指定操作用户。</translation>
    </message>
    <message>
        <source>Name the acting user with --user.</source>
        <translation>请用 --user 指定操作用户。</translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <source>accept for mediation</source>
        <translation>受理调解</translation>
    </message>
    <message>
        <source>not accept</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>record a session</source>
        <translation>记录调解情况</translation>
    </message>
    <message>
        <source>refer up</source>
        <translation>移交上级</translation>
    </message>
    <message>
        <source>delegate down</source>
        <translation>委派调解</translation>
    </message>
    <message>
        <source>receive</source>
        <translation>接收</translation>
    </message>
    <message>
        <source>return</source>
        <translation>退回</translation>
    </message>
    <message>
        <source>close</source>
        <translation>结案</translation>
    </message>
    <message>
        <source>Only a court or tribunal delegates a dispute down; case %1 is handled at the %2 tier.</source>
        <translation>只有法院或人民法庭可以委派调解；案件%1目前在%2级办理。</translation>
    </message>
    <message>
        <source>Only a court or tribunal files a case; case %1 is handled at the %2 tier.</source>
        <translation>只有法院或人民法庭可以立案；案件%1目前在%2级办理。</translation>
    </message>
    <message>
        <source>Case %1 is %2: it cannot %3 now.</source>
        <translation>案件%1当前状态为“%2”，现在不能执行“%3”操作。</translation>
    </message>
    <message>
        <source>Only the organisation the case was sent to can %1 case %2.</source>
        <translation>只有案件移送至的接收机构才能对案件%2执行“%1”操作。</translation>
    </message>
    <message>
        <source>Case %1 is handled by %2; %3 cannot %4 it.</source>
        <translation>案件%1由%2办理；用户%3无权对其执行“%4”操作。</translation>
    </message>
</context>
<context>
    <name>tj::CaseListModel</name>
    <message numerus="yes">
        <source>%1 and %n others</source>
        <translation>
            <numerusform>%1及其他%n人</numerusform>
        </translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>案号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>办理机构</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>纠纷类别</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收案日期</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>案件名称</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>涉及金额（元）</translation>
    </message>
</context>
<context>
    <name>tj::MainWindow</name>
    <message>
        <source>Tiaojie — dispute mediation workstation</source>
        <translation>调解工作站 — 矛盾纠纷调解</translation>
    </message>
    <message>
        <source>Search party, ID number, case number or facts</source>
        <translation>搜索当事人、身份证号码、案号或纠纷事实</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>system</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2) at %3</source>
        <translation>当前用户：%1（%2），所属机构：%3</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>共%n件案件</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 · %2 · %3 · received %4 · %5 yuan&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 · %2 · %3 · %4收案 · %5元&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;History&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;办理记录&lt;/h4&gt;</translation>
    </message>
</context>
</TS>
