"""Mark a client's words as a testimonial (P-PURPOSE); refused without their testimonial consent."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import fill
from desktop.views.common.error_text import describe
from desktop.views.common.forms import Retranslatable, cancel_or, heading, named, primary_button
from desktop.views.common.worker import run_in_background
from desktop.views.disclosures import disclosure_jobs

if TYPE_CHECKING:
    from desktop.services.testimonials import TestimonialEntry
    from desktop.vault.store import OpenVault


class TestimonialDialog(Retranslatable, QDialog):
    """Emits :attr:`marked` with the testimonial's id; a refusal is shown and the text stays."""

    __test__ = False  # not a pytest class, whatever its name
    marked = Signal(int)

    def __init__(
        self, vault: OpenVault, client_id: int, client_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("testimonialDialog")
        self.setMinimumWidth(480)
        self._vault = vault
        self._client_id = client_id
        self._client_name = client_name
        self._heading = heading("testimonialHeading", 1.2)
        self._explanation = named(QLabel(wordWrap=True), "testimonialExplanation")
        self.text_edit = named(QPlainTextEdit(), "testimonialTextEdit")
        self.status_label = named(QLabel(wordWrap=True), "testimonialStatusLabel")
        self.mark_button = named(QPushButton(), "markTestimonialButton")
        self.mark_button.clicked.connect(self._mark)
        buttons = cancel_or(self, self.mark_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self._heading)
        layout.addWidget(self._explanation)
        layout.addWidget(self.text_edit, 1)
        layout.addWidget(self.status_label)
        layout.addWidget(buttons)
        self.retranslateUi()
        primary_button(self, self.mark_button)

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Mark a testimonial"))
        self._heading.setText(fill(self.tr("Testimonial from %1"), (self._client_name,)))
        self._explanation.setText(
            self.tr(
                "The client's own words, as they agreed to their use. Their testimonial consent is required."
            )
        )
        self.mark_button.setText(self.tr("Mark as testimonial"))

    @Slot()
    def _mark(self) -> None:
        vault, client_id, text = self._vault, self._client_id, self.text_edit.toPlainText()
        self.mark_button.setEnabled(False)
        run_in_background(
            lambda: disclosure_jobs.mark_testimonial(vault, client_id, text),
            owner=self,
            on_success=self._marked,
            on_failure=self._failed,
        )

    @Slot(object)
    def _marked(self, entry: TestimonialEntry) -> None:
        self.marked.emit(entry.id)
        self.accept()

    @Slot(object)
    def _failed(self, error: Exception) -> None:
        self.mark_button.setEnabled(True)
        self.status_label.setText(describe(error))
