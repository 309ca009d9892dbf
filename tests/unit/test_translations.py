"""The Japanese translation is complete, current and keeps every placeholder."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "desktop" / "resources" / "translations" / "desktop_ja.ts"
PLACEHOLDER = re.compile(r"%(?:\d|n)")


def _messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    messages = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            messages[(name, message.findtext("source") or "")] = message
    return messages


def _text(message: ET.Element) -> str:
    translation = message.find("translation")
    assert translation is not None
    forms = [form.text or "" for form in translation.iter("numerusform")]
    return " ".join(forms) if forms else (translation.text or "")


def test_no_translation_is_unfinished_or_empty() -> None:
    for key, message in _messages(TS).items():
        translation = message.find("translation")
        assert translation is not None
        assert translation.get("type") is None, f"unfinished: {key}"
        assert _text(message).strip(), f"empty: {key}"


def test_translations_keep_every_placeholder() -> None:
    for (context, source), message in _messages(TS).items():
        wanted = sorted(set(PLACEHOLDER.findall(source)))
        found = sorted(set(PLACEHOLDER.findall(_text(message))))
        assert wanted == found, f"{context}: {source!r} -> {_text(message)!r}"


def test_every_string_in_the_code_is_in_the_translation_file(tmp_path: Path) -> None:
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    if lupdate is None:
        pytest.skip("pyside6-lupdate is not installed next to this Python")
    sources = sorted(str(p) for p in (ROOT / "desktop").rglob("*.py"))
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [lupdate, "-silent", "-no-obsolete", "-locations", "none", *sources, "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )
    in_code = set(_messages(fresh))
    in_file = set(_messages(TS))
    assert not in_code - in_file, f"not in desktop_ja.ts (run make update-translations): {in_code - in_file}"
    assert not in_file - in_code, f"obsolete in desktop_ja.ts: {in_file - in_code}"


TS_EN = ROOT / "desktop" / "resources" / "translations" / "desktop_en.ts"


def test_english_has_both_plural_forms_of_every_counted_text() -> None:
    """English is the source language; its file holds the plural forms, so no "(s)" reaches the screen."""
    ja_plurals = {key for key, message in _messages(TS).items() if message.get("numerus") == "yes"}
    en = _messages(TS_EN)
    assert set(en) == ja_plurals, "run make update-translations, then fill desktop_en.ts"
    for key, message in en.items():
        translation = message.find("translation")
        assert translation is not None and translation.get("type") is None, f"unfinished: {key}"
        one, many = (form.text or "" for form in translation.iter("numerusform"))
        assert "%n" in one and "%n" in many, key
        assert "(s)" not in one + many and "(ies)" not in one + many, key
        assert one != many, key


@pytest.mark.parametrize("language", ["ja", "en"])
def test_the_committed_qm_file_is_what_lrelease_makes_of_the_source(language: str, tmp_path: Path) -> None:
    """Wheels and bundles carry the committed .qm files, so a stale one would ship old wording."""
    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    if lrelease is None:
        pytest.skip("pyside6-lrelease is not installed next to this Python")
    folder = ROOT / "desktop" / "resources" / "translations"
    fresh = tmp_path / "fresh.qm"
    source = folder / f"desktop_{language}.ts"
    subprocess.run([lrelease, "-silent", str(source), "-qm", str(fresh)], check=True)
    assert fresh.read_bytes() == (folder / f"desktop_{language}.qm").read_bytes(), "run make translations"
