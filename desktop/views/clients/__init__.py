"""The Clients section: the list, a client's record and notes, their bookings and consents, erasure."""
