"""Settings: the practice's details, the interface language and security.

The practice fields are stored in the vault (they are the practice's, not
this device's); the language is a preference of this device (``QSettings``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import partial
from typing import TYPE_CHECKING, Any
from zoneinfo import available_timezones

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import InvalidSetting, StaleEdit
from desktop.policy import practice
from desktop.policy.practice import PracticeSettings
from desktop.views.common import preferences
from desktop.views.common.error_text import describe
from desktop.views.common.forms import CountedSuffix, LabelledForm, Retranslatable, heading, named
from desktop.views.common.preferences import Language
from desktop.views.common.saved_notice import SavedNotice
from desktop.views.common.worker import run_on_vault
from desktop.views.money import MoneySettingsPanel
from desktop.views.settings import settings_jobs
from desktop.views.settings.backup_settings import BackupSettings
from desktop.views.settings.booking_settings import BookingSettings
from desktop.views.settings.danger_settings import DangerSettings
from desktop.views.settings.disclosure_settings import DisclosureSettings
from desktop.views.settings.leaving_settings import LeavingSettings
from desktop.views.vault import ChangePassphraseDialog

if TYPE_CHECKING:
    from desktop.services.integrity import IntegrityReport
    from desktop.vault.store import OpenVault


class SettingsPage(Retranslatable, QWidget):
    """Loads the practice settings when the vault opens; saves them on request."""

    settings_loaded = Signal(object)
    language_chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault: OpenVault | None = None
        self._loaded = PracticeSettings()
        self._keyring_available = False

        self.practice_edit = named(QLineEdit(), "practiceNameEdit")
        self.counsellor_edit = named(QLineEdit(), "counsellorNameEdit")
        self.station_edit = named(QLineEdit(), "pickupStationEdit")
        # Session times and every "today" of the vault are read in this zone, not the laptop's.
        self.zone_combo = named(QComboBox(), "timeZoneCombo")
        self.zone_combo.addItems(sorted(available_timezones()))
        self.addresses_edit = named(QLineEdit(), "practiceAddressesEdit")
        self.round_trip_spin = named(QSpinBox(), "roundTripLimitSpin")
        self.round_trip_spin.setRange(*practice.ROUND_TRIP_LIMIT_RANGE)
        self._round_trips_suffix = CountedSuffix(
            self.round_trip_spin, lambda n: self.tr("%n round trip(s)", "", n)
        )
        self.idle_spin = named(QSpinBox(), "idleLockSpin")
        self.idle_spin.setRange(*practice.IDLE_LOCK_MINUTES_RANGE)
        self.work_start_spin = named(QSpinBox(), "workStartHourSpin")
        self.work_start_spin.setRange(*practice.WORK_START_HOUR_RANGE)
        self.work_end_spin = named(QSpinBox(), "workEndHourSpin")
        self.work_end_spin.setRange(*practice.WORK_END_HOUR_RANGE)
        self._work_to = QLabel()
        self._work_hours = QWidget()
        hours_row = QHBoxLayout(self._work_hours)
        hours_row.setContentsMargins(0, 0, 0, 0)
        hours_row.addWidget(self.work_start_spin)
        hours_row.addWidget(self._work_to)
        hours_row.addWidget(self.work_end_spin)
        hours_row.addStretch(1)
        self.save_button = named(QPushButton(), "saveSettingsButton")
        self.save_button.clicked.connect(self._save)
        self.status_label = named(QLabel(wordWrap=True), "settingsStatusLabel")
        self._saved_notice = SavedNotice(self.status_label, lambda: self._edited() != self._loaded)
        self._practice_form = LabelledForm()
        for field in (
            self.practice_edit,
            self.counsellor_edit,
            self.station_edit,
            self.zone_combo,
            self.addresses_edit,
            self.round_trip_spin,
            self.idle_spin,
            self._work_hours,
        ):
            self._practice_form.add(field)
        self._saved_notice.watch(*self._fields().values(), self.zone_combo)
        save_row = QHBoxLayout()
        save_row.addWidget(self.status_label, 1)
        save_row.addWidget(self.save_button)
        self._practice_box = named(QGroupBox(), "practiceGroup")
        practice_layout = QVBoxLayout(self._practice_box)
        practice_layout.addLayout(self._practice_form)
        practice_layout.addLayout(save_row)

        self.language_combo = named(QComboBox(), "languageCombo")
        self.language_combo.addItem("", Language.SYSTEM.value)
        self.language_combo.addItem("日本語", Language.JAPANESE.value)
        self.language_combo.addItem("English", Language.ENGLISH.value)
        self.language_combo.setCurrentIndex(self.language_combo.findData(preferences.language().value))
        self.language_combo.activated.connect(self._language_activated)
        self._language_box = named(QGroupBox(), "languageGroup")
        self._language_form = LabelledForm(self._language_box)
        self._language_form.add(self.language_combo)

        self.change_passphrase_button = named(QPushButton(), "changePassphraseButton")
        self.change_passphrase_button.clicked.connect(self._change_passphrase)
        self.remember_check = named(QCheckBox(), "rememberCheck")
        self.remember_check.clicked.connect(self._remember_clicked)
        self.remember_note = named(QLabel(wordWrap=True), "rememberNoteLabel")
        self.check_button = named(QPushButton(), "checkVaultButton")
        self.check_button.clicked.connect(self._check_vault)
        self.check_label = named(QLabel(wordWrap=True), "checkVaultLabel")
        self._security_box = named(QGroupBox(), "securityGroup")
        security = QVBoxLayout(self._security_box)
        row = QHBoxLayout()
        row.addWidget(self.change_passphrase_button)
        row.addWidget(self.check_button)
        row.addStretch(1)
        security.addLayout(row)
        security.addWidget(self.check_label)
        self.check_label.hide()  # shown once a check has something to say
        security.addWidget(self.remember_check)
        security.addWidget(self.remember_note)

        content = QWidget()
        column = QVBoxLayout(content)
        self._heading = heading("settingsHeading")
        column.addWidget(self._heading)
        column.addWidget(self._practice_box)
        self.booking_settings = BookingSettings()
        column.addWidget(self.booking_settings)
        self.backup_settings = BackupSettings()
        column.addWidget(self.backup_settings)
        self.disclosure_settings = DisclosureSettings()
        self.settings_loaded.connect(self.disclosure_settings.show_settings)
        self.disclosure_settings.saved.connect(self._show_settings)
        column.addWidget(self.disclosure_settings)
        self.money_settings = MoneySettingsPanel()
        column.addWidget(self.money_settings)
        self.danger_settings = DangerSettings()
        self.danger_settings.saved.connect(
            lambda p: setattr(self, "_loaded", replace(self._loaded, danger_phrases=p))
        )
        column.addWidget(self.danger_settings)
        column.addWidget(self._language_box)
        column.addWidget(self._security_box)
        self.leaving_settings = LeavingSettings()
        column.addWidget(self.leaving_settings)
        column.addStretch(1)
        content.setMaximumWidth(760)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.retranslateUi()
        self.setEnabled(False)

    # --- texts ---------------------------------------------------------------------------

    def retranslateUi(self) -> None:
        self._heading.setText(self.tr("Settings"))
        self._practice_box.setTitle(self.tr("Practice"))
        labels = (
            (self.practice_edit, self.tr("Practice name:")),
            (self.counsellor_edit, self.tr("Counsellor name:")),
            (self.station_edit, self.tr("Pick-up station:")),
            (self.zone_combo, self.tr("Time zone of the practice:")),
            (self.addresses_edit, self.tr("The practice's email addresses:")),
            (self.round_trip_spin, self.tr("Email round-trip limit:")),
            (self.idle_spin, self.tr("Lock when idle for:")),
            (self._work_hours, self.tr("Working hours in the calendar:")),
        )
        for field, text in labels:
            label = self._practice_form.label(field)
            label.setText(text)
        self.addresses_edit.setToolTip(
            self.tr("Separated by commas. Imported mail from these addresses is mail the practice sent.")
        )
        self.idle_spin.setSuffix(self.tr(" min"))
        self._round_trips_suffix.refresh()
        for spin in (self.work_start_spin, self.work_end_spin):
            spin.setSuffix(self.tr(":00"))
        self._work_to.setText(self.tr("to"))
        self.save_button.setText(self.tr("Save"))
        self._language_box.setTitle(self.tr("Language"))
        self.language_combo.setItemText(0, self.tr("Same as the system"))
        label = self._language_form.label(self.language_combo)
        label.setText(self.tr("Interface language:"))
        self._security_box.setTitle(self.tr("Security"))
        self.change_passphrase_button.setText(self.tr("Change passphrase…"))
        self.check_button.setText(self.tr("Check the vault"))
        self.remember_check.setText(self.tr("Remember the vault key on this device"))
        self._update_remember_note()

    def _update_remember_note(self) -> None:
        if not self._keyring_available:
            self.remember_check.setEnabled(False)
            self.remember_note.setText(
                self.tr(
                    "Not available: this computer has no secure keyring. You will be asked for the "
                    "passphrase each time."
                )
            )
        else:
            self.remember_check.setEnabled(self._vault is not None)
            self.remember_note.setText(
                self.tr(
                    "Off by default. When on, the system keyring unlocks the vault for you, so anyone "
                    "signed in to this computer can open the records. The passphrase itself is never stored."
                )
            )

    # --- vault -------------------------------------------------------------------------

    def _run(self, work: Callable[[OpenVault], Any], on_success: Callable[[Any], None]) -> None:
        """Run ``work`` on the open vault; drop its result if the vault was locked meanwhile."""
        run_on_vault(self, lambda: self._vault, work, on_success=on_success, on_failure=self._failed)

    def set_vault(self, vault: OpenVault) -> None:
        self._vault = vault
        self.booking_settings.set_vault(vault)
        self.backup_settings.set_vault(vault)
        self.disclosure_settings.set_vault(vault)
        self.money_settings.set_vault(vault)
        self.danger_settings.set_vault(vault)
        self.leaving_settings.set_vault(vault)
        self.status_label.clear()
        self.check_label.clear()
        self.check_label.hide()
        self._run(settings_jobs.load_settings, self._show_snapshot)

    def clear(self) -> None:
        """Forget everything shown from the vault (on lock)."""
        self._vault = None
        self.booking_settings.clear()
        self.backup_settings.clear()
        self.disclosure_settings.set_vault(None)
        self.money_settings.set_vault(None)
        self.danger_settings.clear()
        self.leaving_settings.clear()
        self._loaded = PracticeSettings()
        for edit in (self.practice_edit, self.counsellor_edit, self.station_edit):
            edit.clear()
        self.round_trip_spin.setValue(self.round_trip_spin.minimum())
        self.idle_spin.setValue(self.idle_spin.minimum())
        self.work_start_spin.setValue(practice.DEFAULT_WORK_START_HOUR)
        self.work_end_spin.setValue(practice.DEFAULT_WORK_END_HOUR)
        self.remember_check.setChecked(False)
        self.status_label.clear()
        self.check_label.clear()
        self.check_label.hide()
        self.save_button.setEnabled(True)
        self.setEnabled(False)

    @Slot(object)
    def _show_snapshot(self, snapshot: settings_jobs.SettingsSnapshot) -> None:
        self._keyring_available = snapshot.keyring_available
        self.remember_check.setChecked(snapshot.remembered)
        preferences.set_remembered_on_device(snapshot.remembered)
        self._update_remember_note()
        self._show_settings(snapshot.settings)

    def _show_settings(self, settings: PracticeSettings) -> None:
        self._loaded = settings
        self.practice_edit.setText(settings.practice_name)
        self.counsellor_edit.setText(settings.counsellor_name)
        self.station_edit.setText(settings.pickup_station)
        self.zone_combo.setCurrentText(settings.time_zone)
        self.addresses_edit.setText(", ".join(settings.practice_addresses))
        self.round_trip_spin.setValue(settings.round_trip_limit)
        self.idle_spin.setValue(settings.idle_lock_minutes)
        self.work_start_spin.setValue(settings.work_start_hour)
        self.work_end_spin.setValue(settings.work_end_hour)
        self.setEnabled(True)
        self.settings_loaded.emit(settings)

    def _edited(self) -> PracticeSettings:
        return replace(
            self._loaded,
            practice_name=self.practice_edit.text(),
            counsellor_name=self.counsellor_edit.text(),
            pickup_station=self.station_edit.text(),
            time_zone=self.zone_combo.currentText(),
            practice_addresses=tuple(a for a in self.addresses_edit.text().split(",") if a.strip()),
            round_trip_limit=self.round_trip_spin.value(),
            idle_lock_minutes=self.idle_spin.value(),
            work_start_hour=self.work_start_spin.value(),
            work_end_hour=self.work_end_spin.value(),
        )

    @Slot()
    def _save(self) -> None:
        edited, shown = self._edited(), self._loaded
        self.save_button.setEnabled(False)
        self._run(lambda vault: settings_jobs.save_settings(vault, edited, shown), self._saved)

    @Slot(object)
    def _saved(self, settings: PracticeSettings) -> None:
        self.save_button.setEnabled(True)
        self._show_settings(settings)
        self._saved_notice.saved(self.tr("Saved."))

    @Slot(object)
    def _failed(self, error: Exception) -> None:
        """Say why nothing was saved; a sentence about one field goes once that field is changed."""
        self.save_button.setEnabled(True)
        sentence = describe(error)
        self.status_label.setText(sentence)
        if isinstance(error, StaleEdit):  # show what holds now; the sentence asks for the changes again
            self._run(settings_jobs.load_settings, self._show_snapshot)
            return
        field = self._fields().get(getattr(error, "field", ""))
        if isinstance(error, InvalidSetting) and field is not None:
            field.setFocus()
            signal = field.valueChanged if isinstance(field, QSpinBox) else field.textChanged
            signal.connect(partial(self._refusal_outdated, sentence), Qt.ConnectionType.SingleShotConnection)

    def _fields(self) -> dict[str, QLineEdit | QSpinBox]:
        return {
            "practice_name": self.practice_edit,
            "counsellor_name": self.counsellor_edit,
            "pickup_station": self.station_edit,
            "practice_addresses": self.addresses_edit,
            "round_trip_limit": self.round_trip_spin,
            "idle_lock_minutes": self.idle_spin,
            "work_start_hour": self.work_start_spin,
            "work_end_hour": self.work_end_spin,
        }

    def _refusal_outdated(self, sentence: str, *_changed: object) -> None:
        if self.status_label.text() == sentence:
            self.status_label.clear()

    @Slot(int)
    def _language_activated(self, index: int) -> None:
        language = Language(self.language_combo.itemData(index))
        preferences.set_language(language)
        self.language_chosen.emit(language)

    @Slot()
    def _change_passphrase(self) -> None:
        if self._vault is None:
            return
        dialog = ChangePassphraseDialog(self._vault, self)
        if dialog.exec():
            self.status_label.setText(self.tr("The passphrase was changed."))

    @Slot(bool)
    def _remember_clicked(self, enabled: bool) -> None:
        self._run(lambda vault: settings_jobs.set_remembered(vault, enabled), self._remembered)

    @Slot(bool)
    def _remembered(self, enabled: bool) -> None:
        self.remember_check.setChecked(enabled)
        preferences.set_remembered_on_device(enabled)

    @Slot()
    def _check_vault(self) -> None:
        self.check_label.setText(self.tr("Checking…"))
        self.check_label.show()
        self._run(settings_jobs.check_vault, self._checked)

    @Slot(object)
    def _checked(self, report: IntegrityReport) -> None:
        if report.ok:
            self.check_label.setText(
                self.tr(
                    "All checks passed: encryption, database structure and the audit trail (%n event(s)).",
                    "",
                    report.chain.events,
                )
            )
        else:
            self.check_label.setText(
                self.tr("A check failed. Make a copy of the vault folder and restore from a backup.")
            )
