"""The Inbox section: imported mail and calls, triage, holds and after-follow replies.

No other section reaches into it; the frame opens its page directly.
"""

__all__: list[str] = []
