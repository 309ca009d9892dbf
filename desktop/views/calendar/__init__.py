"""The Calendar section: week, day and month views, the agenda and the booking dialog (P-CONFIRM)."""
