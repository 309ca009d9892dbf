"""Files the app reads at run time — translations and icons — shipped inside the package.

They live under ``desktop/`` so that a wheel, an installed copy and a PyInstaller
bundle carry them the same way as the source tree; the app finds them through
``importlib.resources`` and never through the checkout's layout.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def resource_path(*parts: str) -> Path:
    """The on-disk path of a packaged file (the package is installed unzipped: wheels and bundles alike)."""
    return Path(str(files(__name__).joinpath(*parts)))


def translations_dir() -> Path:
    """The folder holding ``desktop_ja.qm`` and ``desktop_en.qm``."""
    return resource_path("translations")


def icon_file(name: str) -> str:
    """The path of an icon, as the string ``QIcon`` takes."""
    return str(resource_path("icons", name))
