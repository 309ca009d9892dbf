"""The Contacts section: the log of every contact made, new contacts and emergencies.

Other sections reach it only through the names below: the contact work for
the worker thread (a copied booking confirmation is logged through it).
"""

from __future__ import annotations

from desktop.views.contacts import contact_jobs

__all__ = ["contact_jobs"]
