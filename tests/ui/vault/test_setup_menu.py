"""A vault set up through the wizard starts with a session menu and can confirm a booking (P-FORMAT).

Issue 14: a new vault's menu was empty, so no booking could be confirmed. The
wizard now asks for an in-person and an online session; the counsellor changes
the proposed minutes and price, and the booking dialog of the new vault offers
both and confirms a booking end to end.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QLineEdit, QSpinBox, QWizard
from pytestqt.qtbot import QtBot

from desktop.policy import bookings as rules
from desktop.services import bookings, clients
from desktop.services.bookings import session_menu
from desktop.services.clients import ClientDraft
from desktop.views.controller import DesktopController
from desktop.views.vault.starter_menu_page import StarterMenuPage
from tests.helpers.vaults import PASSPHRASE
from tests.ui.booking_drive import agree_all, create, idle, open_dialog, press, state
from tests.ui.drive import (
    child,
    finish_setup,
    next_page,
    tick,
    type_asked_groups,
    type_into,
    wizard_of,
)

NAME = "山田花子"


def test_p_format_a_vault_set_up_in_the_wizard_confirms_a_booking_from_its_starter_menu(
    qtbot: QtBot, controller: DesktopController, vault_folder: Path
) -> None:
    controller.start()
    wizard = wizard_of(qtbot, controller)
    next_page(qtbot, wizard)
    assert isinstance(wizard.currentPage(), StarterMenuPage)
    assert child(wizard, QLineEdit, "starterInPersonNameEdit").text() == "In-person counselling"
    assert child(wizard, QSpinBox, "starterOnlineMinutesSpin").value() == rules.STARTER_MINUTES
    type_into(qtbot, child(wizard, QSpinBox, "starterInPersonMinutesSpin"), "60")
    type_into(qtbot, child(wizard, QSpinBox, "starterOnlinePriceSpin"), "7000")
    type_into(qtbot, child(wizard, QLineEdit, "starterOnlineNameEdit"), "")
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled(), "a session needs a name"
    type_into(qtbot, child(wizard, QLineEdit, "starterOnlineNameEdit"), "オンライン")
    next_page(qtbot, wizard)
    type_into(qtbot, child(wizard, QLineEdit, "passphraseEdit"), PASSPHRASE)
    type_into(qtbot, child(wizard, QLineEdit, "passphraseRepeatEdit"), PASSPHRASE)
    next_page(qtbot, wizard)
    code = child(wizard, QLabel, "recoveryCodeLabel").text()
    tick(qtbot, child(wizard, QAbstractButton, "recoveryWrittenCheck"))
    next_page(qtbot, wizard)
    type_asked_groups(qtbot, wizard, code)
    finish_setup(qtbot, controller, wizard)

    vault = controller.vault
    assert vault is not None
    idle()
    menu = session_menu.list_items(vault)
    assert [(m.name, m.format, m.duration_minutes, m.price_yen) for m in menu] == [
        ("In-person counselling", rules.SessionFormat.IN_PERSON, 60, rules.STARTER_PRICE_YEN),
        ("オンライン", rules.SessionFormat.ONLINE_VIDEO, rules.STARTER_MINUTES, 7000),
    ]
    client = clients.create_client(vault, draft=ClientDraft(full_name=NAME, name_reading="やまだはなこ"))

    dialog = open_dialog(qtbot, vault)
    assert child(dialog, QComboBox, "bookingMenuCombo").count() == 1 + len(menu)
    assert not child(dialog, QLabel, "bookingEmptyMenuLabel").isVisible()
    create(qtbot, dialog, NAME, client.id, rules.Channel.PHONE, menu[0].id)
    press(qtbot, dialog, "confirmOwnWillButton")
    press(qtbot, dialog, "startNegotiationButton")
    agree_all(qtbot, dialog)
    press(qtbot, dialog, "confirmBookingButton")
    assert state(dialog) == "Confirmed"
    assert dialog.booking_id is not None
    idle()
    stored = bookings.open_booking(vault, booking_id=dialog.booking_id)
    assert stored.status is rules.BookingStatus.CONFIRMED
