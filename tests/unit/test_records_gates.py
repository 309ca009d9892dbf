"""One gate per act (issue 12): each writer of consents, disclosures, testimonials and exports uses it.

Three proofs. The list: every public function in ``desktop/services`` that
writes a consent, disclosure or testimonial row, or an export file — found by
reading the code, directly or through the helpers and other writers it calls —
is exactly :data:`WRITERS`, so a new writer cannot appear unlisted. The walls:
no module but the gate's constructs those rows, and no module but the export
gate puts a file on disk (the vault's own files aside). The refusals, in
``test_records_gate_refusals.py``: with the gate's check made to refuse, each
listed writer refuses and leaves the vault and the disk as they were.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

DESKTOP = Path(__file__).resolve().parents[2] / "desktop"
SERVICES = DESKTOP / "services"

#: Every public writer, by module under ``desktop/services`` (dotted below it).
WRITERS = {
    ("consents", "add_consent"),
    ("consents", "record_consent"),
    ("consents", "withdraw_in"),
    ("consents", "withdraw_consent"),
    ("disclosures", "add_disclosure"),
    ("disclosures", "record_disclosure"),
    ("disclosures", "correct_disclosure"),
    ("disclosures", "save_annual_report"),
    ("testimonials", "add_testimonial"),
    ("testimonials", "mark_testimonial"),
    ("testimonials", "take_down"),
    ("retention", "delete_disclosure"),
    ("retention", "purge_expired"),
    ("retention", "keep_on_erasure"),
    ("clients", "erase_client"),
    ("records.record_exports", "write"),
    ("records.subject_access", "export_record"),
    ("records.third_party_export", "export_for_recipient"),
    ("records.calendar_export", "export_bookings"),
    ("records.practice_export", "export_practice"),
    ("rights_requests", "save_provision_records"),
    ("money.receipts", "issue_receipt"),
    ("money.receipts", "reissue_receipt"),
    ("money.income", "export_csv"),
    ("money.income", "export_pdf"),
}
ROWS = ("Consent", "Disclosure", "Testimonial")
#: Columns only a gate changes on an existing row (withdrawal, export link, take-down, correction).
GATED_COLUMNS = {
    "withdrawn_on",
    "withdrawal_note",
    "expires_on",
    "export_format",
    "export_encrypted",
    "taken_down_on",
    "corrects_id",
    "correction_reason",
    "late_after_withdrawal_on",
}
#: Calls that write such a row's seal or put a file on disk.
WRITING_CALLS = {"seal", "seal_removed", "write_atomically"}


def _modules(root: Path) -> Iterator[tuple[str, ast.Module]]:
    for path in sorted(root.rglob("*.py")):
        dotted = ".".join(path.relative_to(root).with_suffix("").parts)
        yield dotted, ast.parse(path.read_text(encoding="utf-8"))


def _called(node: ast.AST) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return None


def _writes_directly(function: ast.FunctionDef, module: str) -> bool:
    for node in ast.walk(function):
        if isinstance(node, ast.Call):
            name = _called(node.func)
            if name in ROWS or name in WRITING_CALLS:
                return True
            via_gate = "record_exports" in ast.unparse(node.func)
            if name == "write" and module != "records.record_exports" and via_gate:
                return True
            if name in ("delete", "insert", "update") and any(_called(a) in ROWS for a in node.args):
                return True
        if isinstance(node, ast.Assign | ast.AugAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            if any(isinstance(t, ast.Attribute) and t.attr in GATED_COLUMNS for t in targets):
                return True
    return False


def _imported_writes(module: str, tree: ast.Module) -> set[str]:
    """Names bound by ``from desktop.services.records.record_exports import write`` and the like."""
    return {
        alias.asname or alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and node.module == "desktop.services.records.record_exports"
        for alias in node.names
        if alias.name == "write"
    }


def _writers_found() -> set[tuple[str, str]]:
    """Functions (public or not) that write, to a fixed point over calls; then the public ones."""
    functions: dict[tuple[str, str], ast.FunctionDef] = {}
    writing: set[tuple[str, str]] = set()
    for module, tree in _modules(SERVICES):
        local_writes = _imported_writes(module, tree)
        for node in tree.body:
            if isinstance(node, ast.FunctionDef):
                functions[(module, node.name)] = node
                direct = _writes_directly(node, module) or any(
                    isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id in local_writes
                    for n in ast.walk(node)
                )
                if direct:
                    writing.add((module, node.name))
    changed = True
    while changed:
        changed = False
        for (module, name), node in functions.items():
            if (module, name) in writing:
                continue
            for call in (n for n in ast.walk(node) if isinstance(n, ast.Call)):
                target = call.func
                if isinstance(target, ast.Name) and (module, target.id) in writing:
                    hit = True
                elif isinstance(target, ast.Attribute) and isinstance(target.value, ast.Name):
                    hit = any(
                        m.rsplit(".", 1)[-1] == target.value.id and f == target.attr for m, f in writing
                    )
                else:
                    hit = False
                if hit:
                    writing.add((module, name))
                    changed = True
                    break
    return {(m, f) for m, f in writing if not f.startswith("_")}


def test_every_public_writer_of_gated_rows_and_export_files_is_listed() -> None:
    found = _writers_found()
    assert found == WRITERS, (sorted(found - WRITERS), sorted(WRITERS - found))


def test_the_finder_sees_a_writer_hidden_behind_a_helper() -> None:
    tree = ast.parse(
        "def _helper(s):\n    s.add(Consent(kind='x'))\n\ndef public(s):\n    _helper(s)\n"
        "def reader(s):\n    return s.get(Consent, 1)\n"
    )
    helper, public, reader = (n for n in tree.body if isinstance(n, ast.FunctionDef))
    assert _writes_directly(helper, "m")
    assert not _writes_directly(public, "m")  # found only through the fixed point
    assert not _writes_directly(reader, "m")


def test_only_the_gates_construct_consent_disclosure_or_testimonial_rows() -> None:
    owner = {
        "Consent": "services.consents",
        "Disclosure": "services.disclosures",
        "Testimonial": "services.testimonials",
    }
    built: list[tuple[str, str]] = []
    for module, tree in _modules(DESKTOP):
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and _called(node.func) in owner:
                built.append((module, str(_called(node.func))))
            if isinstance(node, ast.Call) and _called(node.func) in ("insert", "update"):
                built += [(module, str(_called(a))) for a in node.args if _called(a) in owner]
    assert built, "the scan found not even the gates"
    assert [(m, row) for m, row in built if owner[row] != m] == []


def test_only_the_export_gate_and_the_vault_put_files_on_disk() -> None:
    writes: list[tuple[str, str]] = []
    for module, tree in _modules(DESKTOP):
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = _called(node.func)
            if name in ("write_atomically", "write_bytes", "write_text", "mkstemp", "copyfile", "copy2"):
                writes.append((module, name))
            elif name == "open" and isinstance(node.func, ast.Name | ast.Attribute):
                modes = [a for a in node.args[1:2]] + [k.value for k in node.keywords if k.arg == "mode"]
                if any(isinstance(m, ast.Constant) and set(str(m.value)) & set("wax+") for m in modes):
                    writes.append((module, name))
    gate = "services.records.record_exports"
    outside = [(m, n) for m, n in writes if not m.startswith("vault.") and m != gate]
    assert outside == []
    assert (gate, "write_atomically") in writes
