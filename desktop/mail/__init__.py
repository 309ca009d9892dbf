"""Reading mail files: ``.eml`` messages and ``.mbox`` mailboxes, as plain data.

Pure parsing with the standard library's ``email`` package (``policy.default``):
no database, no Qt. A file that cannot be read gives a per-file reason
(:class:`desktop.mail.reading.Unreadable`), never an exception escaping a
batch, so one damaged file never stops the others.
"""
