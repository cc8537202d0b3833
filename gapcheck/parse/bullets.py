"""List-item marks at the start of a line ("•", "-", "1.", "a)"): one pattern for
every stage that reads lines (sections, posting headings, requirement lines)."""

from __future__ import annotations

import re

BULLET_RE = re.compile(r"^(?:[•●◦▪▫■□‣⁃∙·○◆◇►▶➢➤✓✔❖*\-–—]+|\d{1,2}[.)]|[a-z][.)])\s+")


def is_bullet(text: str) -> bool:
    return BULLET_RE.match(text) is not None


def strip_bullet(text: str) -> str:
    return BULLET_RE.sub("", text, count=1).strip()
