"""The Inbox section: mail and calls by view, a thread's messages, and what to do with each.

Five views (Booking, After-follow, Held, Not matched, All) over the threads
the service lists, with threads flagged by the danger-phrase aid pinned first
and marked as an aid (P-AFTERFOLLOW), listed on the left
(:class:`~desktop.views.inbox.thread_list.ThreadList`). Selecting a thread shows
its messages on the right (:class:`~desktop.views.inbox.thread_reader.ThreadReader`):
the chosen message is read in full, with the follow-up action panel under it.
Mail comes in by dropping ``.eml``/mbox files on the page or through "Import
mail…"; calls are logged by hand. A sender not matched to a client is linked to
one, or made a prospect, from the reader. The page does the work: everything
runs on the vault thread; results that arrive after a lock are dropped.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QCoreApplication, QItemSelection, Qt, Signal, Slot
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import QT_TRANSLATE_NOOP, fill
from desktop.views.common.colours import Tone, set_tone
from desktop.views.common.error_text import describe
from desktop.views.common.forms import Retranslatable, heading, named
from desktop.views.common.load_on_show import LoadOnShow
from desktop.views.common.worker import run_on_vault
from desktop.views.inbox import inbox_jobs
from desktop.views.inbox.call_dialog import CallDialog
from desktop.views.inbox.inbox_model import danger_label
from desktop.views.inbox.sender_dialogs import LinkSenderDialog, ProspectDialog
from desktop.views.inbox.thread_list import ThreadList
from desktop.views.inbox.thread_reader import ThreadReader

if TYPE_CHECKING:
    from desktop.services.inbox import ThreadRow
    from desktop.services.inbox.mail_import import ImportReport
    from desktop.vault.store import OpenVault

#: The views in the switcher's order, with their labels (the service's ``InboxView`` values).
VIEWS = (
    ("booking", QT_TRANSLATE_NOOP("InboxPage", "Booking")),
    ("after_follow", QT_TRANSLATE_NOOP("InboxPage", "After-follow")),
    ("held", QT_TRANSLATE_NOOP("InboxPage", "Held")),
    ("not_matched", QT_TRANSLATE_NOOP("InboxPage", "Not matched")),
    ("all", QT_TRANSLATE_NOOP("InboxPage", "All")),
)


DialogT = TypeVar("DialogT", LinkSenderDialog, ProspectDialog)


def local_files(paths: Sequence[str]) -> list[Path]:
    return [Path(p) for p in paths if p]


class InboxPage(Retranslatable, QWidget):
    """Emits :attr:`imported` with the report after each import (the tests and the status bar read it)."""

    imported = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loader = LoadOnShow(self, self._shown, every_show=True)  # other sections add to it meanwhile
        self.setObjectName("inboxPage")
        self.setAcceptDrops(True)
        self._vault: OpenVault | None = None
        self._shown_thread: str | None = None
        self._asked = 0

        self._heading = heading("inboxHeading")
        self.import_button = named(QPushButton(), "importMailButton")
        self.import_button.clicked.connect(self.choose_files)
        self.call_button = named(QPushButton(), "logCallButton")
        self.call_button.clicked.connect(self.log_call)
        top = QHBoxLayout()
        top.addWidget(self._heading)
        top.addStretch(1)
        top.addWidget(self.import_button)
        top.addWidget(self.call_button)
        self._intro = named(QLabel(wordWrap=True), "inboxIntroLabel")
        self.view_tabs = named(QTabBar(), "inboxViewTabs")
        self.view_tabs.setExpanding(False)
        self.view_tabs.setDrawBase(False)
        for _key, _label in VIEWS:
            self.view_tabs.addTab("")
        self.view_tabs.currentChanged.connect(self._view_changed)
        self.aid_label = named(QLabel(wordWrap=True), "dangerAidLabel")
        set_tone(self.aid_label, Tone.DANGER_TEXT)
        self.progress = named(QProgressBar(), "importProgress")
        self.progress.setRange(0, 0)
        self.progress.setMaximumHeight(8)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.report_label = named(QLabel(wordWrap=True), "importReportLabel")
        self.report_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.report_label.hide()

        self._threads = ThreadList()
        self.model = self._threads.model
        self.table = self._threads.table
        self.table.selectionModel().selectionChanged.connect(self._thread_selected)

        self._reader = ThreadReader()
        self._reader.link_button.clicked.connect(self.link_sender)
        self._reader.prospect_button.clicked.connect(self.create_prospect)
        self.actions_panel = self._reader.actions_panel
        self.actions_panel.changed.connect(lambda _message_id: self.refresh())

        self.splitter = named(QSplitter(Qt.Orientation.Horizontal), "inboxSplitter")
        self.splitter.addWidget(self._threads)
        self.splitter.addWidget(self._reader)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([660, 380])

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self._intro)
        layout.addWidget(self.view_tabs)
        layout.addWidget(self.aid_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.report_label)
        layout.addWidget(self.splitter, 1)
        self.retranslateUi()
        self.setEnabled(False)

    def retranslateUi(self) -> None:
        self._heading.setText(self.tr("Inbox"))
        self.import_button.setText(self.tr("Import mail…"))
        self.call_button.setText(self.tr("Log phone call…"))
        self._intro.setText(
            self.tr(
                "Drop .eml files or mailboxes (mbox) here, or use “Import mail…”. Mail is kept only "
                "inside the encrypted vault; nothing is sent from this program."
            )
        )
        for index, (_key, label) in enumerate(VIEWS):
            self.view_tabs.setTabText(index, QCoreApplication.translate("InboxPage", label))
        self.aid_label.setText(
            fill(
                self.tr(
                    "%1 marks conversations where a phrase from your danger list appears; they stay at "
                    "the top of every list. It is an aid to reading, not a judgement: a message without "
                    "the mark may still be serious."
                ),
                (danger_label(),),
            )
        )

    # --- vault --------------------------------------------------------------------------------

    def _run(self, work: Callable[[OpenVault], Any], on_success: Callable[[Any], None]) -> None:
        run_on_vault(self, lambda: self._vault, work, on_success=on_success, on_failure=self._failed)

    def set_vault(self, vault: OpenVault) -> None:
        self._vault = vault
        self.actions_panel.set_vault(vault)
        self.setEnabled(True)
        self._loader.request()

    def clear(self) -> None:
        """Forget everything shown (on lock)."""
        self._loader.cancel()
        self._vault = None
        self._asked += 1
        self._threads.set_threads([])
        self._reader.show_thread([])
        self.report_label.clear()
        self.report_label.hide()
        self.progress.hide()
        self.actions_panel.clear()
        self.setEnabled(False)

    def _shown(self) -> None:
        """Read the list again (replies, holds or imports came meanwhile); the last import's report goes."""
        self._drop_report()
        self.refresh()

    @Slot()
    def _view_changed(self) -> None:
        self._drop_report()
        self.refresh()

    def _drop_report(self) -> None:
        """The last import's report describes the list as that import left it: it goes when the
        counsellor comes back to the page or changes the view (never while an import runs)."""
        if self.import_button.isEnabled():
            self.report_label.clear()
            self.report_label.hide()

    def current_view(self) -> str:
        return VIEWS[max(0, self.view_tabs.currentIndex())][0]

    def show_view(self, key: str) -> None:
        self.view_tabs.setCurrentIndex(next(i for i, (k, _label) in enumerate(VIEWS) if k == key))

    @Slot()
    def refresh(self) -> None:
        from_view = self.current_view()
        self._asked += 1
        asked = self._asked

        self._run(
            lambda vault: inbox_jobs.threads(vault, from_view),
            lambda rows: self._listed(rows) if asked == self._asked else None,
        )

    def _listed(self, rows: list[ThreadRow]) -> None:
        keep = self._shown_thread
        self._threads.set_threads(rows)
        row = self.model.row_of(keep) if keep is not None else -1
        if row >= 0:
            self.table.selectRow(row)
        else:
            self._reader.show_thread([])

    @Slot(object)
    def _failed(self, error: Exception) -> None:
        self.progress.hide()
        self.import_button.setEnabled(True)
        self.report_label.setText(describe(error))
        self.report_label.show()

    # --- thread and message ---------------------------------------------------------------------

    @Slot(QItemSelection, QItemSelection)
    def _thread_selected(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        thread = self._threads.selected_thread()
        if thread is None:
            self._shown_thread = None
            self._reader.show_thread([])
            return
        key, latest = thread.thread_key, thread.message_id
        self._shown_thread = key
        self._run(
            lambda vault: inbox_jobs.thread_messages(vault, key),
            lambda messages: (
                self._reader.show_thread(messages, latest) if self._shown_thread == key else None
            ),
        )

    # --- import ------------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        if self._vault is not None and urls and all(url.isLocalFile() for url in urls):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = local_files([url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()])
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)

    @Slot()
    def choose_files(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(
            self,
            self.tr("Import mail"),
            "",
            self.tr("Mail files (*.eml *.mbox *.mbx *.txt);;All files (*)"),
        )
        if names:
            self.import_paths(local_files(names))

    def import_paths(self, paths: list[Path]) -> None:
        """Import ``paths`` on the vault thread; the report is shown above the list."""
        if self._vault is None:
            return
        self.import_button.setEnabled(False)
        self.progress.show()
        self.report_label.setText(self.tr("Importing %n file(s)…", "", len(paths)))
        self.report_label.show()
        self._run(lambda vault: inbox_jobs.import_files(vault, paths), self._imported)

    @Slot(object)
    def _imported(self, report: ImportReport) -> None:
        self.progress.hide()
        self.import_button.setEnabled(True)
        self.report_label.setText(self.report_text(report))
        self.imported.emit(report)
        self.refresh()

    def report_text(self, report: ImportReport) -> str:
        summary = self.tr("Imported %n message(s).", "", report.imported)
        if report.duplicates:  # "0 already in the vault" says nothing
            summary = self.tr("Imported %n message(s);", "", report.imported) + " "
            summary += self.tr("%n already in the vault were skipped.", "", report.duplicates)
        lines = [summary]
        for file_report in report.files:
            for problem in file_report.problems:
                reason = QCoreApplication.translate("MailProblem", problem.reason)
                if problem.position:
                    text = self.tr("Not imported: %1, message %2 — %3.")
                    lines.append(fill(text, (file_report.name, str(problem.position), reason)))
                else:
                    lines.append(fill(self.tr("Not imported: %1 — %2."), (file_report.name, reason)))
            for defect in file_report.defects:
                reason = QCoreApplication.translate("MailDefect", defect.reason)
                if defect.position:
                    text = self.tr("Imported, but check it: %1, message %2 — %3.")
                    lines.append(fill(text, (file_report.name, str(defect.position), reason)))
                else:
                    text = self.tr("Imported, but check it: %1 — %2.")
                    lines.append(fill(text, (file_report.name, reason)))
        return "\n".join(lines)

    # --- calls and senders -----------------------------------------------------------------------

    @Slot()
    def log_call(self) -> CallDialog | None:
        if self._vault is None:
            return None
        dialog = CallDialog(self._vault, self._threads.selected_thread(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.logged.connect(lambda _message_id: self.refresh())
        dialog.open()
        return dialog

    def _sender_of_current(self) -> tuple[int, str] | None:
        message = self._reader.current_message()
        if message is None:
            return None
        return message.id, message.from_address or message.from_name

    @Slot()
    def link_sender(self) -> LinkSenderDialog | None:
        current = self._sender_of_current()
        if self._vault is None or current is None:
            return None
        dialog = LinkSenderDialog(self._vault, *current, parent=self)
        return self._open_sender_dialog(dialog)

    @Slot()
    def create_prospect(self) -> ProspectDialog | None:
        current = self._sender_of_current()
        if self._vault is None or current is None:
            return None
        dialog = ProspectDialog(self._vault, *current, parent=self)
        return self._open_sender_dialog(dialog)

    def _open_sender_dialog(self, dialog: DialogT) -> DialogT:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.matched.connect(lambda _client_id: self.refresh())
        dialog.open()
        return dialog
