"""Pack the PyInstaller folder (build/dist/sorakumo-desk) as a Debian package with ``dpkg-deb``.

    .venv/bin/python packaging/linux/build_deb.py BUNDLE_FOLDER build/sorakumo-desk_VERSION_amd64.deb

Why a .deb and not an AppImage: ``dpkg-deb`` is part of every Debian and Ubuntu
system and works offline, where ``appimagetool`` is a separate download (and
an AppImage needs FUSE at run time, missing on recent Ubuntu by default); and a
.deb puts the .desktop file, the icons and the AppStream metainfo where the
desktop's menu and software centre look for them, and takes them away again
on removal. The program goes to ``/opt/sorakumo-desk``, its two commands to
``/usr/bin``. ``Depends`` names the C library the bundle actually needs: the
newest ``GLIBC_2.x`` symbol version any of its ELF files asks for.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from importlib.metadata import version
from pathlib import Path

APP_ID = "jp.sorakumo.desk"
PACKAGE = "sorakumo-desk"
HERE = Path(__file__).resolve().parent
ICONS = HERE.parent / "icons"
SVG = HERE.parents[1] / "desktop" / "resources" / "icons" / "sorakumo-desk.svg"
#: Libraries Qt's xcb window (and the fonts for Japanese) need beyond what the bundle carries.
SYSTEM_DEPENDS = (
    "libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1, libxcb-image0, libxcb-render-util0, "
    "libxcb-shape0, libxcb-xkb1, libxkbcommon-x11-0, libxkbcommon0, libegl1, libgl1, "
    "libfontconfig1, libdbus-1-3, fonts-noto-cjk"
)
_GLIBC = re.compile(rb"GLIBC_2\.(\d+)")


def glibc_needed(folder: Path) -> str:
    """The newest glibc symbol version asked for by any ELF file in ``folder`` (``2.17`` at least)."""
    newest = 17
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as handle:
                if handle.read(4) != b"\x7fELF":
                    continue
                data = handle.read()
            newest = max([newest, *(int(m) for m in _GLIBC.findall(data))])
    return f"2.{newest}"


def control(app_version: str, glibc: str, size_kib: int) -> str:
    return (
        f"Package: {PACKAGE}\n"
        f"Version: {app_version}\n"
        "Section: misc\n"
        "Priority: optional\n"
        "Architecture: amd64\n"
        f"Depends: libc6 (>= {glibc}), {SYSTEM_DEPENDS}\n"
        f"Installed-Size: {size_kib}\n"
        "Maintainer: Sorakumo <support@sorakumo.jp>\n"
        "Description: encrypted practice records for a solo counsellor\n"
        " Sorakumo Desk keeps a counselling practice's client records, calendar,\n"
        " mail inbox and contact log in an encrypted vault on this computer and\n"
        " never connects to the network.\n"
    )


def build(bundle: Path, target: Path) -> Path:
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch) / "root"
        shutil.copytree(bundle, root / "opt" / PACKAGE, symlinks=True)
        bin_dir = root / "usr" / "bin"
        bin_dir.mkdir(parents=True)
        for program in ("sorakumo-desk", "sorakumo-desk-cli"):
            (bin_dir / program).symlink_to(f"/opt/{PACKAGE}/{program}")
        share = root / "usr" / "share"
        (share / "applications").mkdir(parents=True)
        shutil.copy2(HERE / f"{APP_ID}.desktop", share / "applications")
        (share / "metainfo").mkdir()
        shutil.copy2(HERE / f"{APP_ID}.metainfo.xml", share / "metainfo")
        for png in sorted((ICONS / "png").glob("sorakumo-desk-*.png")):
            size = png.stem.rsplit("-", 1)[1]
            folder = share / "icons" / "hicolor" / f"{size}x{size}" / "apps"
            folder.mkdir(parents=True)
            shutil.copy2(png, folder / f"{APP_ID}.png")
        scalable = share / "icons" / "hicolor" / "scalable" / "apps"
        scalable.mkdir(parents=True)
        shutil.copy2(SVG, scalable / f"{APP_ID}.svg")
        size_kib = sum(p.stat().st_size for p in root.rglob("*") if p.is_file()) // 1024
        (root / "DEBIAN").mkdir()
        (root / "DEBIAN" / "control").write_text(
            control(version(PACKAGE), glibc_needed(bundle), size_kib), encoding="utf-8"
        )
        target.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            ["dpkg-deb", "--root-owner-group", "-Zgzip", "--build", str(root), str(target)],
            check=True,
            stdout=subprocess.DEVNULL,
        )
    return target


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: build_deb.py BUNDLE_FOLDER TARGET.deb", file=sys.stderr)
        return 2
    print(build(Path(argv[0]), Path(argv[1])))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
