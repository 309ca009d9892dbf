"""The Linux bundle and its .deb, as ``make dist`` leaves them, work on their own (``make dist-test``).

Marked ``bundle``: building takes several minutes on this machine, so ``make
test`` leaves these out and ``make dist-test`` builds and runs them. The
bundle is used as a counsellor's computer would: ``init`` and ``check`` from
its command-line program, and the window opened offscreen on a Japanese
system, unlocked, with the calendar (the week grid and its public holidays,
whose locale data the bundle must carry), the clients and the inbox painted
in Japanese. The .deb is unpacked and the program inside it run the same way.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.install.conftest import JAPANESE_SELF_CHECK, PASSPHRASE, japanese_env

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = Path(os.environ.get("SORAKUMO_BUNDLE", ROOT / "build" / "dist" / "sorakumo-desk"))
DEB_FOLDER = ROOT / "build"
TIMEOUT = 300

pytestmark = pytest.mark.bundle
#: Windows' windowed program has no standard input or output; its console twin runs the same code.
WINDOW = "sorakumo-desk-cli" if sys.platform == "win32" else "sorakumo-desk"


def _program(folder: Path, name: str) -> Path:
    return folder / (f"{name}.exe" if sys.platform == "win32" else name)


def _run(
    folder: Path, name: str, *args: str, home: Path, stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(_program(folder, name)), *args], input=stdin, cwd=home.parent, env=japanese_env(home),
        capture_output=True, text=True, timeout=TIMEOUT,
    )  # fmt: skip


def _smoke(folder: Path, tmp_path: Path) -> None:
    """init, check and the painted screens in Japanese, from the programs in ``folder``."""
    home, vault, shots = tmp_path / "home", tmp_path / "vault", tmp_path / "shots"
    home.mkdir(parents=True)
    created = _run(folder, "sorakumo-desk-cli", "init", "--vault", str(vault), "--passphrase-stdin",
                   home=home, stdin=PASSPHRASE + "\n")  # fmt: skip
    assert created.returncode == 0, created.stderr
    checked = _run(folder, "sorakumo-desk-cli", "check", "--vault", str(vault), "--passphrase-stdin",
                   home=home, stdin=PASSPHRASE + "\n")  # fmt: skip
    assert checked.returncode == 0, checked.stderr
    opened = _run(folder, WINDOW, "--vault", str(vault), "--self-check", str(shots),
                  home=home, stdin=PASSPHRASE + "\n")  # fmt: skip
    assert opened.returncode == 0, opened.stdout + opened.stderr
    assert opened.stdout.splitlines() == JAPANESE_SELF_CHECK
    assert all((shots / f"{key}.png").stat().st_size > 10_000 for key in ("calendar", "clients", "inbox"))
    if sys.platform != "win32":  # Windows keeps the log under the real user's AppData, not $HOME
        (log_file,) = home.rglob("sorakumo-desk.log")
        log = log_file.read_text("utf-8")
        assert "session unlocked" in log and "Traceback" not in log and "translation" not in log


@pytest.fixture
def bundle() -> Path:
    if not _program(BUNDLE, "sorakumo-desk-cli").exists():
        pytest.fail(f"no bundle in {BUNDLE}: run make dist first")
    return BUNDLE


def test_the_bundle_opens_a_vault_and_paints_in_japanese(bundle: Path, tmp_path: Path) -> None:
    _smoke(bundle, tmp_path)


def test_the_bundle_shows_the_window_s_own_help(bundle: Path, tmp_path: Path) -> None:
    shown = _run(bundle, WINDOW, "--help", home=tmp_path / "home")
    assert shown.returncode == 0
    assert shown.stdout.startswith(f"usage: {WINDOW} [-h] [--vault DIR] [--debug]")
    assert "--self-check DIR" in shown.stdout and "{init,check" not in shown.stdout


def test_the_deb_installs_the_program_and_its_desktop_identity(tmp_path: Path) -> None:
    debs = sorted(DEB_FOLDER.glob("sorakumo-desk_*_amd64.deb"))
    if not debs:
        pytest.fail(f"no .deb in {DEB_FOLDER}: run make dist first")
    unpacked = tmp_path / "root"
    subprocess.run(["dpkg-deb", "-x", str(debs[-1]), str(unpacked)], check=True, timeout=TIMEOUT)
    share = unpacked / "usr" / "share"
    assert (share / "applications" / "jp.sorakumo.desk.desktop").exists()
    assert (share / "metainfo" / "jp.sorakumo.desk.metainfo.xml").exists()
    assert (share / "icons" / "hicolor" / "256x256" / "apps" / "jp.sorakumo.desk.png").exists()
    assert os.readlink(unpacked / "usr" / "bin" / "sorakumo-desk") == "/opt/sorakumo-desk/sorakumo-desk"
    fields = subprocess.run(
        ["dpkg-deb", "-f", str(debs[-1]), "Package", "Depends"], capture_output=True, text=True, check=True
    ).stdout
    assert "Package: sorakumo-desk" in fields and "libc6 (>= 2." in fields
    _smoke(unpacked / "opt" / "sorakumo-desk", tmp_path / "from-deb")
