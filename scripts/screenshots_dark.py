"""The calendar and the inbox in a dark theme, for ``make screenshots`` (``ja-…-dark.png``).

Fusion with a dark palette stands in for a dark desktop: every colour the app
draws comes from the palette or from the tones chosen for the scheme
(``desktop/views/common/colours.py``), so Saturday's header, holidays, the
booking blocks and the toolbar's lock icon must all read on it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QComboBox, QWidget

from desktop.demo import practice
from desktop.services import vault_access
from desktop.vault import recovery
from desktop.vault.keyslots import KdfParams
from desktop.views.common.preferences import Language
from desktop.views.common.translation import apply_language
from desktop.views.controller import DesktopController
from desktop.views.sections import Section

Role = QPalette.ColorRole


def dark_palette() -> QPalette:
    """A dark palette of the kind desktop themes use (Fusion's own colours, darkened)."""
    palette = QPalette()
    for role, name in (
        (Role.Window, "#2d2f33"),
        (Role.WindowText, "#e8e8e8"),
        (Role.Base, "#1f2124"),
        (Role.AlternateBase, "#2a2c30"),
        (Role.Text, "#e8e8e8"),
        (Role.Button, "#35383d"),
        (Role.ButtonText, "#e8e8e8"),
        (Role.Highlight, "#3d7bd9"),
        (Role.HighlightedText, "#ffffff"),
        (Role.PlaceholderText, "#9a9da3"),
        (Role.Mid, "#4a4d52"),
        (Role.Dark, "#151618"),
        (Role.Light, "#45484e"),
        (Role.ToolTipBase, "#35383d"),
        (Role.ToolTipText, "#e8e8e8"),
        (Role.Link, "#8ab4f8"),
    ):
        palette.setColor(role, QColor(name))
    return palette


def dark_shots(scratch: Path, kdf: KdfParams, passphrase: str, done: Callable[[], None]) -> None:
    """Save the week, the month and the inbox in Japanese under a dark palette, then call ``done``."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.setStyle("Fusion")
    app.setPalette(dark_palette())
    apply_language(Language.JAPANESE)
    folder = scratch / "vault-dark"
    vault = vault_access.create_practice_vault(
        folder,
        passphrase=passphrase,
        recovery_code=recovery.new_recovery_code(),
        practice_name="メンタル心理そらくも",
        counsellor_name="寺井",
        kdf=kdf,
    )
    practice.generate(vault, clients=60, years=3, seed=7)
    vault.close()
    controller = DesktopController(folder, kdf=kdf)
    window = controller.window
    window.resize(1280, 800)
    out = Path(__file__).resolve().parents[1] / "docs" / "screenshots"

    def save(name: str, widget: QWidget) -> None:
        widget.grab().save(str(out / f"ja-{name}-dark.png"))

    def unlocked() -> None:
        controller.unlocked.disconnect(unlocked)
        window.show_section(Section.CALENDAR)
        window.calendar_page.go_to(date(2026, 10, 28))
        _later(900, week)

    def week() -> None:
        save("calendar-week", window)
        combo = window.calendar_page.findChild(QComboBox, "calendarViewCombo")
        assert combo is not None
        combo.setCurrentIndex(2)
        _later(700, month)

    def month() -> None:
        save("calendar-month", window)
        window.show_section(Section.INBOX)
        _later(900, inbox)

    def inbox() -> None:
        save("inbox", window)
        window.close()
        done()

    controller.unlocked.connect(unlocked)
    controller.start()
    dialog = controller.unlock_dialog
    assert dialog is not None
    dialog.passphrase_edit.setText(passphrase)
    dialog.unlock_button.click()


def _later(ms: int, step: Callable[[], None]) -> None:
    QTimer.singleShot(ms, step)
