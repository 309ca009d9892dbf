"""One place where a fault nobody caught ends: the log gets the traceback, the counsellor one sentence.

An exception in a slot or a paint must never take the process down nor show a
traceback. :func:`install_reporter` routes ``sys.excepthook`` (where PySide6
sends an exception escaping a slot or a virtual method) through
:func:`desktop.diagnostics.log_uncaught` and then to :class:`FailureReporter`,
which shows one sentence in a message box — one box at a time, however many
faults follow (a paint that fails fails on every repaint). The signal that
carries a report is queued, so a fault on a worker thread, or inside a paint,
shows its box from the event loop and never re-enters the code that failed.
"""

from __future__ import annotations

import logging
import traceback

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop import diagnostics
from desktop.views.common.forms import named

log = logging.getLogger(__name__)


class FailureReporter(QObject):
    """Shows :meth:`sentence` once for a burst of faults; a new box only after the last one closed."""

    _failed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._box: QMessageBox | None = None
        self._failed.connect(self._show, Qt.ConnectionType.QueuedConnection)

    @staticmethod
    def sentence() -> str:
        return QCoreApplication.translate(
            "FailureReporter",
            "Something went wrong on this screen; it was recorded in the diagnostics log, which "
            "Help ▸ About Sorakumo Desk ▸ Copy diagnostics copies for support.",
        )

    def report(self, _error: BaseException | None = None) -> None:
        """Thread-safe: the box is shown from the event loop of the reporter's thread."""
        self._failed.emit()

    def box(self) -> QMessageBox | None:
        """The box on screen, if any."""
        return self._box

    @Slot()
    def _show(self) -> None:
        if self._box is not None:
            return
        title = QCoreApplication.translate("FailureReporter", "Sorakumo Desk")
        box = named(QMessageBox(QMessageBox.Icon.Warning, title, self.sentence()), "failureMessage")
        box.setParent(QApplication.activeWindow(), box.windowFlags())
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(self._closed)
        self._box = box
        box.open()

    @Slot()
    def _closed(self) -> None:
        self._box = None


_reporter: FailureReporter | None = None
#: Where each fault already logged with its traceback was raised: repeats are logged in one line.
_logged: set[tuple[str, str, int]] = set()
_faults = 0


def failures_reported() -> int:
    """How many faults reached this module since the process started (``--self-check`` reads it)."""
    return _faults


def _tell(error: BaseException) -> None:
    global _faults
    _faults += 1
    if _reporter is not None:
        _reporter.report(error)


def install_reporter(app: QCoreApplication) -> FailureReporter:
    """Route uncaught exceptions to the log and to one sentence on screen (one reporter per application)."""
    global _reporter
    if _reporter is None:
        _reporter = FailureReporter(app)
    diagnostics.install_excepthook(_tell)
    return _reporter


def report_failure(error: Exception, where: str) -> None:
    """A fault caught at a boundary (a paint): logged once with its traceback, then the sentence."""
    frames = traceback.extract_tb(error.__traceback__)
    last = frames[-1] if frames else None
    signature = (type(error).__qualname__, last.filename if last else "", (last.lineno or 0) if last else 0)
    if signature in _logged:
        log.debug("%s failed again: %s", where, signature[0])
    else:
        _logged.add(signature)
        log.error("%s failed: %s", where, signature[0], exc_info=error)
    _tell(error)
