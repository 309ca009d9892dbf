"""A client field that searches as you type and offers matches (names with their reading).

Used by the Disclosures & consents section for its client filter and for the
dialogs that start there; the suggestions come from the shared
:class:`~desktop.views.common.client_completer.ClientCompleter`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from desktop.views.calendar import booking_jobs
from desktop.views.common.client_completer import ClientCompleter
from desktop.views.common.worker import run_in_background

if TYPE_CHECKING:
    from desktop.vault.store import OpenVault


class ClientPicker(QLineEdit):
    """Emits :attr:`picked` with the client id (or None) whenever the text names one client or none."""

    picked = Signal(object)

    def __init__(self, vault_of: Callable[[], OpenVault | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault_of = vault_of
        self._clients = ClientCompleter(self, self._search)
        self._clients.chosen.connect(self.picked)
        self.setClearButtonEnabled(True)

    @property
    def client_id(self) -> int | None:
        return self._clients.client_id

    def client_name(self) -> str:
        return self._clients.client_name()

    def reset(self) -> None:
        self._clients.reset()

    def _search(self, query: str, found: Callable[[list[booking_jobs.ClientChoice]], None]) -> None:
        vault = self._vault_of()
        if vault is None:
            return
        run_in_background(
            lambda: booking_jobs.search_clients(vault, query),
            owner=self,
            on_success=found,
            on_failure=lambda _error: None,
            still_wanted=lambda: self._vault_of() is vault,
        )
