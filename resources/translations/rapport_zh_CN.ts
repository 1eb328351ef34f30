<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../ui/dialogs/account_dialog.py" line="22"/>
        <source>Edit account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/account_dialog.py" line="22"/>
        <source>New account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/account_dialog.py" line="25"/>
        <source>Company name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/account_dialog.py" line="26"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/account_dialog.py" line="27"/>
        <source>Code or name in any language, e.g. DE, Deutschland, 德国</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/account_dialog.py" line="29"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/account_dialog.py" line="30"/>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/account_dialog.py" line="31"/>
        <source>Leave empty for the country&apos;s main zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/account_dialog.py" line="32"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/account_dialog.py" line="34"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/account_dialog.py" line="36"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/account_dialog.py" line="37"/>
        <source>e.g. Canton Fair 2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/account_dialog.py" line="38"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/account_dialog.py" line="39"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/account_dialog.py" line="40"/>
        <source>Founded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/account_dialog.py" line="43"/>
        <source>Region default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/account_dialog.py" line="44"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/account_dialog.py" line="46"/>
        <source>Follow up every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/account_dialog.py" line="47"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountPane</name>
    <message>
        <location filename="../../ui/views/account_pane.py" line="68"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/account_pane.py" line="69"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/account_pane.py" line="70"/>
        <source>Brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/account_pane.py" line="71"/>
        <source>Printable PDF brief for a meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/account_pane.py" line="72"/>
        <source>Add contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/account_pane.py" line="73"/>
        <source>Log interaction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/account_pane.py" line="94"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/account_pane.py" line="95"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/account_pane.py" line="96"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/account_pane.py" line="98"/>
        <source>Select an account on the left, or press Ctrl+N to add one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/account_pane.py" line="137"/>
        <source>priority: {p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/account_pane.py" line="139"/>
        <source>source: {s}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/account_pane.py" line="166"/>
        <source>Delete account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/account_pane.py" line="167"/>
        <source>Delete {name} with its contacts, interactions and promises? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/account_pane.py" line="190"/>
        <source>Delete contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/account_pane.py" line="191"/>
        <source>Delete the contact {name}?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountTableModel</name>
    <message>
        <location filename="../../ui/models/account_table.py" line="33"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/account_table.py" line="33"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/account_table.py" line="33"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/account_table.py" line="33"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/account_table.py" line="34"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/account_table.py" line="34"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/account_table.py" line="34"/>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsView</name>
    <message>
        <location filename="../../ui/views/accounts.py" line="43"/>
        <source>Search name, city or contact (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="49"/>
        <source>All regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="52"/>
        <source>All stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="121"/>
        <source>All countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="142"/>
        <source>{shown} of {total} accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="204"/>
        <source>Brief…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="204"/>
        <source>Pack of {n} briefs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="208"/>
        <source>Log interaction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="209"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="210"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaView</name>
    <message>
        <location filename="../../ui/views/agenda.py" line="40"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/agenda.py" line="40"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/agenda.py" line="40"/>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/agenda.py" line="49"/>
        <source>Done…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/agenda.py" line="50"/>
        <source>Log the interaction with their response; the next touch is planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/agenda.py" line="51"/>
        <source>Snooze a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/agenda.py" line="52"/>
        <source>Snooze a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/agenda.py" line="53"/>
        <source>Reschedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/agenda.py" line="54"/>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/agenda.py" line="81"/>
        <source>{n} to contact today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/agenda.py" line="98"/>
        <location filename="../../ui/views/agenda.py" line="148"/>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/agenda.py" line="98"/>
        <source>Select a planned touch first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/agenda.py" line="128"/>
        <source>Reschedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/agenda.py" line="137"/>
        <source>New day (their calendar); the time stays inside their working hours.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="42"/>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="43"/>
        <source>Something went wrong: {error}

Details were written to {log}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="77"/>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="79"/>
        <source>The file has not been changed. You can quit and check it, or open the latest automatic copy ({name}); the damaged file is then kept beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="82"/>
        <source>The file has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="83"/>
        <source>Open latest copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="89"/>
        <source>Copy restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="90"/>
        <source>Opened the copy {copy}. The damaged file was kept as {kept}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="103"/>
        <source>Welcome to Rapport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="104"/>
        <source>Your database is empty. Start with an empty book, or load demo customers to look around first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="106"/>
        <source>Load demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="107"/>
        <source>Start empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommitmentDialog</name>
    <message>
        <location filename="../../ui/dialogs/commitment_dialog.py" line="19"/>
        <source>Edit promise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/commitment_dialog.py" line="19"/>
        <source>New promise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/commitment_dialog.py" line="24"/>
        <source>What was promised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/commitment_dialog.py" line="25"/>
        <source>e.g. Year-end rebate of 3% on 2026 orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/commitment_dialog.py" line="26"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/commitment_dialog.py" line="28"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/commitment_dialog.py" line="28"/>
        <source>(the company)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/commitment_dialog.py" line="35"/>
        <source>Promised by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/commitment_dialog.py" line="36"/>
        <source>Promised on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/commitment_dialog.py" line="40"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/commitment_dialog.py" line="41"/>
        <source>Internal approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/commitment_dialog.py" line="43"/>
        <source>Approver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/commitment_dialog.py" line="44"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/commitment_dialog.py" line="66"/>
        <source>Think before you promise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/commitment_dialog.py" line="67"/>
        <source>Before you give your word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/commitment_dialog.py" line="70"/>
        <source>Save anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/commitment_dialog.py" line="71"/>
        <source>Go back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommitmentTableModel</name>
    <message>
        <location filename="../../ui/models/commitment_table.py" line="31"/>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/commitment_table.py" line="31"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/commitment_table.py" line="31"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/commitment_table.py" line="31"/>
        <source>Promise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/commitment_table.py" line="31"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/commitment_table.py" line="32"/>
        <source>Promised by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/commitment_table.py" line="32"/>
        <source>Approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/commitment_table.py" line="32"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/commitment_table.py" line="32"/>
        <source>Why at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/commitment_table.py" line="33"/>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/commitment_table.py" line="33"/>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/commitment_table.py" line="33"/>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Commitments</name>
    <message>
        <location filename="../../ui/views/commitments.py" line="33"/>
        <source>Kept on time {kept} · late {late} · broken {broken} · open {open}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommitmentsView</name>
    <message>
        <location filename="../../ui/views/commitments.py" line="47"/>
        <source>All open promises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/commitments.py" line="48"/>
        <source>At risk (any level)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/commitments.py" line="49"/>
        <source>High risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/commitments.py" line="49"/>
        <source>Medium risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/commitments.py" line="50"/>
        <source>Low risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/commitments.py" line="55"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/commitments.py" line="55"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/commitments.py" line="56"/>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/commitments.py" line="63"/>
        <source>Mark kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/commitments.py" line="64"/>
        <location filename="../../ui/views/commitments.py" line="137"/>
        <source>Mark broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/commitments.py" line="65"/>
        <source>Reschedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/commitments.py" line="66"/>
        <source>Approval decision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/commitments.py" line="98"/>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/commitments.py" line="98"/>
        <source>All accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/commitments.py" line="105"/>
        <source>Trust record by person: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/commitments.py" line="119"/>
        <location filename="../../ui/views/commitments.py" line="130"/>
        <source>Commitments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/commitments.py" line="119"/>
        <source>Select a promise first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/commitments.py" line="138"/>
        <source>Mark &apos;{title}&apos; as broken? It counts against the trust record of {account} and {person}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/commitments.py" line="161"/>
        <source>Why the date moves (the customer will ask)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/commitments.py" line="162"/>
        <source>Reschedule promise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/commitments.py" line="162"/>
        <source>New due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/commitments.py" line="163"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/commitments.py" line="175"/>
        <source>Approval decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/commitments.py" line="175"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/commitments.py" line="176"/>
        <source>Approver</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictTableModel</name>
    <message>
        <location filename="../../ui/dialogs/exchange_dialog.py" line="27"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_dialog.py" line="27"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_dialog.py" line="27"/>
        <source>Changed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_dialog.py" line="27"/>
        <source>Changed there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_dialog.py" line="28"/>
        <source>Kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_dialog.py" line="31"/>
        <source>theirs (newer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_dialog.py" line="31"/>
        <source>ours (newer)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="19"/>
        <source>Edit contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="19"/>
        <source>New contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="23"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="24"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="25"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="26"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="27"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="30"/>
        <source>wechat: li_wei88, whatsapp: +49 170 1234567</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="31"/>
        <source>Messaging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="32"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="33"/>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="34"/>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="35"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <location filename="../../ui/models/contact_table.py" line="23"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/contact_table.py" line="23"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/contact_table.py" line="23"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/contact_table.py" line="23"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/contact_table.py" line="23"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/contact_table.py" line="24"/>
        <source>Messaging</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountriesView</name>
    <message>
        <location filename="../../ui/views/countries.py" line="40"/>
        <source>Filter countries (name, code, 中文)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/countries.py" line="57"/>
        <source>Your firm&apos;s own notes for this country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/countries.py" line="59"/>
        <source>Save our notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/countries.py" line="66"/>
        <source>Our notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/countries.py" line="127"/>
        <source>none known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/countries.py" line="128"/>
        <source>Time zones: {zones}
Weekend: {weekend} · Contact window: {start}–{end}
Business languages: {langs}
Next public holidays: {holidays}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/countries.py" line="135"/>
        <source>No notes for this country yet: these are the notes for its region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/countries.py" line="152"/>
        <source>Countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/countries.py" line="156"/>
        <source>Notes saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountryTableModel</name>
    <message>
        <location filename="../../ui/models/country_table.py" line="32"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/country_table.py" line="32"/>
        <location filename="../../ui/models/country_table.py" line="49"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/country_table.py" line="32"/>
        <location filename="../../ui/models/country_table.py" line="49"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/country_table.py" line="32"/>
        <source>Local time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/country_table.py" line="33"/>
        <source>Weekend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/country_table.py" line="33"/>
        <source>Etiquette notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangeDialog</name>
    <message>
        <location filename="../../ui/dialogs/exchange_dialog.py" line="41"/>
        <source>Exchange with another laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_dialog.py" line="43"/>
        <source>Take a bundle from the laptop you used at the fair and merge it here (or the other way round). New records are added, changed ones updated; when both sides changed the same record, the newer change wins and is listed below for you to review. Merging the same bundle twice changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_dialog.py" line="48"/>
        <source>Export bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_dialog.py" line="49"/>
        <source>Merge a bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_dialog.py" line="72"/>
        <source>Export bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_dialog.py" line="73"/>
        <location filename="../../ui/dialogs/exchange_dialog.py" line="82"/>
        <source>Rapport bundle (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_dialog.py" line="76"/>
        <source>Wrote {a} accounts, {c} contacts, {i} interactions and {p} promises to {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_dialog.py" line="82"/>
        <source>Merge bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_dialog.py" line="88"/>
        <source>Merging {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_dialog.py" line="98"/>
        <source>Added {a}, updated {u}, deleted {d}, unchanged {n}; {c} conflicts (listed below).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_dialog.py" line="106"/>
        <source>Nothing was merged: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FairSummaryModel</name>
    <message>
        <location filename="../../ui/models/fair_table.py" line="23"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/fair_table.py" line="23"/>
        <source>Hot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/fair_table.py" line="23"/>
        <source>Warm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/fair_table.py" line="23"/>
        <source>Cold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/fair_table.py" line="23"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FairView</name>
    <message>
        <location filename="../../ui/views/fair.py" line="41"/>
        <source>e.g. Canton Fair 2026, phase 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/fair.py" line="49"/>
        <source>Fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/fair.py" line="51"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/fair.py" line="57"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/fair.py" line="57"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/fair.py" line="57"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/fair.py" line="58"/>
        <source>Visitor&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/fair.py" line="58"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/fair.py" line="58"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/fair.py" line="59"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/fair.py" line="59"/>
        <source>WeChat / WhatsApp / LINE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/fair.py" line="60"/>
        <source>Products of interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/fair.py" line="60"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/fair.py" line="68"/>
        <source>Any way: DE, Germany, Deutschland, 德国</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/fair.py" line="73"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/fair.py" line="76"/>
        <source>Hot — ready to buy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/fair.py" line="76"/>
        <source>Warm — interested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/fair.py" line="77"/>
        <source>Cold — just looking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/fair.py" line="80"/>
        <source>Temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/fair.py" line="81"/>
        <source>Save lead (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/fair.py" line="87"/>
        <source>New visitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/fair.py" line="96"/>
        <source>Leads at this fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/fair.py" line="131"/>
        <source>Trade fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/fair.py" line="137"/>
        <source>Saved {name} ({country}). Next visitor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/fair.py" line="154"/>
        <source>{n} leads · hot {hot} · warm {warm} · cold {cold}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="64"/>
        <source>Import {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="68"/>
        <location filename="../../ui/dialogs/import_dialog.py" line="72"/>
        <location filename="../../ui/dialogs/import_dialog.py" line="164"/>
        <source>Detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="72"/>
        <source>Comma ( , )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="73"/>
        <source>Semicolon ( ; )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="73"/>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="73"/>
        <source>Bar ( | )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="77"/>
        <source>e.g. DE or Germany</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="81"/>
        <source>Encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="82"/>
        <source>Columns separated by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="83"/>
        <source>Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="84"/>
        <source>Country for rows without one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="100"/>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="101"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="125"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="125"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="125"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="126"/>
        <source>Contact name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="126"/>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="127"/>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="127"/>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="127"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="128"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="128"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="128"/>
        <source>WeChat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="129"/>
        <source>WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="129"/>
        <source>LINE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="129"/>
        <source>KakaoTalk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="130"/>
        <source>Telegram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="130"/>
        <source>Zalo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="130"/>
        <source>Messaging (app: handle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="131"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="131"/>
        <source>Company notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="131"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="132"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="132"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="132"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="144"/>
        <source>This file cannot be imported: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="164"/>
        <source>Detected: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="174"/>
        <source>comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="174"/>
        <source>semicolon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="174"/>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="174"/>
        <source>bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="179"/>
        <source>{rows} rows; the first {shown} are shown. Choose above each column what it holds, then Check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="187"/>
        <source>(ignore)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="201"/>
        <source>The mapping changed: Check again before importing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="217"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="217"/>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="231"/>
        <source>Importing… {done} of {total} accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="238"/>
        <source>Ready to import: {new} rows add new records, {updated} update existing ones, {skipped} have problems and will be skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="241"/>
        <source>Imported: {new} rows added new records, {updated} updated existing ones, {skipped} were skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="246"/>
        <source>Row {row}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="248"/>
        <source>… and {n} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="258"/>
        <source>Nothing was imported: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InteractionDialog</name>
    <message>
        <location filename="../../ui/dialogs/interaction_dialog.py" line="16"/>
        <source>Edit interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/interaction_dialog.py" line="16"/>
        <source>Log interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/interaction_dialog.py" line="27"/>
        <source>When (your time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/interaction_dialog.py" line="29"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/interaction_dialog.py" line="30"/>
        <source>(the company)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/interaction_dialog.py" line="31"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/interaction_dialog.py" line="33"/>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/interaction_dialog.py" line="35"/>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/interaction_dialog.py" line="37"/>
        <source>Their response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/interaction_dialog.py" line="39"/>
        <source>Quote valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/interaction_dialog.py" line="40"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InteractionTableModel</name>
    <message>
        <location filename="../../ui/models/interaction_table.py" line="26"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/interaction_table.py" line="26"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/interaction_table.py" line="26"/>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/interaction_table.py" line="26"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/interaction_table.py" line="27"/>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/interaction_table.py" line="27"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocalClock</name>
    <message>
        <location filename="../../ui/widgets/local_clock.py" line="36"/>
        <source>their day off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/local_clock.py" line="38"/>
        <source>inside working hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/local_clock.py" line="40"/>
        <source>outside working hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/local_clock.py" line="41"/>
        <source>{when} in {place} — {state} ({window})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="29"/>
        <source>Rapport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="41"/>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="43"/>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="44"/>
        <source>Commitments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="45"/>
        <source>Countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="46"/>
        <source>Trade fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="143"/>
        <source>Next touches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="144"/>
        <source>Promises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="167"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="168"/>
        <source>&amp;New account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="171"/>
        <source>&amp;Import contacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="172"/>
        <source>&amp;Export contacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="173"/>
        <source>E&amp;xchange with another laptop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="176"/>
        <source>&amp;Back up now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="177"/>
        <source>&amp;Restore a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="179"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="180"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="181"/>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="182"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="183"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="185"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="189"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="190"/>
        <source>&amp;About Rapport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="210"/>
        <source>Import contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="211"/>
        <source>Contact lists (*.csv *.txt *.tsv *.xlsx *.vcf);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="220"/>
        <source>Export contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="221"/>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="224"/>
        <source>Exported {n} rows to {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="238"/>
        <source>Back up the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="239"/>
        <location filename="../../ui/main_window.py" line="250"/>
        <source>Rapport database (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="242"/>
        <source>Backed up to {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="249"/>
        <location filename="../../ui/main_window.py" line="253"/>
        <location filename="../../ui/main_window.py" line="261"/>
        <location filename="../../ui/main_window.py" line="266"/>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="254"/>
        <source>Replace the current data with {file}? The current database is kept beside it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="267"/>
        <source>Restored. The previous database was kept as {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="276"/>
        <source>About Rapport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="277"/>
        <source>&lt;b&gt;Rapport&lt;/b&gt; — customer relationships for export firms.&lt;br&gt;Database: {db}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewTableModel</name>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="40"/>
        <source>Column {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="49"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PromisesTab</name>
    <message>
        <location filename="../../ui/views/account_tabs.py" line="37"/>
        <source>New promise…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="54"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="56"/>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="57"/>
        <source>Follow-up rhythm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="58"/>
        <source>Promises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="70"/>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="74"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="75"/>
        <source>A new language takes effect when Rapport starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="81"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="81"/>
        <source>Follow up every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="81"/>
        <source>Fresh quote every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="82"/>
        <source>Samples every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="82"/>
        <source>Sample transit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="82"/>
        <source>Contact from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="82"/>
        <source>until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="88"/>
        <location filename="../../ui/dialogs/settings_dialog.py" line="111"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="100"/>
        <source>Cold or unanswered replies lengthen the rhythm (up to 3×), warm replies shorten it; an account can set its own rhythm in its details. Times are the customer&apos;s local time; a country can override its region in the Countries view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="121"/>
        <source>&apos;Due soon&apos; within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="122"/>
        <source>A person is overloaded above this many open promises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="123"/>
        <source>… due within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="124"/>
        <source>&apos;Rescheduled&apos; after this many moves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="125"/>
        <source>Warn when a new promise is due within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="126"/>
        <source>… or a delivery promise within</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TouchTableModel</name>
    <message>
        <location filename="../../ui/models/touch_table.py" line="29"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/touch_table.py" line="29"/>
        <source>Their time now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/touch_table.py" line="29"/>
        <source>Planned (their time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/touch_table.py" line="30"/>
        <source>Planned (your time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/touch_table.py" line="30"/>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/touch_table.py" line="30"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/touch_table.py" line="32"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
