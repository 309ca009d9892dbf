"""The columns of the Disclosures & consents tables: header (``RecordTable`` context) and cell text."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop.i18n import QT_TRANSLATE_NOOP, fill
from desktop.policy import disclosure as rules
from desktop.policy.disclosure import ConsentKind, RequestStatus
from desktop.views.common.local_time import practice_today
from desktop.views.common.record_table import Column
from desktop.views.disclosures.disclosure_labels import items_text, label, relations_text, short_date

if TYPE_CHECKING:
    from desktop.services.consents import ConsentEntry
    from desktop.services.disclosures import DisclosureEntry
    from desktop.services.rights_requests import RequestEntry


def _who(name: str) -> str:
    return name or QCoreApplication.translate("RecordTable", "(erased client)")


def _recipient(entry: DisclosureEntry) -> str:
    return fill(
        QCoreApplication.translate("RecordTable", "%1 (%2)"),
        (entry.draft.recipient_name, label(rules.RELATION_LABELS, entry.draft.relation)),
    )


def _basis(entry: DisclosureEntry) -> str:
    text = label(rules.BASIS_LABELS, entry.draft.basis)
    if entry.draft.requesting_body:
        text = fill(
            QCoreApplication.translate("RecordTable", "%1, requested by %2"),
            (text, entry.draft.requesting_body),
        )
    return text


def _state(entry: DisclosureEntry) -> str:
    parts = []
    if entry.late_after_withdrawal_on is not None:
        parts.append(
            fill(
                QCoreApplication.translate("RecordTable", "Recorded late: consent withdrawn on %1"),
                (short_date(entry.late_after_withdrawal_on),),
            )
        )
    if entry.corrections:
        parts.append(
            fill(QCoreApplication.translate("RecordTable", "Corrected %1×"), (str(entry.corrections),))
        )
    if entry.export_format:
        sealed = (
            QCoreApplication.translate("RecordTable", "sealed")
            if entry.export_encrypted
            else QCoreApplication.translate("RecordTable", "not sealed")
        )
        parts.append(
            fill(
                QCoreApplication.translate("RecordTable", "Exported (%1, %2)"),
                (entry.export_format.upper(), sealed),
            )
        )
    parts.append(
        fill(QCoreApplication.translate("RecordTable", "Kept until %1"), (short_date(entry.retained_until),))
    )
    return QCoreApplication.translate("RecordTable", " · ").join(parts)


LOG_COLUMNS: list[Column] = [
    (QT_TRANSLATE_NOOP("RecordTable", "No."), lambda e: str(e.id)),
    (QT_TRANSLATE_NOOP("RecordTable", "Date"), lambda e: short_date(e.draft.disclosed_on)),
    (QT_TRANSLATE_NOOP("RecordTable", "Client"), lambda e: e.subject_name),
    (QT_TRANSLATE_NOOP("RecordTable", "Recipient"), _recipient),
    (QT_TRANSLATE_NOOP("RecordTable", "Data items"), lambda e: items_text(e.draft.items)),
    (QT_TRANSLATE_NOOP("RecordTable", "Basis"), _basis),
    (QT_TRANSLATE_NOOP("RecordTable", "Record"), _state),
]


def _scope(entry: ConsentEntry) -> str:
    if entry.draft.kind is not ConsentKind.DISCLOSURE:
        return ""
    scope = relations_text(entry.draft.relations)
    if entry.draft.recipient:
        scope = fill(
            QCoreApplication.translate("RecordTable", "%1 (only %2)"), (scope, entry.draft.recipient)
        )
    return fill(QCoreApplication.translate("RecordTable", "%1: %2"), (scope, items_text(entry.draft.items)))


CONSENT_COLUMNS: list[Column] = [
    (QT_TRANSLATE_NOOP("RecordTable", "No."), lambda c: str(c.id)),
    (QT_TRANSLATE_NOOP("RecordTable", "Given"), lambda c: short_date(c.draft.given_on)),
    (QT_TRANSLATE_NOOP("RecordTable", "Client"), lambda c: _who(c.client_name)),
    (QT_TRANSLATE_NOOP("RecordTable", "Allows"), lambda c: label(rules.CONSENT_KIND_LABELS, c.draft.kind)),
    (QT_TRANSLATE_NOOP("RecordTable", "How"), lambda c: label(rules.CONSENT_METHOD_LABELS, c.draft.method)),
    (QT_TRANSLATE_NOOP("RecordTable", "Holds until"), lambda c: short_date(c.draft.expires_on)),
    (QT_TRANSLATE_NOOP("RecordTable", "Withdrawn"), lambda c: short_date(c.withdrawn_on)),
    (QT_TRANSLATE_NOOP("RecordTable", "Scope"), _scope),
]


def _request_state(entry: RequestEntry) -> str:
    text = label(rules.REQUEST_STATUS_LABELS, entry.status)
    if entry.status is RequestStatus.OPEN and entry.overdue_on(practice_today()):
        return fill(QCoreApplication.translate("RecordTable", "%1 — overdue"), (text,))
    return text


REQUEST_COLUMNS: list[Column] = [
    (QT_TRANSLATE_NOOP("RecordTable", "No."), lambda r: str(r.id)),
    (QT_TRANSLATE_NOOP("RecordTable", "Received"), lambda r: short_date(r.received_on)),
    (QT_TRANSLATE_NOOP("RecordTable", "Due"), lambda r: short_date(r.due_on)),
    (QT_TRANSLATE_NOOP("RecordTable", "Client"), lambda r: _who(r.client_name)),
    (QT_TRANSLATE_NOOP("RecordTable", "Request"), lambda r: label(rules.REQUEST_KIND_LABELS, r.kind)),
    (QT_TRANSLATE_NOOP("RecordTable", "Status"), _request_state),
    (QT_TRANSLATE_NOOP("RecordTable", "Response"), lambda r: r.refusal_reason or r.response),
]

TESTIMONIAL_COLUMNS: list[Column] = [
    (QT_TRANSLATE_NOOP("RecordTable", "Marked"), lambda t: short_date(t.marked_on)),
    (QT_TRANSLATE_NOOP("RecordTable", "Client"), lambda t: t.client_name),
    (QT_TRANSLATE_NOOP("RecordTable", "Consent no."), lambda t: str(t.consent_id)),
    (QT_TRANSLATE_NOOP("RecordTable", "Words"), lambda t: " ".join(t.text.split())),
    (QT_TRANSLATE_NOOP("RecordTable", "Taken down"), lambda t: short_date(t.taken_down_on)),
]
