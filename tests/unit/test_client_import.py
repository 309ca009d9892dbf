"""Importing a client list from CSV (P-DATA): the form's checks on every row, duplicates shown, one unit."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from desktop.errors import InvalidInput
from desktop.models import AuditEvent, Client
from desktop.services import clients
from desktop.services.client_import import csv_file, importing
from desktop.services.client_import.csv_file import Encoding
from desktop.vault.store import OpenVault
from tests.helpers.client_csv import BAD_MOBILE_ROW, HEADINGS, ROWS, client_list, excel_cp932


def _client_count(vault: OpenVault) -> int:
    with vault.reading() as session:
        return int(session.scalar(select(func.count()).select_from(Client)) or 0)


def test_p_data_excel_cp932_file_is_read_and_its_encoding_said(open_vault: OpenVault) -> None:
    preview = importing.preview(open_vault, data=excel_cp932())

    assert preview.encoding is Encoding.CP932
    assert preview.mapping == {
        "full_name": 0,
        "name_reading": 1,
        "phone": 2,
        "mobile": 3,
        "email": 4,
        "birth_date": 5,
        "gender": 6,
    }
    first, second, third = preview.rows
    assert (first.number, first.draft.full_name, first.draft.gender) == (2, "山田 花子", "female")
    assert str(first.draft.birth_date) == "1980-04-02" and first.valid
    assert str(second.draft.birth_date) == "1975-01-03"
    assert third.valid and third.draft.phone == "03-1234-5678"
    assert _client_count(open_vault) == 0  # a preview writes nothing


@pytest.mark.parametrize(("prefix", "encoding"), [(b"", Encoding.UTF8), (b"\xef\xbb\xbf", Encoding.UTF8_BOM)])
def test_p_data_utf8_with_or_without_bom_is_detected(
    open_vault: OpenVault, prefix: bytes, encoding: Encoding
) -> None:
    data = prefix + client_list(*ROWS).replace("\r\n", "\n").encode("utf-8")
    preview = importing.preview(open_vault, data=data)
    assert preview.encoding is encoding
    assert preview.rows[0].draft.full_name == "山田 花子"


def test_p_data_english_headings_are_mapped() -> None:
    headings = ["Name", "Furigana", "Phone", "Mobile", "E-mail", "Date of birth", "Notes"]
    assert csv_file.guess_mapping(headings) == {
        "full_name": 0,
        "name_reading": 1,
        "phone": 2,
        "mobile": 3,
        "email": 4,
        "birth_date": 5,
        "private_notes": 6,
    }


def test_p_data_a_bad_row_gets_the_forms_sentence_and_only_valid_rows_are_imported(
    open_vault: OpenVault,
) -> None:
    bad = "田中 三郎,タナカ サブロウ,,0800-123-4567,saburo@example.jp,,"
    data = excel_cp932(ROWS[0], bad)
    preview = importing.preview(open_vault, data=data)
    row = next(r for r in preview.rows if r.number == BAD_MOBILE_ROW)
    form_sentence = clients.InvalidFields  # the same check as the form's save:
    with pytest.raises(form_sentence) as refused:
        clients.validate(
            clients.ClientDraft("田中 三郎", mobile="0800-123-4567"), born_before=open_vault.time.today()
        )
    assert row.problems == {"mobile": refused.value.problems["mobile"]}

    result = importing.import_clients(open_vault, data=data, mapping=preview.mapping)

    assert (result.imported, result.skipped_invalid) == (1, 1)
    with open_vault.reading() as session:
        assert list(session.scalars(select(Client.full_name))) == ["山田 花子"]


def test_p_data_duplicates_in_the_vault_and_the_file_are_shown_and_skipped_unless_chosen(
    open_vault: OpenVault,
) -> None:
    known = clients.create_client(
        open_vault, draft=clients.ClientDraft("山田 花子", email="HANAKO@example.jp")
    )
    again = "山田花子,,,,,,"  # same name, no number or email: not the same person as far as we know
    data = excel_cp932(ROWS[0], ROWS[2], ROWS[2], again)
    preview = importing.preview(open_vault, data=data)

    dup_vault, first, dup_file, unknown = preview.rows
    assert dup_vault.duplicates == (importing.Duplicate("山田 花子", client_id=known.id),)
    assert not first.duplicates
    assert dup_file.duplicates == (importing.Duplicate("鈴木 一郎", row=3),)
    assert not unknown.duplicates

    result = importing.import_clients(open_vault, data=data, mapping=preview.mapping, import_anyway={4})
    assert (result.imported, result.skipped_duplicates) == (3, 1)
    with open_vault.reading() as session:
        names = sorted(session.scalars(select(Client.full_name)))
    assert names == ["山田 花子", "山田花子", "鈴木 一郎", "鈴木 一郎"]


def test_p_data_import_is_audited_with_counts_and_no_names(open_vault: OpenVault) -> None:
    importing.import_clients(
        open_vault, data=excel_cp932(), mapping=importing.preview(open_vault, data=excel_cp932()).mapping
    )
    with open_vault.reading() as session:
        event = session.scalars(select(AuditEvent).where(AuditEvent.action == "clients.imported")).one()
    detail = json.loads(event.detail)
    assert detail == {
        "rows": 3,
        "imported": 2,
        "skipped_invalid": 1,
        "skipped_duplicates": 0,
        "duplicates_imported": 0,
        "encoding": "cp932",
    }
    assert "山田" not in event.detail


def test_p_data_import_writes_every_row_or_none(
    open_vault: OpenVault, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_insert = clients.insert_client
    written: list[str] = []

    def failing_second(session: object, draft: clients.ClientDraft) -> Client:
        written.append(draft.full_name)
        if len(written) == 2:
            raise OSError("disk gone")
        return real_insert(session, draft)  # type: ignore[arg-type]

    monkeypatch.setattr(clients, "insert_client", failing_second)
    data = excel_cp932(ROWS[0], ROWS[2])
    with pytest.raises(OSError):
        importing.import_clients(
            open_vault, data=data, mapping=importing.preview(open_vault, data=data).mapping
        )
    assert _client_count(open_vault) == 0


@pytest.mark.parametrize(
    ("data", "sentence"),
    [
        (b"", "The file is empty."),
        (b"\r\n , \r\n", "The file is empty."),
        (HEADINGS.encode("cp932") + b"\r\n", "The file has column headings but no rows"),
        (b"name,phone\r\n\x00\x01,1\r\n", "it holds NUL bytes"),
        ("氏名\r\n".encode("utf-16"), "it holds NUL bytes"),
        (b'name\r\n"unclosed\r\n', "not a well-formed CSV file"),
        (b"name\r\n" + b"x" * 200_000 + b"\r\n", "not a well-formed CSV file"),
        (b"\x81\x00", "NUL"),
        (b"name\r\n\x81 \x82\r\n", "neither UTF-8 nor Shift_JIS"),
    ],
)
def test_p_data_odd_files_get_one_sentence(open_vault: OpenVault, data: bytes, sentence: str) -> None:
    with pytest.raises(InvalidInput, match=sentence.replace("(", r"\(")):
        importing.preview(open_vault, data=data)


def test_p_data_ragged_and_oversized_rows_are_named_in_the_preview(open_vault: OpenVault) -> None:
    long_note = "あ" * (csv_file.MAX_CELL_CHARS + 1)
    data = client_list(
        "山田 花子", "佐藤 次郎,,,,,,,余分", f"鈴木 一郎,,,,,,,{long_note}", headings="氏名,メモ"
    ).encode()
    short, extra, oversized = importing.preview(open_vault, data=data).rows
    assert short.valid  # fewer cells than headings: the rest is empty
    assert "more cells than the file has column headings" in extra.problems["row"]
    assert "too long" in oversized.problems["row"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.binary(max_size=300)
    | st.text(max_size=200).map(lambda t: ("氏名,電話\r\n" + t).encode("cp932", "ignore"))
)
def test_p_data_any_bytes_give_a_preview_or_one_sentence(open_vault: OpenVault, data: bytes) -> None:
    try:
        preview = importing.preview(open_vault, data=data)
    except InvalidInput as error:
        assert str(error).endswith(".")
    else:
        assert all(row.number >= 2 for row in preview.rows)
