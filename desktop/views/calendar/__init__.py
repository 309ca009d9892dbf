"""The Calendar section: week, day and month views, the agenda and the booking dialog (P-CONFIRM).

Other sections reach it only through the names below: the booking work for
the worker thread (client search, the session menu, a client's sessions) and
the colours and labels bookings are drawn with.
"""

from desktop.views.calendar import booking_jobs, booking_record_text, calendar_look

__all__ = ["booking_jobs", "booking_record_text", "calendar_look"]
