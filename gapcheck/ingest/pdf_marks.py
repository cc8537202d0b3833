"""List markers drawn as shapes, read as the bullets they show.

HTML-to-PDF printers (Chromium/Skia, wkhtmltopdf/Qt) draw a list item's disc as a
small filled path, not as a glyph: the text layer then has the item's words but no
"•", so each item reads as a plain line (a short achievement looks like a job
title, a dated one like a role). A dot at the left of a line's first word is given
back to the text as a bullet before that word. The word keeps its box: the page's
geometry (columns, alignment) is read as before.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

BULLET = "\u2022"
#: How far right of the dot the item's first word may start (points), and how close
#: a word before the dot makes it an inline separator, no list marker.
_MAX_GAP, _LEFT_CLEAR = 20.0, 12.0


def mark_list_items(
    words: list[Any], dots: Iterable[tuple[float, float, float, float]]
) -> int:
    """Prefix a bullet to each word that a dot (x0, top, x1, bottom; y down)
    starts a list item of: the dot's centre within the word's height, the word a
    little to the dot's right, no word written just left of the dot, no bullet
    there already. Returns how many words were marked."""
    marked = 0
    for x0, top, x1, bottom in dots:
        cy = (top + bottom) / 2
        band = [w for w in words if w.top <= cy <= w.bottom]
        after = [w for w in band if x1 - 0.5 <= w.x0 <= x1 + _MAX_GAP]
        before = [w for w in band if w.x1 > x0 - _LEFT_CLEAR and w.x0 < x1 - 0.5]
        if not after or before:
            continue
        first = min(after, key=lambda w: w.x0)
        if first.text.startswith(BULLET):
            continue
        first.text = f"{BULLET} {first.text}"
        marked += 1
    return marked
