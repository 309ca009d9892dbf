"""Translation for code that must not import Qt: marks, the command line's reader, dates in sentences.

``QT_TRANSLATE_NOOP(context, text)`` returns ``text`` unchanged; its only job
is to let ``pyside6-lupdate`` collect the English source string so that the
views can translate it later with ``QCoreApplication.translate(context, text)``.
Templates use Qt's ``%1``, ``%2`` placeholders; :func:`fill` renders them.

The command line speaks the counsellor's language from the same translation
files as the window: :class:`Catalogue` reads the ``.ts`` files shipped in
``desktop/resources/translations`` (plain XML, no Qt needed) and
:func:`language` follows the locale (``LC_ALL``, ``LC_MESSAGES``, ``LANG``; on
Windows the display language). A text is marked where it is written with
``Context.tr`` (``Cli.tr("...")``), which ``pyside6-lupdate`` collects like a
widget's ``self.tr`` — plural forms (``%n``) included.
"""

from __future__ import annotations

import os
import sys
import xml.etree.ElementTree as ET
from collections.abc import Mapping
from datetime import date, datetime
from functools import lru_cache

from desktop.resources import resource_path

JAPANESE = "ja"
ENGLISH = "en"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation in ``context`` and return it unchanged."""
    del context
    return text


def fill(template: str, args: tuple[str, ...]) -> str:
    """Replace ``%1`` .. ``%9`` in ``template`` with ``args`` (Qt's ``arg`` semantics)."""
    result = template
    for index in range(len(args), 0, -1):
        result = result.replace(f"%{index}", args[index - 1])
    return result


# --- the language -----------------------------------------------------------------------------


def _windows_ui_language() -> str:
    """Japanese when Windows shows its own texts in Japanese (the user's display language)."""
    if sys.platform == "win32":
        import ctypes

        primary = ctypes.windll.kernel32.GetUserDefaultUILanguage() & 0x3FF
        return JAPANESE if primary == 0x11 else ENGLISH  # 0x11: LANG_JAPANESE
    return ENGLISH


def language(environ: Mapping[str, str] | None = None) -> str:
    """``ja`` or ``en``: the language the locale asks messages in, as POSIX orders the variables.

    ``LC_ALL`` wins over ``LC_MESSAGES``, which wins over ``LANG``; the first one
    set decides (``C`` and ``POSIX`` mean English). With none set, Windows'
    display language decides, and elsewhere English.
    """
    env = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "")
        if value:
            return JAPANESE if value.lower().startswith("ja") else ENGLISH
    return _windows_ui_language()


# --- the catalogue ----------------------------------------------------------------------------


def _plural_form(lang: str, count: int) -> int:
    """Which ``numerusform`` Qt's rules pick: Japanese has one, English "one" and "other"."""
    if lang == JAPANESE:
        return 0
    return 0 if count == 1 else 1


class Catalogue:
    """The finished translations of one ``desktop_<lang>.ts`` file, by (context, source)."""

    def __init__(self, lang: str, messages: dict[tuple[str, str], list[str]]) -> None:
        self.language = lang
        self._messages = messages

    @classmethod
    def load(cls, lang: str) -> Catalogue:
        path = resource_path("translations", f"desktop_{lang}.ts")
        messages: dict[tuple[str, str], list[str]] = {}
        if path.is_file():
            for context in ET.parse(path).getroot().iter("context"):
                name = context.findtext("name") or ""
                for message in context.iter("message"):
                    forms = _finished_forms(message)
                    if forms:
                        messages[(name, message.findtext("source") or "")] = forms
        return cls(lang, messages)

    def translate(self, context: str, source: str, count: int = -1) -> str:
        """``source`` in this language (as is when not translated), ``%n`` replaced by ``count``."""
        forms = self._messages.get((context, source))
        if not forms:
            text = source
        elif count < 0:
            text = forms[0]
        else:
            text = forms[min(_plural_form(self.language, count), len(forms) - 1)]
        return text.replace("%n", str(count)) if count >= 0 else text


def _finished_forms(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
        return []
    forms = [form.text or "" for form in translation.iter("numerusform")]
    if forms:
        return forms if all(forms) else []
    return [translation.text] if translation.text else []


@lru_cache(maxsize=2)
def catalogue(lang: str) -> Catalogue:
    """The catalogue of ``lang``, read once per process."""
    return Catalogue.load(lang)


def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``QCoreApplication.translate``'s signature, in the locale's language, without Qt."""
    del disambiguation
    return catalogue(language()).translate(context, source, n)


class Context:
    """A translation context for code without Qt: ``Cli = Context("Cli")``, then ``Cli.tr("...")``.

    ``pyside6-lupdate`` files a ``Name.tr(...)`` call under the context
    ``Name``, so the variable must carry the context's own name.
    """

    def __init__(self, name: str) -> None:
        self.name = name

    def tr(self, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return translate(self.name, source, disambiguation, n)


# --- dates and times in sentences ---------------------------------------------------------------

_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


def sentence_date(day: date, lang: str | None = None) -> str:
    """A day as a sentence writes it: 2026年12月11日, or December 11, 2026 (no weekday)."""
    if (lang or language()) == JAPANESE:
        return f"{day.year}年{day.month}月{day.day}日"
    return f"{_MONTHS[day.month - 1]} {day.day}, {day.year}"


def sentence_datetime(moment: datetime, lang: str | None = None) -> str:
    """A wall-clock moment as a sentence writes it: 2026年12月11日 10:00, or December 11, 2026, 10:00."""
    chosen = lang or language()
    clock = f"{moment.hour}:{moment.minute:02d}"
    separator = " " if chosen == JAPANESE else ", "
    return f"{sentence_date(moment.date(), chosen)}{separator}{clock}"
