"""The rules of POLICY.md as pure functions and enums.

Nothing here imports the rest of the application, Qt or the database. A rule
returns a :class:`Verdict`; it never raises for a business refusal. Reasons
are English templates marked with ``QT_TRANSLATE_NOOP("policy", ...)`` so the
views can show them translated; ``args`` fill their ``%1`` placeholders.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.i18n import fill


@dataclass(frozen=True, slots=True)
class Verdict:
    """The outcome of applying one policy rule."""

    allowed: bool
    rule: str
    reason: str = ""
    args: tuple[str, ...] = ()

    @classmethod
    def allow(cls, rule: str) -> Verdict:
        return cls(True, rule)

    @classmethod
    def refuse(cls, rule: str, reason: str, *args: str) -> Verdict:
        return cls(False, rule, reason, args)

    def message(self) -> str:
        """The reason in English with its placeholders filled."""
        return fill(self.reason, self.args)
