"""HTML mail bodies as plain text, with the standard library only.

Used when a message has no plain-text alternative. Scripts and styles are
dropped, block elements start new lines, entities are decoded, runs of
blanks collapse; the result is what the counsellor would read, not markup.
Table cells are kept apart by a tab: a website form's mail is a table of
labels and answers, and without it「お名前」and「山田 花子」would run
together as お名前山田 花子.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

#: Paragraph-like elements: a line break before and after (a blank line between two of them).
_BLOCKS = frozenset(
    {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table",
     "ul", "ol", "hr", "section", "article", "header", "footer"}
)  # fmt: skip
#: Elements that only start a new line.
_LINES = frozenset({"br", "li", "tr", "dt", "dd"})
_SKIPPED = frozenset({"script", "style", "head", "title"})
#: Table cells: a tab before each, so a row reads "label<TAB>answer" (leading tabs are trimmed).
_CELLS = frozenset({"td", "th"})
_SPACES = re.compile(r"[ \r\f\v\u00a0]+")
_TABS = re.compile(r" ?\t[\t ]*")
_BLANK_LINES = re.compile(r"\n{3,}")


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.chunks: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED:
            self._skipping += 1
        elif tag in _BLOCKS or tag in _LINES:
            self.chunks.append("\n")
        elif tag in _CELLS:
            self.chunks.append("\t")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self._skipping = max(0, self._skipping - 1)
        elif tag in _BLOCKS:
            self.chunks.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.chunks.append(data.replace("\n", " ").replace("\t", " "))


def html_to_text(html: str) -> str:
    """The readable text of ``html``: one line per block, no markup, trimmed."""
    collector = _TextCollector()
    collector.feed(html)
    collector.close()
    lines = (
        _TABS.sub("\t", _SPACES.sub(" ", line)).strip() for line in "".join(collector.chunks).split("\n")
    )
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()
