"""The Clients section: the list, a client's record and notes, their bookings and consents, erasure.

Other sections reach it only through the names below: the client work for the
worker thread (the inbox makes a sender a client with it).
"""

from desktop.views.clients import client_jobs

__all__ = ["client_jobs"]
