"""The texts the disclosure screens and PDFs show for the policy's enums and records."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from enum import StrEnum
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QLocale

from desktop.policy import disclosure as rules
from desktop.policy.disclosure import DataItem, Relation
from desktop.views.common.local_time import date_text

EnumT = TypeVar("EnumT", bound=StrEnum)


def label(labels: Mapping[EnumT, str], value: EnumT) -> str:
    return QCoreApplication.translate("policy", labels[value])


def items_text(items: Iterable[DataItem]) -> str:
    chosen = set(items)
    separator = QCoreApplication.translate("DisclosureLabels", ", ")
    return separator.join(label(rules.DATA_ITEM_LABELS, item) for item in DataItem if item in chosen)


def relations_text(relations: Iterable[Relation]) -> str:
    chosen = set(relations)
    separator = QCoreApplication.translate("DisclosureLabels", ", ")
    return separator.join(label(rules.RELATION_LABELS, r) for r in Relation if r in chosen)


def short_date(day: date | None) -> str:
    return date_text(day, QLocale.FormatType.ShortFormat) if day is not None else ""
