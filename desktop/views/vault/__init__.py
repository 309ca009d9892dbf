"""The vault's life in the window: set-up, unlock, restore, change of passphrase, the lock and backups."""
