"""argparse's own sentences (usage, help, its errors) in the locale's language. No Qt here.

argparse looks its texts up through the module-level ``_`` and ``ngettext``
it imported from :mod:`gettext`; :func:`speak_the_locale` points both at the
window's translation files (context ``argparse``), so ``usage:``, ``options``
and "the following arguments are required" follow the locale like every
other sentence of the command line. The texts below are argparse's own,
word for word, so that ``pyside6-lupdate`` collects them.
"""

from __future__ import annotations

import argparse

from desktop.i18n import QT_TRANSLATE_NOOP, translate

_CONTEXT = "argparse"

#: argparse's sentences a counsellor can meet (its programming errors are left as they are).
TEXTS = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s arguments"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("argparse", "can't open '%(filename)s': %(error)s"),
)


#: ``--version``'s help: argparse gives it as plain text, not through ``_``, so the parser passes it in.
VERSION_HELP = QT_TRANSLATE_NOOP("argparse", "show program's version number and exit")


def version_help() -> str:
    return translate(_CONTEXT, VERSION_HELP)


def _gettext(message: str) -> str:
    return translate(_CONTEXT, message)


def _ngettext(singular: str, plural: str, count: int) -> str:
    return translate(_CONTEXT, singular if count == 1 else plural)


def speak_the_locale() -> None:
    """Make argparse's texts follow the locale (argparse reads ``_`` and ``ngettext`` at each call)."""
    vars(argparse)["_"] = _gettext
    vars(argparse)["ngettext"] = _ngettext
