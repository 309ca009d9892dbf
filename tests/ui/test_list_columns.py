"""Lists at the window's default size: the columns that say most get the room.

The inbox's subject is not squeezed to three characters while the state is
wide, and the client list's status is never cut (its width comes from the
labels of the language shown).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from desktop.policy.personal_data import STATUS_LABELS
from desktop.views.clients.client_list_model import ClientListModel
from desktop.views.clients.client_list_pane import ClientListPane
from desktop.views.common.preferences import Language
from desktop.views.common.translation import apply_language
from desktop.views.inbox.inbox_model import InboxModel
from desktop.views.inbox.thread_list import ThreadList
from tests.ui.drive import child

LANGUAGES = pytest.mark.parametrize("language", [Language.JAPANESE, Language.ENGLISH], ids=["ja", "en"])


@LANGUAGES
def test_the_inbox_subject_is_the_widest_column_at_the_default_size(qtbot: QtBot, language: Language) -> None:
    apply_language(language)
    threads = ThreadList()
    qtbot.addWidget(threads)
    threads.resize(540, 400)  # the list's share of the default 1120-pixel window
    threads.show()
    qtbot.waitExposed(threads)
    table = child(threads, QTableView, "threadTable")
    widths = {column: table.columnWidth(column) for column in range(InboxModel.STATE + 1)}
    assert widths[InboxModel.SUBJECT] == max(widths.values())


@LANGUAGES
def test_the_client_status_column_holds_its_longest_label(qtbot: QtBot, language: Language) -> None:
    apply_language(language)
    pane = ClientListPane()
    qtbot.addWidget(pane)
    pane.resize(465, 500)
    pane.show()
    qtbot.waitExposed(pane)
    table = child(pane, QTableView, "clientList")
    metrics = table.fontMetrics()
    longest = max(
        metrics.horizontalAdvance(QCoreApplication.translate("policy", label))
        for label in STATUS_LABELS.values()
    )
    assert table.columnWidth(ClientListModel.STATUS) > longest
    assert table.columnWidth(ClientListModel.EMAIL) >= table.columnWidth(ClientListModel.NAME)
    assert table.isColumnHidden(ClientListModel.READING)
