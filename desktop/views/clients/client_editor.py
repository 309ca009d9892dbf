"""The form for one client's record, with every P-DATA item.

Each field is checked when it is left, and again as a marked field is
corrected (:mod:`.client_checks`, the policy's own checks); Save checks every
field at once and sends nothing while one is wrong. The service checks again:
a refusal comes back as one sentence per field, shown right under that field
while everything typed stays in place. A successful save shows the folded values
(full-width digits made plain, postal codes as 411-0036). Opening a client is
an audited view, so it happens only when the counsellor picks one.

:meth:`ClientEditor.has_unsaved_changes` compares the fields with what was last
filled from, or saved to, the vault, so whoever switches clients can ask first.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import fill
from desktop.policy import personal_data as pd
from desktop.policy.personal_data import GENDER_LABELS, STATUS_LABELS
from desktop.views.clients import client_jobs
from desktop.views.clients.client_checks import CHECKED_FIELDS, field_problem
from desktop.views.common.colours import set_toned_style
from desktop.views.common.error_text import describe
from desktop.views.common.forms import Retranslatable, named
from desktop.views.common.local_time import practice_today
from desktop.views.common.saved_notice import SavedNotice
from desktop.views.common.worker import run_on_vault

if TYPE_CHECKING:
    from desktop.services.clients import ClientDetails
    from desktop.vault.store import OpenVault

_ERROR_STYLE = (
    "QLabel[fieldError=true] {{ color: {ERROR}; }} *[invalid=true] {{ border: 1px solid {ERROR}; }}"
)


class ClientEditor(Retranslatable, QWidget):
    """Shows and saves one client; :attr:`shown` carries the record on screen (None when none).

    :attr:`saved` carries the id after a save; :attr:`save_failed` says a save ended without one.
    """

    saved = Signal(int)
    save_failed = Signal()
    shown = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault: OpenVault | None = None
        self._client_id: int | None = None
        self._version: int | None = None  # the version shown, sent back with a save (a stale one is refused)
        self._showing = 0  # counts what the form has shown: a save for an earlier one only reports
        self._saving = False
        self._filled: dict[str, object] = {}  # the values as last filled from the vault
        self._fields: dict[str, QWidget] = {}
        self._labels: dict[str, QLabel] = {}
        self._errors: dict[str, tuple[QFormLayout, QLabel]] = {}
        set_toned_style(self, _ERROR_STYLE)

        self.name_edit = named(QLineEdit(), "clientNameEdit")
        self.reading_edit = named(QLineEdit(), "clientReadingEdit")
        self.birth_edit = named(QLineEdit(), "clientBirthDateEdit")
        self.birth_edit.textChanged.connect(self._update_birth_hint)
        self.birth_hint = named(QLabel(), "clientBirthDateHint")
        self.birth_hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.gender_combo = named(QComboBox(), "clientGenderCombo")
        for gender in GENDER_LABELS:
            self.gender_combo.addItem("", gender.value)
        self.occupation_edit = named(QLineEdit(), "clientOccupationEdit")
        self.status_combo = named(QComboBox(), "clientStatusCombo")
        for status in STATUS_LABELS:
            self.status_combo.addItem("", status.value)
        self.postal_edit = named(QLineEdit(), "clientPostalEdit")
        self.address_edit = named(QLineEdit(), "clientAddressEdit")
        self.phone_edit = named(QLineEdit(), "clientPhoneEdit")
        self.mobile_edit = named(QLineEdit(), "clientMobileEdit")
        self.email_edit = named(QLineEdit(), "clientEmailEdit")
        self.private_notes_edit = named(QPlainTextEdit(), "clientPrivateNotesEdit")
        self.private_notes_edit.setTabChangesFocus(True)
        self.private_notes_edit.setMinimumHeight(60)

        person, contact = QFormLayout(), QFormLayout()
        self._birth_form = person
        for form, rows in (
            (
                person,
                (
                    ("full_name", self.name_edit),
                    ("name_reading", self.reading_edit),
                    ("birth_date", self.birth_edit),
                    ("gender", self.gender_combo),
                    ("occupation", self.occupation_edit),
                    ("status", self.status_combo),
                ),
            ),
            (
                contact,
                (
                    ("postal_code", self.postal_edit),
                    ("address", self.address_edit),
                    ("phone", self.phone_edit),
                    ("mobile", self.mobile_edit),
                    ("email", self.email_edit),
                ),
            ),
        ):
            for field, widget in rows:
                self._add_row(form, field, widget)
        columns = QHBoxLayout()
        columns.addLayout(person, 1)
        columns.addSpacing(12)
        columns.addLayout(contact, 1)

        self._notes_label = QLabel()
        self._notes_label.setBuddy(self.private_notes_edit)
        self.save_button = named(QPushButton(), "saveClientButton")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        save = QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.status_label = named(QLabel(wordWrap=True), "clientEditorStatusLabel")
        self._saved_notice = SavedNotice(self.status_label, self.has_unsaved_changes)
        self._saved_notice.watch(*self._fields.values(), self.private_notes_edit)
        save_row = QHBoxLayout()
        save_row.addWidget(self.status_label, 1)
        save_row.addWidget(self.save_button)
        fields = QWidget()
        fields_layout = QVBoxLayout(fields)
        fields_layout.setContentsMargins(0, 0, 6, 0)
        fields_layout.addLayout(columns)
        fields_layout.addWidget(self._notes_label)
        fields_layout.addWidget(self.private_notes_edit, 1)
        scroll = QScrollArea()  # the fields scroll when errors make them tall; Save stays in view
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(fields)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)
        layout.addLayout(save_row)
        self.retranslateUi()
        self.setEnabled(False)

    def _add_row(self, form: QFormLayout, field: str, widget: QWidget) -> None:
        label = QLabel()
        label.setBuddy(widget)
        form.addRow(label, widget)
        if widget is self.birth_edit:
            form.addRow("", self.birth_hint)
        error = named(QLabel(wordWrap=True), f"{field}Error")
        error.setProperty("fieldError", True)
        form.addRow("", error)
        form.setRowVisible(error, False)
        self._fields[field], self._labels[field], self._errors[field] = widget, label, (form, error)
        if isinstance(widget, QLineEdit) and field in CHECKED_FIELDS:
            widget.editingFinished.connect(lambda f=field: self._check(f))
            widget.textEdited.connect(lambda _text, f=field: self._corrected(f))

    # --- texts --------------------------------------------------------------------------------

    def retranslateUi(self) -> None:
        texts = {
            "full_name": self.tr("Full name:"),
            "name_reading": self.tr("Reading:"),
            "birth_date": self.tr("Date of birth:"),
            "gender": self.tr("Gender:"),
            "occupation": self.tr("Occupation:"),
            "status": self.tr("Status:"),
            "postal_code": self.tr("Postal code:"),
            "address": self.tr("Address:"),
            "phone": self.tr("Phone:"),
            "mobile": self.tr("Mobile:"),
            "email": self.tr("Email:"),
        }
        for field, text in texts.items():
            self._labels[field].setText(text)
        self.reading_edit.setPlaceholderText(self.tr("In hiragana or katakana"))
        self.birth_edit.setPlaceholderText(self.tr("e.g. 1985-04-02 (may stay empty)"))
        self.postal_edit.setPlaceholderText(self.tr("e.g. 411-0036"))
        self.mobile_edit.setPlaceholderText(self.tr("e.g. 090-1234-5678"))
        for combo, labels in ((self.gender_combo, GENDER_LABELS), (self.status_combo, STATUS_LABELS)):
            for index, label in enumerate(labels.values()):
                combo.setItemText(index, QCoreApplication.translate("policy", label))
        self._notes_label.setText(self.tr("Private notes:"))
        self.save_button.setText(self.tr("Save"))
        self._update_birth_hint()

    @Slot()
    def _update_birth_hint(self) -> None:
        parsed = pd.parse_birth_date(self.birth_edit.text())
        self._birth_form.setRowVisible(self.birth_hint, isinstance(parsed, date))
        if not isinstance(parsed, date):
            self.birth_hint.clear()
            return
        today = practice_today()
        age = today.year - parsed.year - ((today.month, today.day) < (parsed.month, parsed.day))
        shown = QLocale().toString(
            QDate(parsed.year, parsed.month, parsed.day), QLocale.FormatType.LongFormat
        )
        self.birth_hint.setText(fill(self.tr("%1 (age %2)"), (shown, str(age))) if 0 <= age < 130 else shown)

    # --- the vault ----------------------------------------------------------------------------

    @property
    def client_id(self) -> int | None:
        return self._client_id

    def _run(
        self,
        work: Callable[[OpenVault], Any],
        on_success: Callable[[Any], None],
        on_failure: Callable[[Any], None] | None = None,
    ) -> None:
        """Run ``work`` on the open vault; drop its result if the vault was locked meanwhile."""
        run_on_vault(
            self, lambda: self._vault, work, on_success=on_success, on_failure=on_failure or self._failed
        )

    def set_vault(self, vault: OpenVault) -> None:
        self._vault = vault
        self.show_nothing()

    def clear(self) -> None:
        """Forget the vault and everything shown from it (on lock)."""
        self._vault = None
        self.show_nothing()

    def show_nothing(self) -> None:
        self._client_id = None
        self._moved_on()
        self._fill(None)
        self.setEnabled(False)
        self.shown.emit(None)

    def new_client(self) -> None:
        """An empty form; Save creates the client."""
        self.show_nothing()
        self.setEnabled(self._vault is not None)
        self.name_edit.setFocus()

    def open_client(self, client_id: int) -> None:
        self._client_id = client_id
        self._moved_on()
        self._run(lambda vault: client_jobs.open_client(vault, client_id), self._opened)

    def _moved_on(self) -> None:
        """The form shows something else now: a save still on its way reports, but fills nothing."""
        self._showing += 1
        self._saving = False
        self.save_button.setEnabled(True)

    @Slot(object)
    def _opened(self, details: ClientDetails) -> None:
        if details.id != self._client_id:
            return  # another client was picked while this one loaded
        self._fill(details)
        self.setEnabled(True)
        self.shown.emit(details)

    def _fill(self, details: ClientDetails | None) -> None:
        self._show_problems({})
        self.status_label.clear()
        draft = details.draft if details is not None else None
        self._version = details.version if details is not None else None
        for field, widget in self._fields.items():
            value = getattr(draft, field) if draft is not None else None
            if isinstance(widget, QLineEdit):
                widget.setText(value.isoformat() if isinstance(value, date) else (value or ""))
                widget.setCursorPosition(0)  # a long address shows its beginning
            elif isinstance(widget, QComboBox):
                widget.setCurrentIndex(max(0, widget.findData(value)))
        self.private_notes_edit.setPlainText(draft.private_notes if draft is not None else "")
        self._filled = self._values()

    def _values(self) -> dict[str, Any]:
        """Every field as it stands: the text typed, or the data of the choice made."""
        values: dict[str, Any] = {
            field: widget.text() if isinstance(widget, QLineEdit) else widget.currentData()
            for field, widget in self._fields.items()
            if isinstance(widget, QLineEdit | QComboBox)
        }
        values["private_notes"] = self.private_notes_edit.toPlainText()
        return values

    def has_unsaved_changes(self) -> bool:
        """Whether a field differs from what was last shown from the vault (a new client: anything typed)."""
        return self.isEnabled() and self._values() != self._filled

    # --- saving -------------------------------------------------------------------------------

    @Slot()
    def save(self) -> None:
        """Save what is typed; ends in :attr:`saved` or :attr:`save_failed` (a save under way runs once)."""
        if self._vault is None or not self.isEnabled() or self._saving:
            return
        problems = self._problems(CHECKED_FIELDS)
        self._show_problems(problems)
        if problems:  # every wrong field at once, and nothing sent
            self.status_label.setText(self.tr("Nothing was saved: check the marked fields."))
            self.save_failed.emit()
            return
        values = self._values()
        values["birth_date"] = pd.parse_birth_date(self.birth_edit.text())
        client_id, version, showing = self._client_id, self._version, self._showing
        self._saving = True
        self.save_button.setEnabled(False)
        self._run(
            lambda vault: client_jobs.save_client(vault, client_id, version, values),
            lambda details: self._saved(details, showing),
            lambda error: self._failed(error) if showing == self._showing else None,
        )

    def _saved(self, details: ClientDetails, showing: int) -> None:
        if showing != self._showing:  # the form moved on to another client meanwhile
            self.saved.emit(details.id)
            return
        self._saving = False
        self.save_button.setEnabled(True)
        self._client_id = details.id
        self._fill(details)
        self._saved_notice.saved(self.tr("Saved."))
        self.shown.emit(details)
        self.saved.emit(details.id)

    @Slot(object)
    def _failed(self, error: Exception) -> None:
        saving, self._saving = self._saving, False
        self.save_button.setEnabled(True)
        problems = client_jobs.field_problems(error)
        if problems is None:
            self.status_label.setText(describe(error))
        else:
            self._show_problems({f: QCoreApplication.translate("policy", t) for f, t in problems.items()})
            self.status_label.setText(self.tr("Nothing was saved: check the marked fields."))
        if saving:
            self.save_failed.emit()

    # --- checking as the counsellor types ----------------------------------------------------

    def _problems(self, fields: tuple[str, ...]) -> dict[str, str]:
        today = practice_today()
        found = {}
        for field in fields:
            widget = self._fields[field]
            assert isinstance(widget, QLineEdit)
            if problem := field_problem(field, widget.text(), today):
                found[field] = problem
        return found

    def _check(self, field: str) -> None:
        """Check one field (on leaving it, or as a marked one is corrected); others keep their marks."""
        if self.isEnabled():
            self._mark(field, self._problems((field,)).get(field, ""))

    def _corrected(self, field: str) -> None:
        """A marked field is checked again at each change, so its sentence goes once it is right."""
        if self._errors[field][1].text():
            self._check(field)

    def _show_problems(self, problems: dict[str, str]) -> None:
        """One sentence under each refused field; the field is marked, its text left as typed."""
        for field in self._errors:
            self._mark(field, problems.get(field, ""))
        first = next((f for f in self._fields if f in problems), None)
        if first is not None:
            self._fields[first].setFocus()

    def _mark(self, field: str, sentence: str) -> None:
        form, label = self._errors[field]
        label.setText(sentence)
        form.setRowVisible(label, bool(sentence))
        widget = self._fields[field]
        widget.setProperty("invalid", bool(sentence))
        widget.setAccessibleDescription(sentence)
        widget.style().unpolish(widget)
        widget.style().polish(widget)
