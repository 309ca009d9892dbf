"""The booking rules (moved here unchanged; the next commit splits agreement by subject)."""

from desktop.policy.bookings.agreement import *  # noqa: F403
