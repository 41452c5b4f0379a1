<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>调解协议</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>纠纷类别</translation>
    </message>
    <message>
        <source>Amount involved (yuan)</source>
        <translation>涉及金额（元）</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>案件来源</translation>
    </message>
    <message>
        <source>Prevented</source>
        <translation>防止类型</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>People&apos;s mediation monthly report, %1-%2</source>
        <translation>人民调解工作月报（%1年%2月）</translation>
    </message>
</context>
<context>
    <name>Access</name>
    <message>
        <source>%1 (%2) reads no case content; case work needs a mediator, staff or judge account.</source>
        <translation>%1（%2）无权查看案件内容；办理案件须使用调解员、乡镇工作人员或法官账户。</translation>
    </message>
    <message>
        <source>Case %1 lies outside the jurisdiction of %2 (%3).</source>
        <translation>案件%1不在%2（%3）的管辖范围内。</translation>
    </message>
    <message>
        <source>%1 belongs to %2 and cannot register a dispute at %3.</source>
        <translation>用户%1隶属于%2，不能在%3登记纠纷。</translation>
    </message>
    <message>
        <source>%1 lies outside the jurisdiction of %2 (%3).</source>
        <translation>%1不在%2（%3）的管辖范围内。</translation>
    </message>
    <message>
        <source>The inbox of %1 lies outside the jurisdiction of %2.</source>
        <translation>%1的待接收案件不在%2的管辖范围内。</translation>
    </message>
    <message>
        <source>Only an administrator manages organisations and users.</source>
        <translation>只有系统管理员才能管理机构和用户。</translation>
    </message>
    <message>
        <source>Only an auditor or a security officer reads the audit trail.</source>
        <translation>只有审计员或安全管理员才能查看审计日志。</translation>
    </message>
    <message>
        <source>Only an administrator or a security officer makes backups.</source>
        <translation>只有系统管理员或安全管理员才能进行备份。</translation>
    </message>
    <message>
        <source>Only an administrator or a security officer restores a backup.</source>
        <translation>只有系统管理员或安全管理员才能从备份恢复。</translation>
    </message>
    <message>
        <source>Case %1 is away in a transfer package; it is read-only here until it comes back.</source>
        <translation>案件%1已随移交包转出，在退回之前本机只读。</translation>
    </message>
</context>
<context>
    <name>AccountService</name>
    <message>
        <source>There is no user %1.</source>
        <translation>用户%1不存在。</translation>
    </message>
    <message>
        <source>Wrong login or password.</source>
        <translation>登录名或密码错误。</translation>
    </message>
    <message>
        <source>The account %1 is locked after repeated failed sign-ins until %2 (UTC). A security officer can unlock it.</source>
        <translation>账户%1因多次登录失败已被锁定，至%2（UTC）解除。安全管理员可为其解锁。</translation>
    </message>
    <message>
        <source>%1 has no password yet; a security officer must set one.</source>
        <translation>%1尚未设置密码，须由安全管理员设置。</translation>
    </message>
    <message>
        <source>%1 signs in with a password (environment variable TIAOJIE_PASSWORD or standard input).</source>
        <translation>%1须使用密码登录（通过环境变量 TIAOJIE_PASSWORD 或标准输入提供）。</translation>
    </message>
    <message>
        <source>%1 failed sign-ins</source>
        <translation>登录失败%1次</translation>
    </message>
    <message>
        <source>The password could not be hashed (out of memory?).</source>
        <translation>无法计算密码哈希值（可能内存不足）。</translation>
    </message>
    <message>
        <source>Only a security officer resets a password; the administrator sets only the first password of a new account.</source>
        <translation>只有安全管理员才能重置密码；系统管理员只能为新账户设置初始密码。</translation>
    </message>
    <message>
        <source>Change your own password with your current one.</source>
        <translation>修改本人密码须提供当前密码。</translation>
    </message>
    <message>
        <source>Name the user whose password changes.</source>
        <translation>请指定要修改密码的用户。</translation>
    </message>
    <message>
        <source>While no account has a password, the administrator sets the first one.</source>
        <translation>在所有账户均未设置密码时，由系统管理员设置第一个密码。</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>当前密码错误。</translation>
    </message>
    <message>
        <source>The new password must differ from the old one.</source>
        <translation>新密码不能与原密码相同。</translation>
    </message>
    <message>
        <source>Only a security officer unlocks an account.</source>
        <translation>只有安全管理员才能解锁账户。</translation>
    </message>
    <message>
        <source>Only an administrator manages organisations and users.</source>
        <translation>只有系统管理员才能管理机构和用户。</translation>
    </message>
</context>
<context>
    <name>AgreementService</name>
    <message>
        <source>performing</source>
        <translation>履行中</translation>
    </message>
    <message>
        <source>performed</source>
        <translation>已履行</translation>
    </message>
    <message>
        <source>breached</source>
        <translation>未履行</translation>
    </message>
    <message>
        <source>An oral agreement cannot be confirmed; record it in writing first.</source>
        <translation>口头协议不能申请司法确认，请先制作书面调解协议。</translation>
    </message>
    <message>
        <source>Give the date.</source>
        <translation>请填写日期。</translation>
    </message>
    <message>
        <source>The date %1 lies in the future.</source>
        <translation>日期%1不能晚于今天。</translation>
    </message>
    <message>
        <source>The date %1 is before the case was received (%2).</source>
        <translation>日期%1早于案件的收案日期（%2）。</translation>
    </message>
    <message>
        <source>Name who signed.</source>
        <translation>请填写签名人。</translation>
    </message>
    <message>
        <source>A signer signs as party, mediator or seal, not &quot;%1&quot;.</source>
        <translation>签名方式应为 party（当事人）、mediator（调解员）或 seal（盖章），而不是“%1”。</translation>
    </message>
    <message>
        <source>An oral agreement has no signatures.</source>
        <translation>口头协议无需签名。</translation>
    </message>
    <message>
        <source>%1 is neither a party of case %2 nor one of its mediators; say how they sign with --as party|mediator|seal.</source>
        <translation>%1既不是案件%2的当事人，也不是该案的调解员；请用 --as party|mediator|seal 指明签名方式。</translation>
    </message>
    <message>
        <source>A payment has a positive amount.</source>
        <translation>履行金额必须大于零。</translation>
    </message>
    <message>
        <source>The proof file is larger than 20 MB.</source>
        <translation>凭证文件超过20 MB。</translation>
    </message>
    <message>
        <source>The proof file %1 cannot be read.</source>
        <translation>无法读取凭证文件%1。</translation>
    </message>
    <message>
        <source>The agreement of %1 has no money obligation.</source>
        <translation>%1的调解协议中没有金钱给付义务。</translation>
    </message>
    <message>
        <source>Name the obligation paid (1 to %1).</source>
        <translation>请指定所履行的义务（1至%1）。</translation>
    </message>
    <message>
        <source>%1 yuan is more than the %2 yuan still owed by %3.</source>
        <translation>%1元超过了%3尚欠的%2元。</translation>
    </message>
    <message>
        <source>%1 paid %2 yuan to %3</source>
        <translation>%1向%3支付%2元</translation>
    </message>
    <message>
        <source>Performance is performed, partly or not_performed, not &quot;%1&quot;.</source>
        <translation>履行情况应为 performed（已履行）、partly（部分履行）或 not_performed（未履行），而不是“%1”。</translation>
    </message>
    <message>
        <source>Satisfaction is rated from 1 to 5.</source>
        <translation>满意度评分应为1至5分。</translation>
    </message>
    <message>
        <source>There is no payment proof %1.</source>
        <translation>履行凭证%1不存在。</translation>
    </message>
    <message>
        <source>Case %1 has no settlement agreement.</source>
        <translation>案件%1没有调解协议。</translation>
    </message>
    <message>
        <source>There is no proof %1.</source>
        <translation>凭证%1不存在。</translation>
    </message>
    <message>
        <source>The agreement of case %1 is already written.</source>
        <translation>案件%1的调解协议已是书面协议。</translation>
    </message>
    <message>
        <source>oral agreement written down</source>
        <translation>口头协议已制作为书面协议</translation>
    </message>
    <message>
        <source>Proof of the payment of %1 yuan on %2</source>
        <translation>%2 支付 %1 元的付款凭证</translation>
    </message>
    <message>
        <source>A visit is made by phone or on_site, not &quot;%1&quot;.</source>
        <translation>回访方式为 phone（电话）或 on_site（实地），不能是“%1”。</translation>
    </message>
</context>
<context>
    <name>AttachmentService</name>
    <message>
        <source>Evidence</source>
        <translation>证据材料</translation>
    </message>
    <message>
        <source>Scan of the signed agreement</source>
        <translation>已签字协议扫描件</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>收据凭证</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他材料</translation>
    </message>
    <message>
        <source>An attachment is evidence, agreement_scan, receipt or other, not &quot;%1&quot;.</source>
        <translation>附件类别为 evidence（证据）、agreement_scan（协议扫描件）、receipt（收据）或 other（其他），不能是“%1”。</translation>
    </message>
    <message>
        <source>Case %1 is in the custody of %2; %3 cannot add files to it.</source>
        <translation>案件 %1 由 %2 办理，%3 不能为其添加附件。</translation>
    </message>
    <message>
        <source>Case %1 is closed (%2) and takes no more files.</source>
        <translation>案件 %1 已结案（%2），不能再添加附件。</translation>
    </message>
    <message>
        <source>Case %1 is settled: evidence is no longer added; attach scans of the agreement, receipts or other papers of its fulfilment.</source>
        <translation>案件 %1 已调解成功，不再添加证据材料；可添加协议扫描件、收据或其他履行材料。</translation>
    </message>
    <message>
        <source>Case %1 was settled by %2; %3 cannot add files to it.</source>
        <translation>案件 %1 由 %2 调解结案，%3 不能为其添加附件。</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 is larger than the %2 MB an attachment may have.</source>
        <translation>%1 超过附件大小上限 %2 MB。</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>无法读取文件 %1：%2</translation>
    </message>
    <message>
        <source>Give the attachment a file name.</source>
        <translation>请填写附件的文件名。</translation>
    </message>
    <message>
        <source>The file %1 is empty.</source>
        <translation>文件 %1 是空文件。</translation>
    </message>
    <message>
        <source>The stored content of %1 no longer matches its SHA-256 %2: the database is damaged. Restore it from a backup.</source>
        <translation>%1 的存储内容与其 SHA-256 %2 不符：数据库已损坏，请从备份恢复。</translation>
    </message>
    <message>
        <source>There is no folder %1.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1 was written but does not read back as it should.</source>
        <translation>%1 已写入，但读回校验不一致。</translation>
    </message>
    <message>
        <source>There is no attachment %1.</source>
        <translation>附件 %1 不存在。</translation>
    </message>
    <message>
        <source>The content of attachment %1 is missing.</source>
        <translation>附件 %1 的内容缺失。</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Entry %1 is missing: the trail jumps from %2 to %3.</source>
        <translation>缺少第%1条记录：审计日志从第%2条跳至第%3条。</translation>
    </message>
    <message>
        <source>Entry %1 does not follow the entry before it (its link to the previous hash is wrong).</source>
        <translation>第%1条记录与前一条记录不衔接（指向前一条哈希值的链接有误）。</translation>
    </message>
    <message>
        <source>Entry %1 was altered: its content does not match its hash.</source>
        <translation>第%1条记录已被篡改：其内容与哈希值不符。</translation>
    </message>
    <message>
        <source>Entries after %1 were removed (the trail had %2 entries).</source>
        <translation>第%1条之后的记录已被删除（审计日志原有%2条记录）。</translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹%1。</translation>
    </message>
    <message>
        <source>The backup %1 could not be written: %2</source>
        <translation>无法写入备份%1：%2</translation>
    </message>
    <message>
        <source>The backup %1 could not be saved.</source>
        <translation>无法保存备份%1。</translation>
    </message>
    <message>
        <source>Name the backup file.</source>
        <translation>请指定备份文件。</translation>
    </message>
    <message>
        <source>%1 exists already; choose a new name.</source>
        <translation>%1已存在，请另选文件名。</translation>
    </message>
    <message>
        <source>The backup is damaged: %1</source>
        <translation>备份已损坏：%1</translation>
    </message>
    <message>
        <source>The backup&apos;s audit trail is broken: %1</source>
        <translation>备份中的审计日志不完整：%1</translation>
    </message>
    <message>
        <source>There is no backup %1.</source>
        <translation>备份%1不存在。</translation>
    </message>
    <message>
        <source>%1 is not a Tiaojie database backup.</source>
        <translation>%1不是调解工作站的数据库备份。</translation>
    </message>
    <message>
        <source>Cannot copy %1 to %2.</source>
        <translation>无法将%1复制到%2。</translation>
    </message>
    <message>
        <source>The backup %1 cannot be used: %2</source>
        <translation>备份%1无法使用：%2</translation>
    </message>
    <message>
        <source>Cannot write %1 to disk.</source>
        <translation>无法将%1写入磁盘。</translation>
    </message>
    <message>
        <source>Cannot move %1 aside.</source>
        <translation>无法移走%1。</translation>
    </message>
    <message>
        <source>Cannot put the backup in place of %1.</source>
        <translation>无法用备份替换%1。</translation>
    </message>
    <message>
        <source>This workstation works on a PostgreSQL server: backups of a server are made there with pg_dump and WAL archiving (see docs/deployment.md), not copied by a seat.</source>
        <translation>本工作站连接的是 PostgreSQL 服务器：服务器的备份由服务器端用 pg_dump 和 WAL 归档完成（见 docs/deployment.md），不由各席位复制。</translation>
    </message>
</context>
<context>
    <name>CaseGuard</name>
    <message>
        <source>%1 belongs to %2 and cannot record for %3.</source>
        <translation>用户%1隶属于%2，不能为%3记录。</translation>
    </message>
</context>
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
    <message>
        <source>The date range is reversed: %1 is after %2.</source>
        <translation>日期范围颠倒：%1晚于%2。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a case version.</source>
        <translation>“%1”不是案件版本号。</translation>
    </message>
    <message>
        <source>Case %1 was changed by someone else since you opened it (version %2, now %3); reload it and try again.</source>
        <translation>案件 %1 在您打开后已被他人修改（版本 %2，现为 %3）；请重新载入后再试。</translation>
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
        <source>Added user %1.</source>
        <translation>已添加用户%1。</translation>
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
        <source>error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>The language &quot;%1&quot; is not available; use zh_CN or en.</source>
        <translation>不支持语言“%1”；请使用 zh_CN 或 en。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message>
        <source>--role must be mediator, staff, judge, admin, security or auditor.</source>
        <translation>--role 必须为 mediator、staff、judge、admin、security 或 auditor。</translation>
    </message>
    <message>
        <source>Initial password: </source>
        <translation>初始密码：</translation>
    </message>
    <message>
        <source>Give the initial password on standard input.</source>
        <translation>请通过标准输入提供初始密码。</translation>
    </message>
    <message>
        <source>Use: user add …, user list, user passwd [LOGIN] or user unlock LOGIN.</source>
        <translation>用法：user add …、user list、user passwd [LOGIN] 或 user unlock LOGIN。</translation>
    </message>
    <message>
        <source>--%1 takes a date YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>--%1 需要 YYYY-MM-DD 格式的日期，而不是“%2”。</translation>
    </message>
    <message>
        <source>Agreement of %1 (%2): %3 yuan, %4
</source>
        <translation>%1的调解协议（%2）：%3元，%4
</translation>
    </message>
    <message>
        <source>Effective on: %1  State: %2  Confirmation deadline: %3
</source>
        <translation>生效日期：%1  状态：%2  司法确认申请期限：%3
</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>尚未生效</translation>
    </message>
    <message>
        <source>The visit needs a &quot;date&quot; YYYY-MM-DD.</source>
        <translation>回访记录须包含 YYYY-MM-DD 格式的“date”字段。</translation>
    </message>
    <message>
        <source>Visit of %1 recorded.</source>
        <translation>已记录%1的回访情况。</translation>
    </message>
    <message>
        <source>--amount takes a yuan amount such as 6000.00, not &quot;%1&quot;.</source>
        <translation>--amount 需要以元为单位的金额，例如 6000.00，而不是“%1”。</translation>
    </message>
    <message>
        <source>--obligation takes the obligation&apos;s number (1, 2, …).</source>
        <translation>--obligation 需要履行义务的序号（1、2、…）。</translation>
    </message>
    <message>
        <source>Payment of %1 yuan on %2 recorded.</source>
        <translation>已记录%2履行的%1元。</translation>
    </message>
    <message>
        <source>Name who signed with --who.</source>
        <translation>请用 --who 指定签名人。</translation>
    </message>
    <message>
        <source>Unknown confirm command &quot;%1&quot;; use %2.</source>
        <translation>未知的 confirm 子命令“%1”；请使用%2。</translation>
    </message>
    <message>
        <source>--result is valid or rejected.</source>
        <translation>--result 必须为 valid 或 rejected。</translation>
    </message>
    <message>
        <source>Confirmation of %1: %2 at %3.</source>
        <translation>%1的司法确认：%2（%3）。</translation>
    </message>
    <message>
        <source>Unknown feedback command &quot;%1&quot;; use add, answer or list.</source>
        <translation>未知的 feedback 子命令“%1”；请使用 add、answer 或 list。</translation>
    </message>
    <message>
        <source>Name the case or its code.</source>
        <translation>请指定案件或其案件码。</translation>
    </message>
    <message>
        <source>Give the feedback item&apos;s id.</source>
        <translation>请提供反馈事项的 ID。</translation>
    </message>
    <message>
        <source>--rating takes a number from 1 to 5.</source>
        <translation>--rating 需要1至5之间的数字。</translation>
    </message>
    <message>
        <source>Feedback %1 on %2, answer due %3.</source>
        <translation>已登记反馈%1（案件%2），答复期限：%3。</translation>
    </message>
    <message>
        <source>Nothing is due.</source>
        <translation>没有到期事项。</translation>
    </message>
    <message>
        <source>--year takes a year such as 2026.</source>
        <translation>--year 需要年份，例如 2026。</translation>
    </message>
    <message>
        <source>work</source>
        <translation>工作日</translation>
    </message>
    <message>
        <source>rest</source>
        <translation>休息日</translation>
    </message>
    <message>
        <source>Unknown holiday command &quot;%1&quot;; use add or list.</source>
        <translation>未知的 holiday 子命令“%1”；请使用 add 或 list。</translation>
    </message>
    <message>
        <source>Give the day with --date YYYY-MM-DD.</source>
        <translation>请用 --date YYYY-MM-DD 指定日期。</translation>
    </message>
    <message>
        <source>--kind is rest or work.</source>
        <translation>--kind 必须为 rest 或 work。</translation>
    </message>
    <message>
        <source>%1 recorded as %2.</source>
        <translation>已将%1记录为%2。</translation>
    </message>
    <message>
        <source>Usage: setting set KEY VALUE (a whole number).</source>
        <translation>用法：setting set KEY VALUE（VALUE 为整数）。</translation>
    </message>
    <message>
        <source>Unknown setting command &quot;%1&quot;; use list or set.</source>
        <translation>未知的 setting 子命令“%1”；请使用 list 或 set。</translation>
    </message>
    <message>
        <source>Usage: doc render CASE --kind KIND --out FILE.pdf [--reveal]</source>
        <translation>用法：doc render CASE --kind KIND --out FILE.pdf [--reveal]</translation>
    </message>
    <message>
        <source>--kind is one of %1.</source>
        <translation>--kind 必须为%1之一。</translation>
    </message>
    <message>
        <source>Name the PDF file with --out.</source>
        <translation>请用 --out 指定 PDF 文件。</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>已写入%1。</translation>
    </message>
    <message>
        <source>Name the ledger file with --out F.xlsx or --out F.csv.</source>
        <translation>请用 --out F.xlsx 或 --out F.csv 指定台账文件。</translation>
    </message>
    <message>
        <source>%1 case(s) written to %2.</source>
        <translation>已将%1件案件写入%2。</translation>
    </message>
    <message>
        <source>Name the ledger file: ledger import F [--mapping M].</source>
        <translation>请指定台账文件：ledger import F [--mapping M]。</translation>
    </message>
    <message>
        <source>%1 row(s) read, %2 already imported, %3 with errors.
</source>
        <translation>已读取%1行，其中%2行此前已导入，%3行有错误。
</translation>
    </message>
    <message>
        <source>%1 case(s) imported, %2 row(s) already imported before.</source>
        <translation>已导入%1件案件，另有%2行此前已导入。</translation>
    </message>
    <message>
        <source>Use: ledger export [--org C] --out F.xlsx|F.csv, or ledger import F [--mapping M] [--org C] [--dry-run].</source>
        <translation>用法：ledger export [--org C] --out F.xlsx|F.csv，或 ledger import F [--mapping M] [--org C] [--dry-run]。</translation>
    </message>
    <message>
        <source>Use: report monthly --month YYYY-MM [--org C] --out F.pdf|F.xlsx.</source>
        <translation>用法：report monthly --month YYYY-MM [--org C] --out F.pdf|F.xlsx。</translation>
    </message>
    <message>
        <source>Give --month YYYY-MM and --out F.pdf or F.xlsx.</source>
        <translation>请提供 --month YYYY-MM 和 --out F.pdf 或 F.xlsx。</translation>
    </message>
    <message>
        <source>Monthly report %1 of %2 written to %3.</source>
        <translation>%2 %1 月报已写入%3。</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>The password of %1 must be changed first: tiaojie-cli --user %1 user passwd (current, then new password on stdin).</source>
        <translation>必须先修改%1的密码：tiaojie-cli --user %1 user passwd（在标准输入中依次提供当前密码和新密码）。</translation>
    </message>
    <message>
        <source>New password: </source>
        <translation>新密码：</translation>
    </message>
    <message>
        <source>Give the new password on standard input.</source>
        <translation>请通过标准输入提供新密码。</translation>
    </message>
    <message>
        <source>The audit trail is broken at entry %1: %2</source>
        <translation>审计日志在第%1条记录处断裂：%2</translation>
    </message>
    <message>
        <source>The audit trail is intact: %1 entries, head %2.</source>
        <translation>审计日志完整：共%1条记录，最新哈希值%2。</translation>
    </message>
    <message>
        <source>Only an auditor reads the audit entries.</source>
        <translation>只有审计员才能查看审计记录。</translation>
    </message>
    <message>
        <source>Use: audit verify or audit list [--limit N] [--object ID].</source>
        <translation>用法：audit verify 或 audit list [--limit N] [--object ID]。</translation>
    </message>
    <message>
        <source>No daily backup was due (or no backup folder is set).</source>
        <translation>今日无需进行每日备份（或未设置备份文件夹）。</translation>
    </message>
    <message>
        <source>Daily backup written to %1.</source>
        <translation>每日备份已写入%1。</translation>
    </message>
    <message>
        <source>Name the backup file with --out.</source>
        <translation>请用 --out 指定备份文件。</translation>
    </message>
    <message>
        <source>Backup written to %1 and verified (%2 cases).</source>
        <translation>备份已写入%1并通过校验（案件%2件）。</translation>
    </message>
    <message>
        <source>Name the backup file: restore FILE.</source>
        <translation>请指定备份文件：restore FILE。</translation>
    </message>
    <message>
        <source>Restored %1 from %2 (%3 cases, audit trail intact).</source>
        <translation>已从%2恢复%1（案件%3件，审计日志完整）。</translation>
    </message>
    <message>
        <source>Use: settings set KEY VALUE.</source>
        <translation>用法：settings set KEY VALUE。</translation>
    </message>
    <message>
        <source>A time limit is a whole number.</source>
        <translation>期限必须为整数。</translation>
    </message>
    <message>
        <source>Use: settings list or settings set KEY VALUE.</source>
        <translation>用法：settings list 或 settings set KEY VALUE。</translation>
    </message>
    <message>
        <source>Use: user unlock LOGIN.</source>
        <translation>用法：user unlock LOGIN。</translation>
    </message>
    <message>
        <source>%1 is unlocked.</source>
        <translation>已解锁%1。</translation>
    </message>
    <message>
        <source>Your password is changed.</source>
        <translation>您的密码已修改。</translation>
    </message>
    <message>
        <source>The password of %1 is set; they change it at their next sign-in.</source>
        <translation>已设置%1的密码；该用户须在下次登录时修改。</translation>
    </message>
    <message>
        <source>Use: prevention record CASE --kind criminal|mass_petition [--persons N] [--on D] [--note T], or prevention list CASE.</source>
        <translation>用法：prevention record CASE --kind criminal|mass_petition [--persons N] [--on D] [--note T]，或 prevention list CASE。</translation>
    </message>
    <message>
        <source>--kind must be criminal or mass_petition.</source>
        <translation>--kind 必须为 criminal 或 mass_petition。</translation>
    </message>
    <message>
        <source>--persons takes a whole number.</source>
        <translation>--persons 需要整数。</translation>
    </message>
    <message>
        <source>Unknown agreement command &quot;%1&quot;; use show, sign, pay, visit or convert.</source>
        <translation>未知的协议命令“%1”；请使用 show、sign、pay、visit 或 convert。</translation>
    </message>
    <message>
        <source>--%1 needs a whole number, not &quot;%2&quot;.</source>
        <translation>--%1 需要整数，而不是“%2”。</translation>
    </message>
    <message>
        <source>Use: demo generate --cases N [--seed S] [--until DATE] [--years Y]</source>
        <translation>用法：demo generate --cases N [--seed S] [--until DATE] [--years Y]</translation>
    </message>
    <message>
        <source>Say how many cases to generate with --cases N.</source>
        <translation>请用 --cases N 指定生成的案件数。</translation>
    </message>
    <message>
        <source>--until needs a date YYYY-MM-DD.</source>
        <translation>--until 需要 YYYY-MM-DD 格式的日期。</translation>
    </message>
    <message>
        <source>%1 of %2 cases written</source>
        <translation>已写入%1件，共%2件</translation>
    </message>
    <message>
        <source>Generated %1 cases (%2 parties, %3 events) in %4 s.</source>
        <translation>已生成%1件案件（当事人%2名，办理记录%3条），用时%4秒。</translation>
    </message>
    <message>
        <source>Unknown attachment command &quot;%1&quot;; use %2.</source>
        <translation>未知的 attachment 命令“%1”，请使用 %2。</translation>
    </message>
    <message>
        <source>Name the attachment by its id.</source>
        <translation>请给出附件的 id。</translation>
    </message>
    <message>
        <source>Give the file to attach with --file F.</source>
        <translation>请用 --file F 指定要添加的文件。</translation>
    </message>
    <message>
        <source>%1 is already attached as %2 (sha256 %3).</source>
        <translation>%1 已作为附件 %2 存在（sha256 %3）。</translation>
    </message>
    <message>
        <source>Attached %1 as %2 (sha256 %3).</source>
        <translation>已添加附件 %1，编号 %2（sha256 %3）。</translation>
    </message>
    <message>
        <source>No attachments.</source>
        <translation>没有附件。</translation>
    </message>
    <message>
        <source>Give the folder to export to with --to DIR.</source>
        <translation>请用 --to DIR 指定导出文件夹。</translation>
    </message>
    <message>
        <source>No application is waiting.</source>
        <translation>没有待处理的申请。</translation>
    </message>
    <message>
        <source>Guidance recorded for %1.</source>
        <translation>已记录对 %1 的业务指导。</translation>
    </message>
    <message>
        <source>Package %1 (%2, number %3) from %4, device %5 (fingerprint %6), to %7.
</source>
        <translation>移交包%1（%2，序号%3），来自%4，设备%5（指纹%6），发往%7。
</translation>
    </message>
    <message>
        <source>Package %1 was already marked delivered.
</source>
        <translation>移交包%1此前已标记为送达。
</translation>
    </message>
    <message>
        <source>Confirms delivery of package %1.
</source>
        <translation>确认移交包%1已送达。
</translation>
    </message>
    <message>
        <source>Package %1 is now marked delivered.
</source>
        <translation>移交包%1已标记为送达。
</translation>
    </message>
    <message>
        <source>Already imported: nothing changed.
</source>
        <translation>此包已导入过：未作任何更改。
</translation>
    </message>
    <message>
        <source>New cases: %1; updated: %2; unchanged: %3; for review (changed on both sides): %4; files: %5.
</source>
        <translation>新案件：%1；更新：%2；未变：%3；待核对（双方均有改动）：%4；文件：%5。
</translation>
    </message>
    <message>
        <source>Warning: %1
</source>
        <translation>警告：%1
</translation>
    </message>
    <message>
        <source>Signature and hashes are valid; nothing was written.
</source>
        <translation>签名和哈希均有效；未写入任何内容。
</translation>
    </message>
    <message>
        <source>Receipt for the sender: %1
</source>
        <translation>交回发送方的回执：%1
</translation>
    </message>
    <message>
        <source>Unknown package command &quot;%1&quot;; use %2.</source>
        <translation>未知的移交包命令“%1”；可用：%2。</translation>
    </message>
    <message>
        <source>Name the cases to export.</source>
        <translation>请指定要导出的案件。</translation>
    </message>
    <message>
        <source>Name the review item.</source>
        <translation>请指定待核对事项。</translation>
    </message>
    <message>
        <source>Name the imported package.</source>
        <translation>请指定已导入的移交包。</translation>
    </message>
    <message>
        <source>Name the package file.</source>
        <translation>请指定移交包文件。</translation>
    </message>
    <message>
        <source>Give the package file to write with --out F.</source>
        <translation>请用 --out F 指定要写入的移交包文件。</translation>
    </message>
    <message>
        <source>Wrote package %1 (%2, number %3, %4 case(s), %5 bytes) for %6 to %7; it was read back and verified. The cases are read-only here until they come back.</source>
        <translation>已写出移交包%1（%2，序号%3，%4件案件，%5字节），发往%6，保存到%7；已回读并校验。案件在退回之前本机只读。</translation>
    </message>
    <message>
        <source>Give the receipt file to write with --out F.</source>
        <translation>请用 --out F 指定要写入的回执文件。</translation>
    </message>
    <message>
        <source>Wrote the receipt of %1 to %2.</source>
        <translation>已将%1的回执写入%2。</translation>
    </message>
    <message>
        <source>Nothing waits for review.</source>
        <translation>没有待核对的事项。</translation>
    </message>
    <message>
        <source>Choose with --keep mine or --keep theirs.</source>
        <translation>请用 --keep mine 或 --keep theirs 选择。</translation>
    </message>
    <message>
        <source>Took the incoming version.</source>
        <translation>已采用对方的版本。</translation>
    </message>
    <message>
        <source>Kept this installation&apos;s version.</source>
        <translation>已保留本机的版本。</translation>
    </message>
    <message>
        <source>Unknown device command &quot;%1&quot;; use %2.</source>
        <translation>未知的设备命令“%1”；可用：%2。</translation>
    </message>
    <message>
        <source>Device %1
Public key: %2
Fingerprint (read it aloud to compare): %3</source>
        <translation>设备%1
公钥：%2
指纹（请朗读核对）：%3</translation>
    </message>
    <message>
        <source>Use: device trust ORG --key PUBLIC_KEY.</source>
        <translation>用法：device trust 机构 --key 公钥。</translation>
    </message>
    <message>
        <source>Trusted device %1 of %2. Compare the fingerprint with its owner: %3</source>
        <translation>已信任%2的设备%1。请与设备持有人核对指纹：%3</translation>
    </message>
    <message>
        <source>Name the device (id, key or fingerprint).</source>
        <translation>请指定设备（编号、公钥或指纹）。</translation>
    </message>
    <message>
        <source>Revoked %1.</source>
        <translation>已撤销%1。</translation>
    </message>
    <message>
        <source>trusted</source>
        <translation>已信任</translation>
    </message>
    <message>
        <source>revoked %1</source>
        <translation>已于%1撤销</translation>
    </message>
    <message>
        <source>No trusted devices.</source>
        <translation>没有受信任的设备。</translation>
    </message>
    <message>
        <source>--version takes the case version, a number from 1.</source>
        <translation>--version 应为案件版本号，即从 1 起的数字。</translation>
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
Once an account has a password, the acting user&apos;s password is read from TIAOJIE_PASSWORD
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
        <translation>用法：tiaojie-cli [--db FILE | --pg CONNINFO] [--user LOGIN] [--json] [--lang zh_CN|en] COMMAND ...
命令：
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
账户设置密码后，操作用户的密码从 TIAOJIE_PASSWORD
或标准输入的第一行读取（新密码在其后各行）。
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
JSON 字段见 docs/cli.md。
</translation>
    </message>
    <message>
        <source>Give either --db FILE or --pg CONNINFO, not both.</source>
        <translation>请只给出 --db FILE 或 --pg CONNINFO 之一，不能同时使用。</translation>
    </message>
    <message>
        <source>A PostgreSQL server is restored with pg_restore or from its WAL archive (docs/deployment.md), not by the workstation.</source>
        <translation>PostgreSQL 服务器应使用 pg_restore 或其 WAL 归档恢复（见 docs/deployment.md），不由工作站恢复。</translation>
    </message>
</context>
<context>
    <name>ConfirmationService</name>
    <message>
        <source>Joint application signed by the parties</source>
        <translation>双方当事人签署的共同申请书</translation>
    </message>
    <message>
        <source>The mediation agreement</source>
        <translation>调解协议</translation>
    </message>
    <message>
        <source>Proof of the parties&apos; identities</source>
        <translation>当事人身份证明</translation>
    </message>
    <message>
        <source>Evidence of the facts and of the mediation</source>
        <translation>与纠纷事实及调解过程有关的证明材料</translation>
    </message>
    <message>
        <source>Addresses for service and telephone numbers</source>
        <translation>送达地址及联系电话</translation>
    </message>
    <message>
        <source>A court does not confirm agreements on marriage, adoption or personal status (%1 / %2).</source>
        <translation>涉及婚姻关系、收养关系或身份关系的调解协议，法院不予司法确认（%1 / %2）。</translation>
    </message>
    <message>
        <source>Give the date of the application (not in the future).</source>
        <translation>请填写申请日期（不能晚于今天）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not on the checklist (%2).</source>
        <translation>“%1”不在材料清单中（%2）。</translation>
    </message>
    <message>
        <source>Confirmation of %1 was already applied for on %2.</source>
        <translation>%1已于%2申请司法确认。</translation>
    </message>
    <message>
        <source>The agreement has not taken effect; missing: %1.</source>
        <translation>调解协议尚未生效；尚缺：%1。</translation>
    </message>
    <message>
        <source>The application cannot precede the agreement (%1).</source>
        <translation>申请日期不能早于调解协议日期（%1）。</translation>
    </message>
    <message>
        <source>The 30-day window for judicial confirmation ended on %1.</source>
        <translation>申请司法确认的30日期限已于%1届满。</translation>
    </message>
    <message>
        <source>Only a judge of %1, the court applied to, records its decisions.</source>
        <translation>只有受理申请的法院（%1）的法官才能记录其决定。</translation>
    </message>
    <message>
        <source>Give the date (not in the future).</source>
        <translation>请填写日期（不能晚于今天）。</translation>
    </message>
    <message>
        <source>No confirmation of %1 has been applied for.</source>
        <translation>%1尚未申请司法确认。</translation>
    </message>
    <message>
        <source>The court has already decided on acceptance.</source>
        <translation>法院已作出是否受理的决定。</translation>
    </message>
    <message>
        <source>%1 Refuse the application instead.</source>
        <translation>%1请改为作出不予受理的决定。</translation>
    </message>
    <message>
        <source>Acceptance cannot precede the application (%1).</source>
        <translation>受理日期不能早于申请日期（%1）。</translation>
    </message>
    <message>
        <source>Give the reason the application is not accepted.</source>
        <translation>请填写不予受理申请的理由。</translation>
    </message>
    <message>
        <source>The refusal cannot precede the application (%1).</source>
        <translation>不予受理日期不能早于申请日期（%1）。</translation>
    </message>
    <message>
        <source>Only an accepted application awaiting its ruling can be extended.</source>
        <translation>只有已受理且尚未作出裁定的申请才能延长审查期限。</translation>
    </message>
    <message>
        <source>The ruling period was already extended.</source>
        <translation>审查期限已延长过。</translation>
    </message>
    <message>
        <source>The extension cannot precede acceptance.</source>
        <translation>延长日期不能早于受理日期。</translation>
    </message>
    <message>
        <source>A ruling is valid or rejected, not &quot;%1&quot;.</source>
        <translation>裁定结果应为 valid（确认有效）或 rejected（驳回申请），而不是“%1”。</translation>
    </message>
    <message>
        <source>The court rules only on an accepted application.</source>
        <translation>法院只对已受理的申请作出裁定。</translation>
    </message>
    <message>
        <source>The court has already ruled on %1.</source>
        <translation>法院已对%1作出裁定。</translation>
    </message>
    <message>
        <source>The ruling cannot precede acceptance (%1).</source>
        <translation>裁定日期不能早于受理日期（%1）。</translation>
    </message>
    <message>
        <source>Give the reasons the agreement is not confirmed.</source>
        <translation>请写明不予确认调解协议的理由。</translation>
    </message>
    <message>
        <source>Only judges keep the queue of confirmation applications.</source>
        <translation>只有法官处理司法确认申请队列。</translation>
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
    <message>
        <source>The disk holding the database is full: nothing was saved. Free some space and try again.</source>
        <translation>数据库所在磁盘已满，未保存任何内容。请释放部分空间后重试。</translation>
    </message>
    <message>
        <source>The database is on a read-only file or medium: nothing was saved. Copy it to a writable disk or fix its permissions.</source>
        <translation>数据库位于只读文件或只读介质上，未保存任何内容。请将其复制到可写磁盘，或修改其访问权限。</translation>
    </message>
    <message>
        <source>The disk failed to read or write the database (%1): nothing was saved.</source>
        <translation>磁盘读写数据库失败（%1），未保存任何内容。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PostgreSQL connection string of the form &quot;host=… port=… dbname=… user=…&quot;.</source>
        <translation>“%1”不是形如“host=… port=… dbname=… user=…”的 PostgreSQL 连接串。</translation>
    </message>
    <message>
        <source>The PostgreSQL driver of Qt (QPSQL) is not installed.</source>
        <translation>未安装 Qt 的 PostgreSQL 驱动（QPSQL）。</translation>
    </message>
    <message>
        <source>The file check is for an SQLite database file. A PostgreSQL server&apos;s data is checked and backed up with the server&apos;s tools (pg_amcheck, pg_dump): see docs/deployment.md.</source>
        <translation>文件检查只适用于 SQLite 数据库文件。PostgreSQL 服务器的数据由服务器工具（pg_amcheck、pg_dump）检查和备份，见 docs/deployment.md。</translation>
    </message>
</context>
<context>
    <name>DeadlineList</name>
    <message>
        <source>There is no organisation %1.</source>
        <translation>机构%1不存在。</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>Generate between 1 and 20000000 cases.</source>
        <translation>生成的案件数应在1至20000000之间。</translation>
    </message>
    <message>
        <source>Give between 1 and 50 years before a valid date.</source>
        <translation>请指定有效日期之前1至50年的期间。</translation>
    </message>
    <message>
        <source>The generated cases cannot end in the future.</source>
        <translation>生成的案件不能晚于今天。</translation>
    </message>
    <message>
        <source>The organisation tree has no organisation that registers disputes.</source>
        <translation>机构层级树中没有登记纠纷的机构。</translation>
    </message>
    <message>
        <source>The database connection is not open.</source>
        <translation>数据库连接未打开。</translation>
    </message>
    <message>
        <source>The bulk generator writes an SQLite file directly; generate into a file (--db) instead of a PostgreSQL server.</source>
        <translation>批量生成器直接写入 SQLite 文件；请生成到文件（--db），而不是 PostgreSQL 服务器。</translation>
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
    <message>
        <source>No user of %1 can record the payments.</source>
        <translation>%1没有可以记录履行情况的用户。</translation>
    </message>
    <message>
        <source>No obligation of %1 to %2.</source>
        <translation>不存在%1对%2的履行义务。</translation>
    </message>
    <message>
        <source>Demo case %1 (%2), payments: %3</source>
        <translation>演示案件%1（%2），履行记录：%3</translation>
    </message>
</context>
<context>
    <name>DeviceIdentity</name>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>密码库无法启动。</translation>
    </message>
    <message>
        <source>Cannot read the device key %1: %2</source>
        <translation>无法读取设备密钥%1：%2</translation>
    </message>
    <message>
        <source>The device key %1 is damaged.</source>
        <translation>设备密钥%1已损坏。</translation>
    </message>
    <message>
        <source>The device key %1 does not belong to this database.</source>
        <translation>设备密钥%1不属于此数据库。</translation>
    </message>
    <message>
        <source>The device key %1 is missing; packages cannot be signed. Restore it from the backup of this installation.</source>
        <translation>设备密钥%1缺失，无法签署移交包。请从本机的备份中恢复。</translation>
    </message>
    <message>
        <source>Cannot write the device key %1: %2</source>
        <translation>无法写入设备密钥%1：%2</translation>
    </message>
</context>
<context>
    <name>DocumentRenderer</name>
    <message>
        <source>The template of %1 is missing from the program.</source>
        <translation>程序中缺少%1的模板。</translation>
    </message>
    <message>
        <source>There is no document &quot;%1&quot;; choose one of %2.</source>
        <translation>不存在文书“%1”；请从%2中选择。</translation>
    </message>
    <message>
        <source>Case %1 has no recorded session.</source>
        <translation>案件%1没有调解记录。</translation>
    </message>
    <message>
        <source>Case %1 was never referred or delegated.</source>
        <translation>案件%1从未被移交或委派。</translation>
    </message>
    <message>
        <source>Rendering documents needs a GUI application object.</source>
        <translation>生成文书需要图形界面应用程序对象。</translation>
    </message>
    <message>
        <source>No font with Chinese characters is installed (install fonts-noto-cjk).</source>
        <translation>未安装中文字体（请安装 fonts-noto-cjk）。</translation>
    </message>
    <message>
        <source>The page layout cannot be set.</source>
        <translation>无法设置页面布局。</translation>
    </message>
    <message>
        <source>The PDF %1 could not be written.</source>
        <translation>无法写入 PDF 文件%1。</translation>
    </message>
    <message>
        <source>Registration form</source>
        <translation>受理登记表</translation>
    </message>
    <message>
        <source>Mediation record</source>
        <translation>调解笔录</translation>
    </message>
    <message>
        <source>Mediation agreement</source>
        <translation>调解协议书</translation>
    </message>
    <message>
        <source>Referral letter</source>
        <translation>移交函</translation>
    </message>
    <message>
        <source>Application for judicial confirmation</source>
        <translation>司法确认申请书</translation>
    </message>
    <message>
        <source>Follow-up visit record</source>
        <translation>回访记录</translation>
    </message>
    <message>
        <source>File cover</source>
        <translation>卷宗封面</translation>
    </message>
</context>
<context>
    <name>EventText</name>
    <message>
        <source>registered</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>accepted for mediation</source>
        <translation>受理调解</translation>
    </message>
    <message>
        <source>not accepted</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>mediation session</source>
        <translation>调解</translation>
    </message>
    <message>
        <source>referred up</source>
        <translation>移交上级</translation>
    </message>
    <message>
        <source>delegated down</source>
        <translation>委派调解</translation>
    </message>
    <message>
        <source>received</source>
        <translation>接收</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>退回</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>结案</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>移至%1</translation>
    </message>
    <message>
        <source>back to %1</source>
        <translation>退回%1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>来自%1</translation>
    </message>
    <message>
        <source>court number %1</source>
        <translation>法院案号%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>agreement signed</source>
        <translation>协议签字</translation>
    </message>
    <message>
        <source>oral agreement written down</source>
        <translation>口头协议已制作为书面协议</translation>
    </message>
    <message>
        <source>payment recorded</source>
        <translation>登记履行款项</translation>
    </message>
    <message>
        <source>follow-up visit</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>judicial confirmation applied for</source>
        <translation>申请司法确认</translation>
    </message>
    <message>
        <source>confirmation application accepted</source>
        <translation>司法确认申请已受理</translation>
    </message>
    <message>
        <source>confirmation application refused</source>
        <translation>司法确认申请不予受理</translation>
    </message>
    <message>
        <source>confirmation ruling period extended</source>
        <translation>司法确认审查期限延长</translation>
    </message>
    <message>
        <source>confirmation ruling</source>
        <translation>司法确认裁定</translation>
    </message>
    <message>
        <source>file attached</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <source>guidance from the court</source>
        <translation>法院业务指导</translation>
    </message>
    <message>
        <source>agreement confirmed valid</source>
        <translation>调解协议确认有效</translation>
    </message>
    <message>
        <source>agreement not confirmed</source>
        <translation>驳回确认申请</translation>
    </message>
</context>
<context>
    <name>FeedbackService</name>
    <message>
        <source>Feedback is consult, complaint or rating, not &quot;%1&quot;.</source>
        <translation>反馈类型应为 consult（咨询）、complaint（投诉）或 rating（评价），而不是“%1”。</translation>
    </message>
    <message>
        <source>A rating needs a score from 1 to 5.</source>
        <translation>评价须给出1至5分的评分。</translation>
    </message>
    <message>
        <source>A rating is from 1 to 5.</source>
        <translation>评分应为1至5分。</translation>
    </message>
    <message>
        <source>Write the question or complaint.</source>
        <translation>请填写咨询或投诉内容。</translation>
    </message>
    <message>
        <source>Give the date received (not in the future).</source>
        <translation>请填写收到日期（不能晚于今天）。</translation>
    </message>
    <message>
        <source>The date %1 is before the case was received (%2).</source>
        <translation>日期%1早于案件的收案日期（%2）。</translation>
    </message>
    <message>
        <source>There is no feedback item %1.</source>
        <translation>反馈事项%1不存在。</translation>
    </message>
    <message>
        <source>Write the answer.</source>
        <translation>请填写答复内容。</translation>
    </message>
    <message>
        <source>Feedback item %1 was answered on %2.</source>
        <translation>反馈事项%1已于%2答复。</translation>
    </message>
    <message>
        <source>Give the date of the answer, not before the item (%1) nor in the future.</source>
        <translation>请填写答复日期，不能早于反馈日期（%1），也不能晚于今天。</translation>
    </message>
    <message>
        <source>The call-back comes after the answer, not in the future.</source>
        <translation>回访日期应在答复之后，且不能晚于今天。</translation>
    </message>
</context>
<context>
    <name>FilePreview</name>
    <message>
        <source>No preview for files of type %1; export the file to open it.</source>
        <translation>无法预览 %1 类型的文件，请导出后打开。</translation>
    </message>
    <message>
        <source>The picture cannot be decoded: %1</source>
        <translation>无法解码图片：%1</translation>
    </message>
    <message>
        <source>PDF pages are shown with pdftoppm (poppler-utils), which is not installed.</source>
        <translation>PDF 页面需用 pdftoppm（poppler-utils）显示，但该程序未安装。</translation>
    </message>
    <message>
        <source>No temporary folder to render the PDF in.</source>
        <translation>没有可用于生成 PDF 预览的临时文件夹。</translation>
    </message>
    <message>
        <source>The PDF cannot be rendered: %1</source>
        <translation>无法显示该 PDF：%1</translation>
    </message>
    <message>
        <source>The PDF has no page to show.</source>
        <translation>该 PDF 没有可显示的页面。</translation>
    </message>
</context>
<context>
    <name>Guidance</name>
    <message>
        <source>Write the guidance for the mediators.</source>
        <translation>请填写给调解员的指导意见。</translation>
    </message>
    <message>
        <source>Give the date (not in the future).</source>
        <translation>请填写日期（不能晚于今天）。</translation>
    </message>
    <message>
        <source>Only a judge gives guidance to the lower tiers.</source>
        <translation>只有法官可以对下级进行业务指导。</translation>
    </message>
    <message>
        <source>Case %1 is handled by your own court; record a session instead of guidance.</source>
        <translation>案件 %1 由本院办理，请记录调解过程，而不是业务指导。</translation>
    </message>
</context>
<context>
    <name>HolidayCalendar</name>
    <message>
        <source>The holiday table is missing from the program.</source>
        <translation>程序中缺少节假日表。</translation>
    </message>
    <message>
        <source>The holiday table has a bad date.</source>
        <translation>节假日表中有无效日期。</translation>
    </message>
    <message>
        <source>A deadline needs a valid date.</source>
        <translation>计算期限需要有效日期。</translation>
    </message>
    <message>
        <source>Not computable: the holiday table has no entries for %1 (needed for %2); an administrator must add that year&apos;s holidays first.</source>
        <translation>无法计算：节假日表中没有%1年的数据（计算%2时需要）；须由系统管理员先添加该年度的节假日。</translation>
    </message>
    <message>
        <source>Not computable: no working day within a month of %1.</source>
        <translation>无法计算：%1后一个月内没有工作日。</translation>
    </message>
</context>
<context>
    <name>HolidayService</name>
    <message>
        <source>Only an administrator may change the holiday table.</source>
        <translation>只有系统管理员才能修改节假日表。</translation>
    </message>
    <message>
        <source>Give the day as YYYY-MM-DD.</source>
        <translation>请按 YYYY-MM-DD 格式填写日期。</translation>
    </message>
    <message>
        <source>%1 is a weekday; only a Saturday or Sunday can be made a working day.</source>
        <translation>%1是周一至周五的日期；只有周六或周日才能设为调休工作日。</translation>
    </message>
    <message>
        <source>Name the holiday the day belongs to.</source>
        <translation>请填写该日所属节假日的名称。</translation>
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
    <name>Ledger</name>
    <message>
        <source>agreement not yet effective</source>
        <translation>调解协议尚未生效</translation>
    </message>
    <message>
        <source>agreement effective %1</source>
        <translation>调解协议于%1生效</translation>
    </message>
    <message>
        <source>A ledger is written as .xlsx or .csv, not &quot;%1&quot;.</source>
        <translation>台账只能导出为 .xlsx 或 .csv 格式，而不是“%1”。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入%1：%2</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入%1。</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>台账</translation>
    </message>
    <message>
        <source>The mapping names an unknown field &quot;%1&quot;.</source>
        <translation>列映射中含有未知字段“%1”。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取%1：%2</translation>
    </message>
    <message>
        <source>%1 is not a JSON mapping: %2</source>
        <translation>%1不是 JSON 格式的列映射：%2</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>第%1行：%2</translation>
    </message>
    <message>
        <source>row %1, %2: %3</source>
        <translation>第%1行，%2：%3</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of the ledger are wrong; nothing was imported.</source>
        <translation>
            <numerusform>台账中有%n行有误，未导入任何数据。</numerusform>
        </translation>
    </message>
    <message>
        <source>the date is missing.</source>
        <translation>缺少日期。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date.</source>
        <translation>“%1”不是有效日期。</translation>
    </message>
    <message>
        <source>%1 lies in the future.</source>
        <translation>%1晚于今天。</translation>
    </message>
    <message>
        <source>no party is named.</source>
        <translation>未填写当事人。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an outcome.</source>
        <translation>“%1”不是有效的办理结果。</translation>
    </message>
    <message>
        <source>Recorded in the ledger.</source>
        <translation>已记入台账。</translation>
    </message>
    <message>
        <source>accepted before it was received.</source>
        <translation>受理日期早于收案日期。</translation>
    </message>
    <message>
        <source>closed before it was received or accepted.</source>
        <translation>结案日期早于收案或受理日期。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in yuan.</source>
        <translation>“%1”不是以元为单位的金额。</translation>
    </message>
    <message>
        <source>there is no organisation &quot;%1&quot;.</source>
        <translation>机构“%1”不存在。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the dispute categories.</source>
        <translation>“%1”不是有效的纠纷类别。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a case source.</source>
        <translation>“%1”不是有效的案件来源。</translation>
    </message>
    <message>
        <source>the facts are missing.</source>
        <translation>缺少纠纷事实。</translation>
    </message>
    <message>
        <source>%1 and %2: %3 dispute</source>
        <translation>%1与%2%3纠纷</translation>
    </message>
    <message>
        <source>The ledger has no column &quot;%1&quot; (mapped to %2).</source>
        <translation>台账中没有“%1”列（映射到%2）。</translation>
    </message>
    <message>
        <source>No column of the ledger is mapped to %1.</source>
        <translation>台账中没有映射到%1的列。</translation>
    </message>
    <message>
        <source>The ledger has no organisation column: name the organisation (--org).</source>
        <translation>台账中没有机构列：请指定机构（--org）。</translation>
    </message>
    <message>
        <source>Mediation recorded in the ledger.</source>
        <translation>调解情况已记入台账。</translation>
    </message>
    <message>
        <source>Agreement recorded in the ledger.</source>
        <translation>调解协议已记入台账。</translation>
    </message>
    <message>
        <source>The spreadsheet cannot be read: %1</source>
        <translation>无法读取电子表格：%1</translation>
    </message>
    <message>
        <source>the text is neither UTF-8 nor GB18030.</source>
        <translation>文本编码既不是 UTF-8 也不是 GB18030。</translation>
    </message>
    <message>
        <source>more than %1 rows.</source>
        <translation>超过%1行。</translation>
    </message>
    <message>
        <source>a quoted field is not closed.</source>
        <translation>带引号的字段未闭合。</translation>
    </message>
    <message>
        <source>not a zip archive.</source>
        <translation>不是 zip 压缩文件。</translation>
    </message>
    <message>
        <source>not an xlsx file (%1).</source>
        <translation>不是 xlsx 文件（%1）。</translation>
    </message>
    <message>
        <source>the part %1 is missing.</source>
        <translation>缺少组成部分%1。</translation>
    </message>
    <message>
        <source>the part %1 is too large.</source>
        <translation>组成部分%1过大。</translation>
    </message>
    <message>
        <source>the part %1 cannot be opened.</source>
        <translation>无法打开组成部分%1。</translation>
    </message>
    <message>
        <source>the part %1 is damaged.</source>
        <translation>组成部分%1已损坏。</translation>
    </message>
    <message>
        <source>more than %1 columns.</source>
        <translation>超过%1列。</translation>
    </message>
    <message>
        <source>a cell lies outside the first %1 columns.</source>
        <translation>有单元格超出前%1列的范围。</translation>
    </message>
    <message>
        <source>a cell names a shared string that does not exist.</source>
        <translation>有单元格引用了不存在的共享字符串。</translation>
    </message>
    <message>
        <source>A ledger is read from .xlsx or .csv, not &quot;%1&quot;.</source>
        <translation>只能从 .xlsx 或 .csv 格式读取台账，而不是“%1”。</translation>
    </message>
    <message>
        <source>the file is larger than 64 MiB.</source>
        <translation>文件大于64 MiB。</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Please check the input</source>
        <translation>请检查输入内容</translation>
    </message>
    <message>
        <source>Not allowed by the rules</source>
        <translation>不符合规定</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>Not permitted</source>
        <translation>无权操作</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>已被他人修改</translation>
    </message>
    <message>
        <source>Cannot do that</source>
        <translation>无法执行该操作</translation>
    </message>
    <message>
        <source>Database problem</source>
        <translation>数据库故障</translation>
    </message>
</context>
<context>
    <name>Metrics</name>
    <message>
        <source>Registered</source>
        <translation>登记数</translation>
    </message>
    <message>
        <source>Disputes registered by an organisation in the area with a date received in the period.</source>
        <translation>辖区内机构登记的、收案日期在统计期间内的纠纷数。</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>受理数</translation>
    </message>
    <message>
        <source>Disputes accepted for mediation in the period by an organisation in the area.</source>
        <translation>统计期间内辖区内机构受理调解的纠纷数。</translation>
    </message>
    <message>
        <source>Concluded</source>
        <translation>办结数</translation>
    </message>
    <message>
        <source>Mediations concluded in the period by an organisation in the area: settled, failed, withdrawn or filed by a court.</source>
        <translation>统计期间内辖区内机构办结的调解数，包括调解成功、调解不成、撤回以及法院立案。</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>调解成功数</translation>
    </message>
    <message>
        <source>Concluded with an agreement (调解成功).</source>
        <translation>达成协议而办结（调解成功）。</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>调解不成数</translation>
    </message>
    <message>
        <source>Concluded without agreement (调解不成).</source>
        <translation>未达成协议而办结（调解不成）。</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>撤回数</translation>
    </message>
    <message>
        <source>Concluded because the applicant withdrew.</source>
        <translation>因申请人撤回而办结。</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>立案数</translation>
    </message>
    <message>
        <source>Concluded by a court or tribunal filing the dispute as a lawsuit (立案).</source>
        <translation>因法院或人民法庭将纠纷立案而办结（立案）。</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>不予受理数</translation>
    </message>
    <message>
        <source>Disputes refused for mediation in the period; not a concluded mediation.</source>
        <translation>统计期间内不予受理调解的纠纷数；不计入办结数。</translation>
    </message>
    <message>
        <source>Referred up</source>
        <translation>移交上级数</translation>
    </message>
    <message>
        <source>Referrals sent to a higher tier in the period by an organisation in the area.</source>
        <translation>统计期间内辖区内机构移交上级的案件数。</translation>
    </message>
    <message>
        <source>Delegated</source>
        <translation>委派数</translation>
    </message>
    <message>
        <source>Delegations sent down by a court or tribunal in the area in the period.</source>
        <translation>统计期间内辖区内法院或人民法庭委派调解的案件数。</translation>
    </message>
    <message>
        <source>Success rate</source>
        <translation>调解成功率</translation>
    </message>
    <message>
        <source>Settled ÷ concluded (调解成功率).</source>
        <translation>调解成功数 ÷ 办结数（调解成功率）。</translation>
    </message>
    <message>
        <source>Mediation and withdrawal rate</source>
        <translation>调撤率</translation>
    </message>
    <message>
        <source>(Settled + withdrawn) ÷ concluded (调撤率).</source>
        <translation>（调解成功数 + 撤回数）÷ 办结数（调撤率）。</translation>
    </message>
    <message>
        <source>Litigation rate</source>
        <translation>成讼率</translation>
    </message>
    <message>
        <source>Cases filed by the courts and tribunals of the area ÷ disputes registered in the area in the period (成讼率); lower is better.</source>
        <translation>统计期间内辖区内法院和人民法庭立案数 ÷ 辖区内登记的纠纷数（成讼率）；越低越好。</translation>
    </message>
    <message>
        <source>Litigation per 10,000 people</source>
        <translation>万人成讼率</translation>
    </message>
    <message>
        <source>Cases filed in the period ÷ population of the area × 10,000 (万人成讼率); empty when no population is recorded.</source>
        <translation>统计期间内立案数 ÷ 辖区人口数 × 10,000（万人成讼率）；未登记人口数时为空。</translation>
    </message>
    <message>
        <source>Settled in the village</source>
        <translation>村级化解率</translation>
    </message>
    <message>
        <source>Share of the settled disputes settled by a village mediation room (小事不出村).</source>
        <translation>调解成功的纠纷中由村调解室化解的比例（小事不出村）。</translation>
    </message>
    <message>
        <source>Settled at or below the township</source>
        <translation>镇村两级化解率</translation>
    </message>
    <message>
        <source>Share of the settled disputes settled by a village or township (大事不出镇).</source>
        <translation>调解成功的纠纷中由村或乡镇化解的比例（大事不出镇）。</translation>
    </message>
    <message>
        <source>Average cycle (days)</source>
        <translation>平均办理周期（天）</translation>
    </message>
    <message>
        <source>Mean of the days from receipt to conclusion over the concluded mediations.</source>
        <translation>已办结调解从收案至办结天数的平均值。</translation>
    </message>
    <message>
        <source>Median cycle (days)</source>
        <translation>办理周期中位数（天）</translation>
    </message>
    <message>
        <source>Median of the days from receipt to conclusion over the concluded mediations.</source>
        <translation>已办结调解从收案至办结天数的中位数。</translation>
    </message>
    <message>
        <source>Overdue now</source>
        <translation>当前逾期</translation>
    </message>
    <message>
        <source>Open cases handled in the area whose mediation began (accepted, or received if not yet accepted) more than 30 days before the reference day.</source>
        <translation>辖区内办理中、调解开始（已受理的以受理日期计，尚未受理的以收案日期计）距基准日已超过30日的案件数。</translation>
    </message>
    <message>
        <source>Amount involved</source>
        <translation>涉及金额</translation>
    </message>
    <message>
        <source>Sum of the amounts in dispute of the concluded mediations.</source>
        <translation>已办结调解涉及金额的总和。</translation>
    </message>
    <message>
        <source>Agreement amount</source>
        <translation>协议金额</translation>
    </message>
    <message>
        <source>Sum of the obligations in the agreements of the settled disputes.</source>
        <translation>调解成功纠纷的调解协议中各项履行义务金额的总和。</translation>
    </message>
    <message>
        <source>Prevented from turning criminal</source>
        <translation>防止民转刑</translation>
    </message>
    <message>
        <source>Disputes recorded in the period as prevented from turning into criminal cases (防止民转刑), and the persons involved.</source>
        <translation>统计期间内登记为防止民事纠纷转化为刑事案件（防止民转刑）的纠纷数及涉及人数。</translation>
    </message>
    <message>
        <source>Mass petitions prevented</source>
        <translation>防止群体性上访</translation>
    </message>
    <message>
        <source>Disputes recorded in the period as preventing a mass petition (防止群体性上访), and the persons involved.</source>
        <translation>统计期间内登记为防止群体性上访（防止群体性上访）的纠纷数及涉及人数。</translation>
    </message>
    <message>
        <source>Fulfilment rate</source>
        <translation>履行率</translation>
    </message>
    <message>
        <source>Instalments performed ÷ instalments due by the reference day, over the agreements of the period.</source>
        <translation>统计期间内调解协议中已履行的分期数 ÷ 截至基准日已到期的分期数。</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Mean feedback rating (1 to 5) of the period.</source>
        <translation>统计期间内反馈评分（1至5分）的平均值。</translation>
    </message>
</context>
<context>
    <name>MonthlyReport</name>
    <message>
        <source>Give the month as YYYY-MM, not &quot;%1&quot;.</source>
        <translation>请按 YYYY-MM 格式填写月份，而不是“%1”。</translation>
    </message>
    <message>
        <source>The month %1 has not begun.</source>
        <translation>%1月尚未开始。</translation>
    </message>
    <message>
        <source>Whole county</source>
        <translation>全县</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1至%2</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>汇总</translation>
    </message>
    <message>
        <source>Disputes by category and outcome</source>
        <translation>按纠纷类别和办理结果统计</translation>
    </message>
    <message>
        <source>Disputes by source</source>
        <translation>按案件来源统计</translation>
    </message>
    <message>
        <source>Prevention</source>
        <translation>预防成效</translation>
    </message>
    <message>
        <source>Generated %1 by Tiaojie; definitions in docs/metrics.md.</source>
        <translation>由调解工作站于%1生成；指标定义见 docs/metrics.md。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入%1：%2</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入%1。</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>纠纷类别</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>案件来源</translation>
    </message>
    <message>
        <source>The report is written as .pdf or .xlsx, not &quot;%1&quot;.</source>
        <translation>报表只能导出为 .pdf 或 .xlsx 格式，而不是“%1”。</translation>
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
    <name>PackageCodec</name>
    <message>
        <source>This is not a valid transfer package: %1</source>
        <translation>这不是有效的移交包：%1</translation>
    </message>
    <message>
        <source>it is larger than %1 bytes</source>
        <translation>文件大于%1字节</translation>
    </message>
    <message>
        <source>the file does not start like a package</source>
        <translation>文件开头不是移交包格式</translation>
    </message>
    <message>
        <source>format version %1 is not understood by this program (it reads %2)</source>
        <translation>本程序不识别格式版本%1（可读取版本%2）</translation>
    </message>
    <message>
        <source>the manifest size is out of bounds</source>
        <translation>清单长度超出范围</translation>
    </message>
    <message>
        <source>it lists too many parts</source>
        <translation>部件数量过多</translation>
    </message>
    <message>
        <source>it ends inside part %1</source>
        <translation>文件在第%1个部件中途结束</translation>
    </message>
    <message>
        <source>part %1 is longer than the file</source>
        <translation>第%1个部件长于文件</translation>
    </message>
    <message>
        <source>there are stray bytes before the signature</source>
        <translation>签名之前有多余字节</translation>
    </message>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>密码库无法启动。</translation>
    </message>
    <message>
        <source>The package&apos;s signature does not match its sender&apos;s key: it was changed or damaged after signing.</source>
        <translation>移交包的签名与发送方密钥不符：签名后被改动或损坏。</translation>
    </message>
    <message>
        <source>The package&apos;s manifest is not valid: %1</source>
        <translation>移交包清单无效：%1</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation>不是JSON对象</translation>
    </message>
    <message>
        <source>its format version differs from the header&apos;s</source>
        <translation>其格式版本与文件头不一致</translation>
    </message>
    <message>
        <source>it lists %1 parts, the file holds %2</source>
        <translation>清单列出%1个部件，文件中有%2个</translation>
    </message>
    <message>
        <source>part %1 has no name</source>
        <translation>第%1个部件没有名称</translation>
    </message>
    <message>
        <source>part %1 (%2) does not match its hash</source>
        <translation>第%1个部件（%2）与其哈希不符</translation>
    </message>
</context>
<context>
    <name>PartyDrafts</name>
    <message>
        <source>Give the party&apos;s name.</source>
        <translation>请填写当事人姓名或名称。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in yuan (for example 3860.00).</source>
        <translation>“%1”不是以元为单位的金额（例如 3860.00）。</translation>
    </message>
</context>
<context>
    <name>PasswordHash</name>
    <message>
        <source>A password needs at least %1 characters.</source>
        <translation>密码至少需要%1个字符。</translation>
    </message>
    <message>
        <source>A password has at most %1 characters.</source>
        <translation>密码最多%1个字符。</translation>
    </message>
    <message>
        <source>The password cannot be the login.</source>
        <translation>密码不能与登录名相同。</translation>
    </message>
    <message>
        <source>A password cannot begin or end with a space.</source>
        <translation>密码不能以空格开头或结尾。</translation>
    </message>
</context>
<context>
    <name>PreventionService</name>
    <message>
        <source>The number of persons must lie between 0 and 100000.</source>
        <translation>人数必须在0至100000之间。</translation>
    </message>
    <message>
        <source>The date %1 lies in the future.</source>
        <translation>日期%1不能晚于今天。</translation>
    </message>
    <message>
        <source>The date %1 is before the case was received (%2).</source>
        <translation>日期%1早于案件的收案日期（%2）。</translation>
    </message>
    <message numerus="yes">
        <source>Prevented from turning criminal (%n person(s))</source>
        <translation>
            <numerusform>防止民转刑（涉及%n人）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mass petition prevented (%n person(s))</source>
        <translation>
            <numerusform>防止群体性上访（涉及%n人）</numerusform>
        </translation>
    </message>
    <message>
        <source>Case %1 is handled by %2; %3 cannot record on it.</source>
        <translation>案件%1由%2办理；用户%3无权对其进行记录。</translation>
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
    <name>Settings</name>
    <message>
        <source>Only a security officer changes the settings.</source>
        <translation>只有安全管理员才能修改设置。</translation>
    </message>
    <message>
        <source>There is no setting &quot;%1&quot;.</source>
        <translation>设置项“%1”不存在。</translation>
    </message>
    <message>
        <source>%1 takes a whole number from %2 to %3.</source>
        <translation>%1必须为%2至%3之间的整数。</translation>
    </message>
</context>
<context>
    <name>Signing</name>
    <message>
        <source>a mediator</source>
        <translation>调解员</translation>
    </message>
    <message>
        <source>the organisation&apos;s seal</source>
        <translation>机构印章</translation>
    </message>
    <message>
        <source>Mediator of %1</source>
        <translation>%1调解员</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Opens the judge&apos;s review: escalations and confirmation applications.</source>
        <translation>登录后打开“审查”：待处理的移送案件和司法确认申请。</translation>
    </message>
    <message>
        <source>Opens the administration desk: organisations, users, time limits, holidays.</source>
        <translation>登录后打开“系统管理”：机构、用户、期限设置和节假日。</translation>
    </message>
    <message>
        <source>Opens the administration desk at the users: passwords and lock-outs.</source>
        <translation>登录后打开“系统管理”的用户页：设置密码、解除锁定。</translation>
    </message>
    <message>
        <source>Opens the audit trail.</source>
        <translation>登录后打开审计日志。</translation>
    </message>
    <message>
        <source>Opens the village&apos;s case list.</source>
        <translation>登录后打开本村案件列表。</translation>
    </message>
    <message>
        <source>Opens the inbox when referred cases wait, otherwise the case list.</source>
        <translation>有待接收的移送案件时先打开“待接收”，否则打开案件列表。</translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <source>There is no organisation %1.</source>
        <translation>机构%1不存在。</translation>
    </message>
    <message>
        <source>The period starts (%1) after it ends (%2).</source>
        <translation>统计期间的开始日期（%1）晚于结束日期（%2）。</translation>
    </message>
</context>
<context>
    <name>TimeLimits</name>
    <message>
        <source>Days a village mediation should conclude in</source>
        <translation>村级调解办结期限（天）</translation>
    </message>
    <message>
        <source>Days a township mediation should conclude in</source>
        <translation>乡镇调解办结期限（天）</translation>
    </message>
    <message>
        <source>Days a court pre-litigation or delegated mediation should conclude in</source>
        <translation>法院诉前调解或委派调解办结期限（天）</translation>
    </message>
    <message>
        <source>Days the parties may extend a court mediation by</source>
        <translation>经当事人同意法院调解可延长的天数</translation>
    </message>
    <message>
        <source>Days to accept or return a referral or delegation</source>
        <translation>接收或退回移交、委派案件的期限（天）</translation>
    </message>
    <message>
        <source>Days from the agreement taking effect to apply for judicial confirmation</source>
        <translation>自调解协议生效之日起申请司法确认的期限（天）</translation>
    </message>
    <message>
        <source>Days for the court to accept a confirmation application</source>
        <translation>法院决定是否受理司法确认申请的期限（天）</translation>
    </message>
    <message>
        <source>Days for the court to rule after accepting</source>
        <translation>法院受理后作出裁定的期限（天）</translation>
    </message>
    <message>
        <source>Days the ruling period may be extended by</source>
        <translation>裁定期限可延长的天数</translation>
    </message>
    <message>
        <source>Days to answer a feedback item</source>
        <translation>答复反馈事项的期限（天）</translation>
    </message>
    <message>
        <source>Years to apply for enforcement after the last day of performance</source>
        <translation>自履行期限最后一日起申请强制执行的期限（年）</translation>
    </message>
    <message>
        <source>There is no setting &quot;%1&quot;.</source>
        <translation>设置项“%1”不存在。</translation>
    </message>
    <message>
        <source>%1 takes a value from %2 to %3.</source>
        <translation>%1的取值范围为%2至%3。</translation>
    </message>
    <message>
        <source>Only an administrator or a security officer may change time limits.</source>
        <translation>只有系统管理员或安全管理员可以修改期限设置。</translation>
    </message>
</context>
<context>
    <name>TransferService</name>
    <message>
        <source>Cannot write the package %1: %2</source>
        <translation>无法写入移交包%1：%2</translation>
    </message>
    <message>
        <source>the data could not be synced to the medium</source>
        <translation>数据无法同步到存储介质</translation>
    </message>
    <message>
        <source>the file could not be renamed into place</source>
        <translation>文件无法重命名到目标位置</translation>
    </message>
    <message>
        <source>The package %1 did not read back as written; it was removed. Try another medium.</source>
        <translation>移交包%1回读内容与写入不符，已删除。请换用其他存储介质。</translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation>没有案件%1。</translation>
    </message>
    <message>
        <source>The case %1 in the package is not valid: %2</source>
        <translation>移交包中的案件%1无效：%2</translation>
    </message>
    <message>
        <source>unknown table %1</source>
        <translation>未知的表%1</translation>
    </message>
    <message>
        <source>it does not hold exactly that case</source>
        <translation>其中不是恰好该案件</translation>
    </message>
    <message>
        <source>a row of %1 is not an object</source>
        <translation>%1中有一行不是对象</translation>
    </message>
    <message>
        <source>a row of %1 belongs to another case</source>
        <translation>%1中有一行属于其他案件</translation>
    </message>
    <message>
        <source>an instalment belongs to another agreement</source>
        <translation>有一期履行属于其他协议</translation>
    </message>
    <message>
        <source>unknown column %1 in %2</source>
        <translation>%2中有未知列%1</translation>
    </message>
    <message>
        <source>a value in %1 is not understood</source>
        <translation>%1中有无法识别的值</translation>
    </message>
    <message>
        <source>a file&apos;s content does not match its hash</source>
        <translation>文件内容与其哈希不符</translation>
    </message>
    <message>
        <source>A device key is 64 hexadecimal characters (as &quot;device show&quot; prints it).</source>
        <translation>设备公钥为64位十六进制字符（即“device show”显示的内容）。</translation>
    </message>
    <message>
        <source>Only devices of organisations above or below %1 can be trusted.</source>
        <translation>只能信任%1的上级或下级机构的设备。</translation>
    </message>
    <message>
        <source>%1 is neither above nor below %2; its devices cannot be trusted here.</source>
        <translation>%1既非%2的上级也非下级，本机不能信任其设备。</translation>
    </message>
    <message>
        <source>This is this installation&apos;s own key.</source>
        <translation>这是本机自己的密钥。</translation>
    </message>
    <message>
        <source>This key is already trusted for %1.</source>
        <translation>此密钥已作为%1的设备受信任。</translation>
    </message>
    <message>
        <source>No trusted device %1.</source>
        <translation>没有受信任的设备%1。</translation>
    </message>
    <message>
        <source>Your role does not see device keys.</source>
        <translation>您的角色无权查看设备密钥。</translation>
    </message>
    <message>
        <source>Name at least one case to export.</source>
        <translation>请至少指定一件要导出的案件。</translation>
    </message>
    <message>
        <source>Name the package file to write.</source>
        <translation>请指定要写入的移交包文件。</translation>
    </message>
    <message>
        <source>%1 exists already; choose another file name.</source>
        <translation>%1已存在，请另选文件名。</translation>
    </message>
    <message>
        <source>Case %1 is already away in a transfer package.</source>
        <translation>案件%1已随移交包转出。</translation>
    </message>
    <message>
        <source>Case %1 is being sent to %2, not %3.</source>
        <translation>案件%1正移送至%2，而非%3。</translation>
    </message>
    <message>
        <source>Case %1 has no pending referral or delegation; name the organisation to send it to.</source>
        <translation>案件%1没有待接收的移送或交办，请指定接收机构。</translation>
    </message>
    <message>
        <source>All cases of one package go the same way to the same organisation.</source>
        <translation>同一移交包中的案件须同一去向、同一接收机构。</translation>
    </message>
    <message>
        <source>Cannot read back %1.</source>
        <translation>无法回读%1。</translation>
    </message>
    <message>
        <source>The package %1 did not verify after writing; it was removed.</source>
        <translation>移交包%1写入后校验未通过，已删除。</translation>
    </message>
    <message>
        <source>There is no package file %1.</source>
        <translation>没有移交包文件%1。</translation>
    </message>
    <message>
        <source>%1 is larger than a package may be.</source>
        <translation>%1超过移交包的大小上限。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取%1：%2</translation>
    </message>
    <message>
        <source>The package is signed by a device this installation does not trust (fingerprint %1). An administrator enrols the keys of the organisations above and below.</source>
        <translation>此移交包由本机不信任的设备签署（指纹%1）。上下级机构的设备密钥须由管理员登记。</translation>
    </message>
    <message>
        <source>The package&apos;s manifest is not valid: %1</source>
        <translation>移交包清单无效：%1</translation>
    </message>
    <message>
        <source>no package id or an unknown kind</source>
        <translation>缺少包编号或类型未知</translation>
    </message>
    <message>
        <source>the device id does not match the signing key</source>
        <translation>设备编号与签名密钥不符</translation>
    </message>
    <message>
        <source>The package claims to come from %1 but its key is trusted for %2.</source>
        <translation>移交包声称来自%1，但其密钥登记为%2的设备。</translation>
    </message>
    <message>
        <source>the sequence number does not fit the kind</source>
        <translation>序号与类型不符</translation>
    </message>
    <message>
        <source>The package is addressed to %1, outside %2.</source>
        <translation>移交包发往%1，不在%2的管辖范围内。</translation>
    </message>
    <message>
        <source>a file part does not match its name</source>
        <translation>文件部件与其名称不符</translation>
    </message>
    <message>
        <source>part %1 is not a JSON object</source>
        <translation>部件%1不是JSON对象</translation>
    </message>
    <message>
        <source>part %1 does not hold the case it names</source>
        <translation>部件%1中不是其所称的案件</translation>
    </message>
    <message>
        <source>unexpected part %1</source>
        <translation>意外的部件%1</translation>
    </message>
    <message>
        <source>the parts do not match the list of cases</source>
        <translation>部件与案件清单不符</translation>
    </message>
    <message>
        <source>Sequence: expected package %1 from this device, this is %2.</source>
        <translation>序号：应为该设备的第%1个包，此包为第%2个。</translation>
    </message>
    <message>
        <source>The receipt confirms package %1, which was not sent from here.</source>
        <translation>回执确认的移交包%1并非从本机发出。</translation>
    </message>
    <message>
        <source>The receipt does not match package %1 as it was sent.</source>
        <translation>回执与发出时的移交包%1不符。</translation>
    </message>
    <message>
        <source>Package out of order: expected number %1 from device %2, got %3. A newer package from that device has been imported already.</source>
        <translation>移交包顺序错误：应为设备%2的第%1号，收到第%3号。该设备更新的移交包已导入。</translation>
    </message>
    <message>
        <source>Gap in the sequence: expected number %1 from device %2, got %3. Import the missing packages first, or accept the gap explicitly.</source>
        <translation>序号有缺口：应为设备%2的第%1号，收到第%3号。请先导入缺少的移交包，或明确接受该缺口。</translation>
    </message>
    <message>
        <source>Accepted a gap in the sequence: packages %1 to %2 from device %3 never arrived.</source>
        <translation>已接受序号缺口：设备%3的第%1至%2号移交包未到达。</translation>
    </message>
    <message>
        <source>The package lacks the file %1 a case refers to.</source>
        <translation>移交包缺少案件引用的文件%1。</translation>
    </message>
    <message>
        <source>No package %1 was imported here.</source>
        <translation>本机未导入过移交包%1。</translation>
    </message>
    <message>
        <source>No open review item %1.</source>
        <translation>没有未处理的核对事项%1。</translation>
    </message>
    <message>
        <source>The queued case lacks the file %1.</source>
        <translation>待核对的案件缺少文件%1。</translation>
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
    <message>
        <source>security officer</source>
        <translation>安全管理员</translation>
    </message>
    <message>
        <source>auditor</source>
        <translation>审计员</translation>
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
        <source>Case %1 is %2; the action &quot;%3&quot; is not allowed now.</source>
        <translation>案件%1当前状态为“%2”，现在不能执行“%3”操作。</translation>
    </message>
    <message>
        <source>%1 (%2) does not act on cases.</source>
        <translation>%1（%2）不办理案件。</translation>
    </message>
    <message>
        <source>Only the organisation case %2 was sent to may take the action &quot;%1&quot;.</source>
        <translation>只有案件%2移送至的接收机构才能执行“%1”操作。</translation>
    </message>
    <message>
        <source>Case %1 is handled by %2; user %3 may not take the action &quot;%4&quot; on it.</source>
        <translation>案件%1由%2办理；用户%3无权对其执行“%4”操作。</translation>
    </message>
</context>
<context>
    <name>tj::ActionDialog</name>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>tj::AdminPage</name>
    <message>
        <source>Organisations</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Time limits</source>
        <translation>期限设置</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>节假日</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>人口数</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>选填</translation>
    </message>
    <message>
        <source>&amp;Add organisation</source>
        <translation>添加机构(&amp;A)</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>代码：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Tier:</source>
        <translation>层级：</translation>
    </message>
    <message>
        <source>Parent:</source>
        <translation>上级机构：</translation>
    </message>
    <message>
        <source>Population:</source>
        <translation>人口数：</translation>
    </message>
    <message>
        <source>The population must be a whole number.</source>
        <translation>人口数必须为整数。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>optional; to be changed at first sign-in</source>
        <translation>选填；首次登录时须修改</translation>
    </message>
    <message>
        <source>Add &amp;user</source>
        <translation>添加用户(&amp;U)</translation>
    </message>
    <message>
        <source>Set &amp;initial password</source>
        <translation>设置初始密码(&amp;I)</translation>
    </message>
    <message>
        <source>Un&amp;lock</source>
        <translation>解锁(&amp;L)</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>登录名：</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>机构：</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <source>Initial password:</source>
        <translation>初始密码：</translation>
    </message>
    <message>
        <source>&lt;b&gt;Selected user&lt;/b&gt;</source>
        <translation>&lt;b&gt;所选用户&lt;/b&gt;</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>新密码：</translation>
    </message>
    <message>
        <source>none</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>locked until %1</source>
        <translation>已锁定，至%1解除</translation>
    </message>
    <message>
        <source>initial (to be changed)</source>
        <translation>初始密码（待修改）</translation>
    </message>
    <message>
        <source>set</source>
        <translation>已设置</translation>
    </message>
    <message>
        <source>Choose a user in the list first.</source>
        <translation>请先在列表中选择一个用户。</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>设置项</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>默认值</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>含义</translation>
    </message>
    <message>
        <source>&amp;Set</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>Setting:</source>
        <translation>设置项：</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>数值：</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期类型</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Working day (adjusted weekend)</source>
        <translation>工作日（调休上班）</translation>
    </message>
    <message>
        <source>&amp;Add day</source>
        <translation>添加日期(&amp;A)</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>年份：</translation>
    </message>
    <message>
        <source>working day</source>
        <translation>工作日</translation>
    </message>
    <message>
        <source>rest day</source>
        <translation>休息日</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>系统管理员添加</translation>
    </message>
    <message>
        <source>shipped table</source>
        <translation>内置节假日表</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>&amp;Verify the chain</source>
        <translation>校验日志链(&amp;V)</translation>
    </message>
    <message>
        <source>The newest %1 entries; every change, export and sign-in is one.</source>
        <translation>最近%1条记录；每次修改、导出和登录各记一条。</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>The audit trail is intact: %1 entries.</source>
        <translation>审计日志完整：共%1条记录。</translation>
    </message>
    <message>
        <source>The audit trail is broken at entry %1: %2</source>
        <translation>审计日志在第%1条记录处断裂：%2</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>审计日志</translation>
    </message>
</context>
<context>
    <name>tj::AgreementEditor</name>
    <message>
        <source>not an amount in yuan</source>
        <translation>不是以元为单位的金额</translation>
    </message>
    <message>
        <source>Add &amp;obligation</source>
        <translation>添加履行义务(&amp;O)</translation>
    </message>
    <message>
        <source>Add &amp;instalment</source>
        <translation>添加分期(&amp;I)</translation>
    </message>
    <message>
        <source>Add si&amp;gnature</source>
        <translation>添加签名(&amp;G)</translation>
    </message>
    <message>
        <source>Debtor</source>
        <translation>义务人</translation>
    </message>
    <message>
        <source>Creditor</source>
        <translation>权利人</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>涉及金额（元）</translation>
    </message>
    <message>
        <source>In capitals</source>
        <translation>大写金额</translation>
    </message>
    <message>
        <source>Instalments</source>
        <translation>分期</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>履行期限</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>签名人</translation>
    </message>
    <message>
        <source>On</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>调解协议</translation>
    </message>
    <message>
        <source>Obligations and instalments</source>
        <translation>履行义务与分期</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>written agreement</source>
        <translation>书面协议</translation>
    </message>
    <message>
        <source>oral agreement recorded by the mediator</source>
        <translation>口头协议（由调解员记录）</translation>
    </message>
    <message>
        <source>What the parties agreed</source>
        <translation>当事人达成的协议内容</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>Agreed &amp;content:</source>
        <translation>协议内容(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Facts:</source>
        <translation>纠纷事实(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Responsibilities:</source>
        <translation>各方责任(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Manner of performance:</source>
        <translation>履行方式(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Place of performance:</source>
        <translation>履行地点(&amp;P)：</translation>
    </message>
    <message>
        <source>yuan</source>
        <translation>元</translation>
    </message>
    <message>
        <source>Debtor:</source>
        <translation>义务人：</translation>
    </message>
    <message>
        <source>Creditor:</source>
        <translation>权利人：</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>金额：</translation>
    </message>
    <message>
        <source>&lt;b&gt;Instalments of the selected obligation&lt;/b&gt;</source>
        <translation>&lt;b&gt;所选履行义务的分期&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>履行期限：</translation>
    </message>
    <message>
        <source>Signed by:</source>
        <translation>签名人：</translation>
    </message>
    <message>
        <source>The agreement takes effect on the last signature.</source>
        <translation>调解协议自最后一方签名之日起生效。</translation>
    </message>
    <message>
        <source>An obligation needs a debtor, a creditor and a positive amount in yuan.</source>
        <translation>履行义务须写明义务人、权利人，且金额（元）大于零。</translation>
    </message>
    <message>
        <source>Choose the obligation the instalment belongs to.</source>
        <translation>请选择该分期所属的履行义务。</translation>
    </message>
    <message>
        <source>An instalment needs a positive amount in yuan.</source>
        <translation>分期金额（元）必须大于零。</translation>
    </message>
    <message>
        <source>Name who signed.</source>
        <translation>请填写签名人。</translation>
    </message>
    <message>
        <source>Instalments add up to %1 of %2 yuan.</source>
        <translation>各期分期金额合计为%1元，义务金额为%2元。</translation>
    </message>
    <message>
        <source>Total: %1 yuan (%2)</source>
        <translation>合计：%1元（%2）</translation>
    </message>
</context>
<context>
    <name>tj::AgreementTab</name>
    <message>
        <source>due</source>
        <translation>待履行</translation>
    </message>
    <message>
        <source>partly paid</source>
        <translation>部分履行</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>已履行</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>by telephone</source>
        <translation>电话回访</translation>
    </message>
    <message>
        <source>on site</source>
        <translation>实地回访</translation>
    </message>
    <message>
        <source>performed</source>
        <translation>已履行</translation>
    </message>
    <message>
        <source>partly performed</source>
        <translation>部分履行</translation>
    </message>
    <message>
        <source>not performed</source>
        <translation>未履行</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>履行款项</translation>
    </message>
    <message>
        <source>%1: %2 yuan</source>
        <translation>%1：%2 元</translation>
    </message>
    <message>
        <source>(proof %1, SHA-256 %2…)</source>
        <translation>（凭证 %1，SHA-256 %2…）</translation>
    </message>
    <message>
        <source>Follow-up visits</source>
        <translation>回访记录</translation>
    </message>
    <message>
        <source>reached %1</source>
        <translation>回访对象：%1</translation>
    </message>
    <message>
        <source>satisfaction %1/5</source>
        <translation>满意度 %1/5</translation>
    </message>
    <message>
        <source>visitor %1</source>
        <translation>回访人 %1</translation>
    </message>
    <message>
        <source>Risks: %1</source>
        <translation>风险：%1</translation>
    </message>
    <message>
        <source>Obligation</source>
        <translation>履行义务</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>履行期限</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已付金额</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>A&amp;greement</source>
        <translation>调解协议(&amp;G)</translation>
    </message>
    <message>
        <source>who signs</source>
        <translation>签名人</translation>
    </message>
    <message>
        <source>yuan, e.g. 6000.00</source>
        <translation>元，例如 6000.00</translation>
    </message>
    <message>
        <source>optional receipt file</source>
        <translation>收据文件（选填）</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Record &amp;signature</source>
        <translation>记录签名(&amp;S)</translation>
    </message>
    <message>
        <source>Record &amp;payment</source>
        <translation>记录履行(&amp;P)</translation>
    </message>
    <message>
        <source>Record follow-up &amp;visit…</source>
        <translation>记录回访(&amp;V)…</translation>
    </message>
    <message>
        <source>Apply for judicial &amp;confirmation</source>
        <translation>申请司法确认(&amp;C)</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>打印(&amp;R)…</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Proof of payment</source>
        <translation>履行凭证</translation>
    </message>
    <message>
        <source>Print to PDF</source>
        <translation>打印为 PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Agreement of %1</source>
        <translation>%1的调解协议</translation>
    </message>
    <message>
        <source>Signatures missing: %1</source>
        <translation>尚缺签名：%1</translation>
    </message>
    <message>
        <source>In effect since %1</source>
        <translation>自%1起生效</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Type the amount in yuan, e.g. 6000.00.</source>
        <translation>请输入以元为单位的金额，例如 6000.00。</translation>
    </message>
    <message>
        <source>Judicial confirmation applied for on %1 at %2</source>
        <translation>%1 已向 %2 申请司法确认</translation>
    </message>
    <message>
        <source>— not accepted on %1: %2</source>
        <translation>—— %1 不予受理：%2</translation>
    </message>
    <message>
        <source>— confirmed valid on %1 (%2)</source>
        <translation>—— %1 裁定确认有效（%2）</translation>
    </message>
    <message>
        <source>— not confirmed on %1: %2</source>
        <translation>—— %1 裁定驳回：%2</translation>
    </message>
    <message>
        <source>— accepted on %1, awaiting the ruling</source>
        <translation>—— %1 已受理，待裁定</translation>
    </message>
    <message>
        <source>— awaiting the court&apos;s acceptance</source>
        <translation>—— 待法院受理</translation>
    </message>
    <message>
        <source>Amount: %1 yuan (%2)</source>
        <translation>金额：%1 元（%2）</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>状态：%1</translation>
    </message>
</context>
<context>
    <name>tj::AttachmentModel</name>
    <message>
        <source>%1 by %2</source>
        <translation>%1 由 %2 添加</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>tj::AttachmentsTab</name>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>Attach&amp;ments</source>
        <translation>附件(&amp;M)</translation>
    </message>
    <message>
        <source>what the file shows (optional)</source>
        <translation>文件内容说明（可选）</translation>
    </message>
    <message>
        <source>Add &amp;as:</source>
        <translation>添加为(&amp;A)：</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>说明(&amp;O)：</translation>
    </message>
    <message>
        <source>Drop photos, scans or receipts here to attach them. Each file is kept with its SHA-256 fingerprint.</source>
        <translation>将照片、扫描件或收据拖放到此处即可添加为附件。每个文件都保存其 SHA-256 指纹。</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <source>Pictures and PDF (*.jpg *.jpeg *.png *.bmp *.gif *.webp *.pdf);;All files (*)</source>
        <translation>图片和 PDF (*.jpg *.jpeg *.png *.bmp *.gif *.webp *.pdf);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Export attachments to</source>
        <translation>导出附件到</translation>
    </message>
    <message>
        <source>Attached: %1.</source>
        <translation>已添加：%1。</translation>
    </message>
    <message>
        <source>Already attached to this case: %1.</source>
        <translation>本案已有此附件：%1。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n file(s) to %1.</source>
        <translation>
            <numerusform>已导出 %n 个文件到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a file to see it here.</source>
        <translation>选择一个文件即可在此预览。</translation>
    </message>
    <message>
        <source>Added %1 by %2 (%3)</source>
        <translation>%1 由 %2（%3）添加</translation>
    </message>
    <message>
        <source>system</source>
        <translation>系统</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) from the start:</source>
        <translation>
            <numerusform>从第一页起共 %n 页：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tj::CaseDetail</name>
    <message>
        <source>&amp;Accept for mediation…</source>
        <translation>受理调解(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Not accept…</source>
        <translation>不予受理(&amp;N)…</translation>
    </message>
    <message>
        <source>Add sess&amp;ion…</source>
        <translation>添加调解记录(&amp;I)…</translation>
    </message>
    <message>
        <source>Refer &amp;up…</source>
        <translation>移交上级(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Delegate down…</source>
        <translation>委派调解(&amp;D)…</translation>
    </message>
    <message>
        <source>Recei&amp;ve…</source>
        <translation>接收(&amp;V)…</translation>
    </message>
    <message>
        <source>Re&amp;turn…</source>
        <translation>退回(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Close case…</source>
        <translation>结案(&amp;C)…</translation>
    </message>
    <message>
        <source>Accept %1 for mediation</source>
        <translation>受理案件%1进行调解</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>受理(&amp;A)</translation>
    </message>
    <message>
        <source>Not accept %1</source>
        <translation>不予受理案件%1</translation>
    </message>
    <message>
        <source>&amp;Not accept</source>
        <translation>不予受理(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R)：</translation>
    </message>
    <message>
        <source>e.g. a party refuses mediation</source>
        <translation>例如：一方当事人拒绝调解</translation>
    </message>
    <message>
        <source>Session of %1</source>
        <translation>案件%1的调解记录</translation>
    </message>
    <message>
        <source>&amp;Record session</source>
        <translation>记录调解(&amp;R)</translation>
    </message>
    <message>
        <source>names separated by 、 or commas</source>
        <translation>多个姓名用顿号或逗号分隔</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>地点(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Mediators:</source>
        <translation>调解员(&amp;M)：</translation>
    </message>
    <message>
        <source>P&amp;articipants:</source>
        <translation>参加人员(&amp;A)：</translation>
    </message>
    <message>
        <source>R&amp;ecord:</source>
        <translation>调解记录(&amp;E)：</translation>
    </message>
    <message>
        <source>What was said and agreed</source>
        <translation>调解过程及达成的意见</translation>
    </message>
    <message>
        <source>Refer %1 up</source>
        <translation>将案件%1移交上级</translation>
    </message>
    <message>
        <source>Delegate %1 down</source>
        <translation>委派调解案件%1</translation>
    </message>
    <message>
        <source>&amp;Refer up</source>
        <translation>移交上级(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Delegate</source>
        <translation>委派(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>接收机构(&amp;T)：</translation>
    </message>
    <message>
        <source>Only organisations above %1 are offered.</source>
        <translation>仅列出%1的上级机构。</translation>
    </message>
    <message>
        <source>Only organisations in the area of %1 are offered.</source>
        <translation>仅列出%1辖区内的机构。</translation>
    </message>
    <message>
        <source>Why this tier cannot resolve it</source>
        <translation>本级无法化解的原因</translation>
    </message>
    <message>
        <source>Parties&apos; consent, why delegated</source>
        <translation>当事人同意情况及委派理由</translation>
    </message>
    <message>
        <source>Receive %1</source>
        <translation>接收案件%1</translation>
    </message>
    <message>
        <source>Recei&amp;ve</source>
        <translation>接收(&amp;V)</translation>
    </message>
    <message>
        <source>Return %1</source>
        <translation>退回案件%1</translation>
    </message>
    <message>
        <source>Re&amp;turn</source>
        <translation>退回(&amp;T)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>诉讼地位</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名/名称</translation>
    </message>
    <message>
        <source>ID number / credit code</source>
        <translation>身份证号码/统一社会信用代码</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>Claim (yuan)</source>
        <translation>请求金额（元）</translation>
    </message>
    <message>
        <source>Show &amp;full ID numbers</source>
        <translation>显示完整证件号码(&amp;F)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Mediators</source>
        <translation>调解员</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参加人员</translation>
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
        <source>Title</source>
        <translation>案件名称</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>办理机构</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>概况(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Parties</source>
        <translation>当事人(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>办理记录(&amp;H)</translation>
    </message>
    <message>
        <source>S&amp;essions</source>
        <translation>调解记录(&amp;E)</translation>
    </message>
    <message>
        <source>Re&amp;lated cases</source>
        <translation>关联案件(&amp;L)</translation>
    </message>
    <message>
        <source>ID numbers are sensitive personal information; lists show them masked.</source>
        <translation>证件号码属于敏感个人信息，列表中仅显示脱敏号码。</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>⚠ risk reported</source>
        <translation>⚠ 已报告风险</translation>
    </message>
    <message>
        <source>Registered by</source>
        <translation>登记机构</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>纠纷类别</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>案件来源</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收案日期</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>%1 yuan (%2)</source>
        <translation>%1元（%2）</translation>
    </message>
    <message>
        <source>Waiting at</source>
        <translation>等待接收机构</translation>
    </message>
    <message>
        <source>%1 since %2: %3</source>
        <translation>%1（自%2起）：%3</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>结案</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Court case number</source>
        <translation>法院案号</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>纠纷事实</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>请求事项</translation>
    </message>
    <message>
        <source> (representative)</source>
        <translation>（代表人）</translation>
    </message>
    <message>
        <source>male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>female</source>
        <translation>女</translation>
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
    <name>tj::CaseListPage</name>
    <message>
        <source>Received &amp;between</source>
        <translation>收案日期(&amp;B)</translation>
    </message>
    <message>
        <source>Search party, ID number, case number or facts (Ctrl+F)</source>
        <translation>搜索当事人、身份证号码、案号或纠纷事实（Ctrl+F）</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>全部层级</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>状态(&amp;T)：</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>共%n件案件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>More than %n cases (counting…)</source>
        <translation>
            <numerusform>超过%n件案件（正在精确统计…）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tj::CloseDialog</name>
    <message>
        <source>Close case %1</source>
        <translation>案件%1结案</translation>
    </message>
    <message>
        <source>&amp;Close case</source>
        <translation>结案(&amp;C)</translation>
    </message>
    <message>
        <source>settled by agreement</source>
        <translation>达成协议，调解成功</translation>
    </message>
    <message>
        <source>mediation failed</source>
        <translation>调解不成</translation>
    </message>
    <message>
        <source>withdrawn by a party</source>
        <translation>当事人撤回</translation>
    </message>
    <message>
        <source>filed as a lawsuit</source>
        <translation>立案受理</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>办理结果(&amp;O)：</translation>
    </message>
    <message>
        <source>Why, and which routes (arbitration, administrative, court) the parties were told of</source>
        <translation>原因，以及已告知当事人的解决途径（仲裁、行政、诉讼）</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R)：</translation>
    </message>
    <message>
        <source>Court case &amp;number:</source>
        <translation>法院案号(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>tj::ConfirmationQueue</name>
    <message>
        <source>Case number</source>
        <translation>案号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>案件名称</translation>
    </message>
    <message>
        <source>Mediated by</source>
        <translation>调解组织</translation>
    </message>
    <message>
        <source>Applied on</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <source>Accept by</source>
        <translation>受理期限</translation>
    </message>
    <message>
        <source>Accepted on</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>Rule by</source>
        <translation>裁定期限</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>&amp;Accept application…</source>
        <translation>受理申请(&amp;A)…</translation>
    </message>
    <message>
        <source>Re&amp;fuse with reason…</source>
        <translation>不予受理(&amp;F)…</translation>
    </message>
    <message>
        <source>E&amp;xtend ruling period…</source>
        <translation>延长审查期限(&amp;X)…</translation>
    </message>
    <message>
        <source>Rule: &amp;confirm…</source>
        <translation>裁定确认有效(&amp;C)…</translation>
    </message>
    <message>
        <source>Rule: re&amp;ject…</source>
        <translation>裁定驳回(&amp;J)…</translation>
    </message>
    <message>
        <source>&amp;Guidance to mediators…</source>
        <translation>业务指导(&amp;G)…</translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation>打开案件(&amp;O)</translation>
    </message>
    <message>
        <source>awaiting acceptance</source>
        <translation>待受理</translation>
    </message>
    <message>
        <source>Acceptance was due on %1.</source>
        <translation>应于 %1 前决定是否受理。</translation>
    </message>
    <message>
        <source>accepted, ruling period extended</source>
        <translation>已受理，审查期限已延长</translation>
    </message>
    <message>
        <source>accepted, awaiting ruling</source>
        <translation>已受理，待裁定</translation>
    </message>
    <message>
        <source>The ruling was due on %1.</source>
        <translation>应于 %1 前作出裁定。</translation>
    </message>
    <message>
        <source>No application for judicial confirmation is waiting.</source>
        <translation>没有待处理的司法确认申请。</translation>
    </message>
    <message>
        <source>Agreement of %1, mediated by %2</source>
        <translation>%1 的调解协议（%2 主持调解）</translation>
    </message>
    <message>
        <source>Amount: %1 yuan (%2)</source>
        <translation>金额：%1 元（%2）</translation>
    </message>
    <message>
        <source>%1 yuan by %2</source>
        <translation>%2 前支付 %1 元</translation>
    </message>
    <message>
        <source>%1 pays %2: %3</source>
        <translation>%1 向 %2 支付：%3</translation>
    </message>
    <message>
        <source>Signed by %1; in effect since %2.</source>
        <translation>签字人：%1；生效日期：%2。</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>尚未生效</translation>
    </message>
    <message>
        <source>Applied on %1 with:</source>
        <translation>%1 申请，提交材料：</translation>
    </message>
    <message>
        <source>Accept the application</source>
        <translation>受理司法确认申请</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>受理(&amp;A)</translation>
    </message>
    <message>
        <source>Refuse the application</source>
        <translation>不予受理司法确认申请</translation>
    </message>
    <message>
        <source>&amp;Refuse</source>
        <translation>不予受理(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R)：</translation>
    </message>
    <message>
        <source>why the court does not accept it</source>
        <translation>不予受理的理由</translation>
    </message>
    <message>
        <source>Extend the ruling period</source>
        <translation>延长审查期限</translation>
    </message>
    <message>
        <source>E&amp;xtend</source>
        <translation>延长(&amp;X)</translation>
    </message>
    <message>
        <source>Rule the agreement valid</source>
        <translation>裁定调解协议有效</translation>
    </message>
    <message>
        <source>Reject the agreement</source>
        <translation>裁定驳回申请</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>确认有效(&amp;C)</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>驳回(&amp;J)</translation>
    </message>
    <message>
        <source>e.g. (2026)青0101民特12号</source>
        <translation>如 (2026)青0101民特12号</translation>
    </message>
    <message>
        <source>Ruling &amp;number:</source>
        <translation>裁定书文号(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Reasons:</source>
        <translation>理由(&amp;R)：</translation>
    </message>
    <message>
        <source>why the agreement is not confirmed</source>
        <translation>不予确认的理由</translation>
    </message>
    <message>
        <source>Guidance to %1</source>
        <translation>对 %1 的业务指导</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>发送(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Guidance:</source>
        <translation>指导意见(&amp;G)：</translation>
    </message>
    <message>
        <source>e.g. state the payment account and the consequences of default</source>
        <translation>如：写明收款账户及逾期履行的违约责任</translation>
    </message>
</context>
<context>
    <name>tj::DeadlinesPage</name>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Who acts</source>
        <translation>责任方</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>基准日期(&amp;O)：</translation>
    </message>
    <message>
        <source>Mediation period</source>
        <translation>调解期限</translation>
    </message>
    <message>
        <source>Referral to accept</source>
        <translation>接收移送案件</translation>
    </message>
    <message>
        <source>Apply for judicial confirmation</source>
        <translation>申请司法确认</translation>
    </message>
    <message>
        <source>Court to accept the application</source>
        <translation>法院决定是否受理申请</translation>
    </message>
    <message>
        <source>Court to rule</source>
        <translation>法院作出裁定</translation>
    </message>
    <message>
        <source>Feedback to answer</source>
        <translation>答复反馈</translation>
    </message>
    <message>
        <source>Instalment due</source>
        <translation>分期履行到期</translation>
    </message>
    <message>
        <source>Apply for enforcement</source>
        <translation>申请强制执行</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message numerus="yes">
        <source>%n open time limit(s)</source>
        <translation>
            <numerusform>共%n项未届满期限</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n overdue</source>
        <translation>
            <numerusform>，其中%n项已逾期</numerusform>
        </translation>
    </message>
    <message>
        <source>Computing the time limits…</source>
        <translation>正在计算期限…</translation>
    </message>
</context>
<context>
    <name>tj::HistoryView</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>tj::IntakePage</name>
    <message>
        <source>Draft restored: continue where you left off.</source>
        <translation>已恢复草稿，可从上次中断处继续填写。</translation>
    </message>
    <message>
        <source>The draft could not be written to %1: %2</source>
        <translation>无法将草稿写入%1：%2</translation>
    </message>
    <message>
        <source>Draft saved at %1.</source>
        <translation>草稿已于%1保存。</translation>
    </message>
    <message>
        <source>Risk of &amp;violence or a criminal case (report to police)</source>
        <translation>有发生暴力或刑事案件的风险（须报告公安机关）(&amp;V)</translation>
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
        <source>Title</source>
        <translation>案件名称</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>&amp;Register dispute</source>
        <translation>登记纠纷(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Discard draft</source>
        <translation>放弃草稿(&amp;D)</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>yuan, e.g. 135105.00</source>
        <translation>元，例如 135105.00</translation>
    </message>
    <message>
        <source>What happened, between whom, since when</source>
        <translation>纠纷经过、涉及哪些人、从何时开始</translation>
    </message>
    <message>
        <source>What the applicant asks for</source>
        <translation>申请人的请求事项</translation>
    </message>
    <message>
        <source>= s&amp;um of claims</source>
        <translation>= 请求金额合计(&amp;U)</translation>
    </message>
    <message>
        <source>Sets the amount to the total of the claimants&apos; claims</source>
        <translation>将涉及金额设为各当事人请求金额的合计</translation>
    </message>
    <message>
        <source>Recei&amp;ved on:</source>
        <translation>收案日期(&amp;V)：</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>案件来源(&amp;O)：</translation>
    </message>
    <message>
        <source>Cate&amp;gory:</source>
        <translation>纠纷类别(&amp;G)：</translation>
    </message>
    <message>
        <source>Su&amp;bcategory:</source>
        <translation>子类别(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>案件名称(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>涉及金额(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Facts:</source>
        <translation>纠纷事实(&amp;F)：</translation>
    </message>
    <message>
        <source>C&amp;laims:</source>
        <translation>请求事项(&amp;L)：</translation>
    </message>
    <message>
        <source>&lt;b&gt;Related and possibly duplicate cases&lt;/b&gt;</source>
        <translation>&lt;b&gt;关联案件及疑似重复登记的案件&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The title is too long (200 characters at most).</source>
        <translation>案件名称过长（最多200个字符）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in yuan (for example 135105.00).</source>
        <translation>“%1”不是以元为单位的金额（例如 135105.00）。</translation>
    </message>
    <message>
        <source>Party %1 (%2): %3</source>
        <translation>第%1名当事人（%2）：%3</translation>
    </message>
    <message numerus="yes">
        <source>%n related case(s) found. Check them below; press Register again to register the dispute anyway.</source>
        <translation>
            <numerusform>找到%n件关联案件。请在下方核对；如仍需登记，请再次点击“登记纠纷”。</numerusform>
        </translation>
    </message>
    <message>
        <source>Registered as %1.</source>
        <translation>已登记，案号为%1。</translation>
    </message>
</context>
<context>
    <name>tj::LedgerImportDialog</name>
    <message>
        <source>Import a ledger</source>
        <translation>导入台账</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收案日期</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>纠纷类别</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>案件名称</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>Problems (nothing is imported while any row is wrong):</source>
        <translation>问题（只要有任何一行有误，就不会导入任何数据）：</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>(not in this ledger)</source>
        <translation>（本台账中没有）</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation>第%1行，%2：%3</translation>
    </message>
    <message>
        <source>%1: %2 row(s), %3 already imported, %4 problem(s).</source>
        <translation>%1：共%2行，其中%3行此前已导入，发现%4个问题。</translation>
    </message>
    <message>
        <source>The column mapping could not be remembered.</source>
        <translation>无法保存列映射。</translation>
    </message>
</context>
<context>
    <name>tj::MainWindow</name>
    <message>
        <source>Tiaojie — dispute mediation workstation</source>
        <translation>调解工作站 — 矛盾纠纷调解</translation>
    </message>
    <message>
        <source>system</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2) at %3</source>
        <translation>当前用户：%1（%2），所属机构：%3</translation>
    </message>
    <message>
        <source>Recei&amp;ve for mediation…</source>
        <translation>接收调解(&amp;V)…</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>待接收</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>审查</translation>
    </message>
    <message>
        <source>Inbox (%1)</source>
        <translation>待接收（%1）</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New dispute…</source>
        <translation>登记新纠纷(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation>案件(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Inbox</source>
        <translation>待接收(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>审查(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find case</source>
        <translation>查找案件(&amp;F)</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <source>Close &amp;tab</source>
        <translation>关闭标签页(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Tiaojie</source>
        <translation>关于调解工作站(&amp;A)</translation>
    </message>
    <message>
        <source>About Tiaojie</source>
        <translation>关于调解工作站</translation>
    </message>
    <message>
        <source>Tiaojie — a workstation for tiered grassroots dispute mediation: village, township and court.</source>
        <translation>调解工作站 — 村、乡镇、法院三级矛盾纠纷分级调处工作平台。</translation>
    </message>
    <message>
        <source>New dispute</source>
        <translation>登记新纠纷</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>系统管理</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>期限提醒</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>统计分析</translation>
    </message>
    <message>
        <source>Showing the cases behind the chart.</source>
        <translation>正在显示图表所对应的案件。</translation>
    </message>
    <message>
        <source>&amp;Ledger</source>
        <translation>台账(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Import a ledger…</source>
        <translation>导入台账(&amp;I)…</translation>
    </message>
    <message>
        <source>Import a ledger</source>
        <translation>导入台账</translation>
    </message>
    <message>
        <source>Ledgers (*.xlsx *.csv)</source>
        <translation>台账 (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>&amp;Export the case list…</source>
        <translation>导出案件列表(&amp;E)…</translation>
    </message>
    <message>
        <source>Export the case list</source>
        <translation>导出案件列表</translation>
    </message>
    <message>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) written to the ledger.</source>
        <translation>
            <numerusform>已将%n件案件写入台账。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Transfer packages…</source>
        <translation>移交包(&amp;T)…</translation>
    </message>
    <message>
        <source>Your role reads no case content: the figures are all the dashboard shows you.</source>
        <translation>您的角色不查阅案件内容：统计图只显示数字，不能展开到案件。</translation>
    </message>
</context>
<context>
    <name>tj::OrgPicker</name>
    <message>
        <source>Organisation</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>层级</translation>
    </message>
</context>
<context>
    <name>tj::PartiesPanel</name>
    <message>
        <source>Role</source>
        <translation>诉讼地位</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名/名称</translation>
    </message>
    <message>
        <source>ID number / credit code</source>
        <translation>身份证号码/统一社会信用代码</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Claim (yuan)</source>
        <translation>请求金额（元）</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Re&amp;presentative of the claimants</source>
        <translation>当事人代表人(&amp;P)</translation>
    </message>
    <message>
        <source>Paste &amp;claimants</source>
        <translation>粘贴当事人(&amp;C)</translation>
    </message>
    <message>
        <source>Add &amp;person</source>
        <translation>添加自然人(&amp;P)</translation>
    </message>
    <message>
        <source>Add &amp;organisation</source>
        <translation>添加法人或其他组织(&amp;O)</translation>
    </message>
    <message>
        <source>Paste rows copied from a spreadsheet with Ctrl+V: name, ID number, phone, amount</source>
        <translation>用 Ctrl+V 粘贴从电子表格复制的行：姓名、身份证号码、联系电话、金额</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>Adds claimants copied from a spreadsheet: name, ID number, phone, amount, one per row</source>
        <translation>添加从电子表格复制的当事人：姓名、身份证号码、联系电话、金额，每行一人</translation>
    </message>
    <message>
        <source>The clipboard holds no rows to paste. Copy the columns name, ID number, phone and amount from the spreadsheet first.</source>
        <translation>剪贴板中没有可粘贴的行。请先从电子表格中复制姓名、身份证号码、联系电话和金额这几列。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Parties&lt;/b&gt;</source>
        <translation>&lt;b&gt;当事人&lt;/b&gt;</translation>
    </message>
    <message>
        <source>person</source>
        <translation>自然人</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>法人或其他组织</translation>
    </message>
    <message>
        <source>yuan, e.g. 3860.00</source>
        <translation>元，例如 3860.00</translation>
    </message>
    <message>
        <source>Ro&amp;le:</source>
        <translation>诉讼地位(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名/名称(&amp;N)：</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>联系电话(&amp;H)：</translation>
    </message>
    <message>
        <source>Cla&amp;im:</source>
        <translation>请求金额(&amp;I)：</translation>
    </message>
    <message>
        <source>Addr&amp;ess:</source>
        <translation>住址(&amp;E)：</translation>
    </message>
    <message>
        <source>Le&amp;gal rep.:</source>
        <translation>法定代表人(&amp;G)：</translation>
    </message>
    <message numerus="yes">
        <source>%n claimant(s) added.</source>
        <translation>
            <numerusform>已添加%n名当事人。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) need correcting (shown in red).</source>
        <translation>
            <numerusform>有%n行需要更正（以红色显示）。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;ID number:</source>
        <translation>身份证号码(&amp;I)：</translation>
    </message>
    <message>
        <source>Credit &amp;code:</source>
        <translation>统一社会信用代码(&amp;C)：</translation>
    </message>
    <message>
        <source> (organisation)</source>
        <translation>（法人或其他组织）</translation>
    </message>
    <message>
        <source> (representative)</source>
        <translation>（代表人）</translation>
    </message>
    <message numerus="yes">
        <source>%n party(ies)</source>
        <translation>
            <numerusform>共%n名当事人</numerusform>
        </translation>
    </message>
    <message>
        <source>, claims %1 yuan</source>
        <translation>，请求金额%1元</translation>
    </message>
</context>
<context>
    <name>tj::ReviewPage</name>
    <message>
        <source>Receive for &amp;pre-litigation mediation…</source>
        <translation>接收进行诉前调解(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;File as a lawsuit…</source>
        <translation>立案(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation>打开案件(&amp;O)</translation>
    </message>
    <message>
        <source>Escalations awaiting decision</source>
        <translation>待决定的上报案件</translation>
    </message>
    <message>
        <source>In pre-litigation mediation</source>
        <translation>诉前调解中</translation>
    </message>
    <message>
        <source>Escalations awaiting decision (%1)</source>
        <translation>待决定的上报案件（%1）</translation>
    </message>
    <message>
        <source>In pre-litigation mediation (%1)</source>
        <translation>诉前调解中（%1）</translation>
    </message>
    <message>
        <source>File as a lawsuit</source>
        <translation>立案</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>立案(&amp;F)</translation>
    </message>
    <message>
        <source>the number the court gave the lawsuit</source>
        <translation>法院为该案编立的案号</translation>
    </message>
    <message>
        <source>Court case &amp;number:</source>
        <translation>法院案号(&amp;N)：</translation>
    </message>
    <message>
        <source>Confirmation applications</source>
        <translation>司法确认申请</translation>
    </message>
    <message>
        <source>Confirmation applications (%1)</source>
        <translation>司法确认申请（%1）</translation>
    </message>
</context>
<context>
    <name>tj::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>A new language applies from the next start.</source>
        <translation>新语言将在下次启动时生效。</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>tj::SignInDialog</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>登录(&amp;S)</translation>
    </message>
    <message>
        <source>Tiaojie — sign in</source>
        <translation>调解工作站 — 登录</translation>
    </message>
    <message>
        <source>Type a name, login or organisation</source>
        <translation>输入姓名、登录名或机构</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>查找(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>登录名(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>新密码：</translation>
    </message>
    <message>
        <source>Repeat new password:</source>
        <translation>再次输入新密码：</translation>
    </message>
    <message>
        <source>L&amp;anguage:</source>
        <translation>语言(&amp;A)：</translation>
    </message>
    <message>
        <source>No account has a password yet (demo or new installation): anyone can sign in as any user. The administrator sets passwords before real cases are entered.</source>
        <translation>目前所有账户均未设置密码（演示环境或新安装）：任何人都可以以任意用户身份登录。录入真实案件前，系统管理员须先设置密码。</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>The new language applies from the next start.</source>
        <translation>新语言将在下次启动时生效。</translation>
    </message>
    <message>
        <source>Choose who you are from the list or type your login.</source>
        <translation>请从列表中选择您的账户，或输入登录名。</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>This is an initial password: choose your own before you go on.</source>
        <translation>当前为初始密码：请先设置您自己的密码再继续。</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>两次输入的新密码不一致。</translation>
    </message>
    <message>
        <source>Choose who you are: your organisation and role decide what opens first.</source>
        <translation>请选择您的身份：登录后首先打开的页面由所属机构和角色决定。</translation>
    </message>
    <message>
        <source>%1 — %2 at %3.
%4</source>
        <translation>%1 — %3 %2。
%4</translation>
    </message>
</context>
<context>
    <name>tj::StatsDashboard</name>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Registered and concluded by month</source>
        <translation>各月登记数与办结数</translation>
    </message>
    <message>
        <source>Disputes by category</source>
        <translation>按纠纷类别统计</translation>
    </message>
    <message>
        <source>Settled at each tier</source>
        <translation>各层级调解成功数</translation>
    </message>
    <message>
        <source>Litigation rate by tribunal area</source>
        <translation>各人民法庭辖区成讼率</translation>
    </message>
    <message>
        <source>Overdue cases by organisation</source>
        <translation>各机构逾期案件数</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <source>Figures of %1 to %2</source>
        <translation>%1至%2的统计数据</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>Concluded</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>调解成功</translation>
    </message>
    <message>
        <source>Litigation rate</source>
        <translation>成讼率</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
</context>
<context>
    <name>tj::TransferDialog</name>
    <message>
        <source>Transfer packages</source>
        <translation>移交包</translation>
    </message>
    <message>
        <source>This device: %1 — fingerprint &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>本设备：%1 — 指纹 &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Case numbers or ids, separated by spaces</source>
        <translation>案号或案件编号，以空格分隔</translation>
    </message>
    <message>
        <source>Cases:</source>
        <translation>案件：</translation>
    </message>
    <message>
        <source>Only when the case has no pending referral or delegation</source>
        <translation>仅在案件没有待接收的移送或交办时填写</translation>
    </message>
    <message>
        <source>Send to organisation:</source>
        <translation>接收机构：</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Folder (USB drive):</source>
        <translation>文件夹（U盘）：</translation>
    </message>
    <message>
        <source>Export package</source>
        <translation>导出移交包</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Folder for the package</source>
        <translation>移交包存放文件夹</translation>
    </message>
    <message>
        <source>Import a package…</source>
        <translation>导入移交包…</translation>
    </message>
    <message>
        <source>The package is checked first; you see what arrives before anything is applied.</source>
        <translation>先校验移交包；在应用之前显示将收到的内容。</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Cases changed here and at the sender since the last exchange. Nothing was overwritten; choose which version to keep.</source>
        <translation>自上次交换以来本机和发送方都改动过的案件。未覆盖任何内容；请选择保留哪个版本。</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>保留本机</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>采用对方</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>核对</translation>
    </message>
    <message>
        <source>Name the cases and choose a folder.</source>
        <translation>请指定案件并选择文件夹。</translation>
    </message>
    <message>
        <source>Wrote %1: %2 case(s) for %3, %4 bytes, read back and verified. The cases are read-only here until they come back.</source>
        <translation>已写出%1：%2件案件，发往%3，%4字节，已回读并校验。案件在退回之前本机只读。</translation>
    </message>
    <message>
        <source>Import a package</source>
        <translation>导入移交包</translation>
    </message>
    <message>
        <source>Transfer packages (*.tjp)</source>
        <translation>移交包 (*.tjp)</translation>
    </message>
    <message>
        <source>From %1 (device fingerprint %2), number %3, to %4.</source>
        <translation>来自%1（设备指纹%2），序号%3，发往%4。</translation>
    </message>
    <message>
        <source>A receipt for package %1.</source>
        <translation>移交包%1的回执。</translation>
    </message>
    <message>
        <source>This package was imported already; nothing would change.</source>
        <translation>此移交包已导入过；不会有任何更改。</translation>
    </message>
    <message>
        <source>New cases: %1; updated: %2; unchanged: %3; for review: %4; files: %5.</source>
        <translation>新案件：%1；更新：%2；未变：%3；待核对：%4；文件：%5。</translation>
    </message>
    <message>
        <source>Apply the package?</source>
        <translation>应用此移交包？</translation>
    </message>
    <message>
        <source>Already imported; nothing changed.</source>
        <translation>已导入过；未作更改。</translation>
    </message>
    <message>
        <source>Applied %1.</source>
        <translation>已应用%1。</translation>
    </message>
    <message>
        <source>Carry the receipt back to the sender: %1</source>
        <translation>请将回执带回发送方：%1</translation>
    </message>
    <message>
        <source>%1 — from %2, %3</source>
        <translation>%1 — 来自%2，%3</translation>
    </message>
    <message>
        <source>Took the incoming version of %1.</source>
        <translation>已采用%1的对方版本。</translation>
    </message>
    <message>
        <source>Kept this installation&apos;s version of %1.</source>
        <translation>已保留%1的本机版本。</translation>
    </message>
</context>
<context>
    <name>tj::TransferQueue</name>
    <message>
        <source>Case number</source>
        <translation>案号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>案件名称</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>移送方式</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>移送日期</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Re&amp;turn with reason…</source>
        <translation>说明理由并退回(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation>打开案件(&amp;O)</translation>
    </message>
    <message>
        <source>referred up</source>
        <translation>移交上级</translation>
    </message>
    <message>
        <source>delegated down</source>
        <translation>委派调解</translation>
    </message>
    <message>
        <source>Nothing is waiting for your organisation.</source>
        <translation>本机构没有待接收的案件。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 yuan · parties: %4&lt;br&gt;%5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · %3元 · 当事人：%4&lt;br&gt;%5</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform>及其他%n人</numerusform>
        </translation>
    </message>
    <message>
        <source>Receive %1</source>
        <translation>接收案件%1</translation>
    </message>
    <message>
        <source>Recei&amp;ve</source>
        <translation>接收(&amp;V)</translation>
    </message>
    <message>
        <source>Return %1 to the sender</source>
        <translation>将案件%1退回移送机构</translation>
    </message>
    <message>
        <source>Re&amp;turn</source>
        <translation>退回(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R)：</translation>
    </message>
    <message>
        <source>Why it goes back</source>
        <translation>退回理由</translation>
    </message>
</context>
<context>
    <name>tj::VisitDialog</name>
    <message>
        <source>Follow-up visit</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>记录(&amp;R)</translation>
    </message>
    <message>
        <source>By telephone</source>
        <translation>电话回访</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>实地回访</translation>
    </message>
    <message>
        <source>e.g. 张某某 (applicant), his son</source>
        <translation>如：张某某（申请人）本人、其子</translation>
    </message>
    <message>
        <source>Performed</source>
        <translation>已履行</translation>
    </message>
    <message>
        <source>Partly performed</source>
        <translation>部分履行</translation>
    </message>
    <message>
        <source>Not performed</source>
        <translation>未履行</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>未询问</translation>
    </message>
    <message>
        <source>1 – very dissatisfied</source>
        <translation>1 – 很不满意</translation>
    </message>
    <message>
        <source>2 – dissatisfied</source>
        <translation>2 – 不满意</translation>
    </message>
    <message>
        <source>3 – neutral</source>
        <translation>3 – 一般</translation>
    </message>
    <message>
        <source>4 – satisfied</source>
        <translation>4 – 满意</translation>
    </message>
    <message>
        <source>5 – very satisfied</source>
        <translation>5 – 很满意</translation>
    </message>
    <message>
        <source>signs the dispute may flare up again</source>
        <translation>纠纷可能反复的迹象</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>方式(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Whom:</source>
        <translation>回访对象(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Performance:</source>
        <translation>履行情况(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Satisfaction:</source>
        <translation>满意度(&amp;S)：</translation>
    </message>
    <message>
        <source>R&amp;isks:</source>
        <translation>风险(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>回访情况(&amp;N)：</translation>
    </message>
    <message>
        <source>what was said and seen</source>
        <translation>回访了解到的情况</translation>
    </message>
    <message>
        <source>&amp;Visitor:</source>
        <translation>回访人(&amp;V)：</translation>
    </message>
</context>
</TS>
