"""Import direction: the core never imports Qt, and the views never touch the database.

``desktop.policy``, ``models``, ``vault``, ``services``, ``cli``, ``demo``,
``errors`` and ``i18n`` must run without PySide6 (the command line, the tests
and the migrations use them headless). ``desktop.views`` reaches data only
through services, so it never imports SQLAlchemy. Imports are read with
``ast``, so an import inside a function or behind ``TYPE_CHECKING`` counts too.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import desktop

PACKAGE = Path(desktop.__file__).resolve().parent
CORE_FOLDERS = ("policy", "models", "vault", "services", "cli", "demo")
CORE_MODULES = ("errors.py", "i18n.py")
VIEWS = "views"


def imported_modules(source: str, filename: str = "<source>") -> set[str]:
    """Every absolute module name that ``source`` imports (statically or via importlib)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(source, filename)):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute | ast.Name)
            and (node.func.attr if isinstance(node.func, ast.Attribute) else node.func.id)
            in ("import_module", "__import__")
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            found.add(node.args[0].value)
    return found


def _offending(path: Path, forbidden: str) -> list[str]:
    modules = imported_modules(path.read_text("utf-8"), str(path))
    return sorted(m for m in modules if m == forbidden or m.startswith(f"{forbidden}."))


def _core_files() -> list[Path]:
    files = [path for folder in CORE_FOLDERS for path in sorted((PACKAGE / folder).rglob("*.py"))]
    files += [PACKAGE / name for name in CORE_MODULES if (PACKAGE / name).exists()]
    return files


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("import PySide6.QtCore", {"PySide6.QtCore"}),
        ("from PySide6 import QtWidgets", {"PySide6", "PySide6.QtWidgets"}),
        ("def f():\n    from sqlalchemy.orm import Session", {"sqlalchemy.orm", "sqlalchemy.orm.Session"}),
        ("import importlib\nimportlib.import_module('PySide6.QtGui')", {"importlib", "PySide6.QtGui"}),
        ("__import__('sqlalchemy')", {"sqlalchemy"}),
        ("from . import sibling\nfrom .x import y", set()),
    ],
)
def test_the_import_reader_sees_every_form(source: str, expected: set[str]) -> None:
    assert imported_modules(source) == expected


def test_the_import_reader_flags_only_the_forbidden_package(tmp_path: Path) -> None:
    module = tmp_path / "module.py"
    module.write_text("import PySide6scanner\nfrom PySide6.QtCore import Qt\n", "utf-8")
    assert _offending(module, "PySide6") == ["PySide6.QtCore", "PySide6.QtCore.Qt"]


def test_every_core_package_is_scanned() -> None:
    scanned = {path.relative_to(PACKAGE).parts[0] for path in _core_files()}
    assert set(CORE_FOLDERS) <= scanned
    assert {"errors.py", "i18n.py"} <= scanned
    assert any(path.parts[-2:] == ("vault", "store.py") for path in _core_files())
    assert any(path.parts[-2:] == ("cli", "__init__.py") for path in _core_files())
    assert any(path.parts[-2:] == ("demo", "practice.py") for path in _core_files())


def test_core_never_imports_pyside6() -> None:
    offenders = {
        str(path.relative_to(PACKAGE)): hits
        for path in _core_files()
        if (hits := _offending(path, "PySide6"))
    }
    assert offenders == {}


def test_views_never_import_sqlalchemy() -> None:
    views = sorted((PACKAGE / VIEWS).rglob("*.py"))
    offenders = {
        str(path.relative_to(PACKAGE)): hits for path in views if (hits := _offending(path, "sqlalchemy"))
    }
    assert offenders == {}
