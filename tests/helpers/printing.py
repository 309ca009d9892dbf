"""Printing in tests: the print dialog's choice stands in as a ``QPrinter`` writing a PDF file."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget

from desktop.views.common import printing

Chooser = Callable[[QWidget | None, str], QPrinter | None]


def print_to_pdf(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    """Make the print dialog answer as if "Print to file (PDF)" at ``path`` were chosen (no dialog)."""

    def choose(_parent: QWidget | None, title: str) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        printer.setPageLayout(printing.a4_without_margins())
        printer.setDocName(title)
        return printer

    monkeypatch.setattr(printing, "ask_printer", choose)


def cancel_printing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make the print dialog answer as if Cancel were pressed."""
    monkeypatch.setattr(printing, "ask_printer", lambda _parent, _title: None)


def printed_text(path: Path) -> str:
    """The printed pages' text, without white space, with look-alike radicals folded (⼭ → 山)."""
    reader = PdfReader(path, strict=True)
    text = "".join("".join(page.extract_text().split()) for page in reader.pages)
    return unicodedata.normalize("NFKC", text)
