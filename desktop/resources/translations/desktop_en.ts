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
    <name>BackupSettings</name>
    <message numerus="yes">
        <source>Last good backup: %1 (verified %2, %n row(s))
%3</source>
        <translation>
            <numerusform>Last good backup: %1 (verified %2, %n row)
%3</numerusform>
            <numerusform>Last good backup: %1 (verified %2, %n rows)
%3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BookingSettings</name>
    <message numerus="yes">
        <source>%n minute(s) are kept free between sessions.</source>
        <translation>
            <numerusform>%n minute is kept free between sessions.</numerusform>
            <numerusform>%n minutes are kept free between sessions.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n table</numerusform>
            <numerusform>%n tables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n demo client(s)</source>
        <translation>
            <numerusform>%n demo client</numerusform>
            <numerusform>%n demo clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consultation note(s)</source>
        <translation>
            <numerusform>%n consultation note</numerusform>
            <numerusform>%n consultation notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n revision(s)</source>
        <translation>
            <numerusform>%n revision</numerusform>
            <numerusform>%n revisions</numerusform>
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
        <source>%n cancellation(s)</source>
        <translation>
            <numerusform>%n cancellation</numerusform>
            <numerusform>%n cancellations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) imported</source>
        <translation>
            <numerusform>%n message imported</numerusform>
            <numerusform>%n messages imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the vault</source>
        <translation>
            <numerusform>%n was already in the vault</numerusform>
            <numerusform>%n were already in the vault</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the vault were skipped.</source>
        <translation>
            <numerusform>%n already in the vault was skipped.</numerusform>
            <numerusform>%n already in the vault were skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) or message(s) could not be imported.</source>
        <translation>
            <numerusform>%n file or message could not be imported.</numerusform>
            <numerusform>%n files or messages could not be imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) or message(s) could not be imported (see above)</source>
        <translation>
            <numerusform>%n file or message could not be imported (see above)</numerusform>
            <numerusform>%n files or messages could not be imported (see above)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>records: all %n consent and disclosure row(s) match their sealed events</source>
        <translation>
            <numerusform>records: the %n consent or disclosure row matches its sealed event</numerusform>
            <numerusform>records: all %n consent and disclosure rows match their sealed events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n do not match</source>
        <translation>
            <numerusform>%n does not match</numerusform>
            <numerusform>%n do not match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client record(s)</source>
        <translation>
            <numerusform>%n client record</numerusform>
            <numerusform>%n client records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) to import</source>
        <translation>
            <numerusform>%n row to import</numerusform>
            <numerusform>%n rows to import</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with a problem (not imported)</source>
        <translation>
            <numerusform>%n row with a problem (not imported)</numerusform>
            <numerusform>%n rows with a problem (not imported)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n likely duplicate(s)</source>
        <translation>
            <numerusform>%n likely duplicate</numerusform>
            <numerusform>%n likely duplicates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n client</numerusform>
            <numerusform>%n clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with a problem</source>
        <translation>
            <numerusform>%n row with a problem</numerusform>
            <numerusform>%n rows with a problem</numerusform>
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
    <name>ClientImportDialog</name>
    <message numerus="yes">
        <source>Import %n client(s)</source>
        <translation>
            <numerusform>Import %n client</numerusform>
            <numerusform>Import %n clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) in the file</source>
        <translation>
            <numerusform>%n row in the file</numerusform>
            <numerusform>%n rows in the file</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with a problem (not imported)</source>
        <translation>
            <numerusform>%n row with a problem (not imported)</numerusform>
            <numerusform>%n rows with a problem (not imported)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n likely duplicate(s)</source>
        <translation>
            <numerusform>%n likely duplicate</numerusform>
            <numerusform>%n likely duplicates</numerusform>
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
    <name>DangerSettings</name>
    <message numerus="yes">
        <source>Saved %n phrase(s); every message was checked again.</source>
        <translation>
            <numerusform>Saved %n phrase; every message was checked again.</numerusform>
            <numerusform>Saved %n phrases; every message was checked again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DisclosureSettings</name>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
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
    <name>EmergencyDialog</name>
    <message numerus="yes">
        <source>Cancel %n booking(s) without fee?</source>
        <translation>
            <numerusform>Cancel %n booking without fee?</numerusform>
            <numerusform>Cancel %n bookings without fee?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Postpone %n booking(s) without fee?</source>
        <translation>
            <numerusform>Postpone %n booking without fee?</numerusform>
            <numerusform>Postpone %n bookings without fee?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more booking(s).</source>
        <translation>
            <numerusform>…and %n more booking.</numerusform>
            <numerusform>…and %n more bookings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done: %n booking(s) cancelled without fee.</source>
        <translation>
            <numerusform>Done: %n booking cancelled without fee.</numerusform>
            <numerusform>Done: %n bookings cancelled without fee.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done: %n booking(s) postponed without fee.</source>
        <translation>
            <numerusform>Done: %n booking postponed without fee.</numerusform>
            <numerusform>Done: %n bookings postponed without fee.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) are ready to send, under Contacts.</source>
        <translation>
            <numerusform>%n message is ready to send, under Contacts.</numerusform>
            <numerusform>%n messages are ready to send, under Contacts.</numerusform>
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
    <message numerus="yes">
        <source>%n entry(ies) of the books (charges, payments, receipt copies)</source>
        <translation>
            <numerusform>%n entry of the books (charges, payments, receipt copies)</numerusform>
            <numerusform>%n entries of the books (charges, payments, receipt copies)</numerusform>
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
    <name>RestoreDialog</name>
    <message numerus="yes">
        <source>The backup of %1 passed every check and was restored (%n row(s)). It opens with the passphrase you just typed. Write down the new recovery code below: it is shown only once, and the old one no longer works.</source>
        <translation>
            <numerusform>The backup of %1 passed every check and was restored (%n row). It opens with the passphrase you just typed. Write down the new recovery code below: it is shown only once, and the old one no longer works.</numerusform>
            <numerusform>The backup of %1 passed every check and was restored (%n rows). It opens with the passphrase you just typed. Write down the new recovery code below: it is shown only once, and the old one no longer works.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message numerus="yes">
        <source>%n round trip(s)</source>
        <translation>
            <numerusform>%n round trip</numerusform>
            <numerusform>%n round trips</numerusform>
        </translation>
    </message>
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
<context>
    <name>ThreadReader</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
</TS>
