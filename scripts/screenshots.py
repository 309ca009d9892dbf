"""Regenerate the screenshots in ``docs/screenshots`` (``make screenshots``).

Drives the real widgets through set-up, Settings, lock and unlock on a
throw-away vault, in Japanese and in English, at a laptop-sized window, and
saves each screen with ``QWidget.grab()``. Needs the Noto CJK fonts for the
Japanese screens (``make system-deps`` installs them on Debian and Ubuntu) and
the demo extra (Faker) for the sample clients.
"""

from __future__ import annotations

import sys
import tempfile
from datetime import date
from pathlib import Path

from dialog_screenshots import dialog_screens
from disclosure_screenshots import disclosure_screens
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QScrollArea, QTableView, QTabWidget, QWidget
from screenshots_dark import dark_shots
from screenshots_followup import followup_shots
from screenshots_inbox import inbox_shots

from desktop.app import configure_application
from desktop.demo import practice
from desktop.vault import recovery
from desktop.vault.keyslots import KdfParams
from desktop.views.about_dialog import AboutDialog
from desktop.views.calendar.booking_dialog import BookingDialog
from desktop.views.clients.import_dialog import ClientImportDialog
from desktop.views.common.preferences import Language
from desktop.views.common.translation import apply_language
from desktop.views.controller import DesktopController
from desktop.views.sections import Section
from desktop.views.vault.restore_dialog import RestoreDialog

#: A client list as the counsellor's spreadsheet holds it; the third row's mobile number is a free-dial one.
CLIENT_LIST = (
    "氏名,フリガナ,電話番号,携帯電話,メールアドレス,生年月日,性別\r\n"
    "青木 美穂,アオキ ミホ,055-975-1234,090-1111-2222,miho@example.jp,1984/5/12,女\r\n"
    "石川 健太,イシカワ ケンタ,,080-2345-6789,kenta@example.jp,昭和62年3月3日,男性\r\n"
    "上田 彩,ウエダ アヤ,,0800-123-4567,aya@example.jp,,\r\n"
    "遠藤 直樹,エンドウ ナオキ,03-1234-5678,,naoki@example.jp,1979/11/30,男\r\n"
    "青木 美穂,アオキ ミホ,,090-1111-2222,,,女\r\n"
)
OUT = Path(__file__).resolve().parents[1] / "docs" / "screenshots"
DEMO_KDF = KdfParams(memory_kib=64 * 1024, iterations=1, lanes=1, salt=bytes(16))
PASSPHRASE = "そらくもの空 春の海 2026!"


def capture(language: Language, scratch: Path) -> None:
    apply_language(language)
    controller = DesktopController(scratch / f"vault-{language.value}", kdf=DEMO_KDF)
    controller.window.resize(1366, 768)
    controller.start()
    window = controller.window
    usb = scratch / f"usb-{language.value}"
    usb.mkdir()

    def save(name: str, widget: QWidget) -> None:
        widget.grab().save(str(OUT / f"{language.value}-{name}.png"))

    def wizard_steps() -> None:
        wizard = controller.setup_wizard
        assert wizard is not None
        wizard.next()
        wizard.passphrase_page.findChild(QWidget, "passphraseEdit").setText(PASSPHRASE)  # type: ignore[union-attr]
        wizard.passphrase_page.findChild(QWidget, "passphraseRepeatEdit").setText(PASSPHRASE)  # type: ignore[union-attr]
        save("setup-passphrase", wizard)
        wizard.next()
        save("setup-recovery-code", wizard)
        wizard.recovery_page.written_check.setChecked(True)
        wizard.next()
        groups = recovery.groups(wizard.recovery_page.code_label.text())
        first, second = wizard.confirm_page.asked_groups
        wizard.confirm_page.first_edit.setText(groups[first])
        wizard.confirm_page.second_edit.setText(groups[second])
        controller.unlocked.connect(after_setup)
        wizard.accept()

    def after_setup() -> None:
        controller.unlocked.disconnect(after_setup)  # the restore at the end unlocks again
        QTimer.singleShot(400, clients_step)

    def clients_step() -> None:
        assert controller.vault is not None
        practice.generate(controller.vault, clients=60, years=3, seed=7)
        window.show_section(Section.CLIENTS)
        window.clients_page.reload()
        QTimer.singleShot(600, open_first_client)

    def open_first_client() -> None:
        table = window.clients_page.findChild(QTableView, "clientList")
        assert table is not None
        table.selectRow(2)
        QTimer.singleShot(900, lambda: (save("clients", window), client_bookings_step()))

    def client_bookings_step() -> None:
        tabs = window.clients_page.findChild(QTabWidget, "clientRecordTabs")
        assert tabs is not None
        tabs.setCurrentIndex(1)
        QTimer.singleShot(700, lambda: (save("client-bookings", window), import_step()))

    def import_step() -> None:
        """The CSV import's preview, of a list as Excel saves it in Japanese (one row with a problem)."""
        path = scratch / f"clients-{language.value}.csv"
        path.write_bytes(CLIENT_LIST.encode("cp932"))
        window.clients_page.import_clients()
        dialog = window.clients_page.findChild(ClientImportDialog)
        assert dialog is not None
        dialog.file_edit.setText(str(path))
        dialog.file_edit.returnPressed.emit()
        QTimer.singleShot(1200, lambda: (save("client-import", dialog), dialog.reject(), audit_step()))

    def audit_step() -> None:
        window.show_section(Section.AUDIT)
        QTimer.singleShot(600, lambda: (save("audit-trail", window), disclosures_step()))

    def disclosures_step() -> None:
        window.show_section(Section.DISCLOSURES)
        QTimer.singleShot(
            700, lambda: (save("disclosures", window), disclosure_screens(controller, save, settings_step))
        )

    def settings_step() -> None:
        window.show_section(Section.SETTINGS)
        QTimer.singleShot(300, lambda: (save("settings", window), backups_step()))

    def backups_step() -> None:
        group = window.settings_page.backup_settings
        group.folder_edit.setText(str(usb))
        group.save_button.click()
        QTimer.singleShot(500, lambda: group.back_up(automatic=False))
        QTimer.singleShot(3000, backups_shown)

    def backups_shown() -> None:
        group = window.settings_page.backup_settings
        scroll = window.settings_page.findChild(QScrollArea)
        assert scroll is not None
        scroll.ensureWidgetVisible(group)
        save("settings-backups", window)
        calendar_step()

    def calendar_step() -> None:
        window.show_section(Section.CALENDAR)
        # The demo practice's latest bookings lie in the week before its reference date.
        window.calendar_page.go_to(date(2026, 10, 28))
        QTimer.singleShot(700, lambda: (save("calendar-week", window), booking_step()))

    def booking_step() -> None:
        view = window.calendar_page.week_view
        window.calendar_page.booking_open_requested.emit(view.booking_ids()[-1])
        QTimer.singleShot(900, booking_shown)

    def booking_shown() -> None:
        dialog = window.findChild(BookingDialog)
        assert dialog is not None
        save("booking-dialog", dialog)
        dialog.close()
        month_step()

    def month_step() -> None:
        combo = window.calendar_page.findChild(QComboBox, "calendarViewCombo")
        assert combo is not None
        combo.setCurrentIndex(2)
        QTimer.singleShot(
            700,
            lambda: (
                save("calendar-month", window),
                followup_shots(
                    window, controller.vault, save, lambda: inbox_shots(window, save, dialogs_step)
                ),
            ),
        )

    def dialogs_step() -> None:
        assert controller.vault is not None
        dialog_screens(controller.vault, window, save, lock_step)

    def lock_step() -> None:
        window.main_actions.about.trigger()
        about = window.findChild(AboutDialog, "aboutDialog")
        assert about is not None
        save("about", about)
        about.close()
        controller.lock()
        QTimer.singleShot(300, finish)

    def finish() -> None:
        save("locked", window)
        dialog = controller.unlock_dialog
        assert dialog is not None
        save("unlock", dialog)
        dialog.passphrase_edit.setText("not the passphrase")
        dialog.unlock_button.click()
        QTimer.singleShot(1500, wrong_passphrase_shown)

    def wrong_passphrase_shown() -> None:
        dialog = controller.unlock_dialog
        assert dialog is not None
        save("unlock-wrong-passphrase", dialog)
        dialog.use_recovery_button.click()
        QTimer.singleShot(200, recovery_shown)

    def recovery_shown() -> None:
        dialog = controller.unlock_dialog
        assert dialog is not None
        save("unlock-recovery-code", dialog)
        dialog.back_button.click()
        dialog.restore_button.click()
        QTimer.singleShot(300, restore_form)

    def restore_form() -> None:
        restore = window.findChild(RestoreDialog) or controller.unlock_dialog.findChild(RestoreDialog)  # type: ignore[union-attr]
        assert restore is not None
        restore.file_edit.setText(str(next(usb.iterdir())))
        restore.passphrase_edit.setText(PASSPHRASE)
        restore.replace_check.setChecked(True)
        save("restore", restore)
        restore.restore_button.click()
        QTimer.singleShot(4000, lambda: restore_done(restore))

    def restore_done(restore: RestoreDialog) -> None:
        if restore.pages.currentIndex() == 0:  # the backup is older than the vault: press again
            save("restore-older", restore)
            restore.restore_button.click()
            QTimer.singleShot(4000, lambda: restore_done(restore))
            return
        restore.written_check.setChecked(True)
        groups = recovery.groups(restore.code_label.text())
        first, second = restore.code_check.asked_groups
        restore.code_check.first_edit.setText(groups[first])
        restore.code_check.second_edit.setText(groups[second])
        save("restore-done", restore)
        restore.accept()
        QTimer.singleShot(300, quit_all)

    def quit_all() -> None:
        window.close()
        QApplication.quit()

    QTimer.singleShot(300, wizard_steps)
    QApplication.exec()


def main() -> int:
    sys.path.insert(0, str(OUT.parents[1]))  # the dialog catalogue lives with the tests
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, scratch)
        app = QApplication(sys.argv)
        configure_application(app)
        for language in (Language.JAPANESE, Language.ENGLISH):
            capture(language, Path(scratch))
        dark_shots(Path(scratch), DEMO_KDF, PASSPHRASE, QApplication.quit)
        QApplication.exec()
    return 0


if __name__ == "__main__":
    sys.exit(main())
