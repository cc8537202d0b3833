"""Characters -> words and rows (part 1 of the layout in :mod:`.pdf_layout`).

Two neighbouring characters belong to one word when they sit on one line and the gap
between them is small relative to the font size, past the line's usual letter gap;
see :func:`make_words`. Rows cluster words by vertical overlap (:func:`make_rows`).
"""

from __future__ import annotations

import itertools
import re
from operator import attrgetter
from typing import Any

__all__ = ["SPACE_GAP", "Word", "join_row", "make_rows", "make_words", "median"]

#: A space is inferred when the gap between glyphs exceeds this share of the font
#: size (over the line's usual letter gap). Inter-word spaces are 0.2-0.35 em.
SPACE_GAP = 0.15

#: Gaps this close (in em) to a level count as at that level (see _glyph_bias).
_NEAR = 0.04

#: Type1 fonts without a Unicode map (TeX's T1 encoding) give the ligatures ff, fi,
#: fl, ffi, ffl as the control codes 0x1B-0x1F, which no text ever means otherwise.
LIGATURE_CODES = {0x1B: "ff", 0x1C: "fi", 0x1D: "fl", 0x1E: "ffi", 0x1F: "ffl"}
_HAS_LIGATURE_CODE = re.compile("[\x1b-\x1f]")

BY_MID_X0 = attrgetter("mid", "x0")
BY_X0 = attrgetter("x0")


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
        # (one assignment a slot: ~15% faster than unpacking tuples)
        self.x0 = x0
        self.x1 = x1
        self.top = top
        self.bottom = bottom
        self.size = size
        self.id = wid
        self.text = text
        self.mid = top + bottom  # twice the vertical centre: the row sort key

    def __repr__(self) -> str:  # pragma: no cover - debugging aid
        return f"Word({self.text!r}, x={self.x0:.1f}-{self.x1:.1f}, y={self.top:.1f})"


def make_words(chars: Any) -> list[Word]:
    """Group a page's characters (a ``PageChars``) into words."""
    return make_words_ordered(chars)[0]


def make_words_ordered(
    chars: Any, glyphs: dict[int, float] | None = None
) -> tuple[list[Word], list[Word]]:
    """The words in stream order, and the same words in row order (see make_rows).

    ``glyphs``: the glyph gaps learned on the document's earlier pages (see
    _glyph_bias), updated with this page's."""
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
    face = getattr(chars, "face", None)
    # (the parts of one ligature glyph have no gap of their own to measure)
    bias = _glyph_bias(
        chars.code[p], gap, em, ~(hard | ligature), glyphs,
        None if face is None else face[p],
    )  # fmt: skip
    gap = gap - np.where(ligature, 0.0, bias)
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


def _glyph_bias(
    code: Any,
    gap: Any,
    em: Any,
    ok: Any,
    prior: dict[int, float] | None = None,
    face: Any = None,
) -> Any:
    """Per gap, how much tighter than the page's usual letter gap the glyph before it
    is always followed (a negative number of points, or 0).

    Some producers position each glyph themselves while pdfium's box takes the
    font's advance or the glyph's overhang: on wkhtmltopdf exports the gap after an
    "f" inside a word is -2.1 pt where other letters show -0.3 pt, and a word space
    adds the same 2.4 pt to each, so "of management" looks like one word. A glyph
    seen 5+ times on the page is measured by the low end (20th percentile) of the
    gaps that follow it; only tighter-than-usual glyphs are corrected (punctuation,
    nearly always followed by a space, must not learn that space as its gap), and
    only when more of its gaps sit at that low end than at the page's level (a
    few kerned pairs, "P," "P.", must not move every gap after a "P").

    ``prior`` (glyph, font and size key -> bias in em) carries what earlier pages
    of the document measured to a page where the glyph of that font (``face``, a
    hash per character) is seen fewer than 5 times and the page measured none: a
    producer sets a glyph the same way on every page (a page-2 education line
    "Associate of Applied Science" whose four "f"s all end "of": no low end to
    measure on that page, 50 "f"s inside words on page 1)."""
    import numpy as np

    bias = np.zeros(gap.size)
    idx = np.flatnonzero(ok)
    g = gap[idx] / em[idx]
    keep = (g > -0.5) & (g < 1.0)
    idx, g = idx[keep], g[keep]
    carry = prior is not None and face is not None
    if idx.size < 20 and not (carry and idx.size):
        return bias
    level = np.partition(g, (g.size * 35) // 100)[(g.size * 35) // 100]
    # One key per glyph and size step (a bold or larger run measures apart).
    step = np.clip(np.round(np.log2(np.maximum(em[idx], 1.0)) * 4), 0, 63)
    glyph = np.asarray(code, dtype=np.int64)[idx]
    key = glyph * 64 + step.astype(np.int64)
    if idx.size >= 20:
        keys, counts, low, _ = _low_ends(key, g, level)
        bias[idx] = low[np.searchsorted(keys, key)] * em[idx]
    if carry:
        assert prior is not None
        fkey = ((np.asarray(face, dtype=np.int64)[idx] << 21) | glyph) * 64 + (
            step.astype(np.int64)
        )
        keys, counts, low, own = _low_ends(fkey, g, level, few=True)
        if idx.size < 20:
            counts[:] = 0  # (too few gaps on the page to measure any glyph)
        # (a few dozen keys a page: Python floats, not numpy scalars)
        lows, at_level = low.tolist(), float(level)
        for i, (k, c) in enumerate(zip(keys.tolist(), counts.tolist(), strict=True)):
            if c >= 5:
                prior[k] = lows[i]
                lows[i] = 0.0
            elif prior.get(k, 0.0) < 0.0:
                # Unless a gap of its own here sits at the page's level.
                near = any(abs(x - at_level) <= _NEAR for x in own[i])
                lows[i] = 0.0 if near else prior[k]
            else:
                lows[i] = 0.0
        add = np.asarray(lows)[np.searchsorted(keys, fkey)] * em[idx]
        bias[idx] = np.where(bias[idx] == 0.0, add, bias[idx])
    return bias


def _low_ends(
    key: Any, g: Any, level: float, few: bool = False
) -> tuple[Any, Any, Any, list[Any]]:
    """Per glyph key (sorted): its gap count, its low end against ``level`` (in em,
    0 where not a glyph's own, see _glyph_bias), and (``few``) its gaps when fewer
    than 5."""
    import numpy as np

    # One sort of (key, gap) packed in an int64, the gap in 2**-20 em steps (it
    # lies in -0.5..1), does what np.unique and an argsort by key and gap did, at
    # a fifth of the cost.
    packed = np.sort((key << 21) | np.round((g + 0.5) * 2**20).astype(np.int64))
    group = packed >> 21
    first = np.concatenate(([True], group[1:] != group[:-1]))
    starts = np.flatnonzero(first)
    counts = np.diff(np.append(starts, packed.size))
    low = (packed[starts + counts // 5] & (2**21 - 1)) / 2**20 - 0.5 - level
    # A tight low end is the glyph's own only when it is the glyph's usual gap:
    # kerning tightens a few pairs ("P," "P." by 0.15 em in DejaVu Serif: 3 of a
    # page's 16 gaps after "P") while the glyph meets its other followers at the
    # page's level, and learning the kerned gap as the bias split "P resent"; an
    # overhanging glyph (wkhtmltopdf's "f") meets no follower at the level.
    low = np.where(counts >= 5, np.clip(low, -0.4, 0.0), 0.0)
    apart = low < -_NEAR  # (a low end near the level is no kerning)
    if apart.any():
        # Gaps of each such glyph at its low end, at the level, and in both bands
        # (they may overlap), counted by bisecting the sorted packed gaps.
        ak = np.flatnonzero(apart)
        la = low[ak]
        flat = np.full(ak.size, _NEAR)
        lo = np.concatenate((la - _NEAR, -flat, -flat))
        hi = np.concatenate((la + _NEAR, flat, la + _NEAR))
        base = np.tile(group[starts[ak]] << 21, 3)
        enc = np.clip(
            np.round((np.concatenate((lo, hi)) + level + 0.5) * 2**20), 0, 2**21 - 1
        )
        keys = np.tile(base, 2) | enc.astype(np.int64)
        found = np.searchsorted(packed, keys[lo.size :], "right") - np.searchsorted(
            packed, keys[: lo.size], "left"
        )
        at_low, at_level, both = np.maximum(found, 0).reshape(3, ak.size)
        low[ak[at_low <= at_level - both]] = 0.0
    gaps: list[Any] = []
    if few:
        # (decoded once; only the keys seen under 5 times need theirs)
        gaps = [None] * starts.size
        decoded = (packed & (2**21 - 1)) / 2**20 - 0.5
        rare = np.flatnonzero(counts < 5)
        for i, s, c in zip(rare.tolist(), starts[rare].tolist(),
                           counts[rare].tolist(), strict=True):  # fmt: skip
            gaps[i] = decoded[s : s + c].tolist()
    return group[starts], counts, low, gaps


def _line_size(chars: Any, same_line: Any) -> Any:
    """Font size per character, checked against the glyph boxes of its line.

    pdfium reports the size of the font as set (``Tf``), which some producers scale
    down with the text matrix (wkhtmltopdf: 19 for glyphs 9.5 pt tall). A line's
    tallest box (ascent to descent, or the tallest glyph where the font gives no
    metrics) is about one em, at least ~0.7 em: the size is capped by it (/0.9).

    Only the glyphs of the line's largest reported size size it (the capitals of
    a small caps heading, set larger, size the small letters' gaps; a glyph set
    smaller but drawn taller, a wkhtmltopdf "Â" at 15 among letters at 16, does
    not), and when 10 or more of them share that size, the height a tenth of them
    (at least three) reach: a glyph or two drawn larger at the same size (a "Â" with
    11.5 pt boxes among 9.3 pt ones) must not widen every word gap's threshold on
    the line by a fifth. A glyph taller than that keeps its own height."""
    import numpy as np

    h = chars.bottom - chars.top
    n = h.size
    starts = np.flatnonzero(np.concatenate(([True], ~same_line)))
    counts = np.diff(np.concatenate((starts, [n])))
    rep = chars.size
    largest = rep >= np.repeat(np.maximum.reduceat(rep, starts), counts) / 1.01
    floor = float(h.min()) - 1.0
    hs = np.where(largest, h, floor)
    tallest = np.maximum.reduceat(hs, starts)
    many = np.add.reduceat(largest.astype(np.int64), starts)
    robust = many >= 10
    if robust.any():
        line = np.repeat(np.arange(starts.size), counts)
        # Heights sorted tallest first within each line (one sort of line * span - h).
        span = float(h.max()) - floor + 1.0
        order = np.argsort(line * span - hs, kind="stable")
        kth = np.maximum(3, (many + 9) // 10) - 1
        tallest = np.where(robust, hs[order[starts + np.minimum(kth, counts - 1)]],
                           tallest)  # fmt: skip
    line_h = np.maximum(np.repeat(tallest, counts), h)
    return np.minimum(chars.size, line_h / 0.9)


def make_rows(words: list[Word], ordered: list[Word] | None = None) -> list[list[Word]]:
    """Cluster words into rows by vertical overlap; each row sorted left to right.

    ``ordered``: the words already sorted by (top + bottom, x0), if known."""
    rows: list[list[Word]] = []
    if not words:
        return rows
    if ordered is None:
        ordered = sorted(words, key=BY_MID_X0)
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
        row.sort(key=BY_X0)
    return rows


def median(values: list[float]) -> float:
    s = sorted(values)
    return s[len(s) // 2] if s else 0.0


#: A gap between two words of a row this many font sizes wide or more, and
#: FIELD_GAP_RATIO times the row's other word gaps (their median; 0.3 em when it has
#: none), parts two fields (a right-aligned place or date: "Stripe<TAB>San
#: Francisco, CA"); it is written as a tab. Word spaces are 0.2-0.35 em, up to ~1 em
#: on a loose justified line.
FIELD_GAP_EM = 1.8
FIELD_GAP_RATIO = 3.0


def join_row(row: list[Word]) -> str:
    """A row's words as one line: words apart by a space, fields by a tab."""
    if len(row) == 1:
        return row[0].text
    parts = [row[0].text]
    tabs: set[int] | None = None
    for i, (prev, w) in enumerate(itertools.pairwise(row)):
        gap = w.x0 - prev.x1
        size = w.size if w.size < prev.size else prev.size
        if w.id != prev.id + 1 and gap < 0.1 * size:
            parts.append(w.text)  # glued: one word split in the stream
            continue
        if gap >= FIELD_GAP_EM * size:
            if tabs is None:
                tabs = _field_gaps(row)
            if i in tabs:
                parts.append("\t")
                parts.append(w.text)
                continue
        parts.append(" ")
        parts.append(w.text)
    return "".join(parts)


def _field_gaps(row: list[Word]) -> set[int]:
    """Which gaps of ``row`` (gap i follows word i) part two fields."""
    gaps = [(b.x0 - a.x1, min(a.size, b.size)) for a, b in itertools.pairwise(row)]
    wide = [g >= FIELD_GAP_EM * size for g, size in gaps]
    others = sorted(g for (g, _), w in zip(gaps, wide, strict=True) if not w and g > 0)
    usual = others[len(others) // 2] if others else 0.0
    return {
        i
        for i, ((g, size), w) in enumerate(zip(gaps, wide, strict=True))
        if w and g >= FIELD_GAP_RATIO * max(usual, 0.3 * size)
    }
