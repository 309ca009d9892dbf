"""The highest receipt number ever issued, kept beside the vault so a restore cannot reuse one.

A restore goes back to a backup's state; receipts issued after that backup
left the practice on paper, so their numbers must stay taken (P-MONEY-RECEIPT).
This file holds one number and no personal data. It is raised before the
transaction that issues a receipt commits, carried over to the restored vault
(:mod:`desktop.vault.restore`), and the next receipt records any number between
the vault's last and this one as lost in the restore, so the list has no gap
and no number is issued twice.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from desktop.vault.files import write_atomically

FILE = "receipt-numbers.json"


def read(folder: Path) -> int:
    """The highest number issued from the vault in ``folder`` (0 when none, or unreadable)."""
    try:
        value = json.loads((folder / FILE).read_text(encoding="utf-8")).get("highest", 0)
    except (OSError, ValueError, AttributeError):
        return 0
    return value if isinstance(value, int) and value > 0 else 0


def raise_to(folder: Path, number: int) -> None:
    """Record ``number`` as issued, if it is higher than the one recorded."""
    if number > read(folder):
        write_atomically(folder / FILE, json.dumps({"highest": number}).encode("utf-8"))


def carry(old_folder: Path, new_folder: Path) -> None:
    """Keep the replaced vault's number for the restored one (the higher of the two wins)."""
    if (old_folder / FILE).is_file() and read(old_folder) > read(new_folder):
        shutil.copyfile(old_folder / FILE, new_folder / FILE)
