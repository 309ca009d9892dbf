"""The command line speaks the locale's language, from the window's own translation files, without Qt.

Under ``LANG=ja_JP.UTF-8`` every sentence is Japanese — counts, the window's
error sentences and argparse's own usage and errors; under ``en_US.UTF-8`` it
is English with its plurals ("1 message", "2 messages").
"""

from __future__ import annotations

import ast
import io
import os
import re
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import pytest

from desktop import cli
from desktop.i18n import ENGLISH, JAPANESE, Catalogue, language, sentence_date, sentence_datetime
from tests.helpers.vaults import PASSPHRASE, make_vault

MAIL = (
    "From: Hanako <hanako@example.jp>\r\nTo: office@example.jp\r\nSubject: booking\r\n"
    "Message-ID: <one@example.jp>\r\nDate: Mon, 07 Dec 2026 10:00:00 +0900\r\n\r\nHello.\r\n"
)


@pytest.fixture
def mail_file(tmp_path: Path) -> Path:
    path = tmp_path / "one.eml"
    path.write_bytes(MAIL.encode("ascii"))
    return path


@pytest.fixture
def vault_folder(vault_dir: Path) -> Path:
    vault, _code = make_vault(vault_dir)
    vault.close()
    return vault_dir


def _run(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], locale: str, *argv: str, stdin: str
) -> tuple[int, str, str]:
    monkeypatch.setenv("LANG", locale)
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    capsys.readouterr()
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _import(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], locale: str, folder: Path, mail: Path
) -> tuple[int, str, str]:
    return _run(
        monkeypatch, capsys, locale, "import-mail", "--vault", str(folder), "--passphrase-stdin", str(mail),
        stdin=PASSPHRASE + "\n",
    )  # fmt: skip


def test_japanese_locale_counts_and_errors_in_japanese(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], vault_folder: Path, mail_file: Path
) -> None:
    code, out, err = _import(monkeypatch, capsys, "ja_JP.UTF-8", vault_folder, mail_file)
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        "one.eml: 1 件を取り込み",
        "ファイル 1 個からメッセージ 1 件を取り込みました。",
    ]

    code, out, err = _import(monkeypatch, capsys, "ja_JP.UTF-8", vault_folder, mail_file)
    assert out.splitlines()[-1] == (
        "ファイル 1 個からメッセージ 0 件を取り込みました。保管庫にすでにある 1 件は取り込みませんでした。"
    )

    code, out, err = _run(
        monkeypatch, capsys, "ja_JP.UTF-8", "check", "--vault", str(vault_folder), "--passphrase-stdin",
        stdin="not the passphrase\n",
    )  # fmt: skip
    assert code == 2 and out == ""
    assert err == "エラー: パスフレーズが正しくありません。もう一度入力してください。\n"


def test_english_locale_counts_with_english_plurals(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], vault_folder: Path, mail_file: Path
) -> None:
    code, out, err = _import(monkeypatch, capsys, "en_US.UTF-8", vault_folder, mail_file)
    assert (code, err) == (0, "")
    assert out.splitlines() == ["one.eml: 1 message imported", "Imported 1 message from 1 file."]

    code, out, err = _import(monkeypatch, capsys, "en_US.UTF-8", vault_folder, mail_file)
    assert out.splitlines() == [
        "one.eml: 0 messages imported; 1 was already in the vault",
        "Imported 0 messages from 1 file. 1 already in the vault was skipped.",
    ]

    code, out, err = _run(
        monkeypatch, capsys, "en_US.UTF-8", "check", "--vault", str(vault_folder), "--passphrase-stdin",
        stdin="not the passphrase\n",
    )  # fmt: skip
    assert (code, err) == (2, "error: That passphrase is not correct. Please try again.\n")


def test_argparse_speaks_the_locale_in_a_fresh_process(tmp_path: Path) -> None:
    """Usage, help and argparse's own errors, end to end; the command line loads no Qt to say them."""
    env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES")}
    env.update(LANG="ja_JP.UTF-8", PYTHONIOENCODING="utf-8", HOME=str(tmp_path))
    probe = (
        "import sys\nfrom desktop.cli import main\ntry:\n    main(['import-mail'])\n"
        "except SystemExit:\n    pass\nprint('PySide6' in sys.modules)"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, env=env, cwd=tmp_path, timeout=120, check=False
    )
    err = done.stderr.decode("utf-8")
    assert err.startswith("使い方: "), err
    assert "エラー: 次の引数が必要です: FILE" in err
    assert done.stdout.decode().strip() == "False"  # no Qt

    env["LANG"] = "en_US.UTF-8"
    command = [sys.executable, "-m", "desktop", "demo", "--help"]
    done = subprocess.run(command, capture_output=True, env=env, cwd=tmp_path, timeout=120, check=False)
    out = done.stdout.decode("utf-8")
    assert out.startswith("usage: ") and "show this help message and exit" in out
    assert "(default: yes)" in out and "(default: True)" not in out


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"LANG": "ja_JP.UTF-8"}, JAPANESE),
        ({"LANG": "en_US.UTF-8", "LC_MESSAGES": "ja_JP.eucJP"}, JAPANESE),
        ({"LANG": "ja_JP.UTF-8", "LC_ALL": "C"}, ENGLISH),
        ({"LANG": "ja_JP.UTF-8", "LC_MESSAGES": "en_GB.UTF-8"}, ENGLISH),
        ({"LC_ALL": "ja_JP.UTF-8", "LC_MESSAGES": "en_US.UTF-8"}, JAPANESE),
    ],
)
def test_the_language_follows_the_locale_as_posix_orders_it(environ: dict[str, str], expected: str) -> None:
    assert language(environ) == expected


def test_plural_forms_follow_each_language() -> None:
    english, japanese = Catalogue.load(ENGLISH), Catalogue.load(JAPANESE)
    assert english.translate("Cli", "%n file(s)", 1) == "1 file"
    assert english.translate("Cli", "%n file(s)", 2) == "2 files"
    assert english.translate("Cli", "%n file(s)", 0) == "0 files"
    assert (japanese.translate("Cli", "%n file(s)", 1), japanese.translate("Cli", "%n file(s)", 2)) == (
        "ファイル 1 個",
        "ファイル 2 個",
    )  # Japanese has one form
    assert english.translate("Cli", "Passphrase: ") == "Passphrase: "  # English is the source
    assert japanese.translate("Cli", "not a text anywhere") == "not a text anywhere"


def test_dates_in_sentences_read_as_each_language_writes_them() -> None:
    assert sentence_date(date(2026, 12, 11), JAPANESE) == "2026年12月11日"
    assert sentence_date(date(2026, 12, 11), ENGLISH) == "December 11, 2026"
    assert sentence_datetime(datetime(2026, 12, 11, 10, 0), JAPANESE) == "2026年12月11日 10:00"
    assert sentence_datetime(datetime(2026, 3, 1, 9, 5), ENGLISH) == "March 1, 2026, 9:05"


def _words(node: ast.expr) -> list[str]:
    """English words written straight into a printed or raised text (not through ``Cli.tr``)."""
    parts = [node] if isinstance(node, ast.Constant) else getattr(node, "values", [])
    texts = [part.value for part in parts if isinstance(part, ast.Constant) and isinstance(part.value, str)]
    return [text for text in texts if re.search("[A-Za-z]{2}", text)]


def test_every_sentence_the_command_line_prints_or_raises_goes_through_the_translation() -> None:
    folder = Path(cli.__file__).parent
    untranslated = []
    for path in sorted(folder.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            called = getattr(node, "func", None)
            if (
                isinstance(node, ast.Call)
                and getattr(called, "id", "") in ("print", "CliError")
                and node.args
            ):
                untranslated += [f"{path.name}: {word!r}" for word in _words(node.args[0])]
            if isinstance(node, ast.keyword) and node.arg in ("help", "description", "title"):
                untranslated += [f"{path.name}: {word!r}" for word in _words(node.value)]
    assert untranslated == []
