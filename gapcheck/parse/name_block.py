"""The name heading the main column of a sidebar layout, read after the sidebar
(a block standing alone right before a section heading)."""

from __future__ import annotations

from gapcheck.parse.contact import (
    _name_part,
    _segments,
    find_location,
    looks_like_name,
)
from gapcheck.parse.headings import ORG_WORDS
from gapcheck.parse.headline import _headline_of
from gapcheck.parse.sections import Line, canonical

__all__ = ["find_name_block"]


def find_name_block(
    lines: list[Line], reach: int = 120
) -> tuple[str, str | None, set[int]] | None:
    """A name that heads the main column of a sidebar layout, read after the
    sidebar: a block of at most three lines standing alone (blank lines around it)
    right before a section heading, whose first line reads as a person's name and
    whose second, if any, is the headline (the heading may follow with no blank
    line between: "Jose Ivan Campos Rozo" / "Scientist" / "Profile"). The name may
    stand alone with the headline as a one-line block of its own between it and
    the heading (the two set apart by the space large type leaves). Returns the
    name, the headline and the block's line indices."""
    window = lines[:reach]
    for pos, line in enumerate(window):
        if line.blank or (pos and not window[pos - 1].blank):
            continue
        block: list[Line] = []
        for ln in window[pos:]:
            if ln.blank or (block and canonical(ln.text, "resume") is not None):
                break  # a blank line, or the heading right under the block
            block.append(ln)
        rest = [ln for ln in window[pos + len(block) :] if not ln.blank]
        nxt = rest[0] if rest else None
        if (
            len(block) == 1
            and len(rest) > 1
            and canonical(rest[1].text, "resume") is not None
            and rest[1].index - rest[0].index > 1  # the headline alone in its block
            and rest[0].index - 1 > block[0].index
            and canonical(rest[0].text, "resume") is None
            and _headline_of(rest[0].text)
        ):
            block, nxt = [block[0], rest[0]], rest[1]
        if len(block) > 3 or nxt is None or canonical(nxt.text, "resume") is None:
            continue
        name = _name_part((_segments(line.text) or [""])[0])
        if (
            not looks_like_name(name)
            or ORG_WORDS & {w.lower().strip(",.") for w in name.split()}
            or find_location(line.text, codes=True)
            or canonical(line.text, "resume")
        ):
            continue
        headline = _headline_of(block[1].text) if len(block) > 1 else None
        return name, headline, {ln.index for ln in block}
    return None
