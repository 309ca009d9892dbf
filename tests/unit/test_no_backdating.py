"""No caller can backdate an act: the services read time from the vault's clock only.

DESIGN.md ("Gates, clock and transactions"): no public service function takes
``now``, ``today`` or a ``*_at`` moment from its caller, so a screen, a
command or a script cannot backdate a fee, a retention period or an
eligibility. Dates the counsellor states as facts (the day a session took
place, the day a letter arrived) are data, not the clock, and stay allowed.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from types import ModuleType

import desktop.services

FORBIDDEN = {"now", "today", "when", "moment"}


def _service_modules() -> list[ModuleType]:
    names = [
        info.name
        for info in pkgutil.walk_packages(desktop.services.__path__, prefix="desktop.services.")
    ]
    return [importlib.import_module(name) for name in sorted(names)]


def _public_functions() -> list[tuple[str, inspect.Signature]]:
    found = []
    for module in _service_modules():
        for name, function in inspect.getmembers(module, inspect.isfunction):
            if name.startswith("_") or function.__module__ != module.__name__:
                continue
            found.append((f"{module.__name__}.{name}", inspect.signature(function)))
    return found


def backdating_parameters() -> dict[str, list[str]]:
    return {
        name: bad
        for name, signature in _public_functions()
        if (bad := [p for p in signature.parameters if p in FORBIDDEN or p.endswith("_at")])
    }


def test_every_service_module_is_scanned() -> None:
    names = {name.rsplit(".", 1)[0] for name, _ in _public_functions()}
    assert {"desktop.services.clients", "desktop.services.bookings.cancellation"} <= names


def test_no_public_service_function_takes_the_time_from_its_caller() -> None:
    assert backdating_parameters() == {}
