"""The disclosure settings' ranges and labels, merged into the practice settings' registry.

The lower bounds are the law's own (APPI Art. 29: three years, one for the
contract-document case), so Settings can lengthen retention but never shorten it.
"""

from __future__ import annotations

from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.policy import disclosure as rules

RANGES: dict[str, tuple[int, int]] = {
    "disclosure_retention_years": (rules.STANDARD_RETENTION_YEARS, rules.RETENTION_YEARS_MAX),
    "contract_retention_years": (rules.CONTRACT_RETENTION_YEARS, rules.RETENTION_YEARS_MAX),
    "request_due_days": rules.REQUEST_DUE_DAYS_RANGE,
}
LABELS = {
    "disclosure_retention_years": QT_TRANSLATE_NOOP("settings", "Years provision records are kept"),
    "contract_retention_years": QT_TRANSLATE_NOOP(
        "settings", "Years kept when a contract document is the record"
    ),
    "request_due_days": QT_TRANSLATE_NOOP("settings", "Days to answer a client's request"),
}
