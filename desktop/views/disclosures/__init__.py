"""The Disclosures & consents section, and every record leaving the vault (P-DISCLOSE, P-LAW).

Other sections reach it only through the names below: the disclosure work for
the worker thread, the consent dialog and labels the client page shows, the
drawing helpers every exported PDF shares (a receipt too), and
the names of disclosure events in the audit trail.
"""

from desktop.views.disclosures import disclosure_jobs, subject_access_pdf
from desktop.views.disclosures.consent_dialog import ConsentDialog
from desktop.views.disclosures.disclosure_actions import DISCLOSURE_ACTION_KINDS, DISCLOSURE_ACTION_LABELS
from desktop.views.disclosures.disclosure_labels import items_text, label, relations_text, short_date

__all__ = [
    "DISCLOSURE_ACTION_KINDS",
    "DISCLOSURE_ACTION_LABELS",
    "ConsentDialog",
    "disclosure_jobs",
    "items_text",
    "label",
    "relations_text",
    "short_date",
    "subject_access_pdf",
]
