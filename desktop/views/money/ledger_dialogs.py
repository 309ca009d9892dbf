"""The two entries the client's page adds besides payments: a charge added by hand, and a refund.

Neither edits a row (P-MONEY-LEDGER): a manual charge is a new charge saying
what it is for; a refund is a negative payment naming the payment it returns
and why. Each asks in small dialogs and returns the work for the worker
thread; the service's refusal (no reason, more than was paid) comes back as
its own sentence.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QWidget

from desktop.policy import money as rules

if TYPE_CHECKING:
    from desktop.vault.store import OpenVault


def _tr(text: str) -> str:
    return QCoreApplication.translate("ledger_dialogs", text)


def _amount(parent: QWidget, title: str, label: str) -> int | None:
    value, ok = QInputDialog.getInt(parent, title, label, 1000, 1, rules.MAX_AMOUNT_YEN, 100)
    return value if ok else None


def ask_manual_charge(parent: QWidget, vault: OpenVault, client_id: int) -> Callable[[], object] | None:
    """Ask what the charge is for and how much: the work to run, or ``None`` when cancelled."""
    title = _tr("Add a charge")
    what, ok = QInputDialog.getText(parent, title, _tr("What is it for?"))
    amount = _amount(parent, title, _tr("Amount in yen, tax included:")) if ok else None
    if amount is None:
        return None

    def work() -> object:
        from desktop.services.money import charges

        return charges.add_manual_charge(vault, client_id=client_id, amount_yen=amount, description=what)

    return work


def ask_refund(parent: QWidget, vault: OpenVault, payment_id: int) -> Callable[[], object] | None:
    """Ask how much of the payment goes back and why: the work to run, or ``None`` when cancelled."""
    title = _tr("Refund")
    amount = _amount(parent, title, _tr("Amount to give back, in yen:"))
    reason, ok = QInputDialog.getText(parent, title, _tr("Why is it refunded?")) if amount else ("", False)
    if amount is None or not ok:
        return None

    def work() -> object:
        from desktop.services.money import payments

        return payments.record_refund(vault, payment_id=payment_id, amount_yen=amount, reason=reason)

    return work
