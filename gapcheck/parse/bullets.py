"""List-item marks at the start of a line ("•", "-", "1.", "a)"): one pattern for
every stage that reads lines (sections, posting headings, requirement lines)."""

from __future__ import annotations

import re

BULLET_RE = re.compile(r"^(?:[•●◦▪▫■□‣⁃∙·○◆◇►▶➢➤✓✔❖*\-–—]+|\d{1,2}[.)]|[a-z][.)])\s+")


def is_bullet(text: str) -> bool:
    return BULLET_RE.match(text) is not None


def strip_bullet(text: str) -> str:
    return BULLET_RE.sub("", text, count=1).strip()


#: a posting's list item as the term rules read it: a dash, bullet or "1." / "1)" after
#: optional indent (narrower than BULLET_RE: no letters, no arrows)
LIST_ITEM_RE = re.compile(r"[ \t]*(?:[-•*–·▪●o]|\d{1,2}[.)])[ \t]+")


def list_lead_in(text: str, line_start: int) -> str:
    """The nearest line above `line_start` that is not a list item (blank lines
    skipped): the lead-in a list item is read under."""
    end = line_start - 1
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if line.strip() and not LIST_ITEM_RE.match(line):
            return line
        end = start - 1
    return ""
