"""One clock per vault, read in the practice's time zone (DESIGN.md, "Gates, clock and transactions").

Services never take ``now`` or ``today`` from a caller; these tests move the
vault's clock by hand and read what the services stored.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.errors import InvalidSetting
from desktop.models import AuditEvent, Client
from desktop.services import clients, practice_settings, vault_access
from desktop.vault.clock import PracticeTime, practice_time
from tests.helpers.clock import FakeClock
from tests.helpers.vaults import FAST_KDF, PASSPHRASE, make_vault

#: 23:30 on 6 December in UTC is already 08:30 on 7 December in Tokyo.
LATE_IN_UTC = datetime(2026, 12, 6, 23, 30, tzinfo=UTC)


@pytest.fixture
def laptop_in_los_angeles(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The laptop's own zone set far from the practice's, as for a counsellor travelling."""
    monkeypatch.setenv("TZ", "America/Los_Angeles")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_today_is_the_practices_date_whatever_the_laptop_says(laptop_in_los_angeles: None) -> None:
    clock = PracticeTime(FakeClock(LATE_IN_UTC))
    assert datetime.fromtimestamp(LATE_IN_UTC.timestamp()).date() == date(2026, 12, 6)  # the laptop's day
    assert clock.today() == date(2026, 12, 7)
    assert clock.local_now() == datetime(2026, 12, 7, 8, 30)
    assert clock.stamp() == "2026-12-06T23:30:00+00:00"


def test_a_client_and_its_audit_event_are_stamped_from_the_vault_clock(tmp_path: Path) -> None:
    vault, _code = make_vault(tmp_path / "vault")
    vault.time.clock = FakeClock(LATE_IN_UTC)
    created = clients.create_client(vault, draft=clients.ClientDraft(full_name="山田 花子"))
    with vault.unit_of_work() as session:
        row = session.get(Client, created.id)
        event = session.scalars(select(AuditEvent).where(AuditEvent.action == "client.created")).one()
        assert practice_time(session) is vault.time
    assert row is not None and row.created_at == "2026-12-06T23:30:00+00:00"
    assert event.occurred_at.startswith("2026-12-06T23:30:00")


def test_a_birth_date_is_checked_against_the_practices_today(tmp_path: Path) -> None:
    vault, _code = make_vault(tmp_path / "vault")
    vault.time.clock = FakeClock(LATE_IN_UTC)  # still 6 December on the laptop, 7 December in Tokyo
    yesterday_in_tokyo = clients.ClientDraft(full_name="山田 花子", birth_date=date(2026, 12, 6))
    assert clients.create_client(vault, draft=yesterday_in_tokyo).draft.birth_date == date(2026, 12, 6)
    today_in_tokyo = clients.ClientDraft(full_name="山田 次郎", birth_date=date(2026, 12, 7))
    with pytest.raises(clients.InvalidFields) as refused:
        clients.create_client(vault, draft=today_in_tokyo)
    assert set(refused.value.problems) == {"birth_date"}


def test_the_time_zone_setting_moves_the_clock_and_an_unknown_zone_is_refused(tmp_path: Path) -> None:
    vault, _code = make_vault(tmp_path / "vault")
    vault.time.clock = FakeClock(LATE_IN_UTC)
    assert vault.time.zone == ZoneInfo("Asia/Tokyo") and vault.time.today() == date(2026, 12, 7)
    settings = practice_settings.load(vault)
    practice_settings.save(vault, replace(settings, time_zone="Europe/Berlin"))
    assert vault.time.zone == ZoneInfo("Europe/Berlin") and vault.time.today() == date(2026, 12, 7)
    practice_settings.save(vault, replace(settings, time_zone="America/Chicago"))
    assert vault.time.today() == date(2026, 12, 6)
    with pytest.raises(InvalidSetting) as refused:
        practice_settings.save(vault, replace(settings, time_zone="Mars/Olympus"))
    assert refused.value.field == "time_zone"
    assert practice_settings.load(vault).time_zone == "America/Chicago"


def test_unlocking_reads_the_clock_in_the_stored_zone(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    vault = vault_access.create_practice_vault(
        folder,
        passphrase=PASSPHRASE,
        recovery_code="ABCD-EFGH-JKLM-NPQR-STUV-WXYZ-2345-6789",
        practice_name="そらくも",
        counsellor_name="寺井",
        kdf=FAST_KDF,
    )
    practice_settings.save(vault, replace(practice_settings.load(vault), time_zone="Pacific/Honolulu"))
    vault.close()
    reopened = vault_access.unlock(folder, passphrase=PASSPHRASE)
    try:
        assert reopened.time.zone == ZoneInfo("Pacific/Honolulu")
    finally:
        reopened.close()


def test_a_session_opened_outside_a_unit_of_work_has_no_clock(tmp_path: Path) -> None:
    vault, _code = make_vault(tmp_path / "vault")
    with Session(vault.engine) as session, pytest.raises(RuntimeError):
        practice_time(session)
