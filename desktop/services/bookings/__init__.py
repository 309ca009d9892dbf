"""Bookings (moved here unchanged; the next commit splits _shared by subject)."""

from desktop.services.bookings._shared import *  # noqa: F403
