"""The layout of ``desktop/`` stays a house with rooms (docs/architecture.md).

- The window's sections (``desktop/views/<section>/``) import ``views/common``
  and their own modules; one section reaches another only through a name in
  that section's ``__init__.py`` (its ``__all__``), never a module inside it.
  ``views/common`` imports no section, and no section imports the frame
  (the main window and the controller at the top of ``views/``).
- No import circle between modules of ``desktop/``: imports are read with
  ``ast`` at every level (inside functions too), leaving out only those behind
  ``TYPE_CHECKING``, which never run.
- Sizes: ``views/`` keeps at most 15 modules at its top, no package holds more
  than 20, and no module is over 400 lines.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

import desktop

PACKAGE = Path(desktop.__file__).resolve().parent
VIEWS = PACKAGE / "views"
COMMON = "common"
MAX_TOP_OF_VIEWS = 15
MAX_MODULES_PER_PACKAGE = 20
MAX_LINES = 400


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


ALL_MODULES = {module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _import_nodes(tree: ast.AST) -> Iterator[ast.Import | ast.ImportFrom]:
    """Every import that can run, at any depth; ``if TYPE_CHECKING:`` blocks are skipped."""
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, ast.If) and _is_type_checking(node):
            yield from (n for child in node.orelse for n in _import_nodes(ast.Module([child], [])))
            continue
        if isinstance(node, ast.Import | ast.ImportFrom):
            yield node
        yield from _import_nodes(node)


def written_imports(name: str) -> list[tuple[str, tuple[str, ...]]]:
    """``(module, names)`` for each import in module ``name`` as written, relative ones made absolute."""
    path = ALL_MODULES[name]
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: list[tuple[str, tuple[str, ...]]] = []
    for node in _import_nodes(ast.parse(path.read_text("utf-8"), str(path))):
        if isinstance(node, ast.Import):
            found += [(alias.name, ()) for alias in node.names]
            continue
        base = node.module or ""
        if node.level:
            anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
            base = ".".join([*anchor, *([node.module] if node.module else [])])
        found.append((base, tuple(alias.name for alias in node.names)))
    return found


def imports_of(name: str) -> set[str]:
    """The application modules ``name`` imports, resolved as Python resolves them.

    ``from pkg import sub`` where ``sub`` is a module is an import of
    ``pkg.sub``; it counts as an import of ``pkg`` itself only when it also
    takes a name that ``pkg/__init__.py`` defines.
    """
    found: set[str] = set()
    for module, names in written_imports(name):
        submodules = {f"{module}.{n}" for n in names if f"{module}.{n}" in ALL_MODULES}
        found |= submodules
        if module in ALL_MODULES and (not names or len(submodules) < len(names)):
            found.add(module)
    return found - {name}


def sections() -> list[str]:
    return sorted(p.name for p in VIEWS.iterdir() if (p / "__init__.py").exists())


def public_names(section: str) -> set[str]:
    tree = ast.parse((VIEWS / section / "__init__.py").read_text("utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets
        ):
            return set(ast.literal_eval(node.value))
    return set()


def section_of(name: str) -> str | None:
    """The section a ``desktop.views`` module belongs to; ``None`` for the frame at the top of views."""
    parts = name.split(".")
    return parts[2] if len(parts) > 3 or (len(parts) == 3 and (VIEWS / parts[2]).is_dir()) else None


def boundary_breaches() -> list[str]:
    frame = {name for name in ALL_MODULES if name.startswith("desktop.views.") and section_of(name) is None}
    breaches = []
    for name in ALL_MODULES:
        if not name.startswith("desktop.views.") or (own := section_of(name)) is None:
            continue
        for target, names in written_imports(name):
            if not target.startswith("desktop.views"):
                continue
            if target in frame or target == "desktop.views":
                breaches.append(f"{name} imports the frame module {target}")
                continue
            other = section_of(target)
            if other in (own, None) or (other == COMMON and own != COMMON):
                continue
            if own == COMMON:
                breaches.append(f"{name} (common) imports the section module {target}")
            elif target != f"desktop.views.{other}" or not set(names) <= public_names(other):
                breaches.append(f"{name} reaches into {target} instead of a name in desktop.views.{other}")
    return breaches


def import_cycles() -> list[list[str]]:
    """Strongly connected groups of more than one module (Tarjan), or a module importing itself."""
    graph = {name: sorted(imports_of(name)) for name in ALL_MODULES}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in graph[node]:
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1 or node in graph[node]:
                groups.append(sorted(group))

    for name in graph:
        if name not in index:
            visit(name)
    return groups


def test_every_section_declares_its_public_names() -> None:
    assert {"common", "calendar", "clients", "inbox", "vault", "settings"} <= set(sections())
    for section in sections():
        names = public_names(section)
        init = VIEWS / section / "__init__.py"
        assert ast.get_docstring(ast.parse(init.read_text("utf-8"))), f"{section} says what it holds"
        assert all(isinstance(name, str) for name in names)


def test_sections_reach_each_other_only_through_public_names() -> None:
    assert boundary_breaches() == []


def test_the_boundary_check_sees_a_reach_into_another_section(monkeypatch: pytest.MonkeyPatch) -> None:
    inbox_module = "desktop.views.inbox.inbox_page"
    real = written_imports

    def with_breach(name: str) -> list[tuple[str, tuple[str, ...]]]:
        breach = ("desktop.views.calendar.booking_dialog", ("BookingDialog",))
        return real(name) + ([breach] if name == inbox_module else [])

    monkeypatch.setattr(f"{__name__}.written_imports", with_breach)
    assert boundary_breaches() == [
        f"{inbox_module} reaches into desktop.views.calendar.booking_dialog instead of a name in "
        "desktop.views.calendar"
    ]


def test_no_import_circle_between_modules() -> None:
    assert import_cycles() == []


def test_the_cycle_finder_sees_a_circle(monkeypatch: pytest.MonkeyPatch) -> None:
    real = imports_of

    def with_circle(name: str) -> set[str]:
        extra = {"desktop.views.controller"} if name == "desktop.views.main_window" else set()
        return real(name) | extra

    monkeypatch.setattr(f"{__name__}.imports_of", with_circle)
    cycles = import_cycles()
    assert len(cycles) == 1 and {"desktop.views.controller", "desktop.views.main_window"} <= set(cycles[0])


def test_views_top_level_stays_small() -> None:
    modules = sorted(p.name for p in VIEWS.glob("*.py"))
    assert len(modules) <= MAX_TOP_OF_VIEWS, modules


def test_no_package_holds_too_many_modules() -> None:
    crowded = {
        str(folder.relative_to(PACKAGE)): count
        for folder in [PACKAGE, *(p.parent for p in PACKAGE.rglob("__init__.py"))]
        if (count := len(list(folder.glob("*.py")))) > MAX_MODULES_PER_PACKAGE
    }
    assert crowded == {}


def test_no_module_is_over_the_line_limit() -> None:
    long = {
        str(path.relative_to(PACKAGE)): lines
        for path in ALL_MODULES.values()
        if (lines := len(path.read_text("utf-8").splitlines())) > MAX_LINES
    }
    assert long == {}
