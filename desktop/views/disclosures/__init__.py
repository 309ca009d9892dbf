"""The Disclosures & consents section, and every record leaving the vault (P-DISCLOSE, P-LAW).

Other sections reach it only through the names below: the disclosure work for
the worker thread, the consent dialog and labels the client page shows, and
the audit trail's filter choices for disclosure events.
"""

from desktop.views.disclosures import disclosure_jobs
from desktop.views.disclosures.consent_dialog import ConsentDialog
from desktop.views.disclosures.disclosure_actions import DISCLOSURE_ACTION_KINDS
from desktop.views.disclosures.disclosure_labels import items_text, label, relations_text, short_date

__all__ = [
    "DISCLOSURE_ACTION_KINDS",
    "ConsentDialog",
    "disclosure_jobs",
    "items_text",
    "label",
    "relations_text",
    "short_date",
]
