"""The Contacts section: the log of every contact made, new contacts and emergencies."""
