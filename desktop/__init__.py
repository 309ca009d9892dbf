"""Sorakumo Desk: offline, encrypted practice management for a solo counsellor."""

from __future__ import annotations

__version__ = "0.1.0"
APP_NAME = "sorakumo-desk"
