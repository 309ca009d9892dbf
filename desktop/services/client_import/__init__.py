"""Bringing an existing client list into the vault (P-DATA).

- :mod:`.csv_file`: the file as Excel or another program saved it (CP932 or UTF-8, with or
  without a byte-order mark), its rows, and a guess of which column fills which field;
- :mod:`.importing`: the preview (the client form's own checks on every row, likely duplicates)
  and the import itself, in one unit of work, audited with counts only.

The window's dialog and the ``import-clients`` command both go through :mod:`.importing`.
"""
