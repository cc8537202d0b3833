"""Page geometry -> text in reading order: words, lines, columns, blocks.

Pure Python and numpy over the characters :mod:`gapcheck.ingest.pdf_chars` reads.

1. **Words.** Characters come in content-stream order. Two neighbours belong to one
   word when they sit on one line and the gap between the end of one glyph's advance
   and the start of the next is small relative to the font size. The threshold
   adapts to letter-spacing: a line's typical gap (its lower gaps) is added to it.
   A space glyph written by the producer always breaks a word; spaces that pdfium
   generates are ignored and redone from geometry (HTML-to-PDF exports such as
   wkhtmltopdf write no space glyphs at all).
2. **Rows.** Words are clustered into rows by vertical overlap, so superscripts and
   mixed font sizes stay on their line.
3. **Columns.** A column gutter is a vertical strip, at least about a font size wide,
   that no word crosses for several rows in a row, with text on both sides. The
   region is then read as: rows above the gutter, left side, right side, rows below,
   each side recursively (a sidebar inside a two-column body works the same way).
   A strip is *not* a gutter when the two sides are row-aligned (same baselines) and
   not both wrapped text: a right-aligned date on a job-title line, a key/value list
   or a grid of skill chips is read line by line.
4. **Blocks.** Lines in one region are one block until a vertical gap clearly larger
   than the region's usual line gap; regions and column segments are blocks. A date
   range split over two lines of a narrow dates column is closed on its first line
   (:mod:`gapcheck.ingest.pdf_dates`).
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from operator import attrgetter
from typing import Any

from gapcheck.ingest.pdf_dates import DATE_CELL as _DATE_CELL
from gapcheck.ingest.pdf_dates import close_date_ranges

#: A space is inferred when the gap between glyphs exceeds this share of the font
#: size (over the line's usual letter gap). Inter-word spaces are 0.2-0.35 em.
SPACE_GAP = 0.15
#: Minimum width of a column gutter, in font sizes (median font size of the region).
GUTTER_EM = 0.9
#: Narrowest column gutter, in font sizes, between two sides of wrapped text
#: (LaTeX two-column layouts: 6 pt at 10 pt).
NARROW_GUTTER_EM = 0.45
#: Cells of a list laid out in a grid are this many font sizes apart or more
#: (well over any word space).
CELL_GAP_EM = 1.6
#: A left side narrower than this share of the right side is a sidebar.
SIDEBAR_SHARE = 0.6
#: Sides at least this many font sizes wide, both filled with wrapped lines, are
#: columns even when their baselines line up.
TEXT_COLUMN_EM = 8.0
#: Share of the top and bottom of a page treated as the header/footer band.
BAND = 0.06
#: Page numbers ("2", "Page 2 of 3", "2/3") are recognised in a wider band.
PAGE_NUMBER_BAND = 0.15

_PAGE_NUMBER = re.compile(
    r"(?i)[-–—(\[ ]*(page|p\.|seite|página)?\s*\d{1,3}(\s*(of|/|von|de)\s*\d{1,3})?"
    r"[-–—)\] ]*"
)


#: Type1 fonts without a Unicode map (TeX's T1 encoding) give the ligatures ff, fi,
#: fl, ffi, ffl as the control codes 0x1B-0x1F, which no text ever means otherwise.
LIGATURE_CODES = {0x1B: "ff", 0x1C: "fi", 0x1D: "fl", 0x1E: "ffi", 0x1F: "ffl"}
_HAS_LIGATURE_CODE = re.compile("[\x1b-\x1f]")

_DIGITS_OR_OPEN_END = re.compile(r"\d\d|(?i:present|current)")

_BY_MID_X0 = attrgetter("mid", "x0")
_BY_X0 = attrgetter("x0")
_TOP = attrgetter("top")
_BOTTOM = attrgetter("bottom")
_SIZE = attrgetter("size")


class Word:
    __slots__ = ("bottom", "id", "mid", "size", "text", "top", "x0", "x1")

    def __init__(
        self,
        x0: float,
        x1: float,
        top: float,
        bottom: float,
        size: float,
        wid: int,
        text: str,
    ) -> None:
        self.x0, self.x1, self.top, self.bottom = x0, x1, top, bottom
        self.size, self.id, self.text = size, wid, text
        self.mid = top + bottom  # twice the vertical centre: the row sort key

    def __repr__(self) -> str:  # pragma: no cover - debugging aid
        return f"Word({self.text!r}, x={self.x0:.1f}-{self.x1:.1f}, y={self.top:.1f})"


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


def make_words(chars: Any) -> list[Word]:
    """Group a page's characters (a ``PageChars``) into words."""
    return _make_words(chars)[0]


def _make_words(chars: Any) -> tuple[list[Word], list[Word]]:
    """The words in stream order, and the same words in row order (see make_rows)."""
    import numpy as np

    n = len(chars.code)
    if n == 0:
        return [], []
    x0, x1, top, bottom = chars.x0, chars.x1, chars.top, chars.bottom
    cy = (top + bottom) / 2
    p = slice(0, n - 1)
    q = slice(1, n)
    same_line = ((cy[q] >= top[p]) & (cy[q] <= bottom[p])) | (
        (cy[p] >= top[q]) & (cy[p] <= bottom[q])
    )
    size = _line_size(chars, same_line)
    gap = x0[q] - x1[p]
    em = np.maximum(size[p], size[q])
    # pdfium splits a ligature glyph (fi, fl, ffi) into characters sharing one box.
    ligature = (np.abs(x0[q] - x0[p]) < 0.05 * em) & (np.abs(x1[q] - x1[p]) < 0.05 * em)
    gap = np.where(ligature, 0.0, gap)
    hard = ~same_line | (gap < -0.4 * em) | (gap > 2.5 * em) | chars.space[1:]
    gap = gap - _glyph_bias(chars.code[p], gap, em, ~hard)
    # Letter-spacing: the 35th percentile of the gaps of each run between hard breaks
    # is that run's usual letter gap (most gaps in a run are inside words). It may be
    # negative: HTML-to-PDF exports (wkhtmltopdf) set letters ~0.05 em tighter than
    # the fonts' advances.
    run = np.concatenate(([0], np.cumsum(hard)))[1:]  # run id of gap i
    base = np.zeros(n - 1)
    if n > 1:
        # Sort by (run, gap): runs are numbered in order, so one stable sort of
        # run * span + gap does it (span exceeds the range of gaps; ~10x faster
        # than lexsort).
        low = gap.min()
        order = np.argsort(run * (gap.max() - low + 1.0) + (gap - low), kind="stable")
        counts = np.bincount(run)
        starts = np.concatenate(([0], np.cumsum(counts)[:-1]))
        pick = order[starts + (counts * 35) // 100]
        letter = gap[pick]  # per run
        letter = np.where(counts >= 3, letter, 0.0)
        base = np.clip(letter[run], -0.2 * em, 0.6 * em)
    # pdfium's generated spaces use the fonts' real advance widths (our boxes can
    # include a glyph's overhang, e.g. an italic "f"); it misses spaces but seldom
    # invents them, so either signal is a break, past the line's letter spacing.
    soft = (gap > base + SPACE_GAP * em) | (chars.pdfium_space[1:] & (gap > base))
    brk = np.concatenate(([True], hard | soft))
    starts_idx = np.flatnonzero(brk)
    ends_idx = np.concatenate((starts_idx[1:], [n]))
    ax0 = np.minimum.reduceat(x0, starts_idx)
    atop = np.minimum.reduceat(top, starts_idx)
    abot = np.maximum.reduceat(bottom, starts_idx)
    # Row order: by top + bottom, then x0 (stable, as Python's sort in make_rows).
    order = np.lexsort((ax0, atop + abot)).tolist()
    wx0, wtop, wbot = ax0.tolist(), atop.tolist(), abot.tolist()
    wx1 = np.maximum.reduceat(x1, starts_idx).tolist()
    wsize = np.maximum.reduceat(size, starts_idx).tolist()
    text = (
        np.asarray(chars.code, dtype=np.uint32)
        .tobytes()
        .decode("utf-32-le", errors="replace")
    )
    texts: Any = map(
        text.__getitem__, map(slice, starts_idx.tolist(), ends_idx.tolist())
    )
    if _HAS_LIGATURE_CODE.search(text):
        texts = [t.translate(LIGATURE_CODES) for t in texts]
    words = list(map(Word, wx0, wx1, wtop, wbot, wsize, range(len(wx0)), texts))
    return words, list(map(words.__getitem__, order))


def _glyph_bias(code: Any, gap: Any, em: Any, ok: Any) -> Any:
    """Per gap, how much tighter than the page's usual letter gap the glyph before it
    is always followed (a negative number of points, or 0).

    Some producers position each glyph themselves while pdfium's box takes the
    font's advance or the glyph's overhang: on wkhtmltopdf exports the gap after an
    "f" inside a word is -2.1 pt where other letters show -0.3 pt, and a word space
    adds the same 2.4 pt to each, so "of management" looks like one word. A glyph
    seen 5+ times on the page is measured by the low end (20th percentile) of the
    gaps that follow it; only tighter-than-usual glyphs are corrected (punctuation,
    nearly always followed by a space, must not learn that space as its gap)."""
    import numpy as np

    bias = np.zeros(gap.size)
    idx = np.flatnonzero(ok)
    if idx.size < 20:
        return bias
    g = gap[idx] / em[idx]
    keep = (g > -0.5) & (g < 1.0)
    idx, g = idx[keep], g[keep]
    if idx.size < 20:
        return bias
    level = np.partition(g, (g.size * 35) // 100)[(g.size * 35) // 100]
    # One key per glyph and size step (a bold or larger run measures apart).
    step = np.clip(np.round(np.log2(np.maximum(em[idx], 1.0)) * 4), 0, 63)
    key = np.asarray(code, dtype=np.int64)[idx] * 64 + step.astype(np.int64)
    _, inverse, counts = np.unique(key, return_inverse=True, return_counts=True)
    order = np.argsort(inverse * 4.0 + (g + 1.0), kind="stable")  # by key, then g
    starts = np.concatenate(([0], np.cumsum(counts)[:-1]))
    low = g[order[starts + counts // 5]] - level
    low = np.where(counts >= 5, np.clip(low, -0.4, 0.0), 0.0)
    bias[idx] = low[inverse] * em[idx]
    return bias


def _line_size(chars: Any, same_line: Any) -> Any:
    """Font size per character, checked against the glyph boxes of its line.

    pdfium reports the size of the font as set (``Tf``), which some producers scale
    down with the text matrix (wkhtmltopdf: 19 for glyphs 9.5 pt tall). A line's
    tallest box (ascent to descent, or the tallest glyph where the font gives no
    metrics) is about one em, at least ~0.7 em: the size is capped by it (/0.9)."""
    import numpy as np

    h = chars.bottom - chars.top
    starts = np.flatnonzero(np.concatenate(([True], ~same_line)))
    tallest = np.maximum.reduceat(h, starts)
    line_h = np.repeat(tallest, np.diff(np.concatenate((starts, [h.size]))))
    return np.minimum(chars.size, line_h / 0.9)


def make_rows(words: list[Word], ordered: list[Word] | None = None) -> list[list[Word]]:
    """Cluster words into rows by vertical overlap; each row sorted left to right.

    ``ordered``: the words already sorted by (top + bottom, x0), if known."""
    rows: list[list[Word]] = []
    if not words:
        return rows
    if ordered is None:
        ordered = sorted(words, key=_BY_MID_X0)
    band_top = band_bot = 0.0
    current: list[Word] = []
    for w in ordered:  # (conditional expressions: min/max calls cost more here)
        top, bot = w.top, w.bottom
        if current:
            overlap = (bot if bot < band_bot else band_bot) - (
                top if top > band_top else band_top
            )
            h, band_h = bot - top, band_bot - band_top
            if overlap >= 0.5 * (h if h < band_h else band_h):
                current.append(w)
                continue
            rows.append(current)
        current = [w]
        band_top, band_bot = top, bot
    rows.append(current)
    for row in rows:
        row.sort(key=_BY_X0)
    return rows


def _median(values: list[float]) -> float:
    s = sorted(values)
    return s[len(s) // 2] if s else 0.0


def _row_gaps(
    row: list[Word], lo: float, hi: float, min_width: float
) -> list[tuple[float, float]]:
    """Empty x-intervals of a row within [lo, hi], at least ``min_width`` wide."""
    gaps = []
    edge = lo
    for w in row:  # sorted by x0
        if w.x0 - edge >= min_width:
            gaps.append((edge, w.x0))
        if w.x1 > edge:
            edge = w.x1
    if hi - edge >= min_width:
        gaps.append((edge, hi))
    return gaps


def _find_gutter(
    rows: list[list[Word]], em: float
) -> tuple[tuple[int, int, float, float] | None, tuple[int, int, float, float] | None]:
    """The best column gutter of a region and, failing one, the best strip between
    the cells of a list laid out in a grid: each (first row, last row, left x,
    right x)."""
    if len(rows) < 3:
        return None, None
    lo = min([w.x0 for r in rows for w in r])
    hi = max([w.x1 for r in rows for w in r])
    # Narrow strips (down to NARROW_GUTTER_EM) count only between wrapped text.
    min_width = NARROW_GUTTER_EM * em
    gaps = [_row_gaps(r, lo, hi, min_width) for r in rows]
    ems: dict[tuple[int, int], float] = {}  # median font size of rows s..e
    starts = [list(map(_BY_X0, r)) for r in rows]  # word starts (rows sorted by x0)
    best: tuple[int, int, float, float] | None = None
    best_key: tuple[int, float] = (0, 0.0)
    cells: tuple[int, int, float, float] | None = None
    cells_key: tuple[int, float] = (0, 0.0)
    seen: dict[tuple[int, int, float, float, bool], int] = {}
    nrows = len(rows)
    for s in range(nrows - 2):
        if nrows - s < best_key[0]:
            break  # no strip starting here can be longer than the best one
        above = gaps[s - 1] if s else []
        for g0, g1 in gaps[s]:
            continued = False
            for c0, c1 in above:
                if (g1 if g1 < c1 else c1) - (g0 if g0 > c0 else c0) >= min_width:
                    continued = True
                    break
            # A strip that goes on from the row above is searched from there too;
            # from here it must be a clear case (wrapped text on both sides, or
            # a grid list): a gutter that starts under a full-width header
            # overlaps a gap of the header's row that dies out there.
            active = [(g0, g1)]
            e = s
            while active:
                grown: set[tuple[float, float]] = set()
                below = gaps[e + 1] if e + 1 < nrows else []
                for a, b in active:
                    extended = False
                    for c0, c1 in below:
                        i0 = a if a > c0 else c0
                        i1 = b if b < c1 else c1
                        if i1 - i0 >= min_width:
                            grown.add((i0, i1))
                            # (a strip that only goes on much narrower is also
                            # tried as it is)
                            extended = extended or i1 - i0 >= 0.7 * (b - a)
                    if extended:
                        continue
                    span = e - s + 1
                    key = (span, b - a)
                    if span < 3 or (key <= best_key and (best or key <= cells_key)):
                        continue
                    if a <= lo + 0.01 or b >= hi - 0.01:
                        continue  # a margin: no word on one side in any of its rows
                    em_strip = ems.get((s, e))
                    if em_strip is None:
                        em_strip = ems[s, e] = _median(
                            [w.size for r in rows[s : e + 1] for w in r]
                        )
                    memo_key = (s, e, a, b, continued)
                    kind = seen.get(memo_key, -1)
                    if kind < 0:
                        kind = seen[memo_key] = _gutter_kind(
                            rows[s : e + 1], starts[s : e + 1], a, b, lo, hi,
                            em_strip, strict=continued,
                        )  # fmt: skip
                    if kind == _COLUMNS and key > best_key:
                        best, best_key = (s, e, a, b), key
                    elif kind == _CELLS and key > cells_key:
                        cells, cells_key = (s, e, a, b), key
                    elif kind == _NOT and not best:
                        # A grid list inside a longer strip (the strip runs on
                        # through one-sided headings and lines): its rows with
                        # words on both sides.
                        for s2, e2 in _two_sided_runs(rows, s, e, a, b):
                            key2 = (e2 - s2 + 1, b - a)
                            if key2 > cells_key and _gutter_kind(
                                rows[s2 : e2 + 1], starts[s2 : e2 + 1], a, b,
                                lo, hi, em_strip,
                            ) == _CELLS:  # fmt: skip
                                cells, cells_key = (s2, e2, a, b), key2
                active = list(grown)
                e += 1
    return best, (None if best else cells)


_NOT, _COLUMNS, _CELLS = 0, 1, 2


def _two_sided_runs(
    rows: list[list[Word]], s: int, e: int, a: float, b: float
) -> list[tuple[int, int]]:
    """Runs of 3+ consecutive rows among s..e with words on both sides of a..b,
    when they are not the whole strip."""
    out = []
    first = None
    for i in range(s, e + 2):
        both = i <= e and rows[i][0].x1 <= a + 0.01 and rows[i][-1].x0 >= b - 0.01
        if both and first is None:
            first = i
        elif not both and first is not None:
            if i - first >= 3 and (first, i - 1) != (s, e):
                out.append((first, i - 1))
            first = None
    return out


def _gutter_kind(
    rows: list[list[Word]],
    starts: list[list[float]],
    a: float,
    b: float,
    lo: float,
    hi: float,
    em: float,
    *,
    strict: bool = False,
) -> int:
    """Whether a strip free of words is a column gutter, the strip between the
    cells of a grid list (rows read one by one, each cell its own line), or
    neither."""
    left_rows = right_rows = paired = 0
    left_width, right_width = a - lo, hi - b
    lefts: list[list[Word]] = []
    rights: list[list[Word]] = []
    for row, x0s in zip(rows, starts, strict=True):
        # Rows are sorted by x0 (and x1 >= x0): bisect instead of scanning.
        left = [w for w in row[: bisect_right(x0s, a + 0.01)] if w.x1 <= a + 0.01]
        right = row[bisect_left(x0s, b - 0.01) :]
        # A row "fills" its side when it reads like wrapped text: it starts at the
        # side's left edge (right-aligned dates do not), spans most of its width
        # and has no gutter-wide gap inside (table cells do).
        if left:
            left_rows += 1
            lefts.append(left)
        if right:
            right_rows += 1
            rights.append(right)
        if left and right:
            # Same baseline (estimated from the descent line) on both sides?
            tol = 0.3 * min(left[0].size, right[0].size)
            lb = [w.bottom - 0.22 * w.size for w in left]
            if any(abs(w.bottom - 0.22 * w.size - y) <= tol for w in right for y in lb):
                paired += 1
    if left_rows < 2 or right_rows < 2:
        return _NOT
    left_full = _full_rows(lefts, lo, a, em)
    right_full = _full_rows(rights, b, hi, em)
    wide = min(left_width, right_width) >= TEXT_COLUMN_EM * em
    if wide and left_full >= 3 and right_full >= 3:
        return _COLUMNS  # wrapped text on both sides: columns
    if b - a < GUTTER_EM * em:
        return _NOT  # a narrow strip: only between wrapped text
    if paired < 0.6 * min(left_rows, right_rows) and not strict:
        return _COLUMNS
    if b - a < CELL_GAP_EM * em:
        return _NOT
    return _CELLS if _is_grid_list(lefts, rights, em) else _NOT


def _is_grid_list(lefts: list[list[Word]], rights: list[list[Word]], em: float) -> bool:
    """Row-aligned cells that are items of one list laid out in a grid (skills in
    two columns): 3+ rows each side, the right cells start at one x (right-aligned
    dates do not), the left cells are neither labels ("Languages:", or a narrow
    label column) nor dates."""
    if len(lefts) < 3 or len(rights) < 3:
        return False
    from collections import Counter

    aligned = Counter(round(r[0].x0 / 2) for r in rights).most_common(1)[0][1]
    if aligned < 3 or aligned < 0.6 * len(rights):
        return False
    left_w = max(r[-1].x1 - r[0].x0 for r in lefts)
    right_w = max(r[-1].x1 - r[0].x0 for r in rights)
    if left_w < 0.4 * right_w or right_w < 0.4 * left_w:
        return False
    left_text = [_join_row(r) for r in lefts]
    right_text = [_join_row(r) for r in rights]
    if sum(t.endswith(":") for t in left_text) * 3 >= len(left_text):
        return False
    return not any(
        sum(_is_date_cell(t) for t in side) * 3 >= len(side)
        for side in (left_text, right_text)
    )


def _is_date_cell(text: str) -> bool:
    # (a cell with no two digits and no "present"/"current" is no date: skip the
    # month-name search)
    return bool(_DIGITS_OR_OPEN_END.search(text) and _DATE_CELL.search(text))


def _aligned(xs: list[float]) -> int:
    """The most values within 1 pt of one of them (rows aligned on one edge)."""
    xs = sorted(xs)
    return max(bisect_right(xs, x + 1.0) - i for i, x in enumerate(xs))


def _full_rows(side_rows: list[list[Word]], start: float, end: float, em: float) -> int:
    """How many rows of one side (start..end) of a strip read like wrapped text:
    they start near the side's left edge (indented paragraphs too; right-aligned
    dates do not), span most of its width and have no gutter-wide gap inside (table
    cells do)."""
    width = end - start
    if _aligned([r[-1].x1 for r in side_rows]) > _aligned([r[0].x0 for r in side_rows]):
        return 0  # right-aligned (dates, places): not wrapped text
    full = 0
    for side in side_rows:
        if side[0].x0 - start > 1.5 * em or side[-1].x1 - side[0].x0 < 0.6 * width:
            continue
        gaps = [w.x0 - prev.x1 for prev, w in itertools.pairwise(side)]
        full += not gaps or max(gaps) < GUTTER_EM * em
    return full


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
    em = _median([w.size for w in words]) or 10.0
    gutter, cells = _find_gutter(rows, em)
    if gutter is None and cells is not None:
        s, e, a, b = cells
        return [
            *_rows_region(rows[:s])[0],
            *_cells_blocks(rows[s : e + 1], em),
            *_rows_region(rows[e + 1 :])[0],
        ], 1
    if gutter is None:
        return _rows_to_blocks(*close_date_ranges(rows, em, _join_row)), 1
    s, e, a, b = gutter
    e = _trim_tail(rows, s, e, (a + b) / 2)
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


def _cells_blocks(rows: list[list[Word]], em: float) -> list[list[str]]:
    """Rows of a grid list: each row's cells on their own lines, row by row (as
    poppler's pdftotext reads them). Cells are split at every strip free of words
    in all these rows and at least CELL_GAP_EM wide."""
    lo = min([w.x0 for r in rows for w in r])
    hi = max([w.x1 for r in rows for w in r])
    common = _row_gaps(rows[0], lo, hi, CELL_GAP_EM * em)
    for row in rows[1:]:
        gaps = _row_gaps(row, lo, hi, CELL_GAP_EM * em)
        common = [
            (max(a, c), min(b, d))
            for a, b in common
            for c, d in gaps
            if min(b, d) - max(a, c) >= CELL_GAP_EM * em
        ]
    cuts = [(a + b) / 2 for a, b in common if lo < a and b < hi]
    lines = []
    for row in rows:
        cells: list[list[Word]] = [[] for _ in range(len(cuts) + 1)]
        for w in row:
            cells[bisect_left(cuts, w.x0)].append(w)
        lines += [_join_row(cell) for cell in cells if cell]
    return [lines]


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


def _join_row(row: list[Word]) -> str:
    if len(row) == 1:
        return row[0].text
    parts = [row[0].text]
    for prev, w in itertools.pairwise(row):
        if w.id != prev.id + 1:
            size = w.size if w.size < prev.size else prev.size
            if w.x0 - prev.x1 < 0.1 * size:
                parts.append(w.text)  # glued: one word split in the stream
                continue
        parts.append(" ")
        parts.append(w.text)
    return "".join(parts)


def _rows_to_blocks(
    rows: list[list[Word]], texts: list[str] | None = None
) -> list[list[str]]:
    """Rows -> blocks of lines (``texts``: the rows' lines, if not joined here)."""
    if not rows:
        return []
    if texts is None:
        texts = [_join_row(row) for row in rows]
    tops = [min(map(_TOP, r)) for r in rows]
    bots = [max(map(_BOTTOM, r)) for r in rows]
    sizes = [max(map(_SIZE, r)) for r in rows]
    gaps = [tops[i + 1] - bots[i] for i in range(len(rows) - 1)]
    usual = max(0.0, _median(gaps)) if len(gaps) >= 3 else 0.2 * _median(sizes)
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
    near = np.hypot(dx, dy) < 2 * np.maximum(chars.size[1:], chars.size[:-1])
    pair_down = near & (dy > 2 * np.abs(dx))
    pair_up = near & (-dy > 2 * np.abs(dx))
    if pair_down.sum() + pair_up.sum() < 3:
        return [chars]
    pad = np.zeros(1, dtype=bool)
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


def layout_page(chars: Any, *, first: bool = True) -> PageLayout:
    """Reading-order text and layout facts of one page (``first``: the document's
    first page; later pages read a left sidebar after the main column)."""
    chars, *turned = upright(chars)
    words, ordered = _make_words(chars)
    out = PageLayout(words=len(words), page_words=words)
    if not words:
        return out
    height = chars.height
    body = _median(list(map(_SIZE, words)))
    rows = make_rows(words, ordered)
    for row in rows:
        top = min(map(_TOP, row))
        bot = max(map(_BOTTOM, row))
        if bot <= BAND * height or top >= (1 - BAND) * height:
            line = _join_row(row)
            if max(map(_SIZE, row)) <= 0.9 * body or _PAGE_NUMBER.fullmatch(line):
                out.header_footer.append(line)
            else:
                out.band_other.append(line)
        elif bot <= PAGE_NUMBER_BAND * height or top >= (1 - PAGE_NUMBER_BAND) * height:
            line = _join_row(row)
            if _PAGE_NUMBER.fullmatch(line):
                out.header_footer.append(line)
    out.blocks, out.columns = layout_region(words, rows, main_first=not first)
    for part in turned:  # text in another direction: its own blocks, after the rest
        more = make_words(part)
        out.words += len(more)
        out.blocks.extend(layout_region(more)[0])
    return out
