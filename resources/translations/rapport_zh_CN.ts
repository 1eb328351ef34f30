<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../ui/dialogs/account_dialog.py" line="26"/>
        <source>Edit account</source>
        <translation>编辑客户</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/account_dialog.py" line="26"/>
        <source>New account</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/account_dialog.py" line="30"/>
        <source>Company name</source>
        <translation>公司名称</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/account_dialog.py" line="31"/>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/account_dialog.py" line="32"/>
        <source>Code or name in any language, e.g. DE, Deutschland, 德国</source>
        <translation>代码或任意语言的名称，如 DE、Deutschland、德国</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/account_dialog.py" line="34"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/account_dialog.py" line="35"/>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/account_dialog.py" line="36"/>
        <source>Leave empty for the country&apos;s main zone</source>
        <translation>留空则使用该国的主要时区</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/account_dialog.py" line="37"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/account_dialog.py" line="39"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/account_dialog.py" line="41"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/account_dialog.py" line="42"/>
        <source>e.g. Canton Fair 2026</source>
        <translation>如：2026 广交会</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/account_dialog.py" line="43"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/account_dialog.py" line="44"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/account_dialog.py" line="47"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/account_dialog.py" line="48"/>
        <source>Founded</source>
        <translation>成立日期</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/account_dialog.py" line="51"/>
        <source>Region default</source>
        <translation>地区默认</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/account_dialog.py" line="52"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/account_dialog.py" line="54"/>
        <source>Follow up every</source>
        <translation>跟进间隔</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/account_dialog.py" line="55"/>
        <source>Muslim-owned</source>
        <translation>穆斯林企业</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/account_dialog.py" line="58"/>
        <source>The planner keeps Ramadan and Eid for this customer, also outside the Muslim-majority markets</source>
        <translation>即使客户不在穆斯林为主的市场，计划也为其避开斋月和开斋节</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/account_dialog.py" line="60"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>AccountListModel</name>
    <message>
        <location filename="../../ui/models/account_table.py" line="58"/>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/models/account_table.py" line="58"/>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location filename="../../ui/models/account_table.py" line="58"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../ui/models/account_table.py" line="58"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../ui/models/account_table.py" line="59"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../ui/models/account_table.py" line="59"/>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../ui/models/account_table.py" line="59"/>
        <source>Last contact</source>
        <translation>最近联系</translation>
    </message>
    <message>
        <location filename="../../ui/models/account_table.py" line="59"/>
        <source>Health</source>
        <translation>健康度</translation>
    </message>
    <message>
        <location filename="../../ui/models/account_table.py" line="60"/>
        <source>Next touch</source>
        <translation>下次跟进</translation>
    </message>
    <message>
        <location filename="../../ui/models/account_table.py" line="60"/>
        <source>Promises at risk</source>
        <translation>有风险的承诺</translation>
    </message>
    <message>
        <location filename="../../ui/models/account_table.py" line="62"/>
        <source>country unknown</source>
        <translation>国家未知</translation>
    </message>
</context>
<context>
    <name>AccountPane</name>
    <message>
        <location filename="../../ui/views/account_pane.py" line="52"/>
        <location filename="../../ui/views/account_pane.py" line="245"/>
        <location filename="../../ui/views/account_pane.py" line="278"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../ui/views/account_pane.py" line="53"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/views/account_pane.py" line="54"/>
        <source>Brief</source>
        <translation>客户简报</translation>
    </message>
    <message>
        <location filename="../../ui/views/account_pane.py" line="55"/>
        <source>Printable PDF brief for a meeting</source>
        <translation>可打印的会面用 PDF 客户简报</translation>
    </message>
    <message>
        <location filename="../../ui/views/account_pane.py" line="56"/>
        <source>Add contact…</source>
        <translation>添加联系人…</translation>
    </message>
    <message>
        <location filename="../../ui/views/account_pane.py" line="57"/>
        <source>Log interaction…</source>
        <translation>记录互动…</translation>
    </message>
    <message>
        <location filename="../../ui/views/account_pane.py" line="82"/>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../ui/views/account_pane.py" line="83"/>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <location filename="../../ui/views/account_pane.py" line="84"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/views/account_pane.py" line="88"/>
        <source>Select an account on the left, or press Ctrl+N to add one.</source>
        <translation>请在左侧选择一个客户，或按 Ctrl+N 新建客户。</translation>
    </message>
    <message>
        <location filename="../../ui/views/account_pane.py" line="127"/>
        <source>Country unknown</source>
        <translation>国家未知</translation>
    </message>
    <message>
        <location filename="../../ui/views/account_pane.py" line="130"/>
        <source>priority: {p}</source>
        <translation>优先级：{p}</translation>
    </message>
    <message>
        <location filename="../../ui/views/account_pane.py" line="132"/>
        <source>source: {s}</source>
        <translation>来源：{s}</translation>
    </message>
    <message>
        <location filename="../../ui/views/account_pane.py" line="153"/>
        <source>Next: {when} their time — {purpose}</source>
        <translation>下次跟进：客户当地时间 {when} — {purpose}</translation>
    </message>
    <message>
        <location filename="../../ui/views/account_pane.py" line="158"/>
        <source>Promises: {open} open, {risk} at risk; kept {kept}, late {late}, broken {broken}</source>
        <translation>承诺：{open}&#xa0;项未完成，{risk}&#xa0;项有风险；按时兑现&#xa0;{kept}，延迟&#xa0;{late}，未兑现&#xa0;{broken}</translation>
    </message>
    <message>
        <location filename="../../ui/views/account_pane.py" line="193"/>
        <source>Delete account</source>
        <translation>删除客户</translation>
    </message>
    <message>
        <location filename="../../ui/views/account_pane.py" line="194"/>
        <source>Delete {name} with its contacts, interactions and promises? They go to the Trash (File menu) for 30 days; Ctrl+Z brings them back.</source>
        <translation>删除 {name} 及其所有联系人、互动记录和承诺？它们会在回收站（文件菜单）中保留 30 天；按 Ctrl+Z 可恢复。</translation>
    </message>
    <message>
        <location filename="../../ui/views/account_pane.py" line="234"/>
        <source>Delete the contact {name}? The contact goes to the Trash (File menu) for 30 days.</source>
        <translation>删除联系人 {name}？该联系人会在回收站（文件菜单）中保留 30 天。</translation>
    </message>
    <message>
        <location filename="../../ui/views/account_pane.py" line="264"/>
        <source>Delete the {channel} of {when}{summary}? The next touches are planned again without it; it goes to the Trash (File menu) for 30 days.</source>
        <translation>删除 {when} 的{channel}{summary}？删除后会重新安排后续跟进；该记录会在回收站（文件菜单）中保留 30 天。</translation>
    </message>
    <message>
        <location filename="../../ui/views/account_pane.py" line="301"/>
        <source>Remove {name}&apos;s personal data (name, e-mail, phone, messaging, birthday, notes and what the interactions say) here and in the Trash, and take their name out of this account&apos;s promises and notes? The interactions stay as anonymous counts. Copies that merge a bundle from this one forget {name} too. This cannot be undone.</source>
        <translation>删除 {name} 的个人资料（姓名、邮箱、电话、即时通讯、生日、备注以及互动记录的内容），包括回收站中的，并从此客户的承诺和备注中去掉其姓名？互动记录会保留为匿名计数。合并本机数据包的其他副本也会删除 {name} 的资料。此操作无法撤销。</translation>
    </message>
    <message>
        <location filename="../../ui/views/account_pane.py" line="312"/>
        <source>Automatic backups taken while {name} was in the book still hold their data: {n}. Delete them? A fresh backup without {name} is taken at once; older backups are kept.</source>
        <translation>在 {name} 仍在数据库中时创建的自动备份仍保存着其资料：共 {n} 个。要删除这些备份吗？系统会立即创建一个不含 {name} 的新备份；更早的备份会保留。</translation>
    </message>
    <message>
        <location filename="../../ui/views/account_pane.py" line="233"/>
        <source>Delete contact</source>
        <translation>删除联系人</translation>
    </message>
    <message>
        <location filename="../../ui/views/account_pane.py" line="246"/>
        <source>Export everything about this person…</source>
        <translation>导出此人的全部资料…</translation>
    </message>
    <message>
        <location filename="../../ui/views/account_pane.py" line="247"/>
        <source>Forget this person…</source>
        <translation>删除此人的个人资料…</translation>
    </message>
    <message>
        <location filename="../../ui/views/account_pane.py" line="249"/>
        <location filename="../../ui/views/account_pane.py" line="280"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../../ui/views/account_pane.py" line="263"/>
        <source>Delete interaction</source>
        <translation>删除往来记录</translation>
    </message>
    <message>
        <location filename="../../ui/views/account_pane.py" line="290"/>
        <source>Export personal data</source>
        <translation>导出个人资料</translation>
    </message>
    <message>
        <location filename="../../ui/views/account_pane.py" line="291"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/views/account_pane.py" line="300"/>
        <location filename="../../ui/views/account_pane.py" line="311"/>
        <source>Forget this person</source>
        <translation>删除个人资料</translation>
    </message>
</context>
<context>
    <name>AccountsBehindDialog</name>
    <message>
        <location filename="../../ui/dialogs/accounts_behind.py" line="44"/>
        <source>{n} accounts</source>
        <translation>共 {n} 个客户</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/accounts_behind.py" line="46"/>
        <source>{n} accounts · {items}: {total}</source>
        <translation>{n} 个客户 · {items}：{total}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/accounts_behind.py" line="48"/>
        <source>Double-click an account to open it.</source>
        <translation>双击客户即可打开。</translation>
    </message>
</context>
<context>
    <name>AccountsView</name>
    <message>
        <location filename="../../ui/views/accounts.py" line="44"/>
        <source>Search name, city or contact (Ctrl+F)</source>
        <translation>搜索名称、城市或联系人（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="51"/>
        <source>All regions</source>
        <translation>全部地区</translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="54"/>
        <source>All stages</source>
        <translation>全部阶段</translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="59"/>
        <source>Needs attention</source>
        <translation>需关注</translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="62"/>
        <source>Health at risk or to watch, a promise at risk, or the next touch overdue</source>
        <translation>健康度有风险或需关注、有承诺存在风险，或下次跟进已逾期</translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="98"/>
        <source>Select an account on the left, or press Ctrl+N to add one.</source>
        <translation>请在左侧选择一个客户，或按 Ctrl+N 新建客户。</translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="194"/>
        <source>All countries</source>
        <translation>全部国家</translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="195"/>
        <source>Needs a country</source>
        <translation>待补国家</translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="250"/>
        <source>{shown} of {total} accounts</source>
        <translation>显示 {shown} / 共 {total} 个客户</translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="318"/>
        <source>Brief…</source>
        <translation>客户简报…</translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="318"/>
        <source>Pack of {n} briefs…</source>
        <translation>简报合集（{n} 份）…</translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="322"/>
        <source>Log interaction…</source>
        <translation>记录互动…</translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="323"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="324"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="325"/>
        <source>Set country…</source>
        <translation>设置国家…</translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="327"/>
        <source>Merge accounts…</source>
        <translation>合并客户…</translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="337"/>
        <source>Merge accounts</source>
        <translation>合并客户</translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="338"/>
        <source>Select two or more accounts in the list (Ctrl+click), then merge them.</source>
        <translation>请在列表中选择两个或更多客户（按住 Ctrl 点击），再进行合并。</translation>
    </message>
</context>
<context>
    <name>ActivityStrip</name>
    <message>
        <location filename="../../ui/widgets/activity_strip.py" line="31"/>
        <source>Activity of the last 26 weeks</source>
        <translation>最近 26 周的联系</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/activity_strip.py" line="36"/>
        <source>{n} touches in {weeks} weeks, {active} weeks with a touch</source>
        <translation>{weeks} 周内联系 {n} 次，其中 {active} 周有联系</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/activity_strip.py" line="45"/>
        <source>Week of {day}: no touch</source>
        <translation>{day} 当周：无联系</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/activity_strip.py" line="48"/>
        <source>Week of {day}: {n} touches — {channels}; responses: {responses}</source>
        <translation>{day} 当周：联系 {n} 次 — {channels}；回应：{responses}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/activity_strip.py" line="103"/>
        <source>26 weeks ago</source>
        <translation>26 周前</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/activity_strip.py" line="104"/>
        <source>this week</source>
        <translation>本周</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="66"/>
        <source>Rapport</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location filename="../../ui/opening.py" line="183"/>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location filename="../../ui/opening.py" line="199"/>
        <source>A restore was interrupted</source>
        <translation>恢复操作曾被中断</translation>
    </message>
    <message>
        <location filename="../../ui/opening.py" line="201"/>
        <source>The unfinished copy is damaged. Delete it to start an empty book.</source>
        <translation>未完成的副本已损坏。删除它即可从空白数据库开始。</translation>
    </message>
    <message>
        <location filename="../../ui/opening.py" line="223"/>
        <source>The database {book} is missing: a restore was interrupted. The copy of the book kept before it is {kept}.</source>
        <translation>数据库 {book} 不见了：一次恢复操作曾被中断。恢复前保留的数据库副本是 {kept}。</translation>
    </message>
    <message>
        <location filename="../../ui/opening.py" line="225"/>
        <source>Put it back</source>
        <translation>放回原处</translation>
    </message>
    <message>
        <location filename="../../ui/opening.py" line="228"/>
        <source>The database {book} is missing: a restore was interrupted and left {parts}.</source>
        <translation>数据库 {book} 不见了：一次恢复操作曾被中断，并留下了 {parts}。</translation>
    </message>
    <message>
        <location filename="../../ui/opening.py" line="230"/>
        <source>Finish the restore</source>
        <translation>完成恢复</translation>
    </message>
    <message>
        <location filename="../../ui/opening.py" line="231"/>
        <source>A restore into {book} was interrupted before it replaced the book, so the book was not changed. The unfinished copy {parts} is left beside it.</source>
        <translation>恢复到 {book} 的操作在替换数据库之前被中断，因此数据库未被改动。未完成的副本 {parts} 仍留在它旁边。</translation>
    </message>
    <message>
        <location filename="../../ui/opening.py" line="234"/>
        <source>Remove it and open the book</source>
        <translation>删除它并打开数据库</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="74"/>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="75"/>
        <source>Something went wrong: {error}

Details were written to {log}.</source>
        <translation>出现错误：{error}

详细信息已写入 {log}。</translation>
    </message>
    <message>
        <location filename="../../ui/opening.py" line="81"/>
        <location filename="../../ui/opening.py" line="151"/>
        <location filename="../../ui/opening.py" line="258"/>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <location filename="../../ui/opening.py" line="158"/>
        <source>The file has not been changed. You can quit and check it, or open the latest automatic copy ({name}); the damaged file is then kept beside it.</source>
        <translation>文件未被改动。您可以退出后检查该文件，或打开最新的自动副本（{name}）；损坏的文件将保留在它旁边。</translation>
    </message>
    <message>
        <location filename="../../ui/opening.py" line="154"/>
        <source>The file has not been changed.</source>
        <translation>文件未被改动。</translation>
    </message>
    <message>
        <location filename="../../ui/opening.py" line="161"/>
        <source>Open latest copy</source>
        <translation>打开最新副本</translation>
    </message>
    <message>
        <location filename="../../ui/opening.py" line="169"/>
        <source>Copy restored</source>
        <translation>副本已恢复</translation>
    </message>
    <message>
        <location filename="../../ui/opening.py" line="169"/>
        <source>Opened the copy {copy}. The damaged file was kept as {kept}.</source>
        <translation>已打开副本 {copy}。损坏的文件已保留为 {kept}。</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="148"/>
        <source>Welcome to Rapport</source>
        <translation>欢迎使用 Rapport</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="149"/>
        <source>Your database is empty. Start with an empty book, or load demo customers to look around first?</source>
        <translation>数据库为空。要从空白开始，还是先加载演示客户看看？</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="151"/>
        <source>Load demo data</source>
        <translation>加载演示数据</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="152"/>
        <source>Start empty</source>
        <translation>从空白开始</translation>
    </message>
</context>
<context>
    <name>BehindModel</name>
    <message>
        <location filename="../../ui/dialogs/accounts_behind.py" line="19"/>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/accounts_behind.py" line="19"/>
        <source>Country</source>
        <translation>国家</translation>
    </message>
</context>
<context>
    <name>BookEncryption</name>
    <message>
        <location filename="../../ui/dialogs/book_encryption.py" line="20"/>
        <source>Encr&amp;ypt this book…</source>
        <translation>加密此数据库(&amp;Y)…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/book_encryption.py" line="21"/>
        <source>&amp;Decrypt…</source>
        <translation>解密(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/book_encryption.py" line="22"/>
        <source>Chan&amp;ge passphrase…</source>
        <translation>更改口令(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/book_encryption.py" line="39"/>
        <source>Encrypt this book</source>
        <translation>加密此数据库</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/book_encryption.py" line="40"/>
        <source>Encrypt the book and its automatic backups with a passphrase: a lost or stolen laptop then gives nothing away. Rapport asks for it at every start. Nobody can open the book without it, so write it down and keep it safe.</source>
        <translation>用口令加密数据库及其自动备份：笔记本电脑丢失或被盗也不会泄露任何内容。Rapport 每次启动时都会询问口令。没有口令谁也打不开数据库，请把它记下来并妥善保管。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/book_encryption.py" line="44"/>
        <source>The book is encrypted.</source>
        <translation>数据库已加密。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/book_encryption.py" line="46"/>
        <source>Encrypt</source>
        <translation>加密</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/book_encryption.py" line="55"/>
        <source>Decrypt the book</source>
        <translation>解密数据库</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/book_encryption.py" line="56"/>
        <source>Turn the book and its automatic backups back into plain files that anyone with the laptop can read. Type the passphrase to confirm.</source>
        <translation>把数据库及其自动备份变回未加密的文件，拿到这台笔记本电脑的人都能读取。请输入口令确认。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/book_encryption.py" line="59"/>
        <source>The book is no longer encrypted.</source>
        <translation>数据库已不再加密。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/book_encryption.py" line="61"/>
        <source>Decrypt</source>
        <translation>解密</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/book_encryption.py" line="71"/>
        <source>Change passphrase</source>
        <translation>更改口令</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/book_encryption.py" line="72"/>
        <source>The book and its automatic backups are encrypted again with the new passphrase.</source>
        <translation>数据库及其自动备份将用新口令重新加密。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/book_encryption.py" line="74"/>
        <source>The passphrase is changed.</source>
        <translation>口令已更改。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/book_encryption.py" line="76"/>
        <source>Change</source>
        <translation>更改</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/book_encryption.py" line="88"/>
        <source>Converting the book…</source>
        <translation>正在转换数据库…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/book_encryption.py" line="109"/>
        <source>Encryption</source>
        <translation>加密</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/book_encryption.py" line="113"/>
        <source>This computer has no keyring to remember the passphrase in: Rapport will ask for it at every start.</source>
        <translation>这台电脑没有可保存口令的密钥环：Rapport 每次启动时都会询问口令。</translation>
    </message>
</context>
<context>
    <name>BriefPreview</name>
    <message>
        <location filename="../../ui/dialogs/brief_preview.py" line="26"/>
        <source>Brief — {name}</source>
        <translation>客户简报 — {name}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/brief_preview.py" line="39"/>
        <source>The brief was opened in your PDF viewer.</source>
        <translation>简报已在您的 PDF 阅读器中打开。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/brief_preview.py" line="42"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/brief_preview.py" line="43"/>
        <source>Save as…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/brief_preview.py" line="56"/>
        <location filename="../../ui/dialogs/brief_preview.py" line="69"/>
        <source>Save brief</source>
        <translation>保存简报</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/brief_preview.py" line="57"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <location filename="../../ui/widgets/chart_panel.py" line="41"/>
        <source>Save as PNG…</source>
        <translation>另存为 PNG…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/chart_panel.py" line="43"/>
        <source>Loading…</source>
        <translation>正在载入…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/chart_panel.py" line="75"/>
        <source>Nothing to show yet.</source>
        <translation>暂无数据。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/chart_panel.py" line="147"/>
        <source>Save chart as PNG</source>
        <translation>将图表另存为 PNG</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/chart_panel.py" line="148"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
</context>
<context>
    <name>CommitmentDialog</name>
    <message>
        <location filename="../../ui/dialogs/commitment_dialog.py" line="24"/>
        <source>Edit promise</source>
        <translation>编辑承诺</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/commitment_dialog.py" line="24"/>
        <source>New promise</source>
        <translation>新建承诺</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/commitment_dialog.py" line="30"/>
        <source>What was promised</source>
        <translation>承诺内容</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/commitment_dialog.py" line="31"/>
        <source>e.g. Year-end rebate of 3% on 2026 orders</source>
        <translation>如：2026 年订单享受 3% 年终返利</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/commitment_dialog.py" line="32"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/commitment_dialog.py" line="34"/>
        <source>To</source>
        <translation>承诺对象</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/commitment_dialog.py" line="34"/>
        <source>(the company)</source>
        <translation>（公司整体）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/commitment_dialog.py" line="42"/>
        <source>Promised by</source>
        <translation>承诺人</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/commitment_dialog.py" line="43"/>
        <source>Promised on</source>
        <translation>承诺日期</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/commitment_dialog.py" line="47"/>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/commitment_dialog.py" line="48"/>
        <source>Internal approval</source>
        <translation>内部审批</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/commitment_dialog.py" line="50"/>
        <source>Approver</source>
        <translation>审批人</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/commitment_dialog.py" line="51"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/commitment_dialog.py" line="75"/>
        <source>Think before you promise</source>
        <translation>承诺前请三思</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/commitment_dialog.py" line="76"/>
        <source>Before you give your word:</source>
        <translation>在做出承诺之前：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/commitment_dialog.py" line="79"/>
        <source>Save anyway</source>
        <translation>仍然保存</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/commitment_dialog.py" line="80"/>
        <source>Go back</source>
        <translation>返回修改</translation>
    </message>
</context>
<context>
    <name>CommitmentTableModel</name>
    <message>
        <location filename="../../ui/models/commitment_table.py" line="30"/>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <location filename="../../ui/models/commitment_table.py" line="30"/>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../ui/models/commitment_table.py" line="30"/>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/models/commitment_table.py" line="30"/>
        <source>Promise</source>
        <translation>承诺</translation>
    </message>
    <message>
        <location filename="../../ui/models/commitment_table.py" line="30"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/models/commitment_table.py" line="31"/>
        <source>Promised by</source>
        <translation>承诺人</translation>
    </message>
    <message>
        <location filename="../../ui/models/commitment_table.py" line="31"/>
        <source>Approval</source>
        <translation>审批</translation>
    </message>
    <message>
        <location filename="../../ui/models/commitment_table.py" line="31"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/models/commitment_table.py" line="31"/>
        <source>Why at risk</source>
        <translation>风险原因</translation>
    </message>
    <message>
        <location filename="../../ui/models/commitment_table.py" line="32"/>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../../ui/models/commitment_table.py" line="32"/>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <location filename="../../ui/models/commitment_table.py" line="32"/>
        <source>Low</source>
        <translation>低</translation>
    </message>
</context>
<context>
    <name>Commitments</name>
    <message>
        <location filename="../../ui/dialogs/promise_dialogs.py" line="19"/>
        <source>Cancel promise</source>
        <translation>取消承诺</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/promise_dialogs.py" line="20"/>
        <source>Cancel &apos;{title}&apos; to {account}? Use this when the promise no longer applies — the customer withdrew the request, or a new promise replaces it. It counts neither as kept nor as broken.</source>
        <translation>取消对 {account} 的承诺“{title}”？适用于承诺已不再适用的情况——客户撤回了要求，或已有新的承诺取代它。取消的承诺既不算已兑现，也不算未兑现。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/promise_dialogs.py" line="36"/>
        <source>Delete &apos;{title}&apos;? Only for a promise entered by mistake: it disappears from the trust record and goes to the Trash (File menu) for 30 days. A promise that no longer applies is better cancelled.</source>
        <translation>删除“{title}”？仅用于误录的承诺：删除后它将从信誉记录中消失，并在回收站（文件菜单）中保留 30 天。不再适用的承诺最好选择取消。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/promise_dialogs.py" line="40"/>
        <source>Delete promise</source>
        <translation>删除承诺</translation>
    </message>
    <message>
        <location filename="../../ui/views/commitments.py" line="38"/>
        <source>Kept on time {kept} · late {late} · broken {broken} · open {open}</source>
        <translation>按时兑现&#xa0;{kept} · 延迟兑现&#xa0;{late} · 未兑现&#xa0;{broken} · 未完成&#xa0;{open}</translation>
    </message>
</context>
<context>
    <name>CommitmentsView</name>
    <message>
        <location filename="../../ui/views/commitments.py" line="53"/>
        <source>All open promises</source>
        <translation>全部未完成承诺</translation>
    </message>
    <message>
        <location filename="../../ui/views/commitments.py" line="54"/>
        <source>At risk (any level)</source>
        <translation>有风险（任意级别）</translation>
    </message>
    <message>
        <location filename="../../ui/views/commitments.py" line="55"/>
        <source>High risk</source>
        <translation>高风险</translation>
    </message>
    <message>
        <location filename="../../ui/views/commitments.py" line="55"/>
        <source>Medium risk</source>
        <translation>中风险</translation>
    </message>
    <message>
        <location filename="../../ui/views/commitments.py" line="56"/>
        <source>Low risk</source>
        <translation>低风险</translation>
    </message>
    <message>
        <location filename="../../ui/views/commitments.py" line="62"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../ui/views/commitments.py" line="62"/>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/views/commitments.py" line="63"/>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <location filename="../../ui/views/commitments.py" line="70"/>
        <source>Mark kept</source>
        <translation>标记为已兑现</translation>
    </message>
    <message>
        <location filename="../../ui/views/commitments.py" line="71"/>
        <location filename="../../ui/views/commitments.py" line="148"/>
        <source>Mark broken</source>
        <translation>标记为未兑现</translation>
    </message>
    <message>
        <location filename="../../ui/views/commitments.py" line="72"/>
        <source>Reschedule…</source>
        <translation>改期…</translation>
    </message>
    <message>
        <location filename="../../ui/views/commitments.py" line="73"/>
        <source>Approval decision…</source>
        <translation>审批决定…</translation>
    </message>
    <message>
        <location filename="../../ui/views/commitments.py" line="74"/>
        <location filename="../../ui/views/commitments.py" line="169"/>
        <source>Cancel promise…</source>
        <translation>取消承诺…</translation>
    </message>
    <message>
        <location filename="../../ui/views/commitments.py" line="75"/>
        <source>The promise no longer applies: it counts neither kept nor broken</source>
        <translation>承诺已不再适用：既不算已兑现，也不算未兑现</translation>
    </message>
    <message>
        <location filename="../../ui/views/commitments.py" line="109"/>
        <source>All accounts</source>
        <translation>全部客户</translation>
    </message>
    <message>
        <location filename="../../ui/views/commitments.py" line="116"/>
        <source>Trust record by person: </source>
        <translation>各人信任记录：</translation>
    </message>
    <message>
        <location filename="../../ui/views/commitments.py" line="130"/>
        <location filename="../../ui/views/commitments.py" line="141"/>
        <source>Commitments</source>
        <translation>承诺</translation>
    </message>
    <message>
        <location filename="../../ui/views/commitments.py" line="130"/>
        <source>Select a promise first.</source>
        <translation>请先选择一条承诺。</translation>
    </message>
    <message>
        <location filename="../../ui/views/commitments.py" line="149"/>
        <source>Mark &apos;{title}&apos; as broken? It counts against the trust record of {account} and {person}.</source>
        <translation>将“{title}”标记为未兑现？这会在 {account} 和 {person} 的信任记录中记一次失信。</translation>
    </message>
    <message>
        <location filename="../../ui/views/commitments.py" line="166"/>
        <source>Open the account</source>
        <translation>打开客户</translation>
    </message>
    <message>
        <location filename="../../ui/views/commitments.py" line="167"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../ui/views/commitments.py" line="170"/>
        <source>Delete (entered by mistake)…</source>
        <translation>删除（误录）…</translation>
    </message>
    <message>
        <location filename="../../ui/views/commitments.py" line="198"/>
        <source>Why the date moves (the customer will ask)</source>
        <translation>改期原因（客户会问到）</translation>
    </message>
    <message>
        <location filename="../../ui/views/commitments.py" line="199"/>
        <source>Reschedule promise</source>
        <translation>承诺改期</translation>
    </message>
    <message>
        <location filename="../../ui/views/commitments.py" line="199"/>
        <source>New due date</source>
        <translation>新到期日</translation>
    </message>
    <message>
        <location filename="../../ui/views/commitments.py" line="200"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/views/commitments.py" line="212"/>
        <source>Approval decision</source>
        <translation>审批决定</translation>
    </message>
    <message>
        <location filename="../../ui/views/commitments.py" line="212"/>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <location filename="../../ui/views/commitments.py" line="213"/>
        <source>Approver</source>
        <translation>审批人</translation>
    </message>
</context>
<context>
    <name>ConflictTableModel</name>
    <message>
        <location filename="../../ui/dialogs/exchange_dialog.py" line="43"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_dialog.py" line="43"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_dialog.py" line="43"/>
        <source>Changed here</source>
        <translation>本机修改</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_dialog.py" line="43"/>
        <source>What happened</source>
        <translation>发生了什么</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_dialog.py" line="44"/>
        <source>Changed there</source>
        <translation>对方修改</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_dialog.py" line="44"/>
        <source>Kept</source>
        <translation>保留</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_dialog.py" line="52"/>
        <source>deleted here, changed there</source>
        <translation>本机已删除，对方有修改</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_dialog.py" line="53"/>
        <source>deleted there, changed here</source>
        <translation>对方已删除，本机有修改</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_dialog.py" line="54"/>
        <source>changed on both sides</source>
        <translation>两边都有修改</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_dialog.py" line="61"/>
        <source>their change (it came back)</source>
        <translation>对方的修改（已恢复）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_dialog.py" line="61"/>
        <source>the deletion</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_dialog.py" line="63"/>
        <source>ours (changed after their deletion)</source>
        <translation>本机（在对方删除后修改）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_dialog.py" line="64"/>
        <source>theirs (newer)</source>
        <translation>对方（较新）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_dialog.py" line="64"/>
        <source>ours (newer)</source>
        <translation>本机（较新）</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="18"/>
        <source>Edit contact</source>
        <translation>编辑联系人</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="18"/>
        <source>New contact</source>
        <translation>新建联系人</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="23"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="24"/>
        <source>Title</source>
        <translation>职位</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="25"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="26"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="27"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="30"/>
        <source>wechat: li_wei88, whatsapp: +49 170 1234567</source>
        <translation>wechat: li_wei88, whatsapp: +49 170 1234567</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="31"/>
        <source>Messaging</source>
        <translation>即时通讯</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="32"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="33"/>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="34"/>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="35"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <location filename="../../ui/models/contact_table.py" line="28"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/models/contact_table.py" line="28"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../ui/models/contact_table.py" line="28"/>
        <source>Title</source>
        <translation>职位</translation>
    </message>
    <message>
        <location filename="../../ui/models/contact_table.py" line="28"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../ui/models/contact_table.py" line="28"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/models/contact_table.py" line="29"/>
        <source>Messaging</source>
        <translation>即时通讯</translation>
    </message>
    <message>
        <location filename="../../ui/models/contact_table.py" line="65"/>
        <source>This number cannot be dialled: it is too short or too long for its country. Check it (typed: {typed}).</source>
        <translation>这个号码无法拨打：对它所属的国家来说太短或太长。请核对（输入的是：{typed}）。</translation>
    </message>
    <message>
        <location filename="../../ui/models/contact_table.py" line="68"/>
        <source>{number}: the right length, but not a number in use in its country.</source>
        <translation>{number}：长度正确，但不是该国在用的号码。</translation>
    </message>
    <message>
        <location filename="../../ui/models/contact_table.py" line="70"/>
        <source>Typed as {typed}</source>
        <translation>输入为 {typed}</translation>
    </message>
</context>
<context>
    <name>CountriesView</name>
    <message>
        <location filename="../../ui/views/countries.py" line="41"/>
        <source>Filter countries (name, code, 中文)</source>
        <translation>筛选国家（名称、代码、中文）</translation>
    </message>
    <message>
        <location filename="../../ui/views/countries.py" line="61"/>
        <source>Your firm&apos;s own notes for this country</source>
        <translation>本公司针对该国家的备注</translation>
    </message>
    <message>
        <location filename="../../ui/views/countries.py" line="63"/>
        <source>Save our notes</source>
        <translation>保存我们的备注</translation>
    </message>
    <message>
        <location filename="../../ui/views/countries.py" line="69"/>
        <source>Use for this country</source>
        <translation>用于该国家</translation>
    </message>
    <message>
        <location filename="../../ui/views/countries.py" line="70"/>
        <source>Use the region&apos;s</source>
        <translation>使用所在地区的设置</translation>
    </message>
    <message>
        <location filename="../../ui/views/countries.py" line="80"/>
        <source>Contact window (their time)</source>
        <translation>可联系时间（客户当地时间）</translation>
    </message>
    <message>
        <location filename="../../ui/views/countries.py" line="88"/>
        <source>Our notes</source>
        <translation>我们的备注</translation>
    </message>
    <message>
        <location filename="../../ui/views/countries.py" line="152"/>
        <source>none known</source>
        <translation>暂无</translation>
    </message>
    <message>
        <location filename="../../ui/views/countries.py" line="153"/>
        <source>Time zones: {zones}
Weekend: {weekend} · Contact window: {start}–{end}
Business languages: {langs}
Next public holidays: {holidays}</source>
        <translation>时区：{zones}
周末：{weekend} · 工作时间：{start}–{end}
商务语言：{langs}
近期公共假日：{holidays}</translation>
    </message>
    <message>
        <location filename="../../ui/views/countries.py" line="168"/>
        <source>No notes for this country yet: these are the notes for its region.</source>
        <translation>该国家暂无备注，以下为所属地区的备注。</translation>
    </message>
    <message>
        <location filename="../../ui/views/countries.py" line="174"/>
        <source>Sources</source>
        <translation>资料来源</translation>
    </message>
    <message>
        <location filename="../../ui/views/countries.py" line="185"/>
        <source>checked {date}</source>
        <translation>{date} 核实</translation>
    </message>
    <message>
        <location filename="../../ui/views/countries.py" line="208"/>
        <source>{name} ({kind}): {reason}</source>
        <translation>{name}（{kind}）：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/views/countries.py" line="211"/>
        <source>Closures ahead</source>
        <translation>即将到来的停业期</translation>
    </message>
    <message>
        <location filename="../../ui/views/countries.py" line="217"/>
        <source>office closed</source>
        <translation>办公室关闭</translation>
    </message>
    <message>
        <location filename="../../ui/views/countries.py" line="219"/>
        <source>short hours {start}–{end}</source>
        <translation>工作时间缩短 {start}–{end}</translation>
    </message>
    <message>
        <location filename="../../ui/views/countries.py" line="220"/>
        <source>no new quotes</source>
        <translation>不发新报价</translation>
    </message>
    <message>
        <location filename="../../ui/views/countries.py" line="234"/>
        <location filename="../../ui/views/countries.py" line="244"/>
        <source>Countries</source>
        <translation>国家</translation>
    </message>
    <message>
        <location filename="../../ui/views/countries.py" line="248"/>
        <source>Notes saved.</source>
        <translation>备注已保存。</translation>
    </message>
</context>
<context>
    <name>CountryTableModel</name>
    <message>
        <location filename="../../ui/models/country_table.py" line="32"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../ui/models/country_table.py" line="32"/>
        <location filename="../../ui/models/country_table.py" line="49"/>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location filename="../../ui/models/country_table.py" line="32"/>
        <location filename="../../ui/models/country_table.py" line="49"/>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../ui/models/country_table.py" line="32"/>
        <source>Local time</source>
        <translation>当地时间</translation>
    </message>
    <message>
        <location filename="../../ui/models/country_table.py" line="33"/>
        <source>Weekend</source>
        <translation>周末</translation>
    </message>
    <message>
        <location filename="../../ui/models/country_table.py" line="33"/>
        <source>Etiquette notes</source>
        <translation>礼仪须知</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../ui/widgets/date_field.py" line="25"/>
        <source>Pick a day in a calendar</source>
        <translation>在日历中选择日期</translation>
    </message>
</context>
<context>
    <name>ExchangeDialog</name>
    <message>
        <location filename="../../ui/dialogs/exchange_dialog.py" line="81"/>
        <source>Exchange with another laptop</source>
        <translation>与另一台电脑交换数据</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_dialog.py" line="83"/>
        <source>Take a bundle from the laptop you used at the fair and merge it here (or the other way round). New records are added, changed ones updated; when both sides changed the same record, the newer change wins and is listed below for you to review. Merging the same bundle twice changes nothing.</source>
        <translation>从展会上使用的笔记本电脑取得数据包，合并到本机（反之亦然）。新记录会被添加，已修改的记录会被更新；如果两边修改了同一条记录，以较新的修改为准，并列在下方供您检查。同一个数据包合并两次不会产生任何变化。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_dialog.py" line="88"/>
        <source>Export bundle…</source>
        <translation>导出数据包…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_dialog.py" line="89"/>
        <source>Merge a bundle…</source>
        <translation>合并数据包…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_dialog.py" line="95"/>
        <source>Cancel merge</source>
        <translation>取消合并</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_dialog.py" line="135"/>
        <source>Bring these back</source>
        <translation>恢复这些记录</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_dialog.py" line="136"/>
        <source>Restore what they belong to as well, as it is in the bundle</source>
        <translation>同时按数据包中的内容恢复它们所属的客户或联系人</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_dialog.py" line="152"/>
        <source>Export bundle</source>
        <translation>导出数据包</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_dialog.py" line="150"/>
        <source>Rapport bundle (*.json)</source>
        <translation>Rapport 数据包 (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_dialog.py" line="102"/>
        <source>Plain bundle (not encrypted)</source>
        <translation>未加密的数据包</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_dialog.py" line="103"/>
        <source>Anyone who gets a plain bundle can read every customer in it. Leave this unticked to protect the bundle with a passphrase.</source>
        <translation>任何拿到未加密数据包的人都能读到其中每一位客户。不勾选此项，数据包会用口令加密保护。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_dialog.py" line="151"/>
        <source>Encrypted Rapport bundle (*.enc)</source>
        <translation>加密的 Rapport 数据包 (*.enc)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_dialog.py" line="164"/>
        <source>Wrote {a} accounts, {c} contacts, {i} interactions and {p} promises to {file}.</source>
        <translation>已将 {a} 个客户、{c} 个联系人、{i} 条互动记录和 {p} 条承诺写入 {file}。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_dialog.py" line="167"/>
        <source>It is encrypted: the other laptop needs the passphrase to merge it.</source>
        <translation>数据包已加密：另一台电脑需要输入口令才能合并。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_dialog.py" line="168"/>
        <source>It is not encrypted: anyone who gets the file can read it.</source>
        <translation>数据包未加密：任何拿到这个文件的人都能读取。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_dialog.py" line="173"/>
        <location filename="../../ui/dialogs/exchange_dialog.py" line="177"/>
        <location filename="../../ui/dialogs/exchange_dialog.py" line="180"/>
        <source>Encrypt the bundle</source>
        <translation>加密数据包</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_dialog.py" line="174"/>
        <source>A passphrase for this bundle:</source>
        <translation>为这个数据包设置口令：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_dialog.py" line="177"/>
        <source>The same passphrase again:</source>
        <translation>再次输入同一个口令：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_dialog.py" line="181"/>
        <source>The two passphrases differ; nothing was written.</source>
        <translation>两次输入的口令不一致；未写入任何内容。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_dialog.py" line="186"/>
        <source>That passphrase does not open {file}. Try again:</source>
        <translation>该口令打不开 {file}。请再试一次：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_dialog.py" line="187"/>
        <source>{file} is encrypted. Its passphrase:</source>
        <translation>{file} 已加密。请输入它的口令：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_dialog.py" line="188"/>
        <source>Encrypted bundle</source>
        <translation>加密的数据包</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_dialog.py" line="192"/>
        <source>Merge bundle</source>
        <translation>合并数据包</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_dialog.py" line="193"/>
        <source>Rapport bundle (*.json *.enc);;All files (*)</source>
        <translation>Rapport 数据包 (*.json *.enc);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_dialog.py" line="203"/>
        <source>Merging {file}…</source>
        <translation>正在合并 {file}…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_dialog.py" line="227"/>
        <source>Bringing back the records set aside…</source>
        <translation>正在恢复被搁置的记录…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_dialog.py" line="228"/>
        <source>Nothing was brought back: {error}</source>
        <translation>未恢复任何内容：{error}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_dialog.py" line="235"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_dialog.py" line="261"/>
        <source>Added {a}, updated {u}, deleted {d}, unchanged {n}, brought back {r}; {c} changed on both sides (listed below).</source>
        <translation>新增 {a}，更新 {u}，删除 {d}，未变 {n}，恢复 {r}；{c} 条两边都有修改（见下方列表）。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_dialog.py" line="273"/>
        <source>Set aside in the Trash: {n}. These records belong to an account or contact deleted here and were changed there before the deletion; bring them back to restore what they belong to as well.</source>
        <translation>已搁置到回收站：{n} 条。这些记录属于本机已删除的客户或联系人，且对方是在删除之前修改的；恢复它们时，也会一并恢复其所属的客户或联系人。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_dialog.py" line="281"/>
        <source>Brought back {n} records.</source>
        <translation>已恢复 {n} 条记录。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_dialog.py" line="204"/>
        <source>Nothing was merged: {error}</source>
        <translation>未合并任何内容：{error}</translation>
    </message>
</context>
<context>
    <name>FairSummaryModel</name>
    <message>
        <location filename="../../ui/models/fair_table.py" line="23"/>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location filename="../../ui/models/fair_table.py" line="23"/>
        <source>Hot</source>
        <translation>火热</translation>
    </message>
    <message>
        <location filename="../../ui/models/fair_table.py" line="23"/>
        <source>Warm</source>
        <translation>热情</translation>
    </message>
    <message>
        <location filename="../../ui/models/fair_table.py" line="23"/>
        <source>Cold</source>
        <translation>冷淡</translation>
    </message>
    <message>
        <location filename="../../ui/models/fair_table.py" line="23"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>FairView</name>
    <message>
        <location filename="../../ui/views/fair.py" line="42"/>
        <source>e.g. Canton Fair 2026, phase 2</source>
        <translation>如：2026 广交会第二期</translation>
    </message>
    <message>
        <location filename="../../ui/views/fair.py" line="50"/>
        <source>Fair</source>
        <translation>展会</translation>
    </message>
    <message>
        <location filename="../../ui/views/fair.py" line="52"/>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/views/fair.py" line="58"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../ui/views/fair.py" line="58"/>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location filename="../../ui/views/fair.py" line="58"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../ui/views/fair.py" line="59"/>
        <source>Visitor&apos;s name</source>
        <translation>访客姓名</translation>
    </message>
    <message>
        <location filename="../../ui/views/fair.py" line="59"/>
        <source>Title</source>
        <translation>职位</translation>
    </message>
    <message>
        <location filename="../../ui/views/fair.py" line="59"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../ui/views/fair.py" line="60"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/views/fair.py" line="60"/>
        <source>WeChat / WhatsApp / LINE</source>
        <translation>微信 / WhatsApp / LINE</translation>
    </message>
    <message>
        <location filename="../../ui/views/fair.py" line="61"/>
        <source>Products of interest</source>
        <translation>感兴趣的产品</translation>
    </message>
    <message>
        <location filename="../../ui/views/fair.py" line="61"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/views/fair.py" line="69"/>
        <source>Any way: DE, Germany, Deutschland, 德国</source>
        <translation>任意写法：DE、Germany、Deutschland、德国</translation>
    </message>
    <message>
        <location filename="../../ui/views/fair.py" line="74"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../ui/views/fair.py" line="77"/>
        <source>Hot — ready to buy</source>
        <translation>热 — 准备采购</translation>
    </message>
    <message>
        <location filename="../../ui/views/fair.py" line="77"/>
        <source>Warm — interested</source>
        <translation>温 — 有兴趣</translation>
    </message>
    <message>
        <location filename="../../ui/views/fair.py" line="78"/>
        <source>Cold — just looking</source>
        <translation>冷 — 随便看看</translation>
    </message>
    <message>
        <location filename="../../ui/views/fair.py" line="81"/>
        <source>Temperature</source>
        <translation>意向热度</translation>
    </message>
    <message>
        <location filename="../../ui/views/fair.py" line="82"/>
        <source>Save lead (Enter)</source>
        <translation>保存线索（Enter）</translation>
    </message>
    <message>
        <location filename="../../ui/views/fair.py" line="88"/>
        <source>New visitor</source>
        <translation>新访客</translation>
    </message>
    <message>
        <location filename="../../ui/views/fair.py" line="98"/>
        <source>Leads at this fair</source>
        <translation>本届展会线索</translation>
    </message>
    <message>
        <location filename="../../ui/views/fair.py" line="133"/>
        <source>Trade fair</source>
        <translation>展会</translation>
    </message>
    <message>
        <location filename="../../ui/views/fair.py" line="139"/>
        <source>Saved {name} ({country}). Next visitor.</source>
        <translation>已保存 {name}（{country}）。请录入下一位访客。</translation>
    </message>
    <message>
        <location filename="../../ui/views/fair.py" line="152"/>
        <source>Country unknown</source>
        <translation>国家未知</translation>
    </message>
    <message>
        <location filename="../../ui/views/fair.py" line="157"/>
        <source>{n} leads · hot {hot} · warm {warm} · cold {cold}</source>
        <translation>{n} 条线索 · 热 {hot} · 温 {warm} · 冷 {cold}</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../ui/dialogs/form.py" line="168"/>
        <source>Reload</source>
        <translation>重新载入</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/form.py" line="171"/>
        <source>Keep mine</source>
        <translation>保留我的</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/form.py" line="185"/>
        <source>Not a date: type it like {example}, or leave it empty.</source>
        <translation>这不是日期：请按 {example} 的格式输入，或留空。</translation>
    </message>
</context>
<context>
    <name>HealthPanel</name>
    <message>
        <location filename="../../ui/widgets/health_panel.py" line="30"/>
        <source>not measured yet</source>
        <translation>尚无数据</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/health_panel.py" line="46"/>
        <source>Relationship health</source>
        <translation>客户关系健康度</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/health_panel.py" line="50"/>
        <source>good</source>
        <translation>良好</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/health_panel.py" line="50"/>
        <source>watch</source>
        <translation>需关注</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/health_panel.py" line="50"/>
        <source>at risk</source>
        <translation>有风险</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/health_panel.py" line="56"/>
        <source>Trust</source>
        <translation>信任</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/health_panel.py" line="54"/>
        <source>Rhythm kept</source>
        <translation>跟进节奏</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/health_panel.py" line="54"/>
        <source>Level coverage</source>
        <translation>层级覆盖</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/health_panel.py" line="55"/>
        <source>Our replies</source>
        <translation>我方回复</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/health_panel.py" line="55"/>
        <source>Their response</source>
        <translation>客户回应</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/health_panel.py" line="60"/>
        <source>Health: —</source>
        <translation>健康度：—</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/health_panel.py" line="67"/>
        <source>Health {score} — {band}</source>
        <translation>健康度 {score} — {band}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/health_panel.py" line="69"/>
        <source>Health score {score}, {band}</source>
        <translation>健康度 {score}，{band}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/health_panel.py" line="71"/>
        <source>Nothing pulls it down.</source>
        <translation>没有拉低分数的因素。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/health_panel.py" line="87"/>
        <source>{part}: {score} of 100 — {detail}</source>
        <translation>{part}：{score}/100 — {detail}</translation>
    </message>
</context>
<context>
    <name>HealthTab</name>
    <message>
        <location filename="../../ui/views/account_health.py" line="25"/>
        <source>Levels</source>
        <translation>层级</translation>
    </message>
    <message>
        <location filename="../../ui/views/account_health.py" line="27"/>
        <source>Touches per week, by channel; dot: their response</source>
        <translation>每周联系次数（按渠道）；圆点：客户回应</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="72"/>
        <source>Import {file}</source>
        <translation>导入 {file}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="76"/>
        <location filename="../../ui/dialogs/import_dialog.py" line="80"/>
        <location filename="../../ui/dialogs/import_dialog.py" line="204"/>
        <source>Detected</source>
        <translation>自动检测</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="80"/>
        <source>Comma ( , )</source>
        <translation>逗号 ( , )</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="81"/>
        <source>Semicolon ( ; )</source>
        <translation>分号 ( ; )</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="81"/>
        <source>Tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="81"/>
        <source>Bar ( | )</source>
        <translation>竖线 ( | )</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="85"/>
        <source>e.g. DE or Germany</source>
        <translation>如：DE 或 Germany</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="89"/>
        <source>Encoding</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="90"/>
        <source>Columns separated by</source>
        <translation>列分隔符</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="91"/>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="92"/>
        <source>Country for rows without one</source>
        <translation>未填国家的行默认为</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="107"/>
        <source>Likely duplicates of accounts you have: a ticked row goes into that account instead of a new one.</source>
        <translation>可能与已有客户重复：勾选的行将并入该客户，而不是新建客户。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="117"/>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="118"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="119"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="153"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="153"/>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="153"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="154"/>
        <source>Contact name</source>
        <translation>联系人姓名</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="154"/>
        <source>First name</source>
        <translation>名</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="155"/>
        <source>Last name</source>
        <translation>姓</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="155"/>
        <source>Job title</source>
        <translation>职位</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="155"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="156"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="156"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="156"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="157"/>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="157"/>
        <source>LINE</source>
        <translation>LINE</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="157"/>
        <source>KakaoTalk</source>
        <translation>KakaoTalk</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="158"/>
        <source>Telegram</source>
        <translation>Telegram</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="158"/>
        <source>Zalo</source>
        <translation>Zalo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="158"/>
        <source>Messaging (app: handle)</source>
        <translation>即时通讯（应用: 账号）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="159"/>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="160"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="160"/>
        <source>Company notes</source>
        <translation>公司备注</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="160"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="161"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="161"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="161"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="162"/>
        <source>Muslim-owned</source>
        <translation>穆斯林企业</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="163"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="176"/>
        <source>Reading {file}…</source>
        <translation>正在读取 {file}…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="219"/>
        <source>{rows} rows; the first {shown} are shown. Choose above each column what it holds, then Check: the last columns show where each country comes from.</source>
        <translation>共 {rows} 行，显示前 {shown} 行。请在每列上方选择该列的内容，然后点击“检查”：最后两列显示每个国家的来源。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="223"/>
        <source>Read as {encoding}: if letters look wrong, choose another encoding above.</source>
        <translation>按 {encoding} 读取：如果文字显示不正确，请在上方选择其他编码。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="255"/>
        <source>Row {row}: merge into {account} ({why})</source>
        <translation>第 {row} 行：并入 {account}（{why}）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="265"/>
        <source>same e-mail</source>
        <translation>相同电子邮件</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="265"/>
        <source>same phone number</source>
        <translation>相同电话号码</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="266"/>
        <source>same name</source>
        <translation>相同名称</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="266"/>
        <source>similar name</source>
        <translation>名称相似</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="267"/>
        <source>same web domain</source>
        <translation>相同网站域名</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="289"/>
        <source>Importing… Nothing is written until every row is in; Cancel leaves the book as it was.</source>
        <translation>正在导入… 所有行处理完之前不会写入任何内容；点“取消”则数据库保持原样。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="343"/>
        <source>{n} accounts have no country: set it later with Set country… in the list.</source>
        <translation>{n} 个客户没有国家：稍后可在列表中用“设置国家…”设置。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="365"/>
        <source>Reading was cancelled. Change an option above to read the file again.</source>
        <translation>已取消读取。更改上方任一选项即可重新读取文件。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="366"/>
        <source>This file cannot be imported: {error}</source>
        <translation>无法导入此文件：{error}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="204"/>
        <source>Detected: {value}</source>
        <translation>自动检测：{value}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="214"/>
        <source>comma</source>
        <translation>逗号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="214"/>
        <source>semicolon</source>
        <translation>分号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="214"/>
        <source>tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="214"/>
        <source>bar</source>
        <translation>竖线</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="232"/>
        <source>(ignore)</source>
        <translation>（忽略）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="246"/>
        <source>The mapping changed: Check again before importing.</source>
        <translation>列对应关系已更改：导入前请重新“检查”。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="288"/>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="336"/>
        <source>Ready to import: {new} rows add new records, {updated} update existing ones, {skipped} have problems and will be skipped.</source>
        <translation>可以导入：{new} 行将新增记录，{updated} 行将更新现有记录，{skipped} 行有问题，将被跳过。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="339"/>
        <source>Imported: {new} rows added new records, {updated} updated existing ones, {skipped} were skipped.</source>
        <translation>导入完成：{new} 行新增了记录，{updated} 行更新了现有记录，{skipped} 行被跳过。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="350"/>
        <source>Row {row}: {message}</source>
        <translation>第 {row} 行：{message}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="353"/>
        <source>… and {n} more</source>
        <translation>……另有 {n} 项</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="369"/>
        <source>Cancelled: nothing was imported.</source>
        <translation>已取消：未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="370"/>
        <source>Nothing was imported: {error}</source>
        <translation>未导入任何内容：{error}</translation>
    </message>
</context>
<context>
    <name>InteractionDialog</name>
    <message>
        <location filename="../../ui/dialogs/interaction_dialog.py" line="23"/>
        <source>Edit interaction</source>
        <translation>编辑互动</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/interaction_dialog.py" line="23"/>
        <source>Log interaction</source>
        <translation>记录互动</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/interaction_dialog.py" line="36"/>
        <source>When (your time)</source>
        <translation>时间（您的时间）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/interaction_dialog.py" line="38"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/interaction_dialog.py" line="39"/>
        <source>(the company)</source>
        <translation>（公司整体）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/interaction_dialog.py" line="40"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/interaction_dialog.py" line="42"/>
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/interaction_dialog.py" line="44"/>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/interaction_dialog.py" line="46"/>
        <source>Their response</source>
        <translation>客户回应</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/interaction_dialog.py" line="48"/>
        <source>Quote valid until</source>
        <translation>报价有效期至</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/interaction_dialog.py" line="49"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
</context>
<context>
    <name>InteractionTableModel</name>
    <message>
        <location filename="../../ui/models/interaction_table.py" line="27"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/models/interaction_table.py" line="27"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../ui/models/interaction_table.py" line="27"/>
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <location filename="../../ui/models/interaction_table.py" line="27"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../ui/models/interaction_table.py" line="28"/>
        <source>Response</source>
        <translation>回应</translation>
    </message>
    <message>
        <location filename="../../ui/models/interaction_table.py" line="28"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
</context>
<context>
    <name>JumpDialog</name>
    <message>
        <location filename="../../ui/dialogs/jump_dialog.py" line="97"/>
        <source>Jump to an account, contact or promise…</source>
        <translation>跳转到客户、联系人或承诺…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/jump_dialog.py" line="151"/>
        <source>↑↓ move · Enter opens · Esc closes</source>
        <translation>↑↓ 移动 · Enter 打开 · Esc 关闭</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/jump_dialog.py" line="153"/>
        <source>No account, contact or promise has a name like that.</source>
        <translation>没有名称与此相符的客户、联系人或承诺。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/jump_dialog.py" line="155"/>
        <source>Type a name: an account, a contact or a promise, in any language. ↑↓ move · Enter opens · Esc closes</source>
        <translation>输入名称：客户、联系人或承诺，任何语言均可。↑↓ 移动 · Enter 打开 · Esc 关闭</translation>
    </message>
</context>
<context>
    <name>KindLabels</name>
    <message>
        <location filename="../../ui/dialogs/exchange_dialog.py" line="36"/>
        <source>account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_dialog.py" line="36"/>
        <source>contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_dialog.py" line="36"/>
        <source>interaction</source>
        <translation>互动记录</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_dialog.py" line="37"/>
        <source>promise</source>
        <translation>承诺</translation>
    </message>
</context>
<context>
    <name>LevelMap</name>
    <message>
        <location filename="../../ui/widgets/level_map.py" line="27"/>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/level_map.py" line="27"/>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/level_map.py" line="27"/>
        <source>Last touch</source>
        <translation>最近联系</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/level_map.py" line="38"/>
        <source>Levels of the customer</source>
        <translation>客户各层级</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/level_map.py" line="48"/>
        <source>nobody known</source>
        <translation>无人</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/level_map.py" line="51"/>
        <source>{when} — not reached</source>
        <translation>{when} — 未联系上</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/level_map.py" line="54"/>
        <source>{role}: {people} known, last touch {when}</source>
        <translation>{role}：认识 {people} 人，最近联系 {when}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/level_map.py" line="62"/>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/level_map.py" line="65"/>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/level_map.py" line="67"/>
        <source>yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/level_map.py" line="69"/>
        <source>{n} days ago</source>
        <translation>{n} 天前</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/level_map.py" line="71"/>
        <source>{n} weeks ago</source>
        <translation>{n} 周前</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/level_map.py" line="72"/>
        <source>{n} months ago</source>
        <translation>{n} 个月前</translation>
    </message>
</context>
<context>
    <name>LocalClock</name>
    <message>
        <location filename="../../ui/widgets/local_clock.py" line="36"/>
        <source>Their country is unknown: set it (Edit…) to see their time and working hours.</source>
        <translation>客户所在国家未知：请在“编辑…”中设置，以显示其当地时间和工作时段。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/local_clock.py" line="44"/>
        <source>their day off</source>
        <translation>客户休息日</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/local_clock.py" line="46"/>
        <source>inside working hours</source>
        <translation>工作时间内</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/local_clock.py" line="48"/>
        <source>outside working hours</source>
        <translation>工作时间外</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/local_clock.py" line="49"/>
        <source>{when} in {place} — {state} ({window})</source>
        <translation>{place} {when} — {state}（{window}）</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="40"/>
        <source>Rapport</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="53"/>
        <location filename="../../ui/main_window.py" line="179"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="54"/>
        <source>Accounts</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="57"/>
        <source>Week</source>
        <translation>周历</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="58"/>
        <source>Commitments</source>
        <translation>承诺</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="59"/>
        <source>Countries</source>
        <translation>国家</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="60"/>
        <source>Trade fair</source>
        <translation>展会</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="61"/>
        <source>Portfolio</source>
        <translation>客户组合</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="112"/>
        <source>Planning the book: {done} of {total} accounts…</source>
        <translation>正在排定跟进计划：{done} / {total} 个客户…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="177"/>
        <source>Today {due} · {late}</source>
        <translation>今天 {due} · {late}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="179"/>
        <source>Today {due}</source>
        <translation>今天 {due}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="180"/>
        <source>{due} due today (replies owed and touches) · {late} overdue</source>
        <translation>今天待办 {due} 项（待回复和待联系）· 已逾期 {late} 项</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="220"/>
        <source>Next touches</source>
        <translation>下次跟进</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="221"/>
        <source>Promises</source>
        <translation>承诺</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="222"/>
        <source>Health</source>
        <translation>健康度</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="264"/>
        <source>Brief</source>
        <translation>客户简报</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="314"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="315"/>
        <source>&amp;New account…</source>
        <translation>新建客户(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="318"/>
        <source>&amp;Import contacts…</source>
        <translation>导入联系人(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="319"/>
        <source>&amp;Export contacts…</source>
        <translation>导出联系人(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="320"/>
        <source>E&amp;xchange with another laptop…</source>
        <translation>与另一台电脑交换数据(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="322"/>
        <source>&amp;Brief for this account…</source>
        <translation>本客户简报(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="323"/>
        <source>Briefs for a &amp;trade fair…</source>
        <translation>展会简报合集(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="325"/>
        <source>&amp;Portfolio report…</source>
        <translation>客户组合报告(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="327"/>
        <source>&amp;Back up now…</source>
        <translation>立即备份(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="328"/>
        <source>&amp;Restore a backup…</source>
        <translation>恢复备份(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="329"/>
        <source>T&amp;rash…</source>
        <translation>回收站(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="335"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="336"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="343"/>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="344"/>
        <source>&amp;Jump to…</source>
        <translation>跳转到(&amp;J)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="345"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="346"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="349"/>
        <source>&amp;Merge accounts…</source>
        <translation>合并客户(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="351"/>
        <source>Set c&amp;ountry…</source>
        <translation>设置国家(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="352"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="356"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="357"/>
        <source>&amp;About Rapport</source>
        <translation>关于 Rapport(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="387"/>
        <source>Restored “{name}”.</source>
        <translation>已恢复“{name}”。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="402"/>
        <source>Import contacts</source>
        <translation>导入联系人</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="403"/>
        <source>Contact lists (*.csv *.txt *.tsv *.xlsx *.vcf);;All files (*)</source>
        <translation>联系人列表 (*.csv *.txt *.tsv *.xlsx *.vcf);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="414"/>
        <source>Export contacts</source>
        <translation>导出联系人</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="415"/>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="418"/>
        <source>Exported {n} rows to {file}.</source>
        <translation>已导出 {n} 行到 {file}。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="434"/>
        <source>Back up the database</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="435"/>
        <location filename="../../ui/main_window.py" line="449"/>
        <source>Rapport database (*.sqlite)</source>
        <translation>Rapport 数据库 (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="438"/>
        <source>Backed up to {file}.</source>
        <translation>已备份到 {file}。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="448"/>
        <location filename="../../ui/main_window.py" line="452"/>
        <location filename="../../ui/main_window.py" line="460"/>
        <location filename="../../ui/main_window.py" line="465"/>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="453"/>
        <source>Replace the current data with {file}? The current database is kept beside it first.</source>
        <translation>用 {file} 替换当前数据？替换前会先将当前数据库保留在其旁边。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="466"/>
        <source>Restored. The previous database was kept as {file}.</source>
        <translation>已恢复。原数据库已保留为 {file}。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="481"/>
        <source>About Rapport</source>
        <translation>关于 Rapport</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="482"/>
        <source>&lt;b&gt;Rapport&lt;/b&gt; — customer relationships for export firms.&lt;br&gt;Database: {db}</source>
        <translation>&lt;b&gt;Rapport&lt;/b&gt; — 外贸企业的客户关系管理工具。&lt;br&gt;数据库：{db}</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="23"/>
        <source>Merge accounts</source>
        <translation>合并客户</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="28"/>
        <source>Keep this account; the others are merged into it:</source>
        <translation>保留此客户，其他客户并入其中：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="41"/>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="55"/>
        <source>Moving to “{keep}”: contacts {contacts}, interactions {interactions}, promises {promises}.</source>
        <translation>将移到“{keep}”：联系人 {contacts} 位，互动记录 {interactions} 条，承诺 {promises} 项。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="59"/>
        <source>{n} of these people are already at “{keep}” (same e-mail): each is kept once.</source>
        <translation>其中 {n} 人已在“{keep}”中（电子邮件相同），每人只保留一份。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="61"/>
        <source>Removed: {names}. Edit › Undo (Ctrl+Z) brings them back until you close Rapport.</source>
        <translation>将移除：{names}。关闭 Rapport 之前，可用“编辑 › 撤销”（Ctrl+Z）恢复。</translation>
    </message>
</context>
<context>
    <name>MonthModel</name>
    <message>
        <location filename="../../ui/models/week_month.py" line="71"/>
        <source>Promise: {title}</source>
        <translation>承诺：{title}</translation>
    </message>
    <message>
        <location filename="../../ui/models/week_month.py" line="76"/>
        <source>… {n} more</source>
        <translation>……另有 {n} 项</translation>
    </message>
    <message>
        <location filename="../../ui/models/week_month.py" line="82"/>
        <source>1 touch</source>
        <translation>跟进 1 项</translation>
    </message>
    <message>
        <location filename="../../ui/models/week_month.py" line="82"/>
        <source>{n} touches</source>
        <translation>跟进 {n} 项</translation>
    </message>
    <message>
        <location filename="../../ui/models/week_month.py" line="84"/>
        <source>1 promise</source>
        <translation>承诺 1 项</translation>
    </message>
    <message>
        <location filename="../../ui/models/week_month.py" line="84"/>
        <source>{n} promises</source>
        <translation>承诺 {n} 项</translation>
    </message>
</context>
<context>
    <name>OfficeDatabasePage</name>
    <message>
        <location filename="../../ui/dialogs/office_database_page.py" line="35"/>
        <source>office-server</source>
        <translation>office-server</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/office_database_page.py" line="43"/>
        <source>Remember the password in the system keyring</source>
        <translation>在系统密钥环中记住密码</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/office_database_page.py" line="52"/>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/office_database_page.py" line="53"/>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/office_database_page.py" line="54"/>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/office_database_page.py" line="55"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/office_database_page.py" line="56"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/office_database_page.py" line="58"/>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/office_database_page.py" line="59"/>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/office_database_page.py" line="60"/>
        <source>Use the book on this computer</source>
        <translation>使用本机上的数据库</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/office_database_page.py" line="70"/>
        <source>Connect to the office database: the shared book on your firm&apos;s PostgreSQL server. Ask whoever looks after the server for these details.</source>
        <translation>连接办公室数据库：贵公司 PostgreSQL 服务器上的共享数据库。这些信息请向服务器管理员索取。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/office_database_page.py" line="80"/>
        <source>In use now: {book}</source>
        <translation>当前使用：{book}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/office_database_page.py" line="93"/>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/office_database_page.py" line="110"/>
        <source>The office database answers.</source>
        <translation>办公室数据库已响应。</translation>
    </message>
</context>
<context>
    <name>OverdueTouchModel</name>
    <message>
        <location filename="../../ui/models/today_touches.py" line="110"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/models/today_touches.py" line="110"/>
        <source>Days late</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <location filename="../../ui/models/today_touches.py" line="110"/>
        <source>Was planned (their time)</source>
        <translation>原计划时间（客户当地时间）</translation>
    </message>
    <message>
        <location filename="../../ui/models/today_touches.py" line="111"/>
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <location filename="../../ui/models/today_touches.py" line="111"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../ui/models/today_touches.py" line="111"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/models/today_touches.py" line="118"/>
        <source>1 day late</source>
        <translation>逾期 1 天</translation>
    </message>
    <message>
        <location filename="../../ui/models/today_touches.py" line="118"/>
        <source>{n} days late</source>
        <translation>逾期 {n} 天</translation>
    </message>
</context>
<context>
    <name>PackDialog</name>
    <message>
        <location filename="../../ui/dialogs/pack_dialog.py" line="33"/>
        <source>Briefs for a trade fair</source>
        <translation>展会简报合集</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pack_dialog.py" line="36"/>
        <source>The {n} selected accounts</source>
        <translation>选中的 {n} 个客户</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pack_dialog.py" line="37"/>
        <source>All accounts</source>
        <translation>全部客户</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pack_dialog.py" line="38"/>
        <source>Accounts from a fair or source</source>
        <translation>来自某展会或来源的客户</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pack_dialog.py" line="39"/>
        <source>Accounts in a country</source>
        <translation>某国家的客户</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pack_dialog.py" line="54"/>
        <source>Build pack…</source>
        <translation>生成合集…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pack_dialog.py" line="64"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pack_dialog.py" line="65"/>
        <source>Paper</source>
        <translation>纸张</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pack_dialog.py" line="92"/>
        <source>Save pack</source>
        <translation>保存合集</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pack_dialog.py" line="92"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pack_dialog.py" line="100"/>
        <source>Building {n} briefs…</source>
        <translation>正在生成 {n} 份简报…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pack_dialog.py" line="112"/>
        <source>Done: {pages} pages in {file}.</source>
        <translation>完成：{file}，共 {pages} 页。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pack_dialog.py" line="124"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../ui/dialogs/passphrase_dialog.py" line="28"/>
        <source>Passphrase</source>
        <translation>口令</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passphrase_dialog.py" line="28"/>
        <source>Current passphrase</source>
        <translation>当前口令</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passphrase_dialog.py" line="31"/>
        <source>New passphrase</source>
        <translation>新口令</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passphrase_dialog.py" line="32"/>
        <source>Repeat it</source>
        <translation>再输入一次</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passphrase_dialog.py" line="33"/>
        <source>Remember on this computer</source>
        <translation>在这台电脑上记住</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passphrase_dialog.py" line="34"/>
        <source>Keep the passphrase in this computer&apos;s keyring, so the book opens without asking. Anyone who can log in as you can then open it.</source>
        <translation>把口令保存在这台电脑的密钥环中，打开数据库时不再询问。此后任何能以你的身份登录的人都能打开它。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passphrase_dialog.py" line="46"/>
        <source>This passphrase does not open the book. Check it (and Caps Lock) and try again.</source>
        <translation>该口令打不开数据库。请检查口令（以及大写锁定键）后重试。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passphrase_dialog.py" line="49"/>
        <source>Choose a passphrase: without it the book cannot be opened.</source>
        <translation>请设定口令：没有它就打不开数据库。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passphrase_dialog.py" line="51"/>
        <source>The two passphrases differ. Type the same one twice.</source>
        <translation>两次输入的口令不一致。请输入相同的口令两次。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passphrase_dialog.py" line="67"/>
        <source>The book {file} is encrypted. Type its passphrase to open it.</source>
        <translation>数据库 {file} 已加密。请输入口令打开它。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passphrase_dialog.py" line="69"/>
        <source>Encrypted book</source>
        <translation>已加密的数据库</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passphrase_dialog.py" line="71"/>
        <source>Open the book</source>
        <translation>打开数据库</translation>
    </message>
</context>
<context>
    <name>PortfolioView</name>
    <message>
        <location filename="../../ui/views/portfolio.py" line="68"/>
        <source>Portfolio</source>
        <translation>客户组合</translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="70"/>
        <source>Click a bar or slice to see the accounts behind it.</source>
        <translation>点击柱条或扇区，查看其中的客户。</translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="78"/>
        <location filename="../../ui/views/portfolio.py" line="186"/>
        <source>accounts</source>
        <translation>客户数</translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="80"/>
        <source>Accounts by health band</source>
        <translation>按健康等级统计客户</translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="81"/>
        <source>Accounts by region</source>
        <translation>按地区统计客户</translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="82"/>
        <source>Accounts by country</source>
        <translation>按国家分的客户</translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="83"/>
        <source>Accounts by stage</source>
        <translation>按阶段分的客户</translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="84"/>
        <source>Our touches per week, by channel (26 weeks)</source>
        <translation>每周跟进次数，按渠道（26 周）</translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="84"/>
        <location filename="../../ui/views/portfolio.py" line="85"/>
        <source>touches</source>
        <translation>跟进次数</translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="85"/>
        <source>Their response per month (12 months)</source>
        <translation>客户每月的反应（12 个月）</translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="86"/>
        <source>Promises kept on time, per quarter</source>
        <translation>按时兑现的承诺，按季度</translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="86"/>
        <location filename="../../ui/views/portfolio.py" line="87"/>
        <source>promises</source>
        <translation>承诺数</translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="87"/>
        <source>Promises kept on time, per person (8 quarters)</source>
        <translation>按时兑现的承诺，按承诺人（8 个季度）</translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="88"/>
        <source>Replies owed, by days waiting</source>
        <translation>待回复，按等待天数</translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="88"/>
        <source>replies owed</source>
        <translation>待回复数</translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="134"/>
        <location filename="../../ui/views/portfolio.py" line="172"/>
        <source>Country unknown</source>
        <translation>国家未知</translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="146"/>
        <source>(nobody named)</source>
        <translation>（未填写）</translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="157"/>
        <source>On time</source>
        <translation>按时</translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="157"/>
        <source>Late</source>
        <translation>延迟</translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="157"/>
        <source>Broken</source>
        <translation>未兑现</translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="161"/>
        <source>Good</source>
        <translation>良好</translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="161"/>
        <source>Watch</source>
        <translation>需关注</translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="161"/>
        <source>At risk</source>
        <translation>有风险</translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="162"/>
        <source>Not scored yet</source>
        <translation>尚未评分</translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="165"/>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="165"/>
        <source>1 day</source>
        <translation>1 天</translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="165"/>
        <source>2–3 days</source>
        <translation>2–3 天</translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="166"/>
        <source>4–7 days</source>
        <translation>4–7 天</translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="166"/>
        <source>8+ days</source>
        <translation>8 天以上</translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="170"/>
        <source>Other countries</source>
        <translation>其他国家</translation>
    </message>
</context>
<context>
    <name>PreviewTableModel</name>
    <message>
        <location filename="../../ui/models/import_preview.py" line="26"/>
        <source>Column {n}</source>
        <translation>第 {n} 列</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_preview.py" line="28"/>
        <source>Country (inferred)</source>
        <translation>国家（推断）</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_preview.py" line="28"/>
        <source>Country from</source>
        <translation>国家来源</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_preview.py" line="47"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_preview.py" line="50"/>
        <source>country column: {evidence}</source>
        <translation>国家列：{evidence}</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_preview.py" line="50"/>
        <source>phone {evidence}</source>
        <translation>电话 {evidence}</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_preview.py" line="51"/>
        <source>address {evidence}</source>
        <translation>地址 {evidence}</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_preview.py" line="51"/>
        <source>city {evidence}</source>
        <translation>城市 {evidence}</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_preview.py" line="52"/>
        <source>the country chosen for rows without one</source>
        <translation>为无国家的行选择的国家</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_preview.py" line="53"/>
        <source>the existing account</source>
        <translation>已有客户</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_preview.py" line="54"/>
        <source>nothing in the row names it</source>
        <translation>该行没有可推断国家的信息</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_preview.py" line="56"/>
        <source>(not a country: {text})</source>
        <translation>（不是国家：{text}）</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_preview.py" line="62"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
</context>
<context>
    <name>PrintChoices</name>
    <message>
        <location filename="../../ui/widgets/print_choices.py" line="26"/>
        <source>Letter</source>
        <translation>Letter（美国信纸）</translation>
    </message>
</context>
<context>
    <name>PromisesTab</name>
    <message>
        <location filename="../../ui/views/account_tabs.py" line="42"/>
        <source>New promise…</source>
        <translation>新建承诺…</translation>
    </message>
    <message>
        <location filename="../../ui/views/account_tabs.py" line="97"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../ui/views/account_tabs.py" line="100"/>
        <source>Cancel promise…</source>
        <translation>取消承诺…</translation>
    </message>
    <message>
        <location filename="../../ui/views/account_tabs.py" line="101"/>
        <source>Delete (entered by mistake)…</source>
        <translation>删除（误录）…</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <location filename="../../ui/reminders.py" line="107"/>
        <source>{n} reminders</source>
        <translation>{n} 条提醒</translation>
    </message>
    <message>
        <location filename="../../ui/reminders.py" line="111"/>
        <source>… and {n} more</source>
        <translation>……另有 {n} 项</translation>
    </message>
    <message>
        <location filename="../../ui/reminders.py" line="117"/>
        <source>{title} — {text}</source>
        <translation>{title} — {text}</translation>
    </message>
    <message>
        <location filename="../../ui/reminders.py" line="126"/>
        <source>Rapport</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location filename="../../ui/reminders.py" line="128"/>
        <source>Open Rapport</source>
        <translation>打开 Rapport</translation>
    </message>
    <message>
        <location filename="../../ui/reminders.py" line="129"/>
        <source>Pause reminders</source>
        <translation>暂停提醒</translation>
    </message>
    <message>
        <location filename="../../ui/reminders.py" line="134"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
</context>
<context>
    <name>ReplyExpectationsPage</name>
    <message>
        <location filename="../../ui/dialogs/reply_expectations_page.py" line="31"/>
        <source>How soon customers expect an answer to their e-mail, message or call, counted in their working hours (5 hours are one working day of a 10:00–15:00 window). The defaults follow what is written about each region; see docs/replies.md.</source>
        <translation>客户期望多快得到对其电子邮件、消息或电话的回复，按客户的工作时间计算（在 10:00–15:00 的联系时段里，5 个小时即一个工作日）。默认值依据有关各地区的资料，见 docs/replies.md。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reply_expectations_page.py" line="36"/>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reply_expectations_page.py" line="36"/>
        <source>Answer within</source>
        <translation>在此时间内回复</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reply_expectations_page.py" line="54"/>
        <source> working hours</source>
        <translation> 个工作小时</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reply_expectations_page.py" line="58"/>
        <source>Countries with their own expectation</source>
        <translation>单独设定的国家</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reply_expectations_page.py" line="69"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reply_expectations_page.py" line="89"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
</context>
<context>
    <name>ReplyTableModel</name>
    <message>
        <location filename="../../ui/models/today_replies.py" line="29"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/models/today_replies.py" line="29"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../ui/models/today_replies.py" line="29"/>
        <source>Received (their time)</source>
        <translation>收到时间（客户当地时间）</translation>
    </message>
    <message>
        <location filename="../../ui/models/today_replies.py" line="30"/>
        <source>Expected by (their time)</source>
        <translation>应回复时间（客户当地时间）</translation>
    </message>
    <message>
        <location filename="../../ui/models/today_replies.py" line="30"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/models/today_replies.py" line="45"/>
        <source>at risk</source>
        <translation>有风险</translation>
    </message>
    <message>
        <location filename="../../ui/models/today_replies.py" line="45"/>
        <source>in time</source>
        <translation>未超时</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="33"/>
        <source>Portfolio report</source>
        <translation>客户组合报告</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="35"/>
        <source>Shown on the title page</source>
        <translation>显示在封面上</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="40"/>
        <source>The charts of the whole book as of today, for a monthly review.</source>
        <translation>截至今天全部客户的图表，用于月度回顾。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="42"/>
        <source>Write report…</source>
        <translation>生成报告…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="48"/>
        <source>Firm</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="49"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="50"/>
        <source>Paper</source>
        <translation>纸张</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="59"/>
        <source>Save report</source>
        <translation>保存报告</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="60"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="69"/>
        <source>Writing the report…</source>
        <translation>正在生成报告…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="80"/>
        <source>Done: {pages} pages in {file}.</source>
        <translation>完成：{file}，共 {pages} 页。</translation>
    </message>
</context>
<context>
    <name>RiskyPromiseModel</name>
    <message>
        <location filename="../../ui/models/today_promises.py" line="26"/>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/models/today_promises.py" line="26"/>
        <source>Promise</source>
        <translation>承诺</translation>
    </message>
    <message>
        <location filename="../../ui/models/today_promises.py" line="26"/>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../ui/models/today_promises.py" line="26"/>
        <source>Why at risk</source>
        <translation>风险原因</translation>
    </message>
</context>
<context>
    <name>ScopePicker</name>
    <message>
        <location filename="../../ui/widgets/user_picker.py" line="44"/>
        <source>Whose accounts and promises to show</source>
        <translation>显示谁的客户和承诺</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/user_picker.py" line="55"/>
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/user_picker.py" line="59"/>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
</context>
<context>
    <name>ServerBanner</name>
    <message>
        <location filename="../../ui/widgets/server_banner.py" line="19"/>
        <source>The office database cannot be reached — changes are refused until it is back; reconnecting…</source>
        <translation>无法连接办公室数据库——在其恢复之前拒绝任何更改；正在重新连接…</translation>
    </message>
</context>
<context>
    <name>ServerPasswordDialog</name>
    <message>
        <location filename="../../ui/dialogs/server_password.py" line="21"/>
        <source>Office database password</source>
        <translation>办公室数据库密码</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/server_password.py" line="27"/>
        <source>Remember the password in the system keyring</source>
        <translation>在系统密钥环中记住密码</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/server_password.py" line="33"/>
        <source>Password for {book}</source>
        <translation>{book} 的密码</translation>
    </message>
</context>
<context>
    <name>ServerUnreachablePage</name>
    <message>
        <location filename="../../ui/dialogs/server_unreachable.py" line="25"/>
        <source>The office database cannot be reached</source>
        <translation>无法连接办公室数据库</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/server_unreachable.py" line="29"/>
        <source>Rapport tries again every few seconds and opens the book when the server answers.</source>
        <translation>Rapport 每隔几秒重试一次，服务器响应后即打开数据库。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/server_unreachable.py" line="32"/>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/server_unreachable.py" line="33"/>
        <source>Open the book on this computer</source>
        <translation>打开本机上的数据库</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/server_unreachable.py" line="34"/>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/server_unreachable.py" line="35"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/server_unreachable.py" line="63"/>
        <source>Trying again…</source>
        <translation>正在重试…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/server_unreachable.py" line="74"/>
        <source>Still no answer; Rapport tries again every few seconds.</source>
        <translation>仍无响应；Rapport 每隔几秒重试一次。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/server_unreachable.py" line="85"/>
        <source>Office database</source>
        <translation>办公室数据库</translation>
    </message>
</context>
<context>
    <name>SetAsideTableModel</name>
    <message>
        <location filename="../../ui/dialogs/exchange_dialog.py" line="70"/>
        <source>Deleted here</source>
        <translation>本机已删除</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_dialog.py" line="70"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_dialog.py" line="70"/>
        <source>Records set aside</source>
        <translation>被搁置的记录</translation>
    </message>
</context>
<context>
    <name>SetCountryDialog</name>
    <message>
        <location filename="../../ui/dialogs/set_country_dialog.py" line="14"/>
        <source>Set country</source>
        <translation>设置国家</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/set_country_dialog.py" line="17"/>
        <source>The country for the {n} selected accounts:</source>
        <translation>为选中的 {n} 个客户设置国家：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/set_country_dialog.py" line="20"/>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/set_country_dialog.py" line="21"/>
        <source>Code or name in any language, e.g. DE, Deutschland, 德国</source>
        <translation>代码或任意语言的名称，如 DE、Deutschland、德国</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="58"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="62"/>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="63"/>
        <source>Follow-up rhythm</source>
        <translation>跟进节奏</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="65"/>
        <source>Reply expectations</source>
        <translation>回复时限</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="66"/>
        <source>Promises</source>
        <translation>承诺</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="68"/>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="71"/>
        <source>Office database</source>
        <translation>办公室数据库</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="74"/>
        <source>Mine (this computer)</source>
        <translation>我的（这台电脑）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="75"/>
        <source>Firm (shared by everyone using this book)</source>
        <translation>公司（使用此账簿的所有人共享）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="94"/>
        <source>I am</source>
        <translation>我是</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="96"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="100"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="101"/>
        <source>A new language takes effect when Rapport starts again.</source>
        <translation>新语言将在 Rapport 重新启动后生效。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="103"/>
        <source>Paper for briefs and reports</source>
        <translation>简报和报告的纸张</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="108"/>
        <source>When a customer&apos;s window opens for a touch due today</source>
        <translation>今日有跟进的客户进入其工作时间时</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="109"/>
        <source>When a reply owed reaches the time the customer expects it</source>
        <translation>待回复的消息到达客户期望的回复时间时</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="110"/>
        <source>When a promise turns high risk</source>
        <translation>承诺变为高风险时</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="115"/>
        <source>Remind me</source>
        <translation>提醒我</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="120"/>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="120"/>
        <source>Follow up every</source>
        <translation>跟进间隔</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="120"/>
        <source>Fresh quote every</source>
        <translation>重新报价间隔</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="121"/>
        <source>Samples every</source>
        <translation>寄送样品间隔</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="121"/>
        <source>Sample transit</source>
        <translation>样品运输时间</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="121"/>
        <source>Contact from</source>
        <translation>联系时间从</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="121"/>
        <source>until</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="127"/>
        <location filename="../../ui/dialogs/settings_dialog.py" line="150"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="139"/>
        <source>Cold or unanswered replies lengthen the rhythm (up to 3×), warm replies shorten it; an account can set its own rhythm in its details. Times are the customer&apos;s local time; a country can override its region in the Countries view.</source>
        <translation>客户反应冷淡或未回复时会拉长跟进节奏（最多 3 倍），反应积极时会缩短；每个客户可在其详情中设置自己的节奏。时间均为客户当地时间；可在“国家”视图中为单个国家设置，覆盖其所属地区的设置。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="160"/>
        <source>&apos;Due soon&apos; within</source>
        <translation>“即将到期”期限</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="161"/>
        <source>A person is overloaded above this many open promises</source>
        <translation>个人未完成承诺超过此数即视为负荷过重</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="162"/>
        <source>… due within</source>
        <translation>…且在此期限内到期</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="163"/>
        <source>&apos;Rescheduled&apos; after this many moves</source>
        <translation>改期达到此次数即标记为“多次改期”</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="164"/>
        <source>Warn when a new promise is due within</source>
        <translation>新承诺的到期时间少于此值时提醒</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="165"/>
        <source>… or a delivery promise within</source>
        <translation>…交货类承诺则为</translation>
    </message>
</context>
<context>
    <name>TodayTouchModel</name>
    <message>
        <location filename="../../ui/models/today_touches.py" line="59"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/models/today_touches.py" line="59"/>
        <source>Their time now</source>
        <translation>客户当地时间</translation>
    </message>
    <message>
        <location filename="../../ui/models/today_touches.py" line="59"/>
        <source>Planned in their window</source>
        <translation>计划时间（客户工作时段内）</translation>
    </message>
    <message>
        <location filename="../../ui/models/today_touches.py" line="60"/>
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <location filename="../../ui/models/today_touches.py" line="60"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../ui/models/today_touches.py" line="60"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <location filename="../../ui/views/today.py" line="78"/>
        <source>Done…</source>
        <translation>已完成…</translation>
    </message>
    <message>
        <location filename="../../ui/views/today.py" line="79"/>
        <source>Enter: log the interaction (one row) or mark every selected touch done</source>
        <translation>Enter：记录这次往来（单行），或将所有选中的联系标为已完成</translation>
    </message>
    <message>
        <location filename="../../ui/views/today.py" line="80"/>
        <source>Snooze a day</source>
        <translation>稍后提醒（1 天）</translation>
    </message>
    <message>
        <location filename="../../ui/views/today.py" line="81"/>
        <source>S: to the customer&apos;s next working day</source>
        <translation>S：推到客户的下一个工作日</translation>
    </message>
    <message>
        <location filename="../../ui/views/today.py" line="82"/>
        <source>Snooze a week</source>
        <translation>稍后提醒（1 周）</translation>
    </message>
    <message>
        <location filename="../../ui/views/today.py" line="83"/>
        <source>Reschedule…</source>
        <translation>改期…</translation>
    </message>
    <message>
        <location filename="../../ui/views/today.py" line="84"/>
        <source>R: spread over the next working days, inside each customer&apos;s window</source>
        <translation>R：分摊到接下来的几个工作日，各在客户的工作时段内</translation>
    </message>
    <message>
        <location filename="../../ui/views/today.py" line="85"/>
        <location filename="../../ui/views/today.py" line="305"/>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <location filename="../../ui/views/today.py" line="86"/>
        <source>Delete: skip the selected touches</source>
        <translation>Delete：跳过选中的联系</translation>
    </message>
    <message>
        <location filename="../../ui/views/today.py" line="117"/>
        <source>Reschedule all…</source>
        <translation>全部改期…</translation>
    </message>
    <message>
        <location filename="../../ui/views/today.py" line="118"/>
        <source>Spread them over the next working days, inside each customer&apos;s window</source>
        <translation>分摊到接下来的几个工作日，各在客户的工作时段内</translation>
    </message>
    <message>
        <location filename="../../ui/views/today.py" line="119"/>
        <source>Skip all…</source>
        <translation>全部跳过…</translation>
    </message>
    <message>
        <location filename="../../ui/views/today.py" line="214"/>
        <source>Replies owed ({n})</source>
        <translation>待回复（{n}）</translation>
    </message>
    <message>
        <location filename="../../ui/views/today.py" line="215"/>
        <source>Today&apos;s touches ({n})</source>
        <translation>今天要联系（{n}）</translation>
    </message>
    <message>
        <location filename="../../ui/views/today.py" line="216"/>
        <source>Promises at high risk ({n})</source>
        <translation>高风险承诺（{n}）</translation>
    </message>
    <message>
        <location filename="../../ui/views/today.py" line="220"/>
        <source>Overdue ({n})</source>
        <translation>已逾期（{n}）</translation>
    </message>
    <message>
        <location filename="../../ui/views/today.py" line="223"/>
        <source>Later this week ({n})</source>
        <translation>本周稍后（{n}）</translation>
    </message>
    <message>
        <location filename="../../ui/views/today.py" line="233"/>
        <source>1 touch 1–7 days late</source>
        <translation>1 项联系逾期 1–7 天</translation>
    </message>
    <message>
        <location filename="../../ui/views/today.py" line="233"/>
        <source>{n} touches 1–7 days late</source>
        <translation>{n} 项联系逾期 1–7 天</translation>
    </message>
    <message>
        <location filename="../../ui/views/today.py" line="235"/>
        <source>1 touch 8–30 days late</source>
        <translation>1 项联系逾期 8–30 天</translation>
    </message>
    <message>
        <location filename="../../ui/views/today.py" line="235"/>
        <source>{n} touches 8–30 days late</source>
        <translation>{n} 项联系逾期 8–30 天</translation>
    </message>
    <message>
        <location filename="../../ui/views/today.py" line="236"/>
        <source>{n} older than 30 days</source>
        <translation>{n} 项逾期超过 30 天</translation>
    </message>
    <message>
        <location filename="../../ui/views/today.py" line="240"/>
        <source>Planning the book for the first time: the day&apos;s touches appear here in a moment.</source>
        <translation>正在首次排定跟进计划：今天的跟进稍后会显示在这里。</translation>
    </message>
    <message>
        <location filename="../../ui/views/today.py" line="244"/>
        <source>Nothing is due today. A good moment to catch up on the late ones below.</source>
        <translation>今天没有到期事项，正好处理下面逾期的联系。</translation>
    </message>
    <message>
        <location filename="../../ui/views/today.py" line="246"/>
        <source>Nothing is due today and nothing is late.</source>
        <translation>今天没有到期事项，也没有逾期。</translation>
    </message>
    <message>
        <location filename="../../ui/views/today.py" line="248"/>
        <source>A clear day: no replies owed, nothing due and nothing late.</source>
        <translation>今天很清爽：没有待回复，没有到期事项，也没有逾期。</translation>
    </message>
    <message>
        <location filename="../../ui/views/today.py" line="250"/>
        <source>Later this week: {n}.</source>
        <translation>本周稍后还有 {n} 项。</translation>
    </message>
    <message>
        <location filename="../../ui/views/today.py" line="267"/>
        <location filename="../../ui/views/today.py" line="274"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../ui/views/today.py" line="268"/>
        <source>Mark {n} touches done without logging each one?</source>
        <translation>将 {n} 项联系标为已完成，不逐一记录往来？</translation>
    </message>
    <message>
        <location filename="../../ui/views/today.py" line="275"/>
        <source>{n} of these touches had just been marked done by a colleague: they are recorded once.</source>
        <translation>其中 {n} 次跟进刚刚已由同事标为完成：每次跟进只记录一次。</translation>
    </message>
    <message>
        <location filename="../../ui/views/today.py" line="305"/>
        <source>Skip {n} touches?</source>
        <translation>跳过 {n} 项联系？</translation>
    </message>
    <message>
        <location filename="../../ui/views/today.py" line="315"/>
        <source>Skip all</source>
        <translation>全部跳过</translation>
    </message>
    <message>
        <location filename="../../ui/views/today.py" line="316"/>
        <source>Skip all {n} touches of this group? They leave the plan; each stream plans its next touch as usual.</source>
        <translation>跳过本组全部 {n} 项联系？它们将移出计划；各节奏照常安排下一次联系。</translation>
    </message>
    <message>
        <location filename="../../ui/views/today.py" line="321"/>
        <source>Reschedule</source>
        <translation>改期</translation>
    </message>
    <message>
        <location filename="../../ui/views/today.py" line="322"/>
        <source>Spread {n} touches over the next working days (each inside its customer&apos;s window). Days:</source>
        <translation>将 {n} 项联系分摊到接下来的工作日（各在客户的工作时段内）。天数：</translation>
    </message>
    <message>
        <location filename="../../ui/views/today.py" line="339"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
</context>
<context>
    <name>TouchTableModel</name>
    <message>
        <location filename="../../ui/models/touch_table.py" line="31"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/models/touch_table.py" line="31"/>
        <source>Their time now</source>
        <translation>客户当地时间</translation>
    </message>
    <message>
        <location filename="../../ui/models/touch_table.py" line="31"/>
        <source>Planned (their time)</source>
        <translation>计划时间（客户当地时间）</translation>
    </message>
    <message>
        <location filename="../../ui/models/touch_table.py" line="32"/>
        <source>Planned (your time)</source>
        <translation>计划时间（您的时间）</translation>
    </message>
    <message>
        <location filename="../../ui/models/touch_table.py" line="32"/>
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <location filename="../../ui/models/touch_table.py" line="32"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/models/touch_table.py" line="34"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../ui/models/touch_table.py" line="52"/>
        <source>{what} (planned)</source>
        <translation>{what}（预排）</translation>
    </message>
</context>
<context>
    <name>Trash</name>
    <message>
        <location filename="../../ui/dialogs/trash_dialog.py" line="17"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trash_dialog.py" line="21"/>
        <source>“{name}” belonged to the account “{account}”, which is in the Trash too. Restore the account with everything on it, and then “{name}”?</source>
        <translation>“{name}”属于客户“{account}”，该客户也在回收站中。先恢复该客户及其全部记录，再恢复“{name}”？</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <location filename="../../ui/dialogs/trash_dialog.py" line="39"/>
        <source>Trash</source>
        <translation>回收站</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trash_dialog.py" line="41"/>
        <source>Deleted accounts, contacts, interactions and promises stay here for {days} days, then they are removed for good. Restoring one brings back everything that hung on it, and other copies take it back at the next exchange.</source>
        <translation>删除的客户、联系人、互动记录和承诺会在这里保留 {days} 天，之后永久删除。恢复一项会同时恢复与之相关的全部记录，其他电脑上的副本会在下次交换数据时一并恢复。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trash_dialog.py" line="49"/>
        <source>The Trash is empty.</source>
        <translation>回收站是空的。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trash_dialog.py" line="50"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trash_dialog.py" line="51"/>
        <source>Delete forever…</source>
        <translation>永久删除…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trash_dialog.py" line="52"/>
        <source>Empty trash…</source>
        <translation>清空回收站…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trash_dialog.py" line="104"/>
        <source>Delete {what} “{name}” forever? It cannot be restored afterwards.</source>
        <translation>永久删除{what}“{name}”？删除后无法恢复。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trash_dialog.py" line="106"/>
        <location filename="../../ui/dialogs/trash_dialog.py" line="111"/>
        <source>Delete forever</source>
        <translation>永久删除</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trash_dialog.py" line="116"/>
        <source>Remove all {n} items in the Trash for good? They cannot be restored afterwards.</source>
        <translation>永久删除回收站中的全部 {n} 项？删除后无法恢复。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trash_dialog.py" line="118"/>
        <source>Empty trash</source>
        <translation>清空回收站</translation>
    </message>
</context>
<context>
    <name>TrashTableModel</name>
    <message>
        <location filename="../../ui/models/trash_table.py" line="31"/>
        <source>What</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/models/trash_table.py" line="31"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/models/trash_table.py" line="31"/>
        <location filename="../../ui/models/trash_table.py" line="33"/>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/models/trash_table.py" line="31"/>
        <source>Deleted</source>
        <translation>删除时间</translation>
    </message>
    <message>
        <location filename="../../ui/models/trash_table.py" line="32"/>
        <source>Why here</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/models/trash_table.py" line="32"/>
        <source>Restored with it</source>
        <translation>一并恢复</translation>
    </message>
    <message>
        <location filename="../../ui/models/trash_table.py" line="33"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../ui/models/trash_table.py" line="34"/>
        <source>Interaction</source>
        <translation>互动记录</translation>
    </message>
    <message>
        <location filename="../../ui/models/trash_table.py" line="34"/>
        <source>Promise</source>
        <translation>承诺</translation>
    </message>
    <message>
        <location filename="../../ui/models/trash_table.py" line="35"/>
        <source>deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <location filename="../../ui/models/trash_table.py" line="35"/>
        <source>set aside by an exchange</source>
        <translation>数据交换时搁置</translation>
    </message>
    <message>
        <location filename="../../ui/models/trash_table.py" line="56"/>
        <source>contacts: {n}</source>
        <translation>联系人：{n}</translation>
    </message>
    <message>
        <location filename="../../ui/models/trash_table.py" line="56"/>
        <source>interactions: {n}</source>
        <translation>互动记录：{n}</translation>
    </message>
    <message>
        <location filename="../../ui/models/trash_table.py" line="57"/>
        <source>promises: {n}</source>
        <translation>承诺：{n}</translation>
    </message>
    <message>
        <location filename="../../ui/models/trash_table.py" line="58"/>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../../ui/models/trash_table.py" line="62"/>
        <source>Removed for good on {day}</source>
        <translation>将于 {day} 永久删除</translation>
    </message>
</context>
<context>
    <name>UndoStack</name>
    <message>
        <location filename="../../ui/undo_stack.py" line="42"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/undo_stack.py" line="44"/>
        <source>&amp;Undo merge into “{name}”</source>
        <translation>撤销合并到“{name}”(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/undo_stack.py" line="45"/>
        <source>&amp;Undo delete “{name}”</source>
        <translation>撤销删除“{name}”(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/undo_stack.py" line="83"/>
        <source>Undo merge</source>
        <translation>撤销合并</translation>
    </message>
</context>
<context>
    <name>UserChooser</name>
    <message>
        <location filename="../../ui/dialogs/user_chooser.py" line="22"/>
        <source>Who are you?</source>
        <translation>您是谁？</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/user_chooser.py" line="23"/>
        <source>Several people use this book. Choose your name: your accounts, promises and reminders are shown first, and your changes carry your name. You can change this later in Settings.</source>
        <translation>有好几个人使用此账簿。请选择您的名字：优先显示您的客户、承诺和提醒，您的修改会署上您的名字。以后可以在“设置”中更改。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/user_chooser.py" line="30"/>
        <source>New user…</source>
        <translation>新用户…</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../ui/dialogs/user_dialog.py" line="17"/>
        <source>Edit user</source>
        <translation>编辑用户</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/user_dialog.py" line="17"/>
        <source>New user</source>
        <translation>新用户</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/user_dialog.py" line="19"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/user_dialog.py" line="20"/>
        <source>Initials</source>
        <translation>缩写</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/user_dialog.py" line="21"/>
        <source>From the name when left empty</source>
        <translation>留空则取自姓名</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/user_dialog.py" line="22"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
</context>
<context>
    <name>UserPicker</name>
    <message>
        <location filename="../../ui/widgets/user_picker.py" line="17"/>
        <source>(nobody)</source>
        <translation>（无人）</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../../ui/dialogs/users_page.py" line="28"/>
        <source>Everyone who uses this book. Accounts have an owner and promises are made by a user; only a manager can approve or reject a promise. Changes here are saved at once.</source>
        <translation>使用此账簿的所有人。每个客户有一位负责人，每个承诺由一位用户做出；只有经理可以批准或驳回承诺。此处的更改立即保存。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_page.py" line="33"/>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_page.py" line="34"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_page.py" line="35"/>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_page.py" line="36"/>
        <source>Someone who left: kept on their records, no longer offered</source>
        <translation>已离职的人：保留在其记录上，不再供选择</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_page.py" line="77"/>
        <source>Users</source>
        <translation>用户</translation>
    </message>
</context>
<context>
    <name>WeekDayModel</name>
    <message>
        <location filename="../../ui/models/week_items.py" line="36"/>
        <source>high</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../../ui/models/week_items.py" line="36"/>
        <source>medium</source>
        <translation>中</translation>
    </message>
    <message>
        <location filename="../../ui/models/week_items.py" line="36"/>
        <source>low</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../../ui/models/week_items.py" line="73"/>
        <source>their {time} ({place})</source>
        <translation>对方 {time}（{place}）</translation>
    </message>
    <message>
        <location filename="../../ui/models/week_items.py" line="76"/>
        <source>{purposes} · planned</source>
        <translation>{purposes} · 预排</translation>
    </message>
    <message>
        <location filename="../../ui/models/week_items.py" line="80"/>
        <source>Promise due: {title}</source>
        <translation>承诺到期：{title}</translation>
    </message>
    <message>
        <location filename="../../ui/models/week_items.py" line="83"/>
        <source>{level} risk</source>
        <translation>{level}风险</translation>
    </message>
</context>
<context>
    <name>WeekView</name>
    <message>
        <location filename="../../ui/views/week.py" line="106"/>
        <source>Earlier</source>
        <translation>往前</translation>
    </message>
    <message>
        <location filename="../../ui/views/week.py" line="107"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../ui/views/week.py" line="109"/>
        <source>Later</source>
        <translation>往后</translation>
    </message>
    <message>
        <location filename="../../ui/views/week.py" line="112"/>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <location filename="../../ui/views/week.py" line="113"/>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../../ui/views/week.py" line="132"/>
        <source>Drag a touch to another day to reschedule it; double-click to open the account. Times are yours, then the customer&apos;s. Italic: planned later in its rhythm.</source>
        <translation>把一次跟进拖到另一天即可改期；双击打开客户。时间先是您的，后是客户当地的。斜体：按节奏预排的后续跟进。</translation>
    </message>
    <message>
        <location filename="../../ui/views/week.py" line="201"/>
        <source>Loading…</source>
        <translation>正在载入…</translation>
    </message>
    <message>
        <location filename="../../ui/views/week.py" line="215"/>
        <source>{day} (today)</source>
        <translation>{day}（今天）</translation>
    </message>
    <message>
        <location filename="../../ui/views/week.py" line="242"/>
        <source>Reschedule</source>
        <translation>改期</translation>
    </message>
</context>
<context>
    <name>WritingLine</name>
    <message>
        <location filename="../../ui/widgets/writing_line.py" line="25"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/writing_line.py" line="26"/>
        <source>Copy the salutation and sign-off as the start of an e-mail</source>
        <translation>复制称呼和结束语，作为邮件的开头和结尾</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/writing_line.py" line="44"/>
        <source>Write: {line}</source>
        <translation>写信：{line}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/writing_line.py" line="47"/>
        <source>In English: {line}</source>
        <translation>英文：{line}</translation>
    </message>
</context>
</TS>
