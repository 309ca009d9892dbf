"""Sorakumo Desk: offline, encrypted practice management for a solo counsellor."""

from __future__ import annotations

__version__ = "0.1.0"
APP_NAME = "sorakumo-desk"
#: The application's id on every desktop: the .desktop file and AppStream id on Linux, the bundle id
#: on macOS (packaging/sorakumo-desk.spec), the AppUserModelID on Windows (desktop/app.py).
APP_ID = "jp.sorakumo.desk"
ORGANIZATION_DOMAIN = "sorakumo.jp"
