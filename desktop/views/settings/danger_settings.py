"""Settings group: the phrases that pin a message to the top of the inbox (P-AFTERFOLLOW aid).

One phrase per line, Japanese and English; width, kana and case do not
matter. Saving re-checks every stored message, so the inbox marks exactly
what the new list matches. The group says plainly that this is an aid: a
message without any phrase may still be serious.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.policy.danger import DEFAULT_PHRASES_EN, DEFAULT_PHRASES_JA
from desktop.views.common.error_text import describe
from desktop.views.common.forms import Retranslatable, named
from desktop.views.common.worker import run_on_vault
from desktop.views.settings import settings_jobs

if TYPE_CHECKING:
    from desktop.vault.store import OpenVault


class DangerSettings(Retranslatable, QGroupBox):
    """:attr:`saved` carries the stored list, so the Settings page keeps its copy current."""

    saved = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dangerGroup")
        self._vault: OpenVault | None = None
        self.note_label = named(QLabel(wordWrap=True), "dangerNoteLabel")
        self.phrases_edit = named(QPlainTextEdit(), "dangerPhrasesEdit")
        self.phrases_edit.setMinimumHeight(180)
        self.defaults_button = named(QPushButton(), "dangerDefaultsButton")
        self.defaults_button.clicked.connect(self._restore_defaults)
        self.save_button = named(QPushButton(), "dangerSaveButton")
        self.save_button.clicked.connect(self._save)
        self.status_label = named(QLabel(wordWrap=True), "dangerStatusLabel")
        row = QHBoxLayout()
        row.addWidget(self.status_label, 1)
        row.addWidget(self.defaults_button)
        row.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note_label)
        layout.addWidget(self.phrases_edit)
        layout.addLayout(row)
        self.retranslateUi()
        self.setEnabled(False)

    def retranslateUi(self) -> None:
        self.setTitle(self.tr("Danger phrases (an aid)"))
        self.note_label.setText(
            self.tr(
                "Messages that contain one of these phrases are pinned to the top of every inbox list "
                "and marked. One phrase per line; full- and half-width, hiragana and katakana, and "
                "capitals are treated alike. This is only an aid: read every message."
            )
        )
        self.defaults_button.setText(self.tr("Restore the default list"))
        self.save_button.setText(self.tr("Save phrases"))

    def _run(self, work: Callable[[OpenVault], Any], on_success: Callable[[Any], None]) -> None:
        run_on_vault(self, lambda: self._vault, work, on_success=on_success, on_failure=self._failed)

    def set_vault(self, vault: OpenVault) -> None:
        self._vault = vault
        self.status_label.clear()
        self._run(settings_jobs.danger_phrases, self._show)

    def clear(self) -> None:
        self._vault = None
        self.phrases_edit.clear()
        self.status_label.clear()
        self.setEnabled(False)

    def _show(self, phrases: tuple[str, ...]) -> None:
        self.phrases_edit.setPlainText("\n".join(phrases))
        self.save_button.setEnabled(True)
        self.setEnabled(True)

    def phrases(self) -> tuple[str, ...]:
        return tuple(self.phrases_edit.toPlainText().splitlines())

    @Slot()
    def _restore_defaults(self) -> None:
        self.phrases_edit.setPlainText("\n".join(DEFAULT_PHRASES_JA + DEFAULT_PHRASES_EN))
        self.status_label.setText(self.tr("Default list restored; save to use it."))

    @Slot()
    def _save(self) -> None:
        phrases = self.phrases()
        self.save_button.setEnabled(False)
        self._run(lambda v: settings_jobs.save_danger_phrases(v, phrases), self._saved)

    def _saved(self, phrases: tuple[str, ...]) -> None:
        self._show(phrases)
        self.status_label.setText(
            self.tr("Saved %n phrase(s); every message was checked again.", "", len(phrases))
        )
        self.saved.emit(phrases)

    @Slot(object)
    def _failed(self, error: Exception) -> None:
        self.save_button.setEnabled(True)
        self.status_label.setText(describe(error))
