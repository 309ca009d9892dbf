"""P-PREMEET, P-AFTERFOLLOW: phone calls are logged like messages, within these bounds.

A call counts in the conversation it belongs to, so the counsellor sees the
whole exchange whatever its channel. The bounds catch typing mistakes; they
live here, free of Qt and SQLAlchemy, so the call dialog and the inbox
service use the same numbers.
"""

from __future__ import annotations

#: Longest call that can be logged, in minutes; a longer one is a typing mistake.
CALL_MINUTES_MAX = 600
#: Longest summary of a call, in characters.
SUMMARY_MAX = 4000
