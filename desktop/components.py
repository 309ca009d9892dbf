"""What the app is made of, read from the installed distributions' metadata. No Qt here.

The About dialog lists every component shipped with the app and its licence
from this, so the list follows the dependencies as they are installed (a wheel,
a bundle) instead of a hand-typed table that goes stale. A PyInstaller bundle
carries the same metadata (``copy_metadata`` in ``packaging/sorakumo-desk.spec``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import metadata

from desktop import __version__

DISTRIBUTION = "sorakumo-desk"
_NAME = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)")


@dataclass(frozen=True)
class Component:
    name: str
    version: str
    licence: str


def app_version() -> str:
    """The installed distribution's version; the source's own when run from a checkout without install."""
    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        return __version__


#: Phrases that identify a licence text, for a distribution whose metadata only ships the file.
_LICENCE_TEXTS = (
    ("This software is provided 'as-is'", "Zlib"),
    ("Permission is hereby granted, free of charge", "MIT"),
    ("Redistribution and use in source and binary forms", "BSD"),
    ("Apache License", "Apache-2.0"),
    ("GNU LESSER GENERAL PUBLIC LICENSE", "LGPL"),
)


def _licence_from_file(dist: metadata.Distribution) -> str | None:
    for name in dist.metadata.get_all("License-File") or []:
        text = dist.read_text(f"licenses/{name}") or dist.read_text(name) or ""
        for phrase, licence in _LICENCE_TEXTS:
            if phrase.lower() in text.lower():
                return licence
    return None


def _licence(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    expression = meta.get_all("License-Expression") or []
    if expression:
        return str(expression[0])
    text = str((meta.get_all("License") or [""])[0]).strip()
    if text and "\n" not in text and len(text) <= 80:
        return text
    classifiers = [
        c.rsplit(" :: ", 1)[-1] for c in meta.get_all("Classifier") or [] if c.startswith("License :: ")
    ]
    return ", ".join(classifiers) or _licence_from_file(dist) or "see the distribution's licence file"


def _requirements(dist: metadata.Distribution) -> list[str]:
    """Names of what ``dist`` needs to run: extras (tests, docs) left out; markers for other systems too."""
    names = []
    for requirement in dist.requires or []:
        if "extra ==" in requirement.replace('"', "").replace("'", ""):
            continue
        found = _NAME.match(requirement)
        if found:
            names.append(found.group(1))
    return names


def shipped_components() -> list[Component]:
    """Every distribution the app runs on, found by walking its requirements; sorted by name."""
    seen: dict[str, Component] = {}
    pending = [DISTRIBUTION]
    while pending:
        name = pending.pop()
        key = re.sub(r"[-_.]+", "-", name).lower()
        if key in seen:
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue  # a requirement for another system (pywin32-ctypes on Linux, say)
        meta = dist.metadata
        seen[key] = Component(meta["Name"], dist.version, _licence(dist))
        pending.extend(_requirements(dist))
    seen.pop(DISTRIBUTION, None)
    return sorted(seen.values(), key=lambda c: c.name.lower())
