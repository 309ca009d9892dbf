"""Loading and switching the interface language while the app runs.

Japanese uses ``desktop_ja.qm`` (built from ``desktop/resources/translations``) and
Qt's own ``qtbase_ja``. English is the source language: its file,
``desktop_en.qm``, holds only the plural forms ("1 client", "2 clients").
Switching removes the old translators and installs the new ones; Qt then sends
``LanguageChange`` to every widget, which re-applies its texts.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop.resources import translations_dir
from desktop.views.common.preferences import Language

log = logging.getLogger(__name__)

_installed: list[QTranslator] = []


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
    sources: tuple[tuple[str, str], ...]  # (file name, folder) of each translator to install
    if effective is Language.JAPANESE:
        QLocale.setDefault(QLocale(QLocale.Language.Japanese, QLocale.Country.Japan))
        sources = (
            ("desktop_ja", str(translations_dir())),
            ("qtbase_ja", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        )
    else:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        sources = (("desktop_en", str(translations_dir())),)
    for name, folder in sources:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
        else:
            log.warning("translation %s not found", name)
    return effective
