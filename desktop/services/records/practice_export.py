"""Everything the vault holds, in open formats, for leaving the app (P-LAW, P-SAFEGUARD).

The counsellor may move to other software or hand the practice on; their data
must not depend on this program. The export writes, into a new folder inside
the one chosen (never over existing files):

- ``tables/NAME.json`` and ``tables/NAME.csv`` for every table of the vault
  (CSV in UTF-8 with a byte-order mark, so Excel opens it in Japanese; binary
  values — attachment files — as base64), with the same rows ``check`` counts;
- ``records/client-ID.json`` and, when the window draws them, ``.pdf``: each
  client's whole record as the client's own copy is built
  (:func:`.subject_access.build`), drawn by the same renderer and checked the same
  way (:func:`.record_exports.rendered`);
- ``manifest.json`` (what is where, with row counts) and ``README.txt``.

The files are NOT encrypted: the screen and the README say so. The search
index is left out (it is built from the clients and notes). Everything is read
in one unit of work, so the tables agree with each other, and every file goes
to disk through the export gate's writer inside it; the act is audited with
counts only.
"""

from __future__ import annotations

import base64
import csv
import io
import json
import shutil
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from desktop import __version__
from desktop.errors import InvalidInput
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.models import Client
from desktop.services.integrity import data_tables
from desktop.services.records import record_exports, subject_access
from desktop.services.records.record_exports import ExportFormat, Renderer
from desktop.vault import audit
from desktop.vault.clock import practice_time
from desktop.vault.store import OpenVault

#: Tables left out, and why (said in the manifest).
LEFT_OUT = {"client_search": "the search index, built again from the clients and their notes"}

README = """Sorakumo Desk: everything this practice's vault held, in open formats.

THESE FILES ARE NOT ENCRYPTED. They hold clients' personal data and consultation notes.
Keep them on an encrypted disk, and delete them once they are no longer needed.

tables/   every table as JSON (UTF-8) and CSV (UTF-8 with BOM); binary values as base64
records/  each client's whole record (client-ID.json, and client-ID.pdf when drawn by the window)
manifest.json  when it was made, by which version, and the row count of every table
"""


@dataclass(frozen=True, slots=True)
class PracticeExport:
    folder: Path
    table_rows: dict[str, int]
    records: int
    pdfs: int


def _plain(value: object) -> object:
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    return value


def _table(session: Session, name: str) -> tuple[list[str], list[list[object]]]:
    # The name comes from the schema itself (data_tables), never from input.
    result = session.execute(text(f'SELECT * FROM "{name}" ORDER BY rowid'))
    return list(result.keys()), [[_plain(v) for v in row] for row in result]


def _csv(columns: list[str], rows: list[list[object]]) -> bytes:
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(columns)
    writer.writerows(rows)
    return out.getvalue().encode("utf-8-sig")


def _json(value: object) -> bytes:
    return (json.dumps(value, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def _new_folder(parent: Path, stamp: str) -> Path:
    name = "sorakumo-export-" + stamp.replace("-", "").replace(":", "").replace("T", "-")[:15]
    folder = parent / name
    try:
        parent.mkdir(parents=True, exist_ok=True)
        folder.mkdir(mode=0o700)
        for part in ("tables", "records"):
            (folder / part).mkdir(mode=0o700)
    except FileExistsError:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("policy", "An export made this very second is already there; try again.")
        ) from None
    return folder


def export_practice(vault: OpenVault, *, parent: Path, render: Renderer | None = None) -> PracticeExport:
    """Write every table and every client's record into a new folder under ``parent``; audited.

    With ``render`` (the window's record renderer) each record is also a PDF,
    checked against its document before it is written; the command line has none.
    """
    folder: Path | None = None
    try:
        with vault.unit_of_work() as session:
            folder = _new_folder(parent, practice_time(session).local_now().isoformat(timespec="seconds"))
            return _write_all(session, folder, render)
    except BaseException:
        if folder is not None:  # half an export is unencrypted personal data nobody asked for
            shutil.rmtree(folder, ignore_errors=True)
        raise


def _write_all(session: Session, folder: Path, render: Renderer | None) -> PracticeExport:
    counts: dict[str, int] = {}
    for name in data_tables(session):
        if name in LEFT_OUT:
            continue
        columns, rows = _table(session, name)
        counts[name] = len(rows)
        record_exports.write(
            folder / "tables" / f"{name}.json", _json([dict(zip(columns, row, strict=True)) for row in rows])
        )
        record_exports.write(folder / "tables" / f"{name}.csv", _csv(columns, rows))
    client_ids = list(session.scalars(select(Client.id).order_by(Client.id)))
    pdfs = 0
    for client_id in client_ids:
        document = subject_access.build(session, client_id)
        record_exports.write(
            folder / "records" / f"client-{client_id}.json", record_exports.to_json(document)
        )
        if render is not None:
            data = record_exports.rendered(document, ExportFormat.PDF, render)
            record_exports.write(folder / "records" / f"client-{client_id}.pdf", data)
            pdfs += 1
    manifest = {
        "format": "sorakumo-desk practice export",
        "produced_by": f"Sorakumo Desk {__version__}",
        "produced_at": practice_time(session).stamp(),
        "schema_revision": session.execute(text("SELECT version_num FROM alembic_version")).scalar(),
        "encrypted": False,
        "tables": counts,
        "left_out": LEFT_OUT,
        "records": len(client_ids),
        "record_pdfs": pdfs,
    }
    record_exports.write(folder / "manifest.json", _json(manifest))
    record_exports.write(folder / "README.txt", README.encode("utf-8"))
    audit.append(
        session,
        "practice.exported",
        detail={
            "tables": len(counts),
            "rows": sum(counts.values()),
            "records": len(client_ids),
            "pdfs": pdfs,
        },
    )
    return PracticeExport(folder, counts, len(client_ids), pdfs)
