"""The one place in the window that turns an error into a sentence and shows it.

The sentences themselves are in :mod:`desktop.error_sentences`, shared with
the command line; here they are translated with Qt's translators, in the
language the window speaks.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop import error_sentences
from desktop.views.common.local_time import window_language


def describe(error: BaseException) -> str:
    """A translated sentence for ``error``."""
    return error_sentences.describe(error, QCoreApplication.translate, window_language())


def show_error(parent: QWidget | None, error: BaseException) -> None:
    """Show ``error`` in a message box owned by ``parent``."""
    QMessageBox.warning(parent, QCoreApplication.translate("ErrorText", "Sorakumo Desk"), describe(error))
