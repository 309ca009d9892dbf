"""The set-up wizard's starter menu: one in-person and one online session, with length and price.

A vault whose menu is empty cannot confirm any booking (P-CONFIRM needs the
format, the length and the fee), so set-up asks for the two sessions most
practices start with. The counsellor reviews the names, minutes and yen here;
the vault is created with them, and Settings changes them later.
"""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QSpinBox, QVBoxLayout, QWizardPage

from desktop.policy import bookings as rules
from desktop.views.common.forms import Retranslatable, named
from desktop.views.common.wheel_guard import guard_wheel
from desktop.views.vault.vault_jobs import StarterSessions


def _spin(name: str, bounds: tuple[int, int], value: int, step: int = 1) -> QSpinBox:
    spin = named(QSpinBox(), name)
    spin.setRange(*bounds)
    spin.setValue(value)
    spin.setSingleStep(step)
    spin.setGroupSeparatorShown(True)
    guard_wheel(spin)
    return spin


class StarterMenuPage(Retranslatable, QWizardPage):
    """Two rows (in person, online): a name, minutes and yen; :meth:`sessions` gives what was chosen."""

    def __init__(self) -> None:
        super().__init__()
        self._intro = QLabel(wordWrap=True)
        self._later = QLabel(wordWrap=True)
        self.in_person_name = named(QLineEdit(), "starterInPersonNameEdit")
        self.online_name = named(QLineEdit(), "starterOnlineNameEdit")
        self.in_person_minutes = _spin(
            "starterInPersonMinutesSpin", rules.DURATION_MINUTES_RANGE, rules.STARTER_MINUTES
        )
        self.online_minutes = _spin(
            "starterOnlineMinutesSpin", rules.DURATION_MINUTES_RANGE, rules.STARTER_MINUTES
        )
        self.in_person_price = _spin(
            "starterInPersonPriceSpin", rules.PRICE_YEN_RANGE, rules.STARTER_PRICE_YEN, 500
        )
        self.online_price = _spin(
            "starterOnlinePriceSpin", rules.PRICE_YEN_RANGE, rules.STARTER_PRICE_YEN, 500
        )
        self._headers = [QLabel() for _ in range(3)]
        grid = QGridLayout()
        for column, header in enumerate(self._headers):
            grid.addWidget(header, 0, column)
        rows = (
            (self.in_person_name, self.in_person_minutes, self.in_person_price),
            (self.online_name, self.online_minutes, self.online_price),
        )
        for row, fields in enumerate(rows, start=1):
            for column, field in enumerate(fields):
                grid.addWidget(field, row, column)
        grid.setColumnStretch(0, 1)
        for edit in (self.in_person_name, self.online_name):
            edit.textChanged.connect(self.completeChanged)
        layout = QVBoxLayout(self)
        layout.addWidget(self._intro)
        layout.addLayout(grid)
        layout.addWidget(self._later)
        layout.addStretch(1)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setTitle(self.tr("Your sessions"))
        self.setSubTitle(
            self.tr("A booking is confirmed for a session of the menu, with its length and fee.")
        )
        self._intro.setText(
            self.tr(
                "Sorakumo Desk starts your menu with one session in person and one online (video). "
                "Check the names, the minutes and the price of each."
            )
        )
        self._later.setText(
            self.tr("You can add sessions (for example by phone) and change these later in Settings.")
        )
        for header, text in zip(
            self._headers, (self.tr("Session"), self.tr("Minutes"), self.tr("Price")), strict=True
        ):
            header.setText(text)
        for edit, text in (
            (self.in_person_name, self.tr("In-person counselling")),
            (self.online_name, self.tr("Online counselling")),
        ):
            if not edit.isModified():  # a name the counsellor typed is theirs, in any language
                edit.setText(text)
        for spin in (self.in_person_price, self.online_price):
            spin.setSuffix(self.tr(" yen"))
        for spin in (self.in_person_minutes, self.online_minutes):
            spin.setSuffix(self.tr(" min"))

    def isComplete(self) -> bool:
        return bool(self.in_person_name.text().strip() and self.online_name.text().strip())

    def sessions(self) -> StarterSessions:
        return StarterSessions(
            in_person_name=self.in_person_name.text(),
            online_name=self.online_name.text(),
            minutes=(self.in_person_minutes.value(), self.online_minutes.value()),
            prices_yen=(self.in_person_price.value(), self.online_price.value()),
        )
