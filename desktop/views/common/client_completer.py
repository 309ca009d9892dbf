"""Client-name suggestions under a line edit, shown as soon as the search has answered.

The search runs on the vault thread, so its answer arrives after the text
changed. A ``QCompleter`` only looks at its model when the text changes: fed
late, it showed the matches of the previous text, one keystroke (or one
input-method commit) behind. Here the popup is opened again on the new
matches as soon as they arrive, for the text they were searched for; an
answer for an older text is dropped. Typed keys and input-method commits
(Japanese) both emit ``textEdited``, which starts the search.

Used by every dialog that finds a client by name or reading: the booking
dialog, the disclosures' client filter and the new-contact dialog.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

from PySide6.QtCore import QObject, QStringListModel, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QCompleter, QLineEdit

#: Search once typing has paused this long.
SEARCH_DELAY_MS = 250


class ClientChoiceLike(Protocol):
    """What a search answers per client (``booking_jobs.ClientChoice``)."""

    @property
    def id(self) -> int: ...
    @property
    def full_name(self) -> str: ...
    @property
    def name_reading(self) -> str: ...


#: ``search(query, on_found)``: run the search off the GUI thread and call ``on_found`` with the answer.
Search = Callable[[str, Callable[[Sequence[ClientChoiceLike]], None]], None]


def shown_name(client: ClientChoiceLike) -> str:
    """A suggestion's text: the name with its reading, which tells two clients of one name apart."""
    return f"{client.full_name}（{client.name_reading}）" if client.name_reading else client.full_name


class ClientCompleter(QObject):
    """Suggests clients for ``edit``; :attr:`chosen` carries the id the text names (or None)."""

    found = Signal(list)
    chosen = Signal(object)

    def __init__(self, edit: QLineEdit, search: Search, *, delay_ms: int = SEARCH_DELAY_MS) -> None:
        super().__init__(edit)
        self._edit = edit
        self._search = search
        self._choices: dict[str, int] = {}
        self._names: dict[int, str] = {}
        self._client_id: int | None = None
        self._model = QStringListModel(self)
        self._completer = QCompleter(self._model, self)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self._completer.activated.connect(self._choose)
        edit.setCompleter(self._completer)
        self._timer = QTimer(self, singleShot=True, interval=delay_ms)
        self._timer.timeout.connect(self._start_search)
        edit.textEdited.connect(self._edited)

    @property
    def client_id(self) -> int | None:
        return self._client_id

    def client_name(self) -> str:
        return self._names.get(self._client_id, "") if self._client_id is not None else ""

    def set_client(self, client_id: int, name: str) -> None:
        """Show ``name`` as chosen already (the booking's own client, or one picked elsewhere)."""
        self._choices, self._names = {name: client_id}, {client_id: name}
        self._edit.setText(name)
        self._choose(name)

    def reset(self) -> None:
        self._timer.stop()
        self._choices.clear()
        self._names.clear()
        self._model.setStringList([])
        self._edit.setText("")
        self._choose("")

    @Slot(str)
    def _edited(self, text: str) -> None:
        self._choose(text)  # a name edited away from a client no longer names it
        self._timer.start()

    @Slot()
    def _start_search(self) -> None:
        query = self._edit.text().strip()
        if not query:
            self._show([], query)
            return
        self._search(query, lambda found: self._show(found, query))

    def _show(self, found: Sequence[ClientChoiceLike], query: str) -> None:
        if query != self._edit.text().strip():
            return  # the answer to an older text: a newer search is on its way
        names = [client.full_name for client in found]
        self._choices = {}
        for client in found:
            self._choices[shown_name(client)] = client.id
            self._names[client.id] = client.full_name
            if names.count(client.full_name) == 1:  # a name alone picks the client only if unique
                self._choices[client.full_name] = client.id
        self._model.setStringList([shown_name(client) for client in found])
        self.found.emit(list(found))
        self._choose(self._edit.text())
        if query and found and self._edit.hasFocus() and self._client_id is None:
            self._completer.setCompletionPrefix(self._edit.text())
            self._completer.complete()  # the new matches now, not after the next keystroke

    @Slot(str)
    def _choose(self, text: str) -> None:
        client_id = self._choices.get(text.strip())
        if client_id != self._client_id:
            self._client_id = client_id
            self.chosen.emit(client_id)
