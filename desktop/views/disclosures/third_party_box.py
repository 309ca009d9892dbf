"""Who an export is for: the client, or someone else on the strength of a disclosure record (P-DISCLOSE).

Part of the export dialog. For the client themself nothing more is asked
(P-LAW). For anyone else the export must rest on a disclosure record handed
over "as an exported file" that no export has used yet: the box lists them and
opens the disclosure dialog to record one. The file can be sealed with a
password (PDF only), which the counsellor gives the recipient another way.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import fill
from desktop.policy import disclosure as rules
from desktop.policy.disclosure import HandOver
from desktop.views.common.error_text import describe
from desktop.views.common.forms import Retranslatable, named
from desktop.views.common.worker import run_in_background
from desktop.views.disclosures import disclosure_jobs
from desktop.views.disclosures.disclosure_dialog import DisclosureDialog
from desktop.views.disclosures.disclosure_labels import items_text, label, short_date

if TYPE_CHECKING:
    from desktop.services.disclosures import DisclosureEntry
    from desktop.vault.store import OpenVault


class ThirdPartyBox(Retranslatable, QGroupBox):
    """Emits :attr:`changed` whenever the recipient, the record or the sealing changes."""

    changed = Signal()

    def __init__(self, vault: OpenVault, client_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportRecipientGroup")
        self._vault = vault
        self._client_id = client_id
        self._client_name = ""
        self._records: list[DisclosureEntry] = []
        self._wanted: int | None = None

        self.client_radio = named(QRadioButton(), "exportForClientRadio")
        self.third_party_radio = named(QRadioButton(), "exportForThirdPartyRadio")
        self.client_radio.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.client_radio)
        group.addButton(self.third_party_radio)
        group.buttonToggled.connect(self._update)
        self.disclosure_combo = named(QComboBox(), "exportDisclosureCombo")
        self.disclosure_combo.currentIndexChanged.connect(self.changed)
        self.record_button = named(QPushButton(), "recordExportDisclosureButton")
        self.record_button.clicked.connect(self._record_disclosure)
        self.seal_check = named(QCheckBox(), "exportSealCheck")
        self.seal_check.toggled.connect(self._update)
        self.password_edit = named(QLineEdit(), "exportPasswordEdit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.textChanged.connect(self.changed)
        self._note = named(QLabel(wordWrap=True), "exportThirdPartyNote")

        record_row = QHBoxLayout()
        record_row.addWidget(self.disclosure_combo, 1)
        record_row.addWidget(self.record_button)
        seal_row = QHBoxLayout()
        seal_row.addWidget(self.seal_check)
        seal_row.addWidget(self.password_edit, 1)
        self._details = QWidget()
        details = QVBoxLayout(self._details)
        details.setContentsMargins(20, 0, 0, 0)
        details.addLayout(record_row)
        details.addLayout(seal_row)
        details.addWidget(self._note)
        layout = QVBoxLayout(self)
        layout.addWidget(self.client_radio)
        layout.addWidget(self.third_party_radio)
        layout.addWidget(self._details)
        self.retranslateUi()
        self._update()

    def retranslateUi(self) -> None:
        self.setTitle(self.tr("For whom"))
        self.client_radio.setText(self.tr("The client themself, at their own request"))
        self.third_party_radio.setText(self.tr("Someone else (a third party), on a disclosure record"))
        self.record_button.setText(self.tr("Record a disclosure…"))
        self.seal_check.setText(self.tr("Seal the PDF with a password"))
        self.password_edit.setPlaceholderText(self.tr("At least 10 characters"))
        self._note.setText(
            self.tr(
                "Only the data items the record names are exported. Give the password to the recipient "
                "another way, by phone or in person, never with the file."
            )
        )
        self._show_records()

    # --- what the dialog asks ----------------------------------------------------------------

    def for_third_party(self) -> bool:
        return self.third_party_radio.isChecked()

    def disclosure_id(self) -> int | None:
        value = self.disclosure_combo.currentData()
        return int(value) if value is not None else None

    def password(self) -> str | None:
        return self.password_edit.text() if self.seal_check.isChecked() else None

    def set_sealable(self, sealable: bool) -> None:
        """Only a PDF can be sealed; for JSON the option is off."""
        if not sealable:
            self.seal_check.setChecked(False)
        self.seal_check.setEnabled(sealable)

    @Slot()
    def _update(self) -> None:
        third = self.for_third_party()
        self._details.setVisible(third)
        self.password_edit.setEnabled(self.seal_check.isChecked())
        if third and not self._client_name:
            self._load()
        self.changed.emit()

    # --- disclosure records ------------------------------------------------------------------

    def _load(self) -> None:
        vault, client_id = self._vault, self._client_id
        run_in_background(
            lambda: disclosure_jobs.awaiting_export(vault, client_id),
            owner=self,
            on_success=self._loaded,
            on_failure=lambda error: self._note.setText(describe(error)),
        )

    @Slot(object)
    def _loaded(self, choices: disclosure_jobs.ExportChoices) -> None:
        self._client_name = choices.client_name
        self._records = choices.records
        self._show_records()
        index = self.disclosure_combo.findData(self._wanted)
        if index >= 0:
            self.disclosure_combo.setCurrentIndex(index)
        self.changed.emit()

    def _show_records(self) -> None:
        chosen = self.disclosure_combo.currentData()
        self.disclosure_combo.clear()
        for entry in self._records:
            draft = entry.draft
            text = fill(
                self.tr("No. %1, %2 — %3 (%4): %5"),
                (
                    str(entry.id),
                    short_date(draft.disclosed_on),
                    draft.recipient_name,
                    label(rules.RELATION_LABELS, draft.relation),
                    items_text(draft.items),
                ),
            )
            self.disclosure_combo.addItem(text, entry.id)
        if not self._records:
            self.disclosure_combo.addItem(
                self.tr("No disclosure record awaits an export; record one first"), None
            )
        index = self.disclosure_combo.findData(chosen)
        self.disclosure_combo.setCurrentIndex(max(index, 0))

    @Slot()
    def _record_disclosure(self) -> None:
        dialog = DisclosureDialog(
            self._vault, self._client_id, self._client_name, hand_over=HandOver.FILE, parent=self
        )
        dialog.recorded.connect(self._recorded)
        dialog.open()

    @Slot(int)
    def _recorded(self, disclosure_id: int) -> None:
        self._wanted = disclosure_id
        self._load()
