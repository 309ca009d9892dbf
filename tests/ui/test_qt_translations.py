"""Qt's own texts follow the interface language: standard buttons, message boxes and file dialogs.

In Japanese mode the window loads Qt's ``qtbase_ja`` beside its own
translation, so "Cancel" and "Look in:" do not stay English in a Japanese
window; the folders searched include the PySide6 wheel's and the system's.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QLabel, QMessageBox

from desktop.views.common.preferences import Language
from desktop.views.common.translation import apply_language, qt_translation_folders

Buttons = QDialogButtonBox.StandardButton


def test_standard_buttons_and_message_boxes_are_japanese_in_japanese_mode(qapp: QApplication) -> None:
    apply_language(Language.JAPANESE)
    box = QDialogButtonBox(Buttons.Save | Buttons.Cancel | Buttons.Close)
    assert box.button(Buttons.Cancel).text() == "キャンセル"
    assert box.button(Buttons.Save).text() == "保存"
    assert box.button(Buttons.Close).text() == "閉じる"
    question = QMessageBox(QMessageBox.Icon.Question, "", "", QMessageBox.StandardButton.Yes)
    assert question.button(QMessageBox.StandardButton.Yes).text().startswith("はい")

    apply_language(Language.ENGLISH)
    assert QDialogButtonBox(Buttons.Cancel).button(Buttons.Cancel).text() == "Cancel"


def test_qt_file_dialog_labels_are_japanese_in_japanese_mode(qapp: QApplication) -> None:
    apply_language(Language.JAPANESE)
    dialog = QFileDialog()
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)  # Qt's own dialog, as on a desktop without one
    look_in = dialog.findChild(QLabel, "lookInLabel")
    file_type = dialog.findChild(QLabel, "fileTypeLabel")
    assert look_in is not None and file_type is not None
    # Qt 6.11 renamed these ("&Look in:"); qtbase_ja does not know the new names, desktop_ja does.
    assert look_in.text() == "ファイルの場所(&L):"
    assert file_type.text() == "ファイルの種類(&T):"
    dialog.deleteLater()


def test_qt_translations_are_looked_for_beyond_qts_configured_folder() -> None:
    folders = qt_translation_folders()
    assert any(folder.endswith("PySide6/Qt/translations") for folder in folders)
    assert "/usr/share/qt6/translations" in folders
    assert len(folders) == len(set(folders))
