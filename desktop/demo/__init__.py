"""A made-up practice for newcomers, screenshots and benchmarks: never a real person's data.

The generator sits beside the services, not inside them: it is a caller like
the window or the command line, and nothing the app runs depends on it.
:func:`desktop.demo.practice.generate` is the entry point; the other modules
are its steps (clients, notes, bookings, then disclosures, mail and
follow-up), each drawing from its own seeded random stream.
"""
