"""No core file, no memory dump (issue 13): the keys of an unlocked process never land on disk by a crash.

The app and the command line, started as a counsellor starts them, become
not dumpable (``prctl(PR_GET_DUMPABLE)`` says 0, read by a thread inside the
child) with a core file limit of 0, soft and hard. A
child that unlocks a test vault and then aborts, started with the most
permissive core limit its parent may grant, leaves no core file; the same
child without the hardening (the control) does leave one, so the test shows
that a core would have been written here. Where the kernel sends cores
elsewhere (``core_pattern`` a pipe to systemd-coredump or apport, or an
absolute folder), the crash cannot be observed from a test without changing a
system-wide setting: the crash test is then skipped with that sentence and
the limits test still runs.
"""

from __future__ import annotations

import os
import resource
import selectors
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers.vaults import PASSPHRASE, make_vault

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="prctl and core_pattern (Linux)")

ROOT = Path(__file__).resolve().parents[2]
#: The longest a child may take to import and harden itself; the wait ends as soon as it has.
START_LIMIT = 120.0


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}


#: Runs the real entry point with a watcher thread beside it that reports, once, when the process
#: has become not dumpable (``prctl(PR_GET_DUMPABLE)`` is 0) and its core limits at that moment.
_WATCHED = """
import ctypes, resource, runpy, sys, threading, time
libc = ctypes.CDLL(None)
def watch():
    while libc.prctl(3, 0, 0, 0, 0) != 0:  # PR_GET_DUMPABLE
        time.sleep(0.005)
    print("not-dumpable", *resource.getrlimit(resource.RLIMIT_CORE), flush=True)
threading.Thread(target=watch, daemon=True).start()
entry = sys.argv.pop(1)
if entry == "python -m desktop":
    runpy.run_module("desktop", run_name="__main__", alter_sys=True)
else:
    from desktop.cli import run
    sys.exit(run())
"""


def _permissive() -> None:
    """In the child before exec: the largest core limit the parent may give."""
    hard = resource.getrlimit(resource.RLIMIT_CORE)[1]
    resource.setrlimit(resource.RLIMIT_CORE, (hard, hard))


def _first_line(child: subprocess.Popen[bytes]) -> str:
    """The child's first line of output, waiting for it (or for the child to end)."""
    assert child.stdout is not None
    with selectors.DefaultSelector() as selector:
        selector.register(child.stdout, selectors.EVENT_READ)
        assert selector.select(timeout=START_LIMIT), "the child said nothing"
    return child.stdout.readline().decode().strip()


@pytest.mark.parametrize(
    ("entry", "arguments"),
    [
        ("python -m desktop", ["check", "--vault", "{vault}", "--passphrase-stdin"]),
        ("sorakumo-desk-cli", ["check", "--vault", "{vault}", "--passphrase-stdin"]),
        ("python -m desktop", ["--vault", "{vault}"]),
    ],
    ids=["python-m-desktop-command", "sorakumo-desk-cli", "window"],
)
def test_the_app_as_started_is_not_dumpable_and_writes_no_core(
    tmp_path: Path, entry: str, arguments: list[str]
) -> None:
    vault, _code = make_vault(tmp_path / "vault")
    vault.close()
    argv = [
        sys.executable,
        "-c",
        _WATCHED,
        entry,
        *(a.replace("{vault}", str(tmp_path / "vault")) for a in arguments),
    ]
    child = subprocess.Popen(
        argv,
        cwd=tmp_path,
        env=_env(),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        preexec_fn=_permissive,
    )
    try:
        assert _first_line(child) == "not-dumpable 0 0"
    finally:
        child.kill()
        child.communicate(timeout=60)


def _cores_land_in_the_working_folder() -> str | None:
    """``None`` when a crash's core would be written in the crashing process's folder; else why not."""
    pattern = Path("/proc/sys/kernel/core_pattern").read_text().strip()
    if pattern.startswith("|") or "/" in pattern:
        return f"core_pattern is {pattern!r}: cores go elsewhere; the limits test covers this machine"
    if resource.getrlimit(resource.RLIMIT_CORE)[1] == 0:
        return "the hard core limit of the test process is 0: no child could write a core"
    return None


def _crash(folder: Path, *flags: str) -> tuple[int, str, list[Path]]:
    folder.mkdir()
    child = subprocess.run(
        [sys.executable, "-m", "tests.helpers.unlocked_crash", *flags],
        cwd=folder,
        env=_env(),
        input=f"{folder.parent / 'vault'}\n{PASSPHRASE}\n".encode(),
        capture_output=True,
        preexec_fn=_permissive,
        timeout=START_LIMIT,
    )
    return child.returncode, child.stdout.decode(), sorted(folder.iterdir())


def test_a_crash_of_an_unlocked_process_leaves_no_core(tmp_path: Path) -> None:
    why_not = _cores_land_in_the_working_folder()
    if why_not is not None:
        pytest.skip(why_not)
    vault, _code = make_vault(tmp_path / "vault")
    vault.close()

    code, out, left = _crash(tmp_path / "bare", "--bare")
    assert code == -signal.SIGABRT and out.strip() == "unlocked dumpable"
    assert left and left[0].stat().st_size > 1_000_000, (
        "the control left no core: the test would prove nothing"
    )

    code, out, left = _crash(tmp_path / "hardened")
    assert code == -signal.SIGABRT and out.strip() == "unlocked not-dumpable"
    assert left == []
