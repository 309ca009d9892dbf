"""Every dialog class of the window, found by introspection, and how to open each in its richest state.

:func:`dialog_classes` imports every module under ``desktop.views`` and lists
each public ``QDialog`` subclass (wizards included). :data:`OPENERS` says how
to build one on a vault holding a client with notes, a confirmed booking, a
consent, a disclosure, a request and a message, and what to do to reach the
fullest state it can show. A new dialog without an opener fails
``tests/ui/test_dialog_fit.py``, so it cannot escape the checks on size and
default buttons.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtWidgets import QCheckBox, QDialog, QPushButton, QRadioButton, QStackedWidget, QWizard

import desktop.views
from desktop.policy.afterfollow import ReplyTemplate
from desktop.policy.disclosure import (
    Basis,
    ConsentKind,
    ConsentMethod,
    DataItem,
    HandOver,
    Relation,
    RequestKind,
)
from desktop.services import consents, consultation_notes, disclosures, rights_requests
from desktop.services.consents import ConsentEntry
from desktop.services.disclosures import DisclosureDraft, DisclosureEntry
from desktop.services.rights_requests import RequestEntry
from desktop.vault.store import OpenVault
from tests.helpers.followup import add_message, confirmed_booking, menu_item
from tests.helpers.records import NAME, add_sample_client
from tests.helpers.vaults import FAST_KDF


def dialog_classes() -> list[type[QDialog]]:
    """Every public QDialog subclass defined in ``desktop.views``, by qualified name."""
    found: dict[str, type[QDialog]] = {}
    for module_info in pkgutil.walk_packages(desktop.views.__path__, "desktop.views."):
        module = importlib.import_module(module_info.name)
        for name, value in inspect.getmembers(module, inspect.isclass):
            if (
                issubclass(value, QDialog)
                and value.__module__ == module.__name__
                and not name.startswith("_")
            ):
                found[f"{value.__module__}.{name}"] = value
    return [found[key] for key in sorted(found)]


@dataclass(frozen=True)
class World:
    """What the dialogs are opened on."""

    vault: OpenVault
    client_id: int
    note_id: int
    booking_id: int
    message_id: int
    consent: ConsentEntry
    disclosure: DisclosureEntry
    request: RequestEntry


def make_world(vault: OpenVault) -> World:
    client = add_sample_client(vault)
    start = datetime.combine(vault.time.today(), datetime.min.time()).replace(hour=10)
    booking = confirmed_booking(vault, client.id, menu_item(vault, "online_video"), start)
    message = add_message(vault, client_id=client.id, subject="次回の予約について")
    consent = consents.record_consent(
        vault,
        client_id=client.id,
        draft=consents.ConsentDraft(ConsentKind.TESTIMONIAL, vault.time.today(), ConsentMethod.FORM),
    )
    disclosure = disclosures.record_disclosure(
        vault,
        client_id=client.id,
        draft=DisclosureDraft(
            disclosed_on=vault.time.today(),
            recipient_name="三島中央クリニック",
            relation=Relation.MEDICAL,
            items=frozenset({DataItem.NAME, DataItem.CONSULTATION}),
            basis=Basis.VITAL,
            hand_over=HandOver.FILE,
            recipient_contact="055-900-1111",
            justification="急な体調悪化のため",
        ),
    )
    request = rights_requests.record_request(
        vault, client_id=client.id, kind=RequestKind.ERASE, received_on=vault.time.today()
    )
    return World(vault, client.id, client.first_note_id, booking, message, consent, disclosure, request)


def _third_party(dialog: QDialog) -> None:
    radio = dialog.findChild(QRadioButton, "exportForThirdPartyRadio")
    assert radio is not None
    radio.setChecked(True)


def _names_ticked(dialog: QDialog) -> None:
    """The phone-calendar export with names: the provision's fields appear."""
    check = dialog.findChild(QCheckBox, "icsNamesCheck")
    assert check is not None
    check.setChecked(True)


def _last_page(dialog: QDialog) -> None:
    """A stacked dialog's last page (the recovery code after a restore, say)."""
    for stack in dialog.findChildren(QStackedWidget):
        stack.setCurrentIndex(stack.count() - 1)


def _recovery_page(dialog: QDialog) -> None:
    """The unlock dialog's second page, opened as the counsellor opens it."""
    button = dialog.findChild(QPushButton, "useRecoveryButton")
    assert button is not None
    button.click()


def _each_wizard_page(dialog: QDialog) -> None:
    assert isinstance(dialog, QWizard)
    for page_id in dialog.pageIds():
        page = dialog.page(page_id)
        assert page is not None
        page.initializePage()


@dataclass(frozen=True)
class Opener:
    """Builds a dialog on the world; ``fullest`` brings it to the most it can show."""

    build: Callable[[World, Path], QDialog]
    fullest: Callable[[QDialog], None] = lambda dialog: None


def _openers() -> dict[str, Opener]:
    """Imported late: the catalogue is read only once the dialogs' modules are loaded."""
    from desktop.views.about_dialog import AboutDialog
    from desktop.views.calendar.booking_dialog import BookingDialog
    from desktop.views.calendar.cancel_booking_dialog import CancelBookingDialog
    from desktop.views.calendar.phone_calendar_dialog import PhoneCalendarDialog
    from desktop.views.clients.erase_client_dialog import EraseClientDialog
    from desktop.views.clients.import_dialog import ClientImportDialog
    from desktop.views.clients.notes_panel import NoteHistoryDialog
    from desktop.views.contacts.emergency_dialog import EmergencyDialog
    from desktop.views.contacts.new_contact_dialog import NewContactDialog
    from desktop.views.disclosures.consent_dialog import ConsentDialog
    from desktop.views.disclosures.disclosure_dialog import DisclosureDialog
    from desktop.views.disclosures.request_dialog import RequestDialog
    from desktop.views.disclosures.subject_access_dialog import SubjectAccessDialog
    from desktop.views.disclosures.testimonial_dialog import TestimonialDialog
    from desktop.views.disclosures.withdrawal_dialog import WithdrawalDialog
    from desktop.views.inbox.call_dialog import CallDialog
    from desktop.views.inbox.reply_dialog import ReplyDialog
    from desktop.views.inbox.sender_dialogs import LinkSenderDialog, ProspectDialog
    from desktop.views.money.payment_dialog import PaymentDialog
    from desktop.views.vault.change_passphrase_dialog import ChangePassphraseDialog
    from desktop.views.vault.restore_dialog import RestoreDialog
    from desktop.views.vault.setup_wizard import SetupWizard
    from desktop.views.vault.unlock_dialog import UnlockDialog

    openers: dict[type[QDialog], Opener] = {
        BookingDialog: Opener(lambda w, _t: BookingDialog(w.vault, booking_id=w.booking_id)),
        CancelBookingDialog: Opener(lambda w, _t: CancelBookingDialog(w.vault, booking_id=w.booking_id)),
        EraseClientDialog: Opener(lambda w, _t: EraseClientDialog(w.vault, w.client_id)),
        NoteHistoryDialog: Opener(
            lambda w, _t: NoteHistoryDialog(consultation_notes.history(w.vault, note_id=w.note_id))
        ),
        EmergencyDialog: Opener(lambda w, _t: EmergencyDialog(w.vault)),
        NewContactDialog: Opener(lambda w, _t: NewContactDialog(w.vault)),
        ConsentDialog: Opener(lambda w, _t: ConsentDialog(w.vault, w.client_id, NAME)),
        DisclosureDialog: Opener(
            lambda w, _t: DisclosureDialog(w.vault, w.client_id, NAME, correcting=w.disclosure)
        ),
        RequestDialog: Opener(lambda w, _t: RequestDialog(w.vault, w.client_id, NAME, answering=w.request)),
        SubjectAccessDialog: Opener(
            lambda w, _t: SubjectAccessDialog(w.vault, w.client_id, "カウンセリングルーム"), _third_party
        ),
        TestimonialDialog: Opener(lambda w, _t: TestimonialDialog(w.vault, w.client_id, NAME)),
        WithdrawalDialog: Opener(lambda w, _t: WithdrawalDialog(w.vault, w.consent)),
        CallDialog: Opener(lambda w, _t: CallDialog(w.vault, None)),
        ReplyDialog: Opener(
            lambda w, _t: ReplyDialog(w.vault, message_id=w.message_id, template=ReplyTemplate.BOOKING_POINTS)
        ),
        LinkSenderDialog: Opener(lambda w, _t: LinkSenderDialog(w.vault, w.message_id, "hanako@example.jp")),
        ProspectDialog: Opener(lambda w, _t: ProspectDialog(w.vault, w.message_id, "hanako@example.jp")),
        ChangePassphraseDialog: Opener(lambda w, _t: ChangePassphraseDialog(w.vault)),
        RestoreDialog: Opener(lambda _w, t: RestoreDialog(t / "restored", kdf=FAST_KDF), _last_page),
        SetupWizard: Opener(lambda _w, t: SetupWizard(t / "new", kdf=FAST_KDF), _each_wizard_page),
        UnlockDialog: Opener(lambda w, _t: UnlockDialog(w.vault.folder), _recovery_page),
        AboutDialog: Opener(lambda _w, _t: AboutDialog()),
        PhoneCalendarDialog: Opener(lambda w, _t: PhoneCalendarDialog(w.vault), _names_ticked),
        ClientImportDialog: Opener(lambda w, _t: ClientImportDialog(w.vault)),
        PaymentDialog: Opener(lambda w, _t: PaymentDialog(w.vault, w.client_id, 8_000)),
    }
    return {f"{kind.__module__}.{kind.__name__}": opener for kind, opener in openers.items()}


OPENERS = _openers()
