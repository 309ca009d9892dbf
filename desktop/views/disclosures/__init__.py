"""The Disclosures & consents section, and every record leaving the vault (P-DISCLOSE, P-LAW).

Other sections reach it only through the names below: the disclosure work for
the worker thread, the consent dialog and labels the client page shows, the names of
disclosure events in the audit trail, the record renderer the practice-wide export
draws each client's record with, and the drawing helpers every exported PDF shares
(a receipt too).
"""

from desktop.views.disclosures import disclosure_jobs, subject_access_pdf
from desktop.views.disclosures.consent_dialog import ConsentDialog
from desktop.views.disclosures.disclosure_actions import DISCLOSURE_ACTION_KINDS
from desktop.views.disclosures.disclosure_labels import items_text, label, relations_text, short_date
from desktop.views.disclosures.export_pdf import ExportPdf

__all__ = [
    "DISCLOSURE_ACTION_KINDS",
    "ConsentDialog",
    "ExportPdf",
    "disclosure_jobs",
    "items_text",
    "label",
    "relations_text",
    "short_date",
    "subject_access_pdf",
]
