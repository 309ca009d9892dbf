"""Render the application icon from its SVG source into every format the installers need.

    .venv/bin/python scripts/make_icons.py

The source is ``desktop/resources/icons/sorakumo-desk.svg`` (the window uses it
as it is). This writes, under ``packaging/icons/``: PNG files of each size (the
Linux package's hicolor theme and the AppStream metainfo), ``sorakumo-desk.ico``
for Windows and ``sorakumo-desk.icns`` for macOS. Both containers hold PNG
images, which every supported Windows (Vista on) and macOS (10.7 on) reads, so
they are written directly here: no image library beyond Qt is needed.
The output is committed; run this again after changing the SVG.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "desktop" / "resources" / "icons" / "sorakumo-desk.svg"
OUT = ROOT / "packaging" / "icons"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
#: ICNS element types holding PNG data, by pixel size.
ICNS_TYPES = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08", 512: b"ic09", 1024: b"ic10"}


def render(renderer: QSvgRenderer, size: int) -> bytes:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
    finally:
        painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def ico(images: dict[int, bytes]) -> bytes:
    """An ICO file: a directory of entries, each a whole PNG (a width of 256 is written as 0)."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = b"", b""
    for size, png in sorted(images.items()):
        side = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset + len(blobs))
        blobs += png
    return header + entries + blobs


def icns(images: dict[int, bytes]) -> bytes:
    """An ICNS file: the magic and total length, then (type, length, PNG) elements, big-endian."""
    body = b"".join(
        ICNS_TYPES[size] + struct.pack(">I", len(png) + 8) + png for size, png in sorted(images.items())
    )
    return b"icns" + struct.pack(">I", len(body) + 8) + body


def main() -> int:
    _app = QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        print(f"cannot read {SOURCE}", file=sys.stderr)
        return 1
    sizes = sorted(set(PNG_SIZES) | set(ICO_SIZES) | set(ICNS_TYPES))
    images = {size: render(renderer, size) for size in sizes}
    (OUT / "png").mkdir(parents=True, exist_ok=True)
    for size in PNG_SIZES:
        (OUT / "png" / f"sorakumo-desk-{size}.png").write_bytes(images[size])
    (OUT / "sorakumo-desk.ico").write_bytes(ico({s: images[s] for s in ICO_SIZES}))
    (OUT / "sorakumo-desk.icns").write_bytes(icns({s: images[s] for s in ICNS_TYPES}))
    print(f"icons written to {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
