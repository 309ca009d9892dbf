"""The wheel, installed outside the checkout, carries everything the app reads at run time.

The wheel is built from a copy of the package's files (not the checkout in
place, whose ``desktop/`` would shadow the installed one), installed without
its dependencies into a new virtual environment in a temporary folder that
borrows this environment's installed packages through a ``.pth`` file — so the
test runs offline and in seconds — and then used as a counsellor would:
``init`` and ``check`` from its command, and the window opened on a Japanese
system (``LANG=ja_JP.UTF-8``), whose screens must be in Japanese: the
translations and icons came with the wheel.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

from tests.install.conftest import JAPANESE_SELF_CHECK, PASSPHRASE, japanese_env

ROOT = Path(__file__).resolve().parents[2]
TIMEOUT = 300


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The ``bin`` folder of a fresh environment holding only the wheel (dependencies borrowed)."""
    work = tmp_path_factory.mktemp("wheel")
    source = work / "source"
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    shutil.copytree(ROOT / "desktop", source / "desktop", ignore=ignore)
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, source / name)
    wheels = work / "wheels"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation",
         "--wheel-dir", str(wheels), str(source)],
        check=True, timeout=TIMEOUT, capture_output=True,
    )  # fmt: skip
    (wheel,) = wheels.glob("sorakumo_desk-*.whl")
    target = work / "env"
    venv.EnvBuilder(with_pip=False).create(target)
    bin_dir = target / ("Scripts" if sys.platform == "win32" else "bin")
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(bin_dir / "python"), "install", "--quiet",
         "--no-deps", "--no-index", str(wheel)],
        check=True, timeout=TIMEOUT, capture_output=True,
    )  # fmt: skip
    site = subprocess.run(
        [str(bin_dir / "python"), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True, capture_output=True, text=True,
    ).stdout.strip()  # fmt: skip
    # This environment's packages, after the wheel's own: a plain path line, so no editable finder runs.
    borrowed = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    (Path(site) / "zz_borrowed_dependencies.pth").write_text("\n".join(sorted(borrowed)) + "\n")
    return bin_dir


def test_the_wheel_carries_the_translations_and_icons(installed: Path) -> None:
    (wheel,) = (installed.parent.parent / "wheels").glob("*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for packaged in (
        "desktop/resources/translations/desktop_ja.qm",
        "desktop/resources/translations/desktop_en.qm",
        "desktop/resources/icons/sorakumo-desk.svg",
        "desktop/resources/icons/lock.svg",
        "desktop/vault/migrations/versions/0001_initial.py",
    ):
        assert packaged in names


def test_the_installed_copy_is_the_wheel_not_the_checkout(installed: Path, tmp_path: Path) -> None:
    result = subprocess.run(
        [str(installed / "python"), "-c", "import desktop; print(desktop.__file__)"],
        cwd=tmp_path, env=japanese_env(tmp_path), capture_output=True, text=True, check=True,
    )  # fmt: skip
    assert Path(result.stdout.strip()).is_relative_to(installed.parent)


def test_init_and_check_work_from_the_wheel(installed: Path, tmp_path: Path) -> None:
    env, vault = japanese_env(tmp_path / "home"), tmp_path / "vault"
    command = str(installed / "sorakumo-desk-cli")
    created = subprocess.run(
        [command, "init", "--vault", str(vault), "--passphrase-stdin"], input=PASSPHRASE + "\n",
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=TIMEOUT,
    )  # fmt: skip
    assert created.returncode == 0, created.stderr
    checked = subprocess.run(
        [command, "check", "--vault", str(vault), "--passphrase-stdin"], input=PASSPHRASE + "\n",
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=TIMEOUT,
    )  # fmt: skip
    assert checked.returncode == 0, checked.stderr
    # In the locale's language (the .ts files ship in the wheel): every check held.
    assert checked.stdout.rstrip().endswith("封印した記録をすべて確認しました")


def test_the_window_from_the_wheel_is_in_japanese(installed: Path, tmp_path: Path) -> None:
    env, vault = japanese_env(tmp_path / "home"), tmp_path / "vault"
    subprocess.run(
        [str(installed / "sorakumo-desk-cli"), "init", "--vault", str(vault), "--passphrase-stdin"],
        input=PASSPHRASE + "\n", cwd=tmp_path, env=env, capture_output=True, text=True, check=True,
        timeout=TIMEOUT,
    )  # fmt: skip
    shots = tmp_path / "shots"
    opened = subprocess.run(
        [str(installed / "python"), "-m", "desktop", "--vault", str(vault), "--self-check", str(shots)],
        input=PASSPHRASE + "\n", cwd=tmp_path, env=env, capture_output=True, text=True, timeout=TIMEOUT,
    )  # fmt: skip
    assert opened.returncode == 0, opened.stdout + opened.stderr
    assert opened.stdout.splitlines() == JAPANESE_SELF_CHECK
    assert all((shots / f"{key}.png").stat().st_size > 10_000 for key in ("calendar", "clients", "inbox"))
