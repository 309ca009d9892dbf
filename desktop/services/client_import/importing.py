"""Importing a client list (P-DATA): a preview first, and nothing written until the counsellor confirms.

Every row is checked by :func:`desktop.services.clients.validate`, the very
check the client form's save runs, and written by
:func:`desktop.services.clients.insert_client`, the form's own writer, so a row
the form would refuse is refused here with the same sentence. A row that names
a client already in the vault, or one earlier in the file — the same name with
the same phone number or email address — is shown as a likely duplicate and
skipped unless the counsellor chooses to import it anyway: two records are
never merged silently.

The import is one unit of work: every row is written, or none. The file is
read again from its bytes inside it and the preview rebuilt against the vault
as it is then, so what is written is what the checks passed, never rows a
caller hands in. The audit trail records the act with counts only (no names).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.errors import InvalidInput
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.models import Client
from desktop.policy import personal_data as pd
from desktop.services import clients
from desktop.services.client_import.csv_file import (
    ENCODING_LABELS,
    FIELDS,
    CsvRow,
    CsvTable,
    Encoding,
    guess_mapping,
    read_table,
)
from desktop.vault import audit
from desktop.vault.clock import practice_time
from desktop.vault.store import OpenVault

#: The key of a problem with the row as a whole rather than one field.
ROW = "row"

_GENDER_WORDS = {
    pd.Gender.FEMALE: ("女", "女性", "f", "female", "woman"),
    pd.Gender.MALE: ("男", "男性", "m", "male", "man"),
    pd.Gender.OTHER: ("その他", "other"),
    pd.Gender.UNSPECIFIED: ("", "-", "無回答", "回答しない", "不明", "unspecified", "n/a"),
}


@dataclass(frozen=True, slots=True)
class Duplicate:
    """What a row seems to repeat: a client in the vault (``client_id``) or an earlier ``row`` of the file."""

    full_name: str
    client_id: int | None = None
    row: int | None = None


@dataclass(frozen=True, slots=True)
class PreviewRow:
    """One row as it would be imported: the folded draft, each problem (field -> English template)."""

    number: int
    draft: clients.ClientDraft
    problems: dict[str, str]
    duplicates: tuple[Duplicate, ...] = ()

    @property
    def valid(self) -> bool:
        return not self.problems


@dataclass(frozen=True, slots=True)
class ImportPreview:
    encoding: Encoding
    headings: tuple[str, ...]
    mapping: dict[str, int]
    rows: tuple[PreviewRow, ...]
    #: Every field a column can fill, in the order a mapping is shown.
    fields: tuple[str, ...] = FIELDS

    @property
    def encoding_label(self) -> str:
        """The encoding as a sentence part (an English template of the "policy" context)."""
        return ENCODING_LABELS[self.encoding]

    @property
    def invalid(self) -> int:
        return sum(not row.valid for row in self.rows)

    @property
    def duplicates(self) -> int:
        return sum(row.valid and bool(row.duplicates) for row in self.rows)


@dataclass(frozen=True, slots=True)
class ImportResult:
    imported: int
    skipped_invalid: int
    skipped_duplicates: int
    encoding: Encoding


def _gender(text: str) -> str:
    folded = pd.fold(text).lower()
    for gender, words in _GENDER_WORDS.items():
        if folded in words or folded == gender.value:
            return gender.value
    return folded  # validate() names the field: "Choose one of the listed genders."


def _checked(
    row: CsvRow, mapping: Mapping[str, int], today: date
) -> tuple[clients.ClientDraft, dict[str, str]]:
    """The row as a draft, folded and checked exactly as the client form's save checks it."""
    values = {field: row.cells[index] for field, index in mapping.items()}
    problems: dict[str, str] = {}
    birth = pd.parse_birth_date(values.get("birth_date", ""))
    if birth is False:
        problems["birth_date"] = QT_TRANSLATE_NOOP(
            "policy", "Write the date as year-month-day, like 1985-04-02."
        )
    draft = clients.ClientDraft(
        full_name=values.get("full_name", ""),
        name_reading=values.get("name_reading", ""),
        postal_code=values.get("postal_code", ""),
        address=values.get("address", ""),
        birth_date=birth if isinstance(birth, date) else None,
        gender=_gender(values.get("gender", "")),
        occupation=values.get("occupation", ""),
        phone=values.get("phone", ""),
        mobile=values.get("mobile", ""),
        email=values.get("email", ""),
        private_notes=values.get("private_notes", ""),
    )
    try:
        draft = clients.validate(draft, born_before=today)
    except clients.InvalidFields as invalid:
        draft = invalid.folded
        problems = {**invalid.problems, **problems}
    if row.extra_cells:
        problems[ROW] = QT_TRANSLATE_NOOP(
            "policy", "This row has more cells than the file has column headings; check its commas."
        )
    if row.oversized:
        problems[ROW] = QT_TRANSLATE_NOOP("policy", "A cell of this row is too long for a client record.")
    return draft, problems


def _identity(full_name: str, numbers: tuple[str, ...], email: str) -> tuple[str, frozenset[str]]:
    """The name without spaces, and the phone numbers (digits) and email address that identify someone."""
    keys = {pd.digits_only(number) for number in numbers if number}
    if email:
        keys.add(email.casefold())
    return "".join(pd.fold(full_name).split()), frozenset(keys)


def _vault_identities(session: Session) -> dict[str, list[tuple[int, str, frozenset[str]]]]:
    found: dict[str, list[tuple[int, str, frozenset[str]]]] = {}
    rows = session.execute(select(Client.id, Client.full_name, Client.phone, Client.mobile, Client.email))
    for row in rows:
        name, keys = _identity(row.full_name, (row.phone, row.mobile), row.email)
        found.setdefault(name, []).append((row.id, row.full_name, keys))
    return found


def _check_mapping(table: CsvTable, mapping: Mapping[str, int]) -> dict[str, int]:
    width = len(table.headings)
    if any(field not in FIELDS for field in mapping) or any(not 0 <= i < width for i in mapping.values()):
        raise InvalidInput(QT_TRANSLATE_NOOP("policy", "The column mapping does not fit this file."))
    if len(set(mapping.values())) != len(mapping):
        raise InvalidInput(QT_TRANSLATE_NOOP("policy", "Each column can fill only one field."))
    return dict(mapping)


def preview_in(session: Session, table: CsvTable, mapping: Mapping[str, int]) -> ImportPreview:
    """Check every row and find the likely duplicates, inside the caller's transaction."""
    checked_mapping = _check_mapping(table, mapping)
    today = practice_time(session).today()
    in_vault = _vault_identities(session)
    in_file: dict[str, list[tuple[int, str, frozenset[str]]]] = {}
    rows: list[PreviewRow] = []
    for row in table.rows:
        draft, problems = _checked(row, checked_mapping, today)
        name, keys = _identity(draft.full_name, (draft.phone, draft.mobile), draft.email)
        duplicates = tuple(
            Duplicate(full_name, client_id=client_id)
            for client_id, full_name, known in in_vault.get(name, [])
            if keys & known
        ) + tuple(
            Duplicate(full_name, row=number)
            for number, full_name, known in in_file.get(name, [])
            if keys & known
        )
        if name:
            in_file.setdefault(name, []).append((row.number, draft.full_name, keys))
        rows.append(PreviewRow(row.number, draft, problems, duplicates))
    return ImportPreview(table.encoding, table.headings, checked_mapping, tuple(rows))


def preview(vault: OpenVault, *, data: bytes, mapping: Mapping[str, int] | None = None) -> ImportPreview:
    """What importing ``data`` would do; ``mapping`` None guesses it from the headings. Writes nothing."""
    table = read_table(data)
    with vault.reading() as session:
        return preview_in(session, table, guess_mapping(table.headings) if mapping is None else mapping)


def import_clients(
    vault: OpenVault, *, data: bytes, mapping: Mapping[str, int], import_anyway: Collection[int] = ()
) -> ImportResult:
    """P-DATA: write every row that passes the form's checks, in one unit of work, and audit the counts.

    A likely duplicate is written only if its row number is in ``import_anyway``;
    a row with a problem never is.
    """
    table = read_table(data)
    with vault.unit_of_work() as session:
        checked = preview_in(session, table, mapping)
        imported = skipped_duplicates = 0
        for row in checked.rows:
            if not row.valid:
                continue
            if row.duplicates and row.number not in import_anyway:
                skipped_duplicates += 1
                continue
            clients.insert_client(session, row.draft)
            imported += 1
        audit.append(
            session,
            "clients.imported",
            entity="client",
            detail={
                "rows": len(checked.rows),
                "imported": imported,
                "skipped_invalid": checked.invalid,
                "skipped_duplicates": skipped_duplicates,
                "duplicates_imported": checked.duplicates - skipped_duplicates,
                "encoding": checked.encoding.value,
            },
        )
    return ImportResult(imported, checked.invalid, skipped_duplicates, checked.encoding)
