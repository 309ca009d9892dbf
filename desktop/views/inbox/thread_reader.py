"""The right side of the Inbox: one thread's messages, the chosen one read in full, and what to do with it.

A short list of the thread's messages (a mark on those where a phrase from the
danger list appears) sits above the reader. Nothing from a mail is rendered as
HTML: the reader shows escaped text in simple markup. Under it, a row offers to
link a sender not matched to a client, or make them a prospect (the page opens
those dialogs), and the follow-up action panel
(:class:`~desktop.views.inbox.message_actions.MessageActions`) acts on the
message chosen.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import fill
from desktop.views.common.colours import Tone, colour
from desktop.views.common.forms import Retranslatable, named
from desktop.views.common.local_time import datetime_text
from desktop.views.inbox.inbox_model import danger_label
from desktop.views.inbox.message_actions import MessageActions

if TYPE_CHECKING:
    from desktop.services.inbox import MessageView


class ThreadReader(Retranslatable, QWidget):
    """Shows the messages given to :meth:`show_thread`; :attr:`actions_panel` acts on the chosen one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._messages: list[MessageView] = []
        self.message_list = named(QListWidget(), "threadMessageList")
        self.message_list.setMaximumHeight(96)
        self.message_list.currentRowChanged.connect(self._message_chosen)
        self.reader = named(QTextBrowser(), "messageReader")
        self.reader.setOpenLinks(False)
        self.reader.setAcceptDrops(False)  # a drop anywhere on the page imports
        self.match_label = named(QLabel(wordWrap=True), "notMatchedLabel")
        self.link_button = named(QPushButton(), "linkSenderButton")
        self.prospect_button = named(QPushButton(), "createProspectButton")
        self._match_row = named(QWidget(), "notMatchedRow")
        match = QHBoxLayout(self._match_row)
        match.setContentsMargins(0, 0, 0, 0)
        match.addWidget(self.match_label, 1)
        match.addWidget(self.link_button)
        match.addWidget(self.prospect_button)
        self._match_row.hide()
        self.actions_panel = MessageActions()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.message_list)
        layout.addWidget(self.reader, 1)
        layout.addWidget(self._match_row)
        layout.addWidget(self.actions_panel)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.link_button.setText(self.tr("Link to client…"))
        self.prospect_button.setText(self.tr("Create prospect…"))
        self.match_label.setText(self.tr("This sender is not matched to a client yet."))
        self._show_message(self.message_list.currentRow())

    def show_thread(self, messages: list[MessageView], chosen: int | None = None) -> None:
        """List ``messages``, choosing the one chosen before if listed, else ``chosen``, else the last."""
        current = self.message_list.currentRow()
        previous = self._messages[current].id if 0 <= current < len(self._messages) else None
        self._messages = messages
        self.message_list.blockSignals(True)
        self.message_list.clear()
        for message in messages:
            item = QListWidgetItem(self._summary_line(message))
            if message.danger:
                item.setForeground(colour(Tone.DANGER_TEXT))
            self.message_list.addItem(item)
        self.message_list.blockSignals(False)
        ids = [m.id for m in messages]
        wanted = previous if previous in ids else chosen
        row = ids.index(wanted) if wanted in ids else len(ids) - 1
        self.message_list.setCurrentRow(row)
        self._message_chosen(row)

    def current_message(self) -> MessageView | None:
        row = self.message_list.currentRow()
        return self._messages[row] if 0 <= row < len(self._messages) else None

    def _summary_line(self, message: MessageView) -> str:
        who = message.client_name or message.from_name or message.from_address or self.tr("(unknown)")
        if message.kind == "call":
            kind = fill(self.tr("Call, %1 min"), (str(message.duration_minutes or 0),))
        elif message.direction == "out":
            kind = self.tr("Sent")
        else:
            kind = self.tr("Email")
        mark = f"{danger_label()}  " if message.danger else ""
        return f"{mark}{datetime_text(message.sent_at)} · {kind} · {who}"

    @Slot(int)
    def _message_chosen(self, row: int) -> None:
        self._show_message(row)
        message = self._messages[row] if 0 <= row < len(self._messages) else None
        self.actions_panel.show_message(message.id if message else None)

    def _show_message(self, row: int) -> None:
        message = self._messages[row] if 0 <= row < len(self._messages) else None
        if message is None:
            self.reader.clear()
            self._match_row.hide()
            return
        self.reader.setHtml(self._message_html(message))
        self._match_row.setVisible(message.client_id is None and message.direction == "in")

    def _message_html(self, message: MessageView) -> str:
        """The message as escaped text in simple markup; nothing from the mail is ever rendered as HTML."""
        esc = html.escape
        if message.from_name and message.from_address:
            sender = f"{esc(message.from_name)} &lt;{esc(message.from_address)}&gt;"
        else:
            sender = esc(message.from_name or message.from_address)
        lines = []
        if message.danger:
            warning = self.tr("a phrase from your danger list appears here; read the whole message.")
            lines.append(
                f'<p style="color:{colour(Tone.DANGER_TEXT).name()};font-weight:bold;">'
                f"{esc(danger_label())} — {esc(warning)}</p>"
            )
        if message.held_reason is not None and message.held_at is not None:
            held = fill(self.tr("Reply held since %1."), (datetime_text(message.held_at),))
            lines.append(f"<p>{esc(held)}</p>")
        subject = message.subject or (
            self.tr("Phone call") if message.kind == "call" else self.tr("(no subject)")
        )
        lines.append(f"<h3>{esc(subject)}</h3>")
        facts = [
            (self.tr("From:"), sender),
            (self.tr("Date:"), esc(datetime_text(message.sent_at))),
        ]
        if message.client_name:
            facts.append((self.tr("Client:"), esc(message.client_name)))
        if message.kind == "call":
            minutes = self.tr("%n minute(s)", "", message.duration_minutes or 0)
            facts.append((self.tr("Call:"), esc(minutes)))
        elif message.to_addresses:
            facts.append((self.tr("To:"), esc(message.to_addresses)))
        lines.append("".join(f"<div><b>{esc(label)}</b> {value}</div>" for label, value in facts))
        if message.body_source == "html":
            converted = self.tr("This mail had no plain-text part; shown as text.")
            lines.append(f"<p><i>{esc(converted)}</i></p>")
        lines.append(f'<pre style="white-space: pre-wrap; font-family: inherit;">{esc(message.body)}</pre>')
        if message.attachments:
            unnamed = self.tr("(no name)")
            names = ", ".join(
                f"{esc(a.filename or unnamed)} ({esc(_size_text(a.size))})" for a in message.attachments
            )
            kept = self.tr("Attachments (kept in the vault):")
            lines.append(f"<p><b>{esc(kept)}</b> {names}</p>")
        return "".join(lines)


def _size_text(size: int) -> str:
    """Bytes as the locale writes them, in KB or MB."""
    return QLocale().formattedDataSize(size)
