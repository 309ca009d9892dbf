"""The encrypted vault: key slots, the SQLCipher engine, migrations and the audit trail."""
