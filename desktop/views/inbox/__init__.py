"""The Inbox section: imported mail and calls, triage, holds and after-follow replies."""
