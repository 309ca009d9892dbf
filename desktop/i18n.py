"""Translation marks for code that must not import Qt.

``QT_TRANSLATE_NOOP(context, text)`` returns ``text`` unchanged; its only job
is to let ``pyside6-lupdate`` collect the English source string so that the
views can translate it later with ``QCoreApplication.translate(context, text)``.
Templates use Qt's ``%1``, ``%2`` placeholders; :func:`fill` renders them for
the command line and logs.
"""

from __future__ import annotations


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
