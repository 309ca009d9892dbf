"""A client field that searches as you type and offers matches (names with their reading).

Used by the Disclosures & consents section for its client filter and for the
dialogs that start there. The booking dialog has the same behaviour inline;
at merge the two can share this widget.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from desktop.views.calendar import booking_jobs
from desktop.views.common.worker import run_in_background

if TYPE_CHECKING:
    from desktop.vault.store import OpenVault

_DELAY_MS = 200


class ClientPicker(QLineEdit):
    """Emits :attr:`picked` with the client id (or None) whenever the text names one client or none."""

    picked = Signal(object)

    def __init__(self, vault_of: Callable[[], OpenVault | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault_of = vault_of
        self._choices: dict[str, int] = {}
        self._client_id: int | None = None
        self._names: dict[int, str] = {}
        self._completer = QCompleter(QStringListModel(self), self)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self._completer.activated.connect(self._choose)
        self.setCompleter(self._completer)
        self.setClearButtonEnabled(True)
        self._timer = QTimer(self, singleShot=True, interval=_DELAY_MS)
        self._timer.timeout.connect(self._search)
        self.textEdited.connect(lambda _text: self._timer.start())

    @property
    def client_id(self) -> int | None:
        return self._client_id

    def client_name(self) -> str:
        return self._names.get(self._client_id, "") if self._client_id is not None else ""

    def reset(self) -> None:
        self._choices.clear()
        self._names.clear()
        self.setText("")
        self._choose("")

    @Slot()
    def _search(self) -> None:
        vault, query = self._vault_of(), self.text().strip()
        if vault is None:
            return
        if not query:
            self._choose("")
            return
        run_in_background(
            lambda: booking_jobs.search_clients(vault, query),
            owner=self,
            on_success=self._found,
            on_failure=lambda _error: None,
            still_wanted=lambda: self._vault_of() is vault,
        )

    @Slot(object)
    def _found(self, found: list[booking_jobs.ClientChoice]) -> None:
        self._choices = {}
        names = [client.full_name for client in found]
        shown = []
        for client in found:
            text = f"{client.full_name}（{client.name_reading}）" if client.name_reading else client.full_name
            shown.append(text)
            self._choices[text] = client.id
            self._names[client.id] = client.full_name
            if names.count(client.full_name) == 1:  # a name alone picks the client only if unique
                self._choices[client.full_name] = client.id
        model = self._completer.model()
        assert isinstance(model, QStringListModel)
        model.setStringList(shown)
        self._choose(self.text())

    @Slot(str)
    def _choose(self, text: str) -> None:
        client_id = self._choices.get(text.strip())
        if client_id != self._client_id:
            self._client_id = client_id
            self.picked.emit(client_id)
