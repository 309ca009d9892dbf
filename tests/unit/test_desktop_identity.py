"""The app's identity on each desktop agrees everywhere: one id, one icon, one version.

The .desktop file, the AppStream metainfo (checked by ``appstreamcli validate``
where it is installed), the PyInstaller spec's macOS bundle id and the id the
app gives Qt (``setDesktopFileName``) are the same ``desktop.APP_ID``; the icon
files ``scripts/make_icons.py`` wrote hold the sizes each system asks for.
"""

from __future__ import annotations

import configparser
import shutil
import struct
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from desktop import APP_ID
from desktop.components import app_version

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
DESKTOP_FILE = PACKAGING / "linux" / f"{APP_ID}.desktop"
METAINFO = PACKAGING / "linux" / f"{APP_ID}.metainfo.xml"
ICONS = PACKAGING / "icons"


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_the_desktop_file_starts_the_installed_window() -> None:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(DESKTOP_FILE, encoding="utf-8")
    entry = parser["Desktop Entry"]
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["gui-scripts"]
    assert entry["Type"] == "Application" and entry["Icon"] == APP_ID
    assert entry["Exec"] in scripts
    assert entry["Name"] == "Sorakumo Desk" and entry["Comment[ja]"]


def test_the_metainfo_names_the_app_its_launcher_and_this_version() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP_FILE.name
    releases = root.findall("releases/release")
    assert releases and releases[0].get("version") == app_version()


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstreamcli is not installed")
def test_the_metainfo_passes_appstream_validation() -> None:
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(METAINFO)], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_spec_gives_macos_the_same_bundle_id() -> None:
    spec = (PACKAGING / "sorakumo-desk.spec").read_text(encoding="utf-8")
    assert f'APP_ID = "{APP_ID}"' in spec and "bundle_identifier=APP_ID" in spec


def test_the_png_sizes_are_what_their_names_say() -> None:
    sizes = []
    for png in sorted((ICONS / "png").glob("sorakumo-desk-*.png")):
        side = int(png.stem.rsplit("-", 1)[1])
        assert _png_size(png.read_bytes()) == (side, side)
        sizes.append(side)
    assert sorted(sizes) == [16, 24, 32, 48, 64, 128, 256, 512]


def test_the_ico_holds_each_windows_size_as_png() -> None:
    data = (ICONS / "sorakumo-desk.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    sides = []
    for index in range(count):
        width, _h, _c, _r, _p, _bits, size, offset = struct.unpack(
            "<BBBBHHII", data[6 + 16 * index : 22 + 16 * index]
        )
        side = width or 256
        assert _png_size(data[offset : offset + size]) == (side, side)
        sides.append(side)
    assert sides == [16, 24, 32, 48, 64, 128, 256]


def test_the_icns_holds_every_retina_size() -> None:
    data = (ICONS / "sorakumo-desk.icns").read_bytes()
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)
    found, position = {}, 8
    while position < len(data):
        kind, length = (
            data[position : position + 4],
            struct.unpack(">I", data[position + 4 : position + 8])[0],
        )
        found[kind] = _png_size(data[position + 8 : position + length])[0]
        position += length
    assert found == {
        b"icp4": 16,
        b"icp5": 32,
        b"icp6": 64,
        b"ic07": 128,
        b"ic08": 256,
        b"ic09": 512,
        b"ic10": 1024,
    }
