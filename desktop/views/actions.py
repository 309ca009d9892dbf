"""The main window's actions and menus, kept apart from the window that shows them."""

from __future__ import annotations

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from desktop.i18n import fill
from desktop.views.common.colours import scheme_icon
from desktop.views.common.forms import named


class MainActions(QObject):
    """Lock, quit and about; each with a standard shortcut."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.lock = named(QAction(scheme_icon("lock.svg"), "", window), "lockAction")
        # Drawn in the palette's ink, so it is redrawn when the platform switches light and dark.
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._redraw_icons)
        self.lock.setShortcut(QKeySequence("Ctrl+L"))
        self.quit = named(QAction("", window), "quitAction")
        self.quit.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        self.about = named(QAction("", window), "aboutAction")
        self._file_menu = QMenu(window)
        self._file_menu.addAction(self.lock)
        self._file_menu.addSeparator()
        self._file_menu.addAction(self.quit)
        self._help_menu = QMenu(window)
        self._help_menu.addAction(self.about)
        window.menuBar().addMenu(self._file_menu)
        window.menuBar().addMenu(self._help_menu)
        for action in (self.lock, self.quit):
            window.addAction(action)
        self.retranslateUi()

    @Slot()
    def _redraw_icons(self) -> None:
        self.lock.setIcon(scheme_icon("lock.svg"))

    def retranslateUi(self) -> None:
        self._file_menu.setTitle(self.tr("&File"))
        self._help_menu.setTitle(self.tr("&Help"))
        self.lock.setText(self.tr("&Lock"))
        self.lock.setToolTip(
            fill(
                self.tr("Lock the vault now (%1)"),
                (self.lock.shortcut().toString(QKeySequence.SequenceFormat.NativeText),),
            )
        )
        self.quit.setText(self.tr("&Quit"))
        self.about.setText(self.tr("&About Sorakumo Desk"))
