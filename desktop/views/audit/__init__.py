"""The Audit trail section: every opening, change and export of a record, and the chain check."""
