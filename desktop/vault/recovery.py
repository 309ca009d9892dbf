"""Recovery codes: 160 random bits written as eight groups of four characters.

The alphabet is Crockford's base32 (no I, L, O or U), so a code copied by hand
survives the usual misreadings: typed letters are upper-cased, full-width
characters folded, and O/I/L read as 0/1/1.
"""

from __future__ import annotations

import unicodedata

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
CODE_BITS = 160
GROUP_SIZE = 4
CODE_LENGTH = CODE_BITS // 5  # 32 characters
GROUP_COUNT = CODE_LENGTH // GROUP_SIZE
_CONFUSABLE = str.maketrans({"O": "0", "I": "1", "L": "1"})


def new_recovery_code() -> str:
    """A fresh random recovery code in canonical form (no separators)."""
    import secrets  # only when a code is made: the unlock dialog only checks one's shape

    return "".join(secrets.choice(ALPHABET) for _ in range(CODE_LENGTH))


def groups(code: str) -> list[str]:
    """The code cut into groups for display and for writing down."""
    canonical = normalise(code)
    return [canonical[i : i + GROUP_SIZE] for i in range(0, len(canonical), GROUP_SIZE)]


def formatted(code: str) -> str:
    return "-".join(groups(code))


def normalise(text: str) -> str:
    """Fold what a person may type into the canonical code characters."""
    folded = unicodedata.normalize("NFKC", text).upper().translate(_CONFUSABLE)
    return "".join(ch for ch in folded if ch in ALPHABET)


def looks_complete(text: str) -> bool:
    return len(normalise(text)) == CODE_LENGTH
