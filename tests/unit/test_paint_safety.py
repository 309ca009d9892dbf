"""Every ``paintEvent`` in the views paints through ``painting()``, which ends its painter in ``finally``.

A painter left active by an exception crashed the process after a few paints
(tests/ui/test_failure_report.py shows the fault handled); this keeps every
future custom paint on the same path.
"""

from __future__ import annotations

import ast
from pathlib import Path

import desktop

VIEWS = Path(desktop.__file__).resolve().parent / "views"
HELPER = VIEWS / "common" / "painting.py"


def _paint_events() -> list[tuple[Path, ast.FunctionDef]]:
    found = []
    for path in sorted(VIEWS.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef) and node.name == "paintEvent":
                found.append((path, node))
    return found


def _paints_through_the_helper(node: ast.FunctionDef) -> bool:
    first = node.body[0]
    if not isinstance(first, ast.With) or len(node.body) != 1:
        return False
    call = first.items[0].context_expr
    return isinstance(call, ast.Call) and isinstance(call.func, ast.Name) and call.func.id == "painting"


def test_every_paint_event_paints_through_the_helper() -> None:
    events = _paint_events()
    assert len(events) >= 2  # the week and month views at least
    assert [
        f"{path.name}:{node.lineno}" for path, node in events if not _paints_through_the_helper(node)
    ] == []


def test_no_painter_is_opened_on_a_widget_outside_the_helper() -> None:
    opened = [
        path.name
        for path in sorted(VIEWS.rglob("*.py"))
        if path != HELPER and "QPainter(self)" in path.read_text(encoding="utf-8")
    ]
    assert opened == []
