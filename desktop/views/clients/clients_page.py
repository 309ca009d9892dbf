"""The Clients section: find a client as you type, then see and edit their record and notes.

The list on the left holds only the ids a search returns (in gojūon order of
the reading) and fetches rows lazily, so it stays smooth with thousands of
clients. Choosing a client opens the record (an audited view) on the right,
with the consultation notes below it: a click or Enter opens it at once, the
arrow keys only once the selection has rested, so passing over a client does
not open (and audit) it. Export and erasure are only requested here; the
dialogs that carry them out belong to whoever listens. The page assembles the
two sides (:class:`~desktop.views.clients.client_list_pane.ClientListPane` and
:class:`~desktop.views.clients.client_record_pane.ClientRecordPane`) and decides
when to search and which client to open.

Nothing typed is lost by moving on: before another client or a new one replaces
unsaved edits, the counsellor chooses to save them, discard them, or keep
editing. Locking is the exception: it drops everything at once (P-SAFEGUARD).
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum, auto
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QMessageBox, QSplitter, QVBoxLayout, QWidget

from desktop.views.clients import client_jobs
from desktop.views.clients.client_list_pane import ClientListPane
from desktop.views.clients.client_record_pane import ClientRecordPane
from desktop.views.clients.import_dialog import ClientImportDialog
from desktop.views.common.error_text import describe
from desktop.views.common.forms import named
from desktop.views.common.load_on_show import LoadOnShow
from desktop.views.common.worker import run_in_background

if TYPE_CHECKING:
    from desktop.vault.store import OpenVault

#: Wait this long after the last keystroke before searching.
SEARCH_DELAY_MS = 150
#: Open the client the list selection has rested on for this long (arrow keys).
OPEN_DELAY_MS = 250


class Choice(Enum):
    """The counsellor's answer when unsaved edits would be replaced."""

    SAVE = auto()
    DISCARD = auto()
    KEEP_EDITING = auto()


class ClientsPage(QWidget):
    """Emits :attr:`export_requested` / :attr:`erase_requested` with the client id; :meth:`reload` after."""

    export_requested = Signal(int)
    booking_open_requested = Signal(int)
    new_booking_requested = Signal(int, str)  # client id and name
    erase_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # A command (a demo, an import) may change the list meanwhile: read it again on every show.
        self._loader = LoadOnShow(self, self._search, every_show=True)
        self._vault: OpenVault | None = None
        self._search_seq = 0
        self._reselecting = False
        self._after_save: Callable[[], None] | None = None  # where to go once "Save changes" is done

        self._list = ClientListPane()
        self._list.new_button.clicked.connect(self._new_client)
        self._list.import_button.clicked.connect(self.import_clients)
        self._list.search_edit.textChanged.connect(self._search_later)
        self._list.search_edit.returnPressed.connect(self._search_and_go_to_list)
        self._list.status_filter.currentIndexChanged.connect(self._search)
        self._debounce = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self._search)
        self.model = self._list.model
        self.model.failed.connect(self._failed)
        self.table = self._list.table
        self.table.selectionModel().currentRowChanged.connect(self._row_chosen)
        self.table.clicked.connect(self._open_now)
        self.table.activated.connect(self._open_now)
        self._opening = QTimer(self, singleShot=True, interval=OPEN_DELAY_MS)
        self._opening.timeout.connect(self._open_chosen)
        find = QShortcut(QKeySequence.StandardKey.Find, self, self._list.focus_search)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        new = QShortcut(QKeySequence.StandardKey.New, self, self._new_client)
        new.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

        self._record = ClientRecordPane()
        self._record.export_requested.connect(self.export_requested)
        self._record.erase_requested.connect(self.erase_requested)
        self._record.booking_open_requested.connect(self.booking_open_requested)
        self._record.new_booking_requested.connect(self.new_booking_requested)
        self.editor = self._record.editor
        self.editor.saved.connect(self._client_saved)
        self.editor.save_failed.connect(self._save_failed)
        self.notes = self._record.notes
        self.notes.saved.connect(self._note_saved)
        self.notes.save_failed.connect(self._save_failed)
        self.bookings = self._record.bookings

        splitter = named(QSplitter(Qt.Orientation.Horizontal), "clientsSplitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._list)
        splitter.addWidget(self._record)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([470, 630])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.clear()

    # --- the vault ------------------------------------------------------------------------------

    def set_vault(self, vault: OpenVault) -> None:
        self._vault = vault
        self.model.set_vault(vault)
        self._record.set_vault(vault)
        self.setEnabled(True)
        self._loader.request()

    def clear(self) -> None:
        """Forget the vault and every name, number and note shown (on lock), unsaved edits included."""
        self._loader.cancel()
        self._vault = None
        self._search_seq += 1  # a search still running is ignored
        self._after_save = None
        self._opening.stop()
        self._list.search_edit.setText("")  # the query may be a name; setText also drops the undo history
        self._debounce.stop()
        self._list.status_filter.setCurrentIndex(0)
        self.model.set_vault(None)
        self._record.clear()
        self._list.show_count(None)
        self.setEnabled(False)

    @Slot()
    def import_clients(self) -> None:
        """Open the CSV import (P-DATA); the list shows the new clients once it is done."""
        if self._vault is not None:
            dialog = ClientImportDialog(self._vault, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.imported.connect(lambda _count: self.reload())
            dialog.open()

    @Slot()
    def reload(self) -> None:
        """Run the current search again (after an erasure, say); a client that is gone is closed."""
        self._search()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._search()  # a command (a demo, an import) may have changed the list meanwhile

    # --- searching ------------------------------------------------------------------------------

    @Slot()
    def _search_and_go_to_list(self) -> None:
        """Enter searches at once and moves to the list, where the arrow keys choose a client."""
        self._search()
        self.table.setFocus()

    @Slot()
    def _search_later(self) -> None:
        self._debounce.start()

    @Slot()
    def _search(self) -> None:
        self._debounce.stop()
        vault = self._vault
        if vault is None:
            return
        self._search_seq += 1
        seq = self._search_seq
        query, status = self._list.query()
        shown = self.editor.client_id

        def wanted() -> bool:
            return seq == self._search_seq and vault is self._vault

        def failed(error: Exception) -> None:
            if vault is self._vault:
                self._failed(error)

        def found(result: client_jobs.SearchResult) -> None:
            self._show_result(query, status, result, shown)
            if result.complete:
                self._list.show_count(len(result.rows))
                return
            self._list.show_count(None)  # the last search's count would be wrong: none until this one's
            # Read after the rows: the count never delays the first screenful.
            run_in_background(
                lambda: client_jobs.count(vault, query, status),
                owner=self,
                on_success=self._list.show_count,
                on_failure=failed,
                still_wanted=wanted,
            )

        run_in_background(
            lambda: client_jobs.search(vault, query, status, shown),
            owner=self,
            on_success=found,
            on_failure=failed,
            still_wanted=wanted,
        )

    def _show_result(
        self, query: str, status: str | None, result: client_jobs.SearchResult, shown: int | None
    ) -> None:
        resting = self._chosen_id() if self._opening.isActive() else None  # chosen, not yet opened
        self.model.set_result(query, status, result.rows, complete=result.complete)
        if shown is not None and not result.shown_exists and self.editor.client_id == shown:
            self.editor.show_nothing()
            self._record.show_records(None)
        if resting is not None and self.model.row_of(resting) is not None:
            self._reselect(resting)
            self._opening.start(OPEN_DELAY_MS)
        elif self.editor.client_id is not None:
            self._reselect(self.editor.client_id)

    @Slot(object)
    def _failed(self, error: Exception) -> None:
        self._list.count_label.setText(describe(error))

    # --- the chosen client ----------------------------------------------------------------------

    @Slot(QModelIndex, QModelIndex)
    def _row_chosen(self, current: QModelIndex | QPersistentModelIndex, _previous: object) -> None:
        if not self._reselecting and current.isValid():
            self._opening.start(OPEN_DELAY_MS)  # arrowing on restarts the wait

    @Slot(QModelIndex)
    def _open_now(self, _index: QModelIndex) -> None:
        """A click or Enter: open at once (from the event loop, not inside the view's handler)."""
        self._opening.start(0)

    def _chosen_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.client_id(index.row()) if index.isValid() else None

    @Slot()
    def _open_chosen(self) -> None:
        client_id = self._chosen_id()
        if client_id is not None and client_id != self.editor.client_id:
            self._leave_then(lambda: self._open(client_id))

    def _open(self, client_id: int) -> None:
        if not self._opening.isActive():  # unless the counsellor has arrowed on meanwhile
            self._reselect(client_id)
        self.editor.open_client(client_id)
        self._record.show_records(client_id)

    def _reselect(self, client_id: int | None) -> None:
        """Put the list selection on ``client_id`` (none if None or not listed) without opening anything."""
        self._opening.stop()
        row = self.model.row_of(client_id) if client_id is not None else None
        self._reselecting = True
        try:
            if row is None:
                self.table.setCurrentIndex(QModelIndex())
                self.table.clearSelection()
            else:
                self.table.setCurrentIndex(self.model.index(row, 0))
                self.table.scrollTo(self.model.index(row, 0))
        finally:
            self._reselecting = False

    @Slot()
    def _new_client(self) -> None:
        self._leave_then(self._start_new_client)

    def _start_new_client(self) -> None:
        self._reselect(None)
        self.editor.new_client()
        self._record.show_records(None)
        self._record.update_title()

    # --- unsaved edits --------------------------------------------------------------------------

    def _has_unsaved_changes(self) -> bool:
        return self.editor.has_unsaved_changes() or self.notes.has_unsaved_changes()

    def close_then(self, go: Callable[[], None]) -> bool:
        """Before the window closes: ``True`` to close now.

        Otherwise the counsellor is asked, and ``go`` runs once the edits are saved or discarded.
        """
        if not self._has_unsaved_changes():
            return True
        self._leave_then(go)
        return False

    def _leave_then(self, go: Callable[[], None]) -> None:
        """Run ``go`` (which replaces the client shown) unless that would lose typed text: then ask."""
        if self._after_save is not None:  # "Save changes" is under way: go here once it is done
            self._after_save = go
            return
        if not self._has_unsaved_changes():
            go()
            return
        vault = self._vault
        choice = self._ask_unsaved()
        if vault is None or self._vault is not vault:
            return  # locked while asking: everything is gone already
        if choice is Choice.DISCARD:
            go()
        elif choice is Choice.SAVE:
            self._after_save = go
            self._save_next()
        else:
            self._reselect(self.editor.client_id)

    def _ask_unsaved(self) -> Choice:
        """Ask what to do with the unsaved edits (tests replace this to answer without the dialog)."""
        box = QMessageBox(self)
        box.setObjectName("unsavedChangesBox")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Unsaved changes"))
        box.setText(self.tr("Some of what you typed for this client is not saved yet."))
        box.setInformativeText(self.tr("Save it before you move on?"))
        role = QMessageBox.ButtonRole
        buttons = {
            choice: named(box.addButton(text, button_role), name)
            for choice, text, button_role, name in (
                (Choice.SAVE, self.tr("Save changes"), role.AcceptRole, "saveChangesButton"),
                (Choice.DISCARD, self.tr("Discard"), role.DestructiveRole, "discardChangesButton"),
                (Choice.KEEP_EDITING, self.tr("Keep editing"), role.RejectRole, "keepEditingButton"),
            )
        }
        box.setDefaultButton(buttons[Choice.SAVE])
        box.setEscapeButton(buttons[Choice.KEEP_EDITING])
        box.exec()
        clicked = box.clickedButton()
        box.deleteLater()
        return next((choice for choice, button in buttons.items() if button is clicked), Choice.KEEP_EDITING)

    def _save_next(self) -> None:
        """Save the record, then the note, each through its own save; then go where the counsellor chose."""
        if self.editor.has_unsaved_changes():
            self.editor.save()
        elif self.notes.has_unsaved_changes():
            self.notes.save()
        else:
            go, self._after_save = self._after_save, None
            if go is not None:
                go()

    @Slot(int)
    def _note_saved(self, _client_id: int) -> None:
        if self._after_save is not None:
            self._save_next()

    @Slot()
    def _save_failed(self) -> None:
        """A save refused (the fields say why): stay on this client, the list selection with it."""
        if self._after_save is not None:
            self._after_save = None
            self._reselect(self.editor.client_id)

    @Slot(int)
    def _client_saved(self, client_id: int) -> None:
        if self.editor.client_id == client_id and self.notes.client_id != client_id:
            self._record.show_records(client_id)  # a new client, now saved, can have notes and bookings
        self._search()
        if self._after_save is not None:
            self._save_next()
