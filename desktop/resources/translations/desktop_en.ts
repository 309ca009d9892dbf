<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AuditPage</name>
    <message numerus="yes">
        <source>%n event(s) shown, newest first.</source>
        <translation>
            <numerusform>%n event shown, newest first.</numerusform>
            <numerusform>%n events shown, newest first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✔ The audit trail is intact: all %n event(s) verified.</source>
        <translation>
            <numerusform>✔ The audit trail is intact: its %n event is verified.</numerusform>
            <numerusform>✔ The audit trail is intact: all %n events verified.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientBookings</name>
    <message numerus="yes">
        <source>%n booking(s)</source>
        <translation>
            <numerusform>%n booking</numerusform>
            <numerusform>%n bookings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n session(s) held</source>
        <translation>
            <numerusform>, %n session held</numerusform>
            <numerusform>, %n sessions held</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientListPane</name>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n client</numerusform>
            <numerusform>%n clients</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DisclosuresPage</name>
    <message numerus="yes">
        <source>%n record(s) kept after an erasure reached the end of retention and were removed.</source>
        <translation>
            <numerusform>%n record kept after an erasure reached the end of retention and was removed.</numerusform>
            <numerusform>%n records kept after an erasure reached the end of retention and were removed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EraseClientDialog</name>
    <message numerus="yes">
        <source>%n consultation note(s)</source>
        <translation>
            <numerusform>%n consultation note</numerusform>
            <numerusform>%n consultation notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n version(s) of their text in all</source>
        <translation>
            <numerusform>%n version of their text in all</numerusform>
            <numerusform>%n versions of their text in all</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s)</source>
        <translation>
            <numerusform>%n booking</numerusform>
            <numerusform>%n bookings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) and call(s)</source>
        <translation>
            <numerusform>%n message or call</numerusform>
            <numerusform>%n messages and calls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) in the contact log</source>
        <translation>
            <numerusform>%n entry in the contact log</numerusform>
            <numerusform>%n entries in the contact log</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message numerus="yes">
        <source>Importing %n file(s)…</source>
        <translation>
            <numerusform>Importing %n file…</numerusform>
            <numerusform>Importing %n files…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n message(s).</source>
        <translation>
            <numerusform>Imported %n message.</numerusform>
            <numerusform>Imported %n messages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n message(s);</source>
        <translation>
            <numerusform>Imported %n message;</numerusform>
            <numerusform>Imported %n messages;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the vault were skipped.</source>
        <translation>
            <numerusform>%n already in the vault was skipped.</numerusform>
            <numerusform>%n already in the vault were skipped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message numerus="yes">
        <source>%n booking(s)</source>
        <translation>
            <numerusform>%n booking</numerusform>
            <numerusform>%n bookings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message numerus="yes">
        <source>Note with %n revision(s), dated:</source>
        <translation>
            <numerusform>Note with %n revision, dated:</numerusform>
            <numerusform>Note with %n revisions, dated:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message numerus="yes">
        <source>All checks passed: encryption, database structure and the audit trail (%n event(s)).</source>
        <translation>
            <numerusform>All checks passed: encryption, database structure and the audit trail (%n event).</numerusform>
            <numerusform>All checks passed: encryption, database structure and the audit trail (%n events).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ThreadList</name>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n conversation</numerusform>
            <numerusform>%n conversations</numerusform>
        </translation>
    </message>
</context>
</TS>
