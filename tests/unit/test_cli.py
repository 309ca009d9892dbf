"""The command line: ``python -m desktop init``, ``check`` and ``demo`` (P-SAFEGUARD).

Most cases call :func:`desktop.cli.main` directly with a fake standard input
and Argon2id tuning replaced by the fast, in-bounds test parameters; a few run
``python -m desktop`` in a subprocess end to end, with the real tuning.

The contract under test (``desktop/cli/``): passphrases come only from a
prompt or from one line of standard input, never from arguments; exit 0 means
it worked, 1 a check failed, 2 wrong passphrase or unusable input; every
failure is exactly one line on stderr and never a traceback.
"""

from __future__ import annotations

import io
import os
import re
import stat
import subprocess
import sys
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from desktop import cli
from desktop.cli import base
from desktop.demo import practice
from desktop.models import AuditEvent, Client
from desktop.policy.bookings import STARTER_MINUTES, STARTER_PRICE_YEN
from desktop.services.bookings import session_menu
from desktop.vault import audit, store
from desktop.vault.files import DB_FILE, KEYS_FILE
from desktop.vault.keyslots import KdfParams, SlotKind, unwrap_key
from desktop.vault.recovery import ALPHABET, normalise
from tests.helpers.vaults import FAST_KDF, PASSPHRASE, make_vault, snapshot

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")

_GROUP = f"[{re.escape(ALPHABET)}]{{4}}"
#: The recovery code line: eight groups of four, indented, nothing else.
RECOVERY_LINE = re.compile(rf"^\s+((?:{_GROUP}-){{7}}{_GROUP})$", re.MULTILINE)
GOOD_PASSPHRASE = "an 'unusual' \"quoted\" 合言葉 そらくも 2026"
#: Spelt with combining marks (NFD), as a macOS terminal may send it.
DECOMPOSED = unicodedata.normalize("NFD", "がぎぐ ポパピ café 'q' \"r\" 相談室")


@dataclass(frozen=True)
class Outcome:
    code: int
    out: str
    err: str

    def one_error_line(self) -> str:
        """The failure's single stderr line (asserting that there is exactly one)."""
        assert self.err.endswith("\n"), self.err
        lines = self.err.splitlines()
        assert len(lines) == 1, self.err
        assert lines[0].startswith("error: "), lines[0]
        return lines[0]


class _Terminal(io.TextIOWrapper):
    """Standard input that says it is a terminal, so the CLI prompts (through ``getpass``)."""

    def isatty(self) -> bool:
        return True


@pytest.fixture
def tuning_calls(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Replace the ~0.75 s Argon2id tuning by the fast test parameters; count the calls."""
    calls: list[int] = []

    def fast_tune_kdf() -> KdfParams:
        calls.append(1)
        return FAST_KDF

    # store.create_vault looks ``tune_kdf`` up in its own module namespace.
    monkeypatch.setattr(store, "tune_kdf", fast_tune_kdf)
    return calls


@pytest.fixture
def run_cli(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tuning_calls: list[int]
) -> Iterator[Callable[..., Outcome]]:
    """Call ``desktop.cli.main(argv)`` with ``stdin`` (text or raw bytes) as standard input."""

    def run(*argv: str, stdin: str | bytes = "", terminal: bool = False) -> Outcome:
        data = stdin.encode("utf-8") if isinstance(stdin, str) else stdin
        kind = _Terminal if terminal else io.TextIOWrapper
        fake_stdin = kind(io.BytesIO(data), encoding="utf-8", errors="surrogateescape")
        monkeypatch.setattr(sys, "stdin", fake_stdin)
        capsys.readouterr()
        code = cli.main(list(argv))
        out, err = capsys.readouterr()
        assert "Traceback" not in err and "Traceback" not in out
        return Outcome(code, out, err)

    yield run


def _cli_env(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring",
        PYTHONIOENCODING="utf-8",
    )
    return env


def run_module(*argv: str, stdin: str | bytes, home: Path) -> Outcome:
    """``python -m desktop ARGV`` in a fresh process, as a counsellor or a script would run it."""
    data = stdin.encode("utf-8") if isinstance(stdin, str) else stdin
    done = subprocess.run(
        [sys.executable, "-m", "desktop", *argv],
        input=data,
        capture_output=True,
        env=_cli_env(home),
        cwd=home,
        timeout=120,
        check=False,
    )
    out, err = done.stdout.decode("utf-8"), done.stderr.decode("utf-8")
    assert "Traceback" not in err and "Traceback" not in out
    return Outcome(done.returncode, out, err)


def _recovery_code(out: str) -> str:
    codes = RECOVERY_LINE.findall(out)
    assert len(codes) == 1, out
    groups = codes[0].split("-")
    assert len(groups) == 8 and all(len(group) == 4 for group in groups)
    return str(codes[0])


def _slot_opens(folder: Path, kind: SlotKind, secret: str) -> bool:
    return unwrap_key(store.read_key_file(folder), kind, secret) is not None


def _table_counts(out: str) -> dict[str, int]:
    counts: dict[str, int] = {}
    for line in out.splitlines():
        if line.startswith(("ok:", "records:")):
            continue
        name, count = line.split(" ")
        assert name not in counts, f"{name} listed twice"
        counts[name] = int(count)
    return counts


def _closed_vault(folder: Path, passphrase: str = PASSPHRASE) -> None:
    vault, _code = make_vault(folder, passphrase)
    vault.close()


# --- init ----------------------------------------------------------------------------------


@posix_only
def test_p_safeguard_init_creates_the_vault_and_prints_its_recovery_code_once(
    run_cli: Callable[..., Outcome], vault_dir: Path, tuning_calls: list[int]
) -> None:
    result = run_cli("init", "--vault", str(vault_dir), "--passphrase-stdin", stdin=GOOD_PASSPHRASE + "\n")

    assert (result.code, result.err) == (0, "")
    code = _recovery_code(result.out)
    assert sorted(snapshot(vault_dir)) == [KEYS_FILE, DB_FILE]
    assert stat.S_IMODE(vault_dir.stat().st_mode) == 0o700
    assert {stat.S_IMODE(path.stat().st_mode) for path in vault_dir.iterdir()} == {0o600}
    # The printed code is the one in the recovery slot; the passphrase opens its own slot.
    assert _slot_opens(vault_dir, SlotKind.RECOVERY, normalise(code))
    assert _slot_opens(vault_dir, SlotKind.PASSPHRASE, GOOD_PASSPHRASE)
    assert not _slot_opens(vault_dir, SlotKind.PASSPHRASE, GOOD_PASSPHRASE + " ")
    assert tuning_calls == [1]  # tuned once, used for both slots


@pytest.mark.parametrize("damage", ["none", "keys_truncated", "db_only"])
def test_init_refuses_an_existing_vault_and_leaves_every_byte(
    run_cli: Callable[..., Outcome], vault_dir: Path, damage: str, tuning_calls: list[int]
) -> None:
    _closed_vault(vault_dir)
    keys = vault_dir / KEYS_FILE
    if damage == "keys_truncated":
        keys.write_bytes(keys.read_bytes()[:40])
    elif damage == "db_only":
        keys.unlink()
    before = snapshot(vault_dir)
    tuning_calls.clear()

    result = run_cli("init", "--vault", str(vault_dir), "--passphrase-stdin", stdin=GOOD_PASSPHRASE + "\n")

    assert result.code == 2
    assert "already exists" in result.one_error_line()
    assert result.out == ""
    assert snapshot(vault_dir) == before
    assert tuning_calls == []


@pytest.mark.parametrize("passphrase", ["short", "", "そらくも"])
def test_p_safeguard_init_refuses_a_too_short_passphrase_before_writing_anything(
    run_cli: Callable[..., Outcome], vault_dir: Path, passphrase: str, tuning_calls: list[int]
) -> None:
    result = run_cli("init", "--vault", str(vault_dir), "--passphrase-stdin", stdin=passphrase + "\n")

    assert result.code == 2
    line = result.one_error_line()
    assert "P-SAFEGUARD" in line
    assert result.out == ""
    assert not vault_dir.exists() or snapshot(vault_dir) == {}
    assert tuning_calls == []  # refused before any key derivation


def test_init_asks_twice_at_a_terminal_and_refuses_two_different_passphrases(
    run_cli: Callable[..., Outcome], vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = iter([GOOD_PASSPHRASE, GOOD_PASSPHRASE + "x"])
    monkeypatch.setattr(base.getpass, "getpass", lambda _prompt="": next(answers))

    result = run_cli("init", "--vault", str(vault_dir), terminal=True)

    assert result.code == 2
    assert "differ" in result.one_error_line()
    assert not vault_dir.exists() or snapshot(vault_dir) == {}


def test_init_at_a_terminal_creates_the_vault_when_both_answers_match(
    run_cli: Callable[..., Outcome], vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    prompts: list[str] = []

    def fake_getpass(prompt: str = "") -> str:
        prompts.append(prompt)
        return GOOD_PASSPHRASE

    monkeypatch.setattr(base.getpass, "getpass", fake_getpass)

    result = run_cli("init", "--vault", str(vault_dir), terminal=True)

    assert (result.code, result.err) == (0, "")
    assert len(prompts) == 2
    _recovery_code(result.out)
    assert _slot_opens(vault_dir, SlotKind.PASSPHRASE, GOOD_PASSPHRASE)


def _menu(folder: Path) -> list[tuple[str, str, int, int]]:
    vault = store.open_with_passphrase(folder, GOOD_PASSPHRASE)
    try:
        return [
            (item.name, item.format.value, item.duration_minutes, item.price_yen)
            for item in session_menu.list_items(vault)
        ]
    finally:
        vault.close()


def test_p_format_init_leaves_a_starter_menu_from_its_options(
    run_cli: Callable[..., Outcome], vault_dir: Path
) -> None:
    result = run_cli(
        "init", "--vault", str(vault_dir), "--passphrase-stdin",
        "--in-person-minutes", "60", "--in-person-price", "9000", "--online-price", "7500",
        stdin=GOOD_PASSPHRASE + "\n",
    )  # fmt: skip

    assert (result.code, result.err) == (0, "")
    assert _menu(vault_dir) == [
        ("対面カウンセリング", "in_person", 60, 9000),
        ("オンラインカウンセリング", "online_video", STARTER_MINUTES, 7500),
    ]
    assert "対面カウンセリング: 60 minutes, 9,000 yen" in result.out


def test_p_format_init_asks_for_the_starter_menu_at_a_terminal(
    run_cli: Callable[..., Outcome], vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(base.getpass, "getpass", lambda _prompt="": GOOD_PASSPHRASE)

    # In person: 45 minutes, the default price (Enter); online: "abc" is refused, then 40; 6000 yen.
    result = run_cli("init", "--vault", str(vault_dir), stdin="45\n\nabc\n40\n6000\n", terminal=True)

    assert (result.code, result.err.strip()) == (0, "Please type a whole number.")
    assert "Minutes of an in-person session [50]: " in result.out
    assert [row[2:] for row in _menu(vault_dir)] == [(45, STARTER_PRICE_YEN), (40, 6000)]


def test_init_refuses_a_starter_price_out_of_range_before_writing_anything(
    run_cli: Callable[..., Outcome], vault_dir: Path
) -> None:
    result = run_cli(
        "init", "--vault", str(vault_dir), "--passphrase-stdin", "--online-minutes", "5",
        stdin=GOOD_PASSPHRASE + "\n",
    )  # fmt: skip

    assert result.code == 2
    assert "between 10 and 480" in result.one_error_line()
    assert not vault_dir.exists() or snapshot(vault_dir) == {}


# --- check ---------------------------------------------------------------------------------


def test_check_prints_one_count_line_per_table_and_succeeds(
    run_cli: Callable[..., Outcome], vault_dir: Path
) -> None:
    _closed_vault(vault_dir)

    result = run_cli("check", "--vault", str(vault_dir), "--passphrase-stdin", stdin=PASSPHRASE + "\n")

    assert (result.code, result.err) == (0, "")
    assert result.out.splitlines()[-1].startswith("ok:")
    records = "records: all 0 consent and disclosure rows match their sealed events"
    assert result.out.splitlines()[-2] == records
    counts = _table_counts(result.out)
    assert {"audit_events", "settings", "properties"} <= set(counts)
    assert counts["audit_events"] >= 2  # created, then unlocked by this check
    vault = store.open_with_passphrase(vault_dir, PASSPHRASE)
    try:
        # Every table but Alembic's, and a search index once (not SQLite's internal tables for it).
        tables = {
            name
            for name in inspect(vault.engine).get_table_names()
            if name != "alembic_version" and not name.startswith("client_search_")
        }
        with vault.unit_of_work() as session:
            events = session.execute(text("SELECT count(*) FROM audit_events")).scalar_one()
    finally:
        vault.close()
    assert set(counts) == tables
    assert counts["audit_events"] == events - 1  # this last open added one more


def test_check_with_a_wrong_passphrase_exits_2_and_changes_nothing(
    run_cli: Callable[..., Outcome], vault_dir: Path
) -> None:
    _closed_vault(vault_dir)
    before = snapshot(vault_dir)

    result = run_cli("check", "--vault", str(vault_dir), "--passphrase-stdin", stdin=PASSPHRASE + "!\n")

    assert result.code == 2
    assert "passphrase is not correct" in result.one_error_line()
    assert result.out == ""
    assert snapshot(vault_dir) == before


def test_p_safeguard_check_finds_a_removed_audit_row(
    run_cli: Callable[..., Outcome], vault_dir: Path
) -> None:
    vault, _code = make_vault(vault_dir)
    with vault.unit_of_work() as session:
        for number in range(3):
            audit.append(session, "client.viewed", entity="client", entity_id=number)
    with vault.unit_of_work() as session:
        assert session.get(AuditEvent, 3) is not None
        session.execute(text("DELETE FROM audit_events WHERE id = 3"))
    vault.close()

    result = run_cli("check", "--vault", str(vault_dir), "--passphrase-stdin", stdin=PASSPHRASE + "\n")

    assert result.code == 1
    assert "audit chain" in result.one_error_line()
    assert "audit_events" in _table_counts(result.out)


def test_p_safeguard_check_prints_one_line_for_a_consent_row_changed_outside_the_app(
    run_cli: Callable[..., Outcome], vault_dir: Path
) -> None:
    from datetime import date

    from desktop.policy.disclosure import ConsentKind, ConsentMethod
    from desktop.services import clients, consents

    vault, _code = make_vault(vault_dir)
    client_id = clients.create_client(vault, draft=clients.ClientDraft(full_name="山田 花子")).id
    draft = consents.ConsentDraft(ConsentKind.SENSITIVE_DATA, date(2026, 1, 5), ConsentMethod.FORM)
    consent_id = consents.record_consent(vault, client_id=client_id, draft=draft).id
    vault.close()
    result = run_cli("check", "--vault", str(vault_dir), "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert result.code == 0, result.err
    assert "records: the 1 consent or disclosure row matches its sealed event" in result.out.splitlines()

    vault = store.open_with_passphrase(vault_dir, PASSPHRASE)
    with vault.unit_of_work() as session:
        session.execute(text("UPDATE consents SET method = 'phone' WHERE id = :id"), {"id": consent_id})
    vault.close()
    result = run_cli("check", "--vault", str(vault_dir), "--passphrase-stdin", stdin=PASSPHRASE + "\n")

    assert result.code == 1
    [line] = [line for line in result.out.splitlines() if line.startswith("records:")]
    changed = f"consent {consent_id} no longer matches the row its last event recorded"
    assert line == f"records: 1 does not match: {changed}"
    assert f"consent {consent_id}" in result.one_error_line()
    assert "山田" not in result.out + result.err  # ids only, never personal data


def test_check_on_a_missing_folder_exits_2_without_creating_it(
    run_cli: Callable[..., Outcome], tmp_path: Path
) -> None:
    missing = tmp_path / "nowhere" / "vault"

    result = run_cli("check", "--vault", str(missing), "--passphrase-stdin", stdin=PASSPHRASE + "\n")

    assert result.code == 2
    assert "no vault" in result.one_error_line()
    assert not missing.parent.exists()


@pytest.mark.parametrize("keep", [0, 1, 60, -2])
def test_check_refuses_a_truncated_key_file(
    run_cli: Callable[..., Outcome], vault_dir: Path, keep: int
) -> None:
    _closed_vault(vault_dir)
    keys = vault_dir / KEYS_FILE
    keys.write_bytes(keys.read_bytes()[:keep])
    before = snapshot(vault_dir)

    result = run_cli("check", "--vault", str(vault_dir), "--passphrase-stdin", stdin=PASSPHRASE + "\n")

    assert result.code == 2
    line = result.one_error_line()
    assert "keys.json" in line and "passphrase" not in line
    assert snapshot(vault_dir) == before


# --- demo ----------------------------------------------------------------------------------


def _demo(run_cli: Callable[..., Outcome], folder: Path, passphrase: str, *extra: str) -> Outcome:
    return run_cli("demo", "--vault", str(folder), "--passphrase-stdin", *extra, stdin=passphrase + "\n")


def _clients_and_chain(folder: Path, passphrase: str) -> tuple[list[str], bool]:
    vault = store.open_with_passphrase(folder, passphrase)
    try:
        with vault.unit_of_work() as session:
            names = [c.full_name for c in session.query(Client).order_by(Client.id)]
            intact = audit.verify(session).intact
    finally:
        vault.close()
    return names, intact


def test_demo_creates_the_vault_prints_its_recovery_code_and_fills_it(
    run_cli: Callable[..., Outcome], vault_dir: Path
) -> None:
    result = _demo(run_cli, vault_dir, GOOD_PASSPHRASE, "--clients", "12", "--years", "2", "--seed", "3")

    assert (result.code, result.err) == (0, ""), result.err
    code = _recovery_code(result.out)
    assert _slot_opens(vault_dir, SlotKind.RECOVERY, normalise(code))
    assert "Added 12 demo clients" in result.out.splitlines()[-1]
    names, intact = _clients_and_chain(vault_dir, GOOD_PASSPHRASE)
    assert len(names) == 12 and intact
    assert not any(name in result.out for name in names)  # no personal data on the terminal


def test_demo_over_one_year_says_year_in_the_singular(
    run_cli: Callable[..., Outcome], vault_dir: Path
) -> None:
    result = _demo(run_cli, vault_dir, GOOD_PASSPHRASE, "--clients", "1", "--years", "1", "--no-bookings")

    assert result.code == 0, result.err
    assert " over 1 year (seed 1)" in result.out.splitlines()[-1]


def test_demo_adds_to_an_existing_vault_without_a_new_recovery_code(
    run_cli: Callable[..., Outcome], vault_dir: Path, tuning_calls: list[int]
) -> None:
    _closed_vault(vault_dir)
    tuning_calls.clear()

    first = _demo(run_cli, vault_dir, PASSPHRASE, "--clients", "4", "--seed", "5")
    second = _demo(run_cli, vault_dir, PASSPHRASE, "--clients", "4", "--seed", "5")

    assert (first.code, first.err, second.code) == (0, "", 0), first.err + second.err
    assert not RECOVERY_LINE.search(first.out) and "Recovery code" not in first.out
    assert tuning_calls == []  # nothing new was derived
    names, intact = _clients_and_chain(vault_dir, PASSPHRASE)
    assert len(names) == 8 and intact
    assert names[:4] == names[4:]  # the same seed gives the same clients


def test_demo_with_a_wrong_passphrase_on_an_existing_vault_exits_2_and_changes_nothing(
    run_cli: Callable[..., Outcome], vault_dir: Path
) -> None:
    _closed_vault(vault_dir)
    before = snapshot(vault_dir)

    result = _demo(run_cli, vault_dir, PASSPHRASE + "!", "--clients", "3")

    assert result.code == 2
    assert "passphrase is not correct" in result.one_error_line()
    assert result.out == ""
    assert snapshot(vault_dir) == before


def test_demo_without_faker_says_how_to_install_it_and_creates_nothing(
    run_cli: Callable[..., Outcome], vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(practice, "available", lambda: False)

    result = _demo(run_cli, vault_dir, GOOD_PASSPHRASE)

    assert result.code == 2
    line = result.one_error_line()
    assert line == "error: the demo needs Faker: pip install 'sorakumo-desk[demo]' (or pip install faker)"
    assert "-e" not in line.split()  # not an editable install: the counsellor has no source tree
    assert not vault_dir.exists()


@pytest.mark.parametrize(
    ("option", "value"), [("--clients", "-1"), ("--clients", "100001"), ("--years", "0")]
)
def test_demo_refuses_counts_out_of_range_in_one_line_before_creating_a_vault(
    run_cli: Callable[..., Outcome], vault_dir: Path, option: str, value: str
) -> None:
    result = _demo(run_cli, vault_dir, GOOD_PASSPHRASE, option, value)

    assert result.code == 2
    assert option in result.one_error_line()
    assert not vault_dir.exists()


# --- how the passphrase arrives ------------------------------------------------------------


def test_quotes_and_japanese_in_the_passphrase_work_through_stdin(
    run_cli: Callable[..., Outcome], vault_dir: Path
) -> None:
    assert {"'", '"'} <= set(GOOD_PASSPHRASE) and "合言葉" in GOOD_PASSPHRASE
    created = run_cli("init", "--vault", str(vault_dir), "--passphrase-stdin", stdin=GOOD_PASSPHRASE + "\r\n")
    assert created.code == 0, created.err

    checked = run_cli("check", "--vault", str(vault_dir), "--passphrase-stdin", stdin=GOOD_PASSPHRASE + "\n")

    assert (checked.code, checked.err) == (0, ""), checked.err


def test_p_safeguard_a_decomposed_passphrase_opens_what_the_composed_one_made(
    run_cli: Callable[..., Outcome], vault_dir: Path
) -> None:
    composed = unicodedata.normalize("NFC", DECOMPOSED)
    assert composed != DECOMPOSED
    created = run_cli("init", "--vault", str(vault_dir), "--passphrase-stdin", stdin=composed + "\n")
    assert created.code == 0, created.err

    checked = run_cli("check", "--vault", str(vault_dir), "--passphrase-stdin", stdin=DECOMPOSED + "\n")

    assert checked.code == 0, checked.err


@pytest.mark.parametrize(
    "argv",
    [
        ["check", "--passphrase", PASSPHRASE],
        ["check", f"--passphrase={PASSPHRASE}"],
        ["check", "--passphrase"],  # once quietly accepted as an abbreviation of --passphrase-stdin
        ["check", "--pass", PASSPHRASE],
        ["check", "-p", PASSPHRASE],
        ["init", "--passphrase", PASSPHRASE],
        ["check", PASSPHRASE],
    ],
)
def test_p_safeguard_the_passphrase_is_never_taken_from_the_arguments(
    run_cli: Callable[..., Outcome], vault_dir: Path, argv: list[str]
) -> None:
    _closed_vault(vault_dir)
    before = snapshot(vault_dir)

    with pytest.raises(SystemExit) as exited:
        run_cli(*argv, "--vault", str(vault_dir), stdin=PASSPHRASE + "\n")

    assert exited.value.code == 2
    assert snapshot(vault_dir) == before


def test_the_only_passphrase_option_reads_standard_input() -> None:
    parser = cli.build_parser()
    subcommands = next(
        action for action in parser._actions if isinstance(action, cli.argparse._SubParsersAction)
    )
    assert set(subcommands.choices) == set(cli.COMMANDS)
    for name, sub in subcommands.choices.items():
        options = {option for action in sub._actions for option in action.option_strings}
        assert {option for option in options if "pass" in option} == {"--passphrase-stdin"}, name
        assert not sub.allow_abbrev, name


@pytest.mark.parametrize(
    ("stdin", "expected"),
    [
        (b"", "no passphrase on standard input"),
        (b"\xff\xfe not text\n", "not valid text"),
    ],
)
def test_unusable_standard_input_is_one_line(
    run_cli: Callable[..., Outcome], vault_dir: Path, stdin: bytes, expected: str
) -> None:
    _closed_vault(vault_dir)
    before = snapshot(vault_dir)

    result = run_cli("check", "--vault", str(vault_dir), "--passphrase-stdin", stdin=stdin)

    assert result.code == 2
    assert expected in result.one_error_line()
    assert snapshot(vault_dir) == before


def test_without_a_terminal_or_the_option_it_says_how_to_give_the_passphrase(
    run_cli: Callable[..., Outcome], vault_dir: Path
) -> None:
    _closed_vault(vault_dir)

    result = run_cli("check", "--vault", str(vault_dir), stdin=PASSPHRASE + "\n")

    assert result.code == 2
    assert "--passphrase-stdin" in result.one_error_line()


def test_end_of_input_at_the_prompt_is_one_line(
    run_cli: Callable[..., Outcome], vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def ctrl_d(_prompt: str = "") -> str:
        raise EOFError

    monkeypatch.setattr(base.getpass, "getpass", ctrl_d)

    result = run_cli("init", "--vault", str(vault_dir), terminal=True)

    assert result.code == 2
    assert "no passphrase" in result.one_error_line()
    assert not vault_dir.exists()


def test_a_closed_standard_input_is_one_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], vault_dir: Path
) -> None:
    monkeypatch.setattr(sys, "stdin", None)

    code = cli.main(["check", "--vault", str(vault_dir), "--passphrase-stdin"])

    assert code == 2
    line = Outcome(code, *capsys.readouterr()).one_error_line()
    assert line.startswith("error: there is no standard input")


# --- end to end, in fresh processes --------------------------------------------------------


def test_end_to_end_init_then_check_with_the_real_key_derivation(tmp_path: Path) -> None:
    home, vault = tmp_path / "home", tmp_path / "vault"
    home.mkdir()

    created = run_module(
        "init", "--vault", str(vault), "--passphrase-stdin", stdin=GOOD_PASSPHRASE + "\n", home=home
    )

    assert (created.code, created.err) == (0, ""), created.err
    code = _recovery_code(created.out)
    assert sorted(snapshot(vault)) == [KEYS_FILE, DB_FILE]
    slot = store.read_key_file(vault).slot(SlotKind.PASSPHRASE)
    assert slot.kdf != FAST_KDF and slot.kdf.memory_kib >= 64 * 1024  # tuned, not the test parameters
    assert code not in (vault / KEYS_FILE).read_text("utf-8")

    checked = run_module(
        "check", "--vault", str(vault), "--passphrase-stdin", stdin=GOOD_PASSPHRASE + "\n", home=home
    )

    assert (checked.code, checked.err) == (0, ""), checked.err
    counts = _table_counts(checked.out)
    assert counts["settings"] > 0  # init stored the practice's names
    assert {"audit_events", "properties"} <= set(counts)


def test_end_to_end_failures_are_one_line_without_a_traceback(tmp_path: Path) -> None:
    home, vault = tmp_path / "home", tmp_path / "vault"
    home.mkdir()
    _closed_vault(vault)
    before = snapshot(vault)

    wrong = run_module(
        "check", "--vault", str(vault), "--passphrase-stdin", stdin="not it at all\n", home=home
    )
    missing = run_module(
        "check", "--vault", str(tmp_path / "none"), "--passphrase-stdin", stdin=PASSPHRASE + "\n", home=home
    )
    in_argv = run_module("check", "--vault", str(vault), "--passphrase", PASSPHRASE, stdin=b"", home=home)

    assert wrong.code == 2 and "passphrase is not correct" in wrong.one_error_line()
    assert missing.code == 2 and "no vault" in missing.one_error_line()
    assert in_argv.code == 2 and "unrecognized arguments" in in_argv.err
    assert snapshot(vault) == before


def test_end_to_end_a_tampered_database_page_is_one_line(tmp_path: Path) -> None:
    """SQLCipher's own "hmac check failed" log lines must not join the one-line message."""
    home, vault = tmp_path / "home", tmp_path / "vault"
    home.mkdir()
    _closed_vault(vault)
    with (vault / DB_FILE).open("r+b") as handle:  # a byte of page 1, past the 16-byte salt
        handle.seek(200)
        byte = handle.read(1)[0]
        handle.seek(200)
        handle.write(bytes([byte ^ 0x01]))

    result = run_module(
        "check", "--vault", str(vault), "--passphrase-stdin", stdin=PASSPHRASE + "\n", home=home
    )

    assert result.code == 2
    assert "damaged" in result.one_error_line()
