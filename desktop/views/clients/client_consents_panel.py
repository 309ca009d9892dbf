"""The client's consents on the client page, and whether intake consent to hold sensitive data exists.

APPI Art. 20(2) wants the client's prior consent before the practice holds
mental-health information. The panel says plainly whether that consent is in
force today, lists every consent (withdrawn ones marked, never hidden), and
records a new one. :attr:`intake_known` tells the notes panel, which warns on
every new note while intake consent is missing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QPushButton, QVBoxLayout, QWidget

from desktop.i18n import fill
from desktop.policy import disclosure as rules
from desktop.policy.disclosure import ConsentKind
from desktop.views.common.colours import Tone, set_tone
from desktop.views.common.error_text import describe
from desktop.views.common.forms import Retranslatable, heading, named
from desktop.views.common.worker import run_in_background
from desktop.views.disclosures import (
    ConsentDialog,
    disclosure_jobs,
    items_text,
    label,
    relations_text,
    short_date,
)

if TYPE_CHECKING:
    from desktop.services.consents import ConsentEntry, ConsentOverview
    from desktop.vault.store import OpenVault


class ClientConsentsPanel(Retranslatable, QWidget):
    """Shows one client's consents; :attr:`intake_known` carries whether intake consent is in force."""

    intake_known = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault: OpenVault | None = None
        self._client_id: int | None = None
        self._client_name = ""
        self._overview: ConsentOverview | None = None
        self._heading = heading("consentsHeading", 1.05)
        self.intake_label = named(QLabel(wordWrap=True), "intakeConsentLabel")
        self.add_button = named(QPushButton(), "addConsentButton")
        self.add_button.clicked.connect(self._add)
        self.consent_list = named(QListWidget(), "clientConsentList")
        # Two rows show without crowding the record below; the list scrolls for more.
        self.consent_list.setMaximumHeight(self.fontMetrics().height() * 2 + 12)
        top = QHBoxLayout()
        top.addWidget(self._heading)
        top.addWidget(self.intake_label, 1)
        top.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.consent_list)
        self.retranslateUi()
        self.show_client(None, "")

    def retranslateUi(self) -> None:
        self._heading.setText(self.tr("Consents"))
        self.add_button.setText(self.tr("Record consent…"))
        self._show()

    def set_vault(self, vault: OpenVault | None) -> None:
        self._vault = vault
        self.show_client(None, "")

    def show_client(self, client_id: int | None, client_name: str) -> None:
        self._client_id = client_id
        self._client_name = client_name
        self._overview = None
        self._show()
        self.setVisible(client_id is not None)
        vault = self._vault
        if vault is not None and client_id is not None:
            run_in_background(
                lambda: disclosure_jobs.consent_overview(vault, client_id),
                owner=self,
                on_success=self._loaded,
                on_failure=lambda error: self.intake_label.setText(describe(error)),
                still_wanted=lambda: self._vault is vault and self._client_id == client_id,
            )

    @Slot(object)
    def _loaded(self, overview: ConsentOverview) -> None:
        self._overview = overview
        self._show()
        self.intake_known.emit(overview.intake_consent)

    def _describe(self, consent: ConsentEntry) -> str:
        draft = consent.draft
        text = fill(
            self.tr("%1 %2 (%3)"),
            (
                short_date(draft.given_on),
                label(rules.CONSENT_KIND_LABELS, draft.kind),
                label(rules.CONSENT_METHOD_LABELS, draft.method),
            ),
        )
        if draft.kind is ConsentKind.DISCLOSURE:
            scope = relations_text(draft.relations)
            if draft.recipient:
                scope = fill(self.tr("%1 (only %2)"), (scope, draft.recipient))
            text = fill(self.tr("%1 — to %2: %3"), (text, scope, items_text(draft.items)))
        if consent.withdrawn_on is not None:
            text = fill(self.tr("%1 — withdrawn %2"), (text, short_date(consent.withdrawn_on)))
        return text

    def _show(self) -> None:
        self.consent_list.clear()
        overview = self._overview
        if overview is None:
            self.intake_label.clear()
            return
        if overview.intake_consent:
            self.intake_label.setText(self.tr("Intake consent to hold sensitive data: given."))
            set_tone(self.intake_label, None)
        else:
            self.intake_label.setText(self.tr("No intake consent to hold sensitive data is on record."))
            set_tone(self.intake_label, Tone.ERROR)
        for consent in overview.consents:
            self.consent_list.addItem(self._describe(consent))
        if not overview.consents:
            self.consent_list.addItem(self.tr("No consents recorded."))

    @Slot()
    def _add(self) -> None:
        if self._vault is None or self._client_id is None:
            return
        dialog = ConsentDialog(self._vault, self._client_id, self._client_name, self)
        dialog.recorded.connect(lambda _id: self.show_client(self._client_id, self._client_name))
        dialog.open()
