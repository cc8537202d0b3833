"""Page geometry -> text in reading order: words, lines, columns, blocks.

Pure Python and numpy over the characters :mod:`gapcheck.ingest.pdf_chars` reads.

1. **Words.** Characters come in content-stream order. Two neighbours belong to one
   word when they sit on one line and the gap between the end of one glyph's advance
   and the start of the next is small relative to the font size. The font size is
   capped by the line's tallest glyph box (some producers scale the font down with
   the text matrix: pdfium says 19 for 9.5 pt glyphs on wkhtmltopdf exports). The
   threshold adapts to letter-spacing: a line's typical gap (its lower gaps, which
   may be negative) is added to it, and a glyph always followed by a tighter gap
   than the page's usual one (a box that overhangs its advance, as "f" does) is
   measured against its own gap. A space glyph written by the producer always
   breaks a word; spaces that pdfium generates are ignored and redone from geometry
   (HTML-to-PDF exports such as wkhtmltopdf write no space glyphs at all).
2. **Rows.** Words are clustered into rows by vertical overlap, so superscripts and
   mixed font sizes stay on their line.
3. **Columns.** A column gutter is a vertical strip, at least about a font size wide
   (down to 0.45 em between wrapped text on both sides), that no word crosses for
   several rows in a row, with text on both sides. The region is then read as: rows
   above the gutter, left side, right side, rows below, each side recursively (a
   sidebar inside a two-column body works the same way; after the first page a
   narrow left sidebar is read after the main column). A strip is *not* a gutter
   when the two sides are row-aligned (same baselines) and not both wrapped text: a
   right-aligned date on a job-title line or a key/value list is read line by line;
   the cells of a list laid out in a grid (two-column skill lists) are read row by
   row, each cell on its own line, as pdftotext does. A side of short cells, mostly
   dates and places, each date on the baseline of a line across the strip, is a
   field of those lines (a dates column beside role headers), never a column. A
   strip that goes on from the row above (a gutter starting under a full-width
   header) must be a clear case.
   A strip one side of which stands above the other (centred title lines over a
   one-column body) is no gutter. A row of a ruled table (cells ruled on all four
   sides) is one line, its cells apart by tabs and a wrapped cell's lines joined
   (:func:`gapcheck.ingest.pdf_tables.join_ruled_rows`).
4. **Blocks.** Lines in one region are one block until a vertical gap clearly larger
   than the region's usual line gap; regions and column segments are blocks (so no
   word is ever hyphen-joined across columns). A date range split over two lines of
   a narrow dates column is closed on its first line
   (:mod:`gapcheck.ingest.pdf_dates`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from operator import attrgetter
from typing import Any

from gapcheck.ingest.pdf_dates import close_date_ranges
from gapcheck.ingest.pdf_gutters import cell_blocks, find_gutter
from gapcheck.ingest.pdf_marks import mark_list_items
from gapcheck.ingest.pdf_tables import join_ruled_rows
from gapcheck.ingest.pdf_words import (
    Word,
    join_row,
    make_rows,
    make_words,
    make_words_ordered,
    median,
)

__all__ = [
    "PageLayout",
    "Word",
    "layout_page",
    "layout_region",
    "make_rows",
    "make_words",
    "upright",
]

#: A left side narrower than this share of the right side is a sidebar.
SIDEBAR_SHARE = 0.6
#: Share of the top and bottom of a page treated as the header/footer band.
BAND = 0.06
#: Page numbers ("2", "Page 2 of 3", "2/3") are recognised in a wider band.
PAGE_NUMBER_BAND = 0.15

_PAGE_NUMBER = re.compile(
    r"(?i)[-–—(\[ ]*(page|p\.|seite|página)?\s*\d{1,3}(\s*(of|/|von|de)\s*\d{1,3})?"
    r"[-–—)\] ]*"
)


_TOP = attrgetter("top")
_BOTTOM = attrgetter("bottom")
_SIZE = attrgetter("size")


@dataclass
class PageLayout:
    blocks: list[list[str]] = field(default_factory=list)
    columns: int = 1
    header_footer: list[str] = field(default_factory=list)  # sure header/footer
    band_other: list[str] = field(default_factory=list)  # in the band, body-sized
    words: int = 0
    page_words: list[Word] = field(default_factory=list)  # of the main direction

    def centres(self) -> list[tuple[float, float]]:
        """The centres (x, y) of the page's words (for ruled tables)."""
        return [((w.x0 + w.x1) / 2, (w.top + w.bottom) / 2) for w in self.page_words]


def layout_region(
    words: list[Word],
    rows: list[list[Word]] | None = None,
    *,
    main_first: bool = False,
) -> tuple[list[list[str]], int]:
    """Blocks of lines for a region of words in reading order, and its column count.

    ``rows`` may be given when the caller already clustered ``words`` into rows.
    ``main_first``: a narrow left sidebar is read after the main column (on the
    pages after the first, the main column goes on with the previous page's
    section, e.g. Experience, and the sidebar starts its own)."""
    if not words:
        return [], 0
    if rows is None:
        rows = make_rows(words)
    em = median([w.size for w in words]) or 10.0
    gutter, cells = find_gutter(rows, em)
    if gutter is None and cells is not None:
        s, e, a, b = cells
        return [
            *_rows_region(rows[:s])[0],
            *cell_blocks(rows[s : e + 1], em),
            *_rows_region(rows[e + 1 :])[0],
        ], 1
    if gutter is None:
        return _rows_to_blocks(*close_date_ranges(rows, em, join_row)), 1
    s, e, a, b = gutter
    e = _trim_tail(rows, s, e, (a + b) / 2)
    s = _trim_head(rows, s, e)
    mid = (a + b) / 2
    middle = [w for r in rows[s : e + 1] for w in r]
    # The rows above and below the strip are runs of the words sorted down the
    # page, so they are the rows those words would cluster into again; each side's
    # words are clustered afresh (alone, they may band differently).
    left = layout_region([w for w in middle if w.x1 <= mid])
    right = layout_region([w for w in middle if w.x1 > mid])
    lo = min([w.x0 for w in middle])
    hi = max([w.x1 for w in middle])
    if main_first and a - lo < SIDEBAR_SHARE * (hi - b):
        left, right = right, left
    parts = (_rows_region(rows[:s]), left, right, _rows_region(rows[e + 1 :]))
    blocks = [block for part_blocks, _ in parts for block in part_blocks]
    cols = [part_cols for _, part_cols in parts]
    return blocks, max(cols[0], cols[1] + cols[2], cols[3], 1)


def _rows_region(rows: list[list[Word]]) -> tuple[list[list[str]], int]:
    return layout_region([w for r in rows for w in r], rows)


def _trim_tail(rows: list[list[Word]], s: int, e: int, mid: float) -> int:
    """Last row of a column strip, without 1-2 trailing one-sided rows that sit
    closer to the full-width row below than to the strip (a section heading under a
    two-column header belongs to the paragraph it heads)."""
    if e + 1 >= len(rows):
        return e
    sides = [
        (any(w.x1 <= mid for w in row), any(w.x1 > mid for w in row))
        for row in rows[s : e + 1]
    ]
    last = sides[-1]
    if all(last):
        return e
    t = 0
    while t < len(sides) and sides[-1 - t] == last:
        t += 1
    first = e - t + 1
    if t > 2 or first - s < 3:
        return e
    above = min(w.top for w in rows[first]) - max(w.bottom for w in rows[first - 1])
    below = min(w.top for w in rows[e + 1]) - max(w.bottom for w in rows[e])
    return first - 1 if below < above else e


def _trim_head(rows: list[list[Word]], s: int, e: int) -> int:
    """First row of a column strip, without one leading row that sits on the
    row above the strip at line spacing while a wider space parts it from the
    strip's next row (the last wrapped line of what is above: a column does not
    start inside a paragraph)."""
    if s == 0 or e - s < 4:
        return s
    above = min(w.top for w in rows[s]) - max(w.bottom for w in rows[s - 1])
    below = min(w.top for w in rows[s + 1]) - max(w.bottom for w in rows[s])
    size = min(w.size for w in rows[s])
    return s + 1 if above < 0.3 * size and below > above + 0.5 * size else s


def _rows_to_blocks(
    rows: list[list[Word]], texts: list[str] | None = None
) -> list[list[str]]:
    """Rows -> blocks of lines (``texts``: the rows' lines, if not joined here)."""
    if not rows:
        return []
    if texts is None:
        texts = [join_row(row) for row in rows]
    tops = [min(map(_TOP, r)) for r in rows]
    bots = [max(map(_BOTTOM, r)) for r in rows]
    sizes = [max(map(_SIZE, r)) for r in rows]
    gaps = [tops[i + 1] - bots[i] for i in range(len(rows) - 1)]
    usual = max(0.0, median(gaps)) if len(gaps) >= 3 else 0.2 * median(sizes)
    blocks: list[list[str]] = [[texts[0]]]
    for i in range(1, len(rows)):
        em = min(sizes[i - 1], sizes[i])
        if gaps[i - 1] > usual + 0.45 * em:
            blocks.append([])
        blocks[-1].append(texts[i])
    return blocks


def _subset(chars: Any, mask: Any) -> Any:
    import dataclasses

    return dataclasses.replace(
        chars,
        code=chars.code[mask],
        x0=chars.x0[mask],
        x1=chars.x1[mask],
        top=chars.top[mask],
        bottom=chars.bottom[mask],
        size=chars.size[mask],
        space=chars.space[mask],
        pdfium_space=chars.pdfium_space[mask],
        face=None if chars.face is None else chars.face[mask],
    )


def _turn(chars: Any, direction: str) -> Any:
    """Turn characters whose text runs ``down`` or ``up`` the page to run across."""
    import dataclasses

    w, h = chars.width, chars.height
    if direction == "down":
        x0, x1, top, bottom = chars.top, chars.bottom, w - chars.x1, w - chars.x0
    else:
        x0, x1, top, bottom = h - chars.bottom, h - chars.top, chars.x0, chars.x1
    return dataclasses.replace(
        chars, width=h, height=w, x0=x0, x1=x1, top=top, bottom=bottom
    )


def upright(chars: Any) -> list[Any]:
    """The page's characters by text direction, each group turned to run left to
    right; the largest group first. Text drawn turned by 90 degrees (a rotated page,
    a sideways label) is read in its own direction instead of letter by letter."""
    import numpy as np

    if len(chars.code) < 2:
        return [chars]
    cx = (chars.x0 + chars.x1) / 2
    cy = (chars.top + chars.bottom) / 2
    dx, dy = np.diff(cx), np.diff(cy)
    stacked = np.abs(dy) > 2 * np.abs(dx)
    if np.count_nonzero(stacked) < 3:
        return [chars]  # (fewer than 3 stacked pairs of any kind: see below)
    near = np.hypot(dx, dy) < 2 * np.maximum(chars.size[1:], chars.size[:-1])
    pad = np.zeros(1, dtype=bool)
    # Text runs down (or up) where 3+ characters in a row are stacked: 2+ pairs in
    # a row. One stacked pair is the end of a line over the start of the next in a
    # narrow column ("to" over "Current" in a dates column), not turned text.
    pair_down = _chained(near & (dy > 2 * np.abs(dx)), pad)
    pair_up = _chained(near & (-dy > 2 * np.abs(dx)), pad)
    if pair_down.sum() + pair_up.sum() < 3:
        return [chars]
    down = np.concatenate((pair_down, pad)) | np.concatenate((pad, pair_down))
    up = (np.concatenate((pair_up, pad)) | np.concatenate((pad, pair_up))) & ~down
    across = ~(down | up)
    groups = [(int(m.sum()), name, m) for name, m in
              (("across", across), ("down", down), ("up", up)) if m.any()]  # fmt: skip
    groups.sort(key=lambda g: -g[0])
    out = []
    for _, name, mask in groups:
        part = _subset(chars, mask)
        out.append(part if name == "across" else _turn(part, name))
    return out


def _chained(pair: Any, pad: Any) -> Any:
    """The pairs (of neighbours in stream order) next to another such pair."""
    import numpy as np

    both = pair[1:] & pair[:-1]
    return pair & (np.concatenate((both, pad)) | np.concatenate((pad, both)))


def layout_page(
    chars: Any,
    *,
    first: bool = True,
    dots: Sequence[tuple[float, float, float, float]] = (),
    rules: tuple[Sequence[tuple[float, float, float]], ...] = (),
    glyphs: dict[int, float] | None = None,
) -> PageLayout:
    """Reading-order text and layout facts of one page (``first``: the document's
    first page; later pages read a left sidebar after the main column; ``dots``:
    small shapes that may be list markers, see :mod:`pdf_marks`; ``rules``: the
    page's horizontal and vertical rules, for the cells of ruled tables, see
    :func:`.pdf_tables.join_ruled_rows`; ``glyphs``: glyph gaps measured on the
    document's earlier pages, see :func:`.pdf_words.make_words_ordered`)."""
    chars, *turned = upright(chars)
    words, ordered = make_words_ordered(chars, glyphs)
    out = PageLayout(words=len(words), page_words=words)
    if not words:
        return out
    if dots:
        mark_list_items(words, dots)
    if rules:
        joined = join_ruled_rows(words, list(rules[0]), list(rules[1]))
        if joined is not None:
            words, ordered = joined, sorted(joined, key=attrgetter("mid", "x0"))
    height = chars.height
    body = median(list(map(_SIZE, words)))
    rows = make_rows(words, ordered)
    for row in rows:
        top = min(map(_TOP, row))
        bot = max(map(_BOTTOM, row))
        if bot <= BAND * height or top >= (1 - BAND) * height:
            line = join_row(row)
            if max(map(_SIZE, row)) <= 0.9 * body or _PAGE_NUMBER.fullmatch(line):
                out.header_footer.append(line)
            else:
                out.band_other.append(line)
        elif bot <= PAGE_NUMBER_BAND * height or top >= (1 - PAGE_NUMBER_BAND) * height:
            line = join_row(row)
            if _PAGE_NUMBER.fullmatch(line):
                out.header_footer.append(line)
    out.blocks, out.columns = layout_region(words, rows, main_first=not first)
    for part in turned:  # text in another direction: its own blocks, after the rest
        more = make_words(part)
        out.words += len(more)
        out.blocks.extend(layout_region(more)[0])
    return out
