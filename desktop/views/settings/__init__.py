"""The Settings section: the practice, language, security, sessions and fees, backups, retention."""
