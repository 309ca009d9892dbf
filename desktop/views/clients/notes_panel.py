"""A client's consultation notes: the dated timeline, writing a note, and its kept history.

A note is never overwritten. Saving a change appends a revision through the
service, and "History…" lists every revision with when it was written, so the
counsellor can always see what a note said before.

:meth:`NotesPanel.has_unsaved_changes` tells whether note text was typed and not saved.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import fill
from desktop.views.clients import client_jobs
from desktop.views.common.colours import Tone, set_tone
from desktop.views.common.error_text import describe
from desktop.views.common.forms import Retranslatable, heading, named
from desktop.views.common.worker import run_on_vault

if TYPE_CHECKING:
    from desktop.services.consultation_notes import NoteEntry, Revision
    from desktop.vault.store import OpenVault


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _date_format() -> str:
    """The locale's short date with a four-digit year (2026/11/25, 11/25/2026)."""
    short = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    return short if "yyyy" in short else short.replace("yy", "yyyy")


def _day(value: date) -> str:
    return QLocale().toString(_qdate(value), _date_format())


def _written(iso: str) -> str:
    moment = QDateTime.fromString(iso, Qt.DateFormat.ISODate).toLocalTime()
    return QLocale().toString(moment, QLocale.FormatType.ShortFormat)


class NoteHistoryDialog(QDialog):
    """Every revision of one note, oldest first; read-only."""

    def __init__(self, revisions: list[Revision], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noteHistoryDialog")
        self.setWindowTitle(self.tr("Note history"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.revision_list = named(QListWidget(), "noteRevisionList")
        self.revision_list.setWordWrap(True)
        self.revision_list.setAlternatingRowColors(True)
        for revision in revisions:
            caption = fill(
                self.tr("Revision %1 — written %2"), (str(revision.revision), _written(revision.written_at))
            )
            self.revision_list.addItem(f"{caption}\n{revision.text}")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.revision_list)
        layout.addWidget(buttons)
        self.resize(520, 380)


class NotesPanel(Retranslatable, QWidget):
    """The timeline (newest first) on the left, the chosen or new note on the right.

    :attr:`saved` carries the client id once a note is saved and shown again;
    :attr:`save_failed` says a save ended without that.
    """

    saved = Signal(int)
    save_failed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault: OpenVault | None = None
        self._client_id: int | None = None
        self._saving = False
        self._notes: dict[int, NoteEntry] = {}
        #: Text typed but not saved, by note id (None: the new note), kept while the
        #: counsellor looks at another note of the same client, so nothing typed is lost.
        self._drafts: dict[int | None, str] = {}

        self._heading = heading("notesHeading", 1.1)
        self.add_button = named(QPushButton(), "addNoteButton")
        self.add_button.clicked.connect(self._start_new_note)
        self.note_list = named(QListWidget(), "noteList")
        self.note_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.note_list.currentItemChanged.connect(self._keep_draft)
        self.note_list.currentItemChanged.connect(self._note_chosen)
        self.caption = named(QLabel(), "noteCaptionLabel")
        self.date_edit = named(QDateEdit(), "noteDateEdit")
        self.date_edit.setCalendarPopup(True)
        self.text_edit = named(QPlainTextEdit(), "noteTextEdit")
        self.history_button = named(QPushButton(), "noteHistoryButton")
        self.history_button.clicked.connect(self._show_history)
        self.save_button = named(QPushButton(), "saveNoteButton")
        self.save_button.clicked.connect(self.save)
        self.status_label = named(QLabel(wordWrap=True), "noteStatusLabel")
        #: APPI Art. 20(2): shown on a new note while the client's intake consent is missing.
        self.intake_warning = named(QLabel(wordWrap=True), "intakeWarningLabel")
        set_tone(self.intake_warning, Tone.ERROR)
        self._intake_consent: bool | None = None

        top = QHBoxLayout()
        top.addWidget(self._heading, 1)
        top.addWidget(self.add_button)
        timeline = QVBoxLayout()
        timeline.addLayout(top)
        timeline.addWidget(self.note_list, 1)
        date_row = QHBoxLayout()
        date_row.addWidget(self.caption, 1)
        date_row.addWidget(self.date_edit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.history_button)
        buttons.addWidget(self.status_label, 1)
        buttons.addWidget(self.save_button)
        note = QVBoxLayout()
        note.addLayout(date_row)
        note.addWidget(self.intake_warning)
        note.addWidget(self.text_edit, 1)
        note.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(timeline, 2)
        layout.addSpacing(8)
        layout.addLayout(note, 3)
        self.retranslateUi()
        self.show_client(None)

    def retranslateUi(self) -> None:
        self._heading.setText(self.tr("Consultation notes"))
        self.add_button.setText(self.tr("Add note"))
        self.history_button.setText(self.tr("History…"))
        self.intake_warning.setText(
            self.tr(
                "No intake consent to hold sensitive data is on record for this client. "
                "Record it under Consents before keeping consultation notes."
            )
        )
        self.save_button.setText(self.tr("Save note"))
        self.text_edit.setPlaceholderText(
            self.tr("What the client brought, what you noticed, what comes next.")
        )
        self.date_edit.setDisplayFormat(_date_format())
        self._update_caption()
        for row in range(self.note_list.count()):
            item = self.note_list.item(row)
            item.setText(self._item_text(self._notes[item.data(Qt.ItemDataRole.UserRole)]))

    def _update_caption(self) -> None:
        entry = self._current()
        if entry is None:
            self.caption.setText(self.tr("New note, dated:"))
        else:
            self.caption.setText(self.tr("Note with %n revision(s), dated:", "", entry.revisions))

    @staticmethod
    def _item_text(entry: NoteEntry) -> str:
        first_line = entry.text.splitlines()[0] if entry.text else ""
        return f"{_day(entry.occurred_on)}  {first_line}"

    def _current(self) -> NoteEntry | None:
        item = self.note_list.currentItem()
        return self._notes.get(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    # --- the vault ----------------------------------------------------------------------------

    def _run(self, work: Callable[[OpenVault], Any], on_success: Callable[[Any], None]) -> None:
        """Run ``work`` on the open vault; drop its result if the vault or client changed meanwhile."""
        client_id = self._client_id
        run_on_vault(
            self,
            lambda: self._vault,
            work,
            on_success=on_success,
            on_failure=self._failed,
            still_wanted=lambda: self._client_id == client_id,
        )

    @property
    def client_id(self) -> int | None:
        return self._client_id

    def set_vault(self, vault: OpenVault) -> None:
        self._vault = vault
        self.show_client(None)

    def clear(self) -> None:
        """Forget the vault and every note shown (on lock), the history window included."""
        self._vault = None
        for dialog in self.findChildren(NoteHistoryDialog):
            dialog.close()
        self.show_client(None)

    def show_client(self, client_id: int | None) -> None:
        """Show ``client_id``'s timeline (None: nothing, and the panel is disabled)."""
        if client_id != self._client_id:
            self._intake_consent = None  # until the consents panel has looked
        self._client_id = client_id
        self._drafts.clear()
        self._saving = False  # a save still on its way for another client reports nothing here
        self.save_button.setEnabled(True)
        self._show_notes([])
        self.status_label.clear()
        self.setEnabled(client_id is not None and self._vault is not None)
        if client_id is not None:
            self._run(lambda vault: client_jobs.notes_of(vault, client_id), self._show_notes)

    @Slot(object)
    def _show_notes(self, notes: list[NoteEntry], select: int | None = None) -> None:
        self._notes = {entry.id: entry for entry in notes}
        self.note_list.blockSignals(True)
        self.note_list.clear()
        for entry in notes:
            item = QListWidgetItem(self._item_text(entry))
            item.setData(Qt.ItemDataRole.UserRole, entry.id)
            self.note_list.addItem(item)
            if entry.id == select:
                self.note_list.setCurrentItem(item)
        self.note_list.blockSignals(False)
        self._note_chosen()

    @Slot(QListWidgetItem, QListWidgetItem)
    def _keep_draft(self, _current: QListWidgetItem | None, previous: QListWidgetItem | None) -> None:
        """Before another note is shown, keep what was typed into the one being left."""
        note_id = previous.data(Qt.ItemDataRole.UserRole) if previous is not None else None
        saved = self._notes[note_id].text if note_id in self._notes else ""
        text = self.text_edit.toPlainText()
        if text != saved and (note_id is not None or text.strip()):
            self._drafts[note_id] = text
        else:
            self._drafts.pop(note_id, None)

    @Slot()
    def _note_chosen(self) -> None:
        entry = self._current()
        key = self._current_key()
        self.date_edit.setDate(_qdate(entry.occurred_on) if entry is not None else QDate.currentDate())
        saved = entry.text if entry is not None else ""
        self.text_edit.setPlainText(self._drafts.get(key, saved))
        self.history_button.setEnabled(entry is not None)
        self.intake_warning.setVisible(entry is None and self._intake_consent is False)
        self._update_caption()

    @Slot(bool)
    def set_intake_consent(self, given: bool) -> None:
        """Whether the shown client's intake consent is in force; without it a new note warns."""
        self._intake_consent = given
        self.intake_warning.setVisible(self._current() is None and not given)

    @Slot()
    def _start_new_note(self) -> None:
        self._keep_draft(None, self.note_list.currentItem())
        self.note_list.blockSignals(True)
        self.note_list.setCurrentRow(-1)
        self.note_list.blockSignals(False)
        self.status_label.clear()
        self._note_chosen()
        self.text_edit.setFocus()

    # --- writing --------------------------------------------------------------------------------

    def has_unsaved_changes(self) -> bool:
        """Whether the note's text differs from the saved one (a new note: whether any was typed)."""
        if self._client_id is None or not self.isEnabled():
            return False
        shown = self._current_key()
        return self._shown_is_unsaved() or any(key != shown for key in self._drafts)

    def _current_key(self) -> int | None:
        """The shown note's id, or None for the new note."""
        entry = self._current()
        return entry.id if entry is not None else None

    def _shown_is_unsaved(self) -> bool:
        text, entry = self.text_edit.toPlainText(), self._current()
        return text != entry.text if entry is not None else bool(text.strip())

    def _show_draft(self, note_id: int | None) -> None:
        """Show the note ``note_id`` (None: the new note) with its unsaved text."""
        self.note_list.blockSignals(True)
        self.note_list.setCurrentRow(-1)
        for row in range(self.note_list.count()):
            item = self.note_list.item(row)
            if note_id is not None and item.data(Qt.ItemDataRole.UserRole) == note_id:
                self.note_list.setCurrentItem(item)
        self.note_list.blockSignals(False)
        self._note_chosen()

    @Slot()
    def save(self) -> None:
        """Save the note; ends in :attr:`saved` or :attr:`save_failed` (a save under way is not repeated).

        When the note shown has nothing new but another note of this client has
        unsaved text, that note is shown and saved instead, so repeated calls
        save every draft in turn.
        """
        client_id = self._client_id
        if client_id is None or self._saving:
            return
        shown = self._current_key()
        if not self._shown_is_unsaved() and any(key != shown for key in self._drafts):
            self._show_draft(next(key for key in self._drafts if key != shown))
        text = self.text_edit.toPlainText()
        self._drafts.pop(self._current_key(), None)  # what is saved now is what the editor holds
        if not text.strip():
            self.status_label.setText(self.tr("Write something first: a note needs some text."))
            self.save_failed.emit()
            return
        day = self.date_edit.date().toPython()
        assert isinstance(day, date)
        entry = self._current()
        self._saving = True
        self.save_button.setEnabled(False)
        if entry is None:
            self._run(lambda vault: client_jobs.add_note(vault, client_id, day, text), self._saved)
        else:
            note_id = entry.id
            self._run(lambda vault: client_jobs.revise_note(vault, note_id, day, text), self._saved)

    @Slot(object)
    def _saved(self, entry: NoteEntry) -> None:
        self.status_label.setText(self.tr("Saved."))
        client_id = entry.client_id
        self._run(
            lambda vault: client_jobs.notes_of(vault, client_id), lambda notes: self._reshow(notes, entry)
        )

    def _reshow(self, notes: list[NoteEntry], entry: NoteEntry) -> None:
        """The timeline again after a save, the saved note chosen; only now is nothing left unsaved."""
        self._saving = False
        self.save_button.setEnabled(True)
        self._show_notes(notes, select=entry.id)
        self.saved.emit(entry.client_id)

    @Slot()
    def _show_history(self) -> None:
        entry = self._current()
        if entry is not None:
            note_id = entry.id
            self._run(lambda vault: client_jobs.note_history(vault, note_id), self._open_history)

    @Slot(object)
    def _open_history(self, revisions: list[Revision]) -> None:
        NoteHistoryDialog(revisions, self).open()

    @Slot(object)
    def _failed(self, error: Exception) -> None:
        saving, self._saving = self._saving, False
        self.save_button.setEnabled(True)
        self.status_label.setText(describe(error))
        if saving:
            self.save_failed.emit()
