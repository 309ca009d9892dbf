"""An audit event's stored details as a sentence the counsellor reads (P-SAFEGUARD).

The trail stores details as JSON with English code names (``{"kind": "typhoon",
"waived": true}``); here each name comes from :mod:`desktop.vault.audit_events`,
each value from the policy's own label tables where it is one of their codes,
yes/no for a flag and a date as a date. The client a detail names is shown in
the audit table's client column, not repeated here; a record's seal is left out.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop.i18n import QT_TRANSLATE_NOOP, fill
from desktop.policy import afterfollow, contacts, disclosure, emergency
from desktop.policy.bookings import vocabulary
from desktop.vault.audit_events import DETAIL_NAMES, HIDDEN_DETAILS
from desktop.views.common.local_time import datetime_text

_CONTEXT = "AuditModel"

#: Codes the policy does not label itself (who cancelled, a language, who an export was for).
_OWN_VALUES: dict[str, str] = {
    "client": QT_TRANSLATE_NOOP("AuditModel", "The client"),
    "counsellor": QT_TRANSLATE_NOOP("AuditModel", "The counsellor"),
    "ja": QT_TRANSLATE_NOOP("AuditModel", "Japanese"),
    "en": QT_TRANSLATE_NOOP("AuditModel", "English"),
    "data_subject": QT_TRANSLATE_NOOP("AuditModel", "The client (their own copy)"),
    "third_party": QT_TRANSLATE_NOOP("AuditModel", "A third party"),
    "provision_records": QT_TRANSLATE_NOOP("AuditModel", "Records of disclosures"),
    "pdf": QT_TRANSLATE_NOOP("AuditModel", "PDF"),
    "json": QT_TRANSLATE_NOOP("AuditModel", "JSON"),
}
_YES = QT_TRANSLATE_NOOP("AuditModel", "yes")
_NO = QT_TRANSLATE_NOOP("AuditModel", "no")
#: How a detail, the details and the items of a list are joined (Japanese: 形式：PDF、点：日付・開始時刻).
_DETAIL = QT_TRANSLATE_NOOP("AuditModel", "%1: %2")
_BETWEEN_DETAILS = QT_TRANSLATE_NOOP("AuditModel", " · ")
_BETWEEN_ITEMS = QT_TRANSLATE_NOOP("AuditModel", ", ")


def _policy(*tables: Mapping[Any, str]) -> dict[str, tuple[str, str]]:
    return {str(code): ("policy", label) for table in tables for code, label in table.items()}


def _own(*codes: str) -> dict[str, tuple[str, str]]:
    return {code: (_CONTEXT, _OWN_VALUES[code]) for code in codes}


#: For each detail whose value is a code: the code's label as (context, English source).
_VALUES: dict[str, dict[str, tuple[str, str]]] = {
    "kind": _policy(emergency.KIND_LABELS, disclosure.CONSENT_KIND_LABELS, disclosure.REQUEST_KIND_LABELS),
    "action": _policy(emergency.ACTION_LABELS),
    "basis": _policy(contacts.BASIS_LABELS, disclosure.BASIS_LABELS),
    "channel": _policy(contacts.CHANNEL_LABELS),
    "reason": _policy(afterfollow.HOLD_REASON_LABELS),
    "template": _policy(afterfollow.TEMPLATE_LABELS),
    "trigger": _policy(afterfollow.TRIGGER_LABELS),
    "status": _policy(disclosure.REQUEST_STATUS_LABELS),
    "source": _policy(vocabulary.EXCHANGE_SOURCE_LABELS),
    "point": _policy(vocabulary.POINT_LABELS),
    "unticked": _policy(vocabulary.POINT_LABELS),
    "by": _own("client", "counsellor"),
    "language": _own("ja", "en"),
    "recipient": _own("data_subject", "third_party"),
    "content": _own("provision_records"),
    "format": _own("pdf", "json"),
}
#: Details holding a moment or a day, shown in the counsellor's calendar and clock.
_MOMENTS = frozenset({"backup_created_at", "recorded_late"})
#: Details that name the client: the table shows them in its own column.
CLIENT_KEY = "client"


def _value_text(key: str, value: object) -> str:
    if isinstance(value, bool):
        return QCoreApplication.translate(_CONTEXT, _YES if value else _NO)
    if key in _MOMENTS and isinstance(value, str):
        return datetime_text(value) if "T" in value else value
    labels = _VALUES.get(key)
    if labels is None or not isinstance(value, str):
        return str(value)
    parts = [part for part in value.split(",") if part]
    shown = [QCoreApplication.translate(*labels[p]) if p in labels else p for p in parts]
    if not shown:
        return QCoreApplication.translate("AuditModel", "none")
    return QCoreApplication.translate(_CONTEXT, _BETWEEN_ITEMS).join(shown)


def stored_details(detail: str) -> dict[str, object]:
    """The stored JSON object, or an empty one for text that is not (an older or foreign row)."""
    try:
        values = json.loads(detail)
    except ValueError:
        return {}
    return values if isinstance(values, dict) else {}


def client_of(detail: str) -> int | None:
    """The client a detail names (a booking's, a message's), if any."""
    value = stored_details(detail).get(CLIENT_KEY)
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def detail_text(detail: str) -> str:
    """``{"kind": "typhoon", "cancelled": 3}`` as ``Kind: Typhoon · Cancelled: 3``, translated."""
    values = stored_details(detail)
    if not values and detail.strip() not in ("", "{}"):
        return detail  # not a JSON object: shown as stored
    parts = []
    for key, value in values.items():
        if key in HIDDEN_DETAILS or key == CLIENT_KEY or value in (None, ""):
            continue
        name = DETAIL_NAMES.get(key)
        label = QCoreApplication.translate(_CONTEXT, name) if name else key
        parts.append(fill(QCoreApplication.translate(_CONTEXT, _DETAIL), (label, _value_text(key, value))))
    return QCoreApplication.translate(_CONTEXT, _BETWEEN_DETAILS).join(parts)
