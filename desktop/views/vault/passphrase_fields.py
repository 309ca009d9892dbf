"""A new passphrase, typed twice, with a strength meter and a sentence of feedback.

Used by first-run set-up, the recovery path and "change passphrase". The
minimum comes from the P-SAFEGUARD rule in ``desktop.policy.safeguard``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal, Slot
from PySide6.QtWidgets import QLabel, QLineEdit, QProgressBar, QWidget

from desktop.i18n import QT_TRANSLATE_NOOP, fill
from desktop.policy.safeguard import Strength, assess_passphrase
from desktop.views.common.forms import LabelledForm, Retranslatable, named

_STRENGTH_TEXT = {
    Strength.VERY_WEAK: QT_TRANSLATE_NOOP("PassphraseFields", "Very weak"),
    Strength.WEAK: QT_TRANSLATE_NOOP("PassphraseFields", "Weak"),
    Strength.FAIR: QT_TRANSLATE_NOOP("PassphraseFields", "Fair"),
    Strength.GOOD: QT_TRANSLATE_NOOP("PassphraseFields", "Good"),
    Strength.STRONG: QT_TRANSLATE_NOOP("PassphraseFields", "Strong"),
}


#: How many hints (what was found, what would help) go under the refusal; more would be a wall of text.
MAX_HINTS = 3


class PassphraseFields(Retranslatable, QWidget):
    """Two password fields; :meth:`passphrase` is set only when both agree and the rule allows it."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._first = named(QLineEdit(), "passphraseEdit")
        self._second = named(QLineEdit(), "passphraseRepeatEdit")
        for edit in (self._first, self._second):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.textChanged.connect(self._update)
        self._meter = named(QProgressBar(), "strengthBar")
        self._meter.setRange(0, int(Strength.STRONG))
        self._meter.setTextVisible(False)
        # A bar, not a hairline: as tall as half a line of text whatever the form around it.
        self._meter.setFixedHeight(max(8, self.fontMetrics().height() // 2))
        self._strength = named(QLabel(), "strengthLabel")
        self._feedback = named(QLabel(), "passphraseFeedback")
        self._feedback.setWordWrap(True)

        self._form = LabelledForm(self)
        self._form.setContentsMargins(0, 0, 0, 0)
        self._form.add(self._first)
        self._form.add(self._second)
        self._form.add(self._meter)
        self._form.add(self._strength)
        self._form.add(self._feedback)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self._label_for(self._first).setText(self.tr("New passphrase:"))
        self._label_for(self._second).setText(self.tr("Repeat it:"))
        self._label_for(self._meter).setText(self.tr("Strength:"))
        self._first.setPlaceholderText(self.tr("A long phrase only you know"))
        self._update()

    def add_leading_row(self, field: QWidget) -> QLabel:
        """Put ``field`` above the passphrase in the same form, so every label lines up (the
        recovery code on the unlock page); returns its label."""
        label = QLabel()
        label.setBuddy(field)
        self._form.insertRow(0, label, field)
        return label

    def _label_for(self, field: QWidget) -> QLabel:
        label = self._form.label(field)
        return label

    @Slot()
    def _update(self) -> None:
        text = self._first.text()
        assessment = assess_passphrase(text)
        self._meter.setValue(int(assessment.strength) if text else 0)
        self._strength.setText(self.tr(_STRENGTH_TEXT[assessment.strength]) if text else "")
        if not text:
            message = self.tr("Choose a passphrase of at least 10 characters; a short sentence works well.")
        elif not assessment.verdict.allowed:
            verdict = assessment.verdict
            reason = fill(QCoreApplication.translate("policy", verdict.reason), verdict.args)
            # What zxcvbn found (a common password, a keyboard walk...), in our own translated words.
            hints = [QCoreApplication.translate("policy", hint) for hint in assessment.hints[:MAX_HINTS]]
            message = "\n".join([reason, *hints])
        elif self._second.text() and self._second.text() != text:
            message = self.tr("The two passphrases are not the same yet.")
        elif not self._second.text():
            message = self.tr("Now type it once more to be sure.")
        else:
            message = self.tr("The passphrases match.")
        self._feedback.setText(message)
        self.changed.emit()

    def passphrase(self) -> str | None:
        """The new passphrase when it is acceptable and typed the same twice, else ``None``."""
        text = self._first.text()
        if text and text == self._second.text() and assess_passphrase(text).verdict.allowed:
            return text
        return None

    def clear(self) -> None:
        self._first.clear()
        self._second.clear()

    def focus(self) -> None:
        self._first.setFocus()
