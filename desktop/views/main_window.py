"""The main window: a sidebar of sections, the section on the right, a lock button.

The window assembles; the pages do the work. While locked it shows only the
locked page, and every page that showed vault data has been cleared. The
client-record dialogs (export for the client, erasure) are opened here, where
the open vault and the practice name are known.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal, Slot
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from desktop.policy.practice import PracticeSettings
from desktop.views.about_dialog import AboutDialog
from desktop.views.actions import MainActions
from desktop.views.audit.audit_page import AuditPage
from desktop.views.calendar.booking_dialog import BookingDialog
from desktop.views.calendar.calendar_page import CalendarPage
from desktop.views.clients.clients_page import ClientsPage
from desktop.views.clients.erase_client_dialog import EraseClientDialog
from desktop.views.common import preferences
from desktop.views.common.colours import scheme_icon
from desktop.views.common.forms import Retranslatable, named
from desktop.views.contacts.contacts_page import ContactsPage
from desktop.views.disclosures.disclosures_page import DisclosuresPage
from desktop.views.disclosures.subject_access_dialog import SubjectAccessDialog
from desktop.views.inbox.inbox_page import InboxPage
from desktop.views.money.income_page import IncomePage
from desktop.views.placeholder_page import PlaceholderPage
from desktop.views.sections import Section, section_text
from desktop.views.settings.settings_page import SettingsPage
from desktop.views.vault.backup_status import BackupStatusLabel
from desktop.views.vault.locked_page import LockedPage

if TYPE_CHECKING:
    from desktop.vault.store import OpenVault


#: A section that shows vault data.
VaultPage = (
    CalendarPage
    | ClientsPage
    | InboxPage
    | ContactsPage
    | AuditPage
    | DisclosuresPage
    | IncomePage
    | SettingsPage
)


class MainWindow(Retranslatable, QMainWindow):
    """Emits :attr:`lock_requested` and :attr:`closing`; the controller decides what follows."""

    lock_requested = Signal()
    closing = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.main_actions = MainActions(self)
        self.main_actions.lock.triggered.connect(self.lock_requested)
        self.main_actions.quit.triggered.connect(self.close)
        self.main_actions.about.triggered.connect(self._about)
        toolbar = named(QToolBar(), "mainToolbar")
        toolbar.setMovable(False)
        toolbar.setIconSize(QSize(20, 20))
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addAction(self.main_actions.lock)
        self.addToolBar(toolbar)

        self.sidebar = named(QListWidget(), "sidebar")
        self.sidebar.setFixedWidth(210)
        self.sidebar.setIconSize(QSize(18, 18))
        self.sidebar.setSpacing(2)
        self.sidebar.setStyleSheet("QListWidget#sidebar::item { padding-left: 12px; }")
        self.sections = named(QStackedWidget(), "sectionStack")
        self.clients_page = ClientsPage()
        self.clients_page.export_requested.connect(self._export_for_client)
        self.clients_page.erase_requested.connect(self._erase_client)
        self.clients_page.booking_open_requested.connect(self._open_booking)
        self.clients_page.new_booking_requested.connect(self._new_booking_for)
        self.calendar_page = CalendarPage()
        self.calendar_page.new_booking_requested.connect(self._new_booking)
        self.calendar_page.booking_open_requested.connect(self._open_booking)
        self.inbox_page = InboxPage()
        self.contacts_page = ContactsPage()
        self.contacts_page.emergency_declared.connect(lambda _id: self.calendar_page.reload())
        self.emergency_action = toolbar.addAction(
            scheme_icon("triangle-alert.svg"), "", self.contacts_page.declare_emergency
        )
        self.audit_page = AuditPage()
        self.disclosures_page = DisclosuresPage()
        self.income_page = IncomePage()
        self.settings_page = SettingsPage()
        #: Pages that show vault data: given the vault on unlock, cleared on lock.
        self._vault_pages: tuple[
            CalendarPage
            | ClientsPage
            | InboxPage
            | ContactsPage
            | AuditPage
            | DisclosuresPage
            | IncomePage
            | SettingsPage,
            ...,
        ] = (
            self.calendar_page,
            self.clients_page,
            self.inbox_page,
            self.contacts_page,
            self.audit_page,
            self.disclosures_page,
            self.income_page,
            self.settings_page,
        )
        built: dict[Section, QWidget] = {
            Section.CALENDAR: self.calendar_page,
            Section.CLIENTS: self.clients_page,
            Section.INBOX: self.inbox_page,
            Section.CONTACTS: self.contacts_page,
            Section.AUDIT: self.audit_page,
            Section.DISCLOSURES: self.disclosures_page,
            Section.MONEY: self.income_page,
            Section.SETTINGS: self.settings_page,
        }
        self._vault: OpenVault | None = None
        self._close_confirmed = False
        self._pages: dict[Section, QWidget] = {}
        for section in Section:
            page = built.get(section) or PlaceholderPage(section.value.title, section.value.purpose)
            page.setObjectName(f"{section.value.key}Page")
            self._pages[section] = page
            self.sections.addWidget(page)
            item = QListWidgetItem(scheme_icon(section.value.icon), "")
            item.setData(Qt.ItemDataRole.UserRole, section.value.key)
            item.setSizeHint(QSize(0, 36))
            self.sidebar.addItem(item)
        self.sidebar.currentRowChanged.connect(self.sections.setCurrentIndex)
        self.sidebar.setCurrentRow(0)
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._redraw_icons)

        workspace = named(QWidget(), "workspace")
        row = QHBoxLayout(workspace)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.sidebar)
        row.addWidget(self.sections, 1)
        self.locked_page = LockedPage()
        self.top = named(QStackedWidget(), "topStack")
        self.top.addWidget(workspace)
        self.top.addWidget(self.locked_page)
        self.setCentralWidget(self.top)
        self._practice_label = named(QLabel(), "practiceStatusLabel")
        self.statusBar().addPermanentWidget(self._practice_label)
        self.backup_status = BackupStatusLabel()
        self.statusBar().insertPermanentWidget(0, self.backup_status)  # never hidden by messages
        self.settings_page.backup_settings.status_changed.connect(self.backup_status.show_status)
        self._practice_name = ""
        self.show_locked()
        self.retranslateUi()
        self.resize(1120, 720)
        geometry = preferences.window_geometry()
        if geometry is not None:
            self.restoreGeometry(geometry)

    @Slot()
    def _redraw_icons(self) -> None:
        """The icons are drawn in the palette's ink: again when the desktop turns dark or light."""
        self.emergency_action.setIcon(scheme_icon("triangle-alert.svg"))
        for row, section in enumerate(Section):
            self.sidebar.item(row).setIcon(scheme_icon(section.value.icon))

    def retranslateUi(self) -> None:
        # The window system adds the application's display name to every title ("Practice —
        # Sorakumo Desk"), so the title is the practice's name alone, or the bare name when locked.
        self.setWindowTitle(self._practice_name or QGuiApplication.applicationDisplayName())
        for row, section in enumerate(Section):
            item = self.sidebar.item(row)
            item.setText(section_text(section.value.title))
        self.main_actions.retranslateUi()
        self.emergency_action.setText(self.tr("Declare emergency…"))
        self.emergency_action.setIconText(self.tr("Declare emergency"))

    def page(self, section: Section) -> QWidget:
        return self._pages[section]

    def current_section(self) -> Section:
        return list(Section)[self.sidebar.currentRow()]

    def show_section(self, section: Section) -> None:
        self.sidebar.setCurrentRow(list(Section).index(section))

    # --- lock and unlock -------------------------------------------------------------------

    def show_unlocked(self, vault: OpenVault) -> None:
        """Give every page the vault and return to the section that was open."""
        self._vault = vault
        for page in self._vault_pages:
            page.set_vault(vault)
        self.top.setCurrentIndex(0)
        self.main_actions.lock.setEnabled(True)
        self.emergency_action.setEnabled(True)
        self.statusBar().showMessage(self.tr("Unlocked"), 4000)

    def show_locked(self) -> None:
        """Clear everything that came from the vault and show the locked page."""
        self._vault = None
        for page in self._vault_pages:
            page.clear()
        self._practice_name = ""
        self._practice_label.clear()
        self.backup_status.show_status(None)
        self.statusBar().clearMessage()
        self.top.setCurrentIndex(1)
        self.main_actions.lock.setEnabled(False)
        self.emergency_action.setEnabled(False)
        self.retranslateUi()

    @Slot(object)
    def show_practice(self, settings: PracticeSettings) -> None:
        self._practice_name = settings.practice_name
        self._practice_label.setText(settings.practice_name)
        self.calendar_page.set_working_hours(settings.work_start_hour, settings.work_end_hour)
        self.disclosures_page.set_practice_name(settings.practice_name)
        self.retranslateUi()

    @Slot(object)
    def _new_booking(self, start: datetime) -> None:
        """A click on an empty slot of the calendar starts a booking there."""
        if self._vault is not None:
            self._show_booking(BookingDialog(self._vault, start=start, parent=self))

    @Slot(int, str)
    def _new_booking_for(self, client_id: int, name: str) -> None:
        """A booking started from a client's page: the client is already chosen."""
        if self._vault is not None:
            self._show_booking(BookingDialog(self._vault, client=(client_id, name), parent=self))

    @Slot(int)
    def _open_booking(self, booking_id: int) -> None:
        if self._vault is not None:
            self._show_booking(BookingDialog(self._vault, booking_id=booking_id, parent=self))

    def _show_booking(self, dialog: BookingDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.changed.connect(lambda _booking_id: self.calendar_page.reload())
        dialog.changed.connect(lambda _booking_id: self.clients_page.bookings.reload())
        dialog.settings_requested.connect(lambda: self.show_section(Section.SETTINGS))
        dialog.open()

    @Slot(int)
    def _export_for_client(self, client_id: int) -> None:
        """P-LAW: the client's own copy of their record."""
        if self._vault is not None:
            dialog = SubjectAccessDialog(self._vault, client_id, self._practice_name, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.open()

    @Slot(int)
    def _erase_client(self, client_id: int) -> None:
        """P-LAW: erasure on the client's request, after a confirmation naming what goes."""
        if self._vault is not None:
            dialog = EraseClientDialog(self._vault, client_id, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.erased.connect(lambda _client_id: self.clients_page.reload())
            dialog.open()

    def is_locked(self) -> bool:
        return self.top.currentIndex() == 1

    # --- window ------------------------------------------------------------------------------

    def _close_after_asking(self) -> None:
        self._close_confirmed = True
        self.close()

    @Slot()
    def _about(self) -> None:
        dialog = AboutDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._close_confirmed and not self.clients_page.close_then(self._close_after_asking):
            event.ignore()  # the counsellor is asked about unsaved edits first
            return
        preferences.set_window_geometry(self.saveGeometry())
        self.closing.emit()
        super().closeEvent(event)
