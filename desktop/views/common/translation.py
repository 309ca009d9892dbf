"""Loading and switching the interface language while the app runs.

Japanese uses ``desktop_ja.qm`` (built from ``desktop/resources/translations``) and
Qt's own ``qtbase_ja`` (file dialogs, message boxes, standard buttons), looked
for where Qt says its translations are, then in the PySide6 wheel and the
system's Qt (Debian's qt6-translations-l10n): a Qt built without them must not
leave "Look in:" and "Cancel" in English. Texts a newer Qt renamed and its
Japanese file does not know yet (Qt 6.11's "&Look in:") are in ours. English is the source language: its file,
``desktop_en.qm``, holds only the plural forms ("1 client", "2 clients").
Switching removes the old translators and installs the new ones; Qt then sends
``LanguageChange`` to every widget, which re-applies its texts.
"""

from __future__ import annotations

import logging
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.resources import translations_dir
from desktop.views.common.preferences import Language

log = logging.getLogger(__name__)

_installed: list[QTranslator] = []


#: Qt's own file-dialog texts that ``qtbase_ja`` lacks (renamed in Qt 6.11); ``desktop_ja`` carries them,
#: and Qt asks every installed translator in turn, so they are found there.
QT_TEXTS_MISSING_FROM_QTBASE = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)

#: Where a system's Qt keeps its own translations, after Qt's configured folder and the wheel's.
_SYSTEM_QT_TRANSLATIONS = ("/usr/share/qt6/translations", "/usr/lib/qt6/translations")


def qt_translation_folders() -> list[str]:
    """The folders that may hold ``qtbase_ja.qm``, the most specific first."""
    wheel = Path(PySide6.__file__).parent / "Qt" / "translations"
    found = [
        QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
        str(wheel),
        *_SYSTEM_QT_TRANSLATIONS,
    ]
    return list(dict.fromkeys(found))


def resolve(language: Language) -> Language:
    """``SYSTEM`` becomes Japanese on a Japanese system, English elsewhere."""
    if language is not Language.SYSTEM:
        return language
    return Language.JAPANESE if QLocale.system().language() == QLocale.Language.Japanese else Language.ENGLISH


def apply_language(language: Language) -> Language:
    """Install the translators for ``language``; return the language actually applied."""
    app = QCoreApplication.instance()
    assert app is not None
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    effective = resolve(language)
    sources: tuple[tuple[str, list[str]], ...]  # (file name, folders to try) of each translator
    if effective is Language.JAPANESE:
        QLocale.setDefault(QLocale(QLocale.Language.Japanese, QLocale.Country.Japan))
        sources = (("desktop_ja", [str(translations_dir())]), ("qtbase_ja", qt_translation_folders()))
    else:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        sources = (("desktop_en", [str(translations_dir())]),)
    for name, folders in sources:
        translator = QTranslator(app)
        if any(translator.load(name, folder) for folder in folders):
            app.installTranslator(translator)
            _installed.append(translator)
        else:
            log.warning("translation %s not found", name)
    return effective
