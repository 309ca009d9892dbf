"""Amounts and the money vocabulary as the window shows them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.policy import money as rules


def yen(amount: int) -> str:
    """``¥12,345`` (a negative amount with its minus sign)."""
    return f"-¥{-amount:,}" if amount < 0 else f"¥{amount:,}"


def method_text(method: rules.PaymentMethod) -> str:
    return QCoreApplication.translate("money", rules.METHOD_LABELS[method])


def kind_text(kind: rules.ChargeKind) -> str:
    return QCoreApplication.translate("money", rules.CHARGE_KIND_LABELS[kind])


def waiver_text(reason: str) -> str:
    """A zero charge's reason in words, or the reason as written (a correction's)."""
    if reason in set(rules.WaiverReason):
        return QCoreApplication.translate("money", rules.WAIVER_LABELS[rules.WaiverReason(reason)])
    return reason
