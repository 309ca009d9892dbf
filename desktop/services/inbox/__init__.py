"""The inbox (moved here unchanged; the next commit splits lists by subject)."""

from desktop.services.inbox.lists import *  # noqa: F403
