"""Column gutters and grid lists in a region of rows (PDF layout, part 2).

A column gutter is a vertical strip that no word crosses for several rows in a row,
with text on both sides (:func:`find_gutter`); a strip between row-aligned cells of a
list laid out in a grid is read cell by cell instead (:func:`cell_blocks`); a side of
dates (and places) beside the lines they belong to is a field of those lines, neither.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right

from gapcheck.ingest.pdf_dates import DATE_CELL as _DATE_CELL
from gapcheck.ingest.pdf_dates import DATES_CELL_EM
from gapcheck.ingest.pdf_words import BY_X0, Word, join_row, median

__all__ = ["GUTTER_EM", "cell_blocks", "find_gutter"]

#: Minimum width of a column gutter, in font sizes (median font size of the region).
GUTTER_EM = 0.9
#: Narrowest column gutter, in font sizes, between two sides of wrapped text
#: (LaTeX two-column layouts: 6 pt at 10 pt).
NARROW_GUTTER_EM = 0.45
#: Cells of a list laid out in a grid are this many font sizes apart or more
#: (well over any word space).
CELL_GAP_EM = 1.6
#: Sides at least this many font sizes wide, both filled with wrapped lines, are
#: columns even when their baselines line up.
TEXT_COLUMN_EM = 8.0

_DIGITS_OR_OPEN_END = re.compile(r"\d\d|(?i:present|current)")
#: A place cell of an entry: "Portland, OR", "Berlin, Germany", "Remote".
_PLACE = re.compile(
    r"(?:[A-Z][\w'.-]*\s?){1,3},\s?(?:[A-Z]{2}|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)"
    r"|(?i:remote|hybrid|on-?site)"
)


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


def find_gutter(
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
    starts = [list(map(BY_X0, r)) for r in rows]  # word starts (rows sorted by x0)
    best: tuple[int, int, float, float] | None = None
    best_key: tuple[int, float] = (0, 0.0)
    cells: tuple[int, int, float, float] | None = None
    cells_key: tuple[int, float] = (0, 0.0)
    seen: dict[tuple[int, int, float, float, bool], int] = {}
    fields: list[tuple[int, int, float, float]] = []  # strips that are fields
    # Whether a row part is a date cell, by its words (alive for this call, so
    # their ids name them): one side's rows recur in many strips.
    dated: dict[tuple[int, int], bool] = {}
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
                    goes_on = 0.7 * (b - a)
                    for c0, c1 in below:
                        i0 = a if a > c0 else c0
                        i1 = b if b < c1 else c1
                        if i1 - i0 >= min_width:
                            grown.add((i0, i1))
                            # (a strip that only goes on much narrower is also
                            # tried as it is)
                            if i1 - i0 >= goes_on:
                                extended = True
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
                        em_strip = ems[s, e] = median(
                            [w.size for r in rows[s : e + 1] for w in r]
                        )
                    memo_key = (s, e, a, b, continued)
                    kind = seen.get(memo_key, -1)
                    if kind < 0:
                        kind = seen[memo_key] = _gutter_kind(
                            rows[s : e + 1], starts[s : e + 1], a, b, lo, hi,
                            em_strip, dated, strict=continued,
                        )  # fmt: skip
                    if kind == _COLUMNS and key > best_key:
                        best, best_key = (s, e, a, b), key
                    elif kind == _CELLS and key > cells_key:
                        cells, cells_key = (s, e, a, b), key
                    elif kind == _FIELDS:
                        fields.append((s, e, a, b))
                    elif kind == _NOT and not best:
                        # A grid list inside a longer strip (the strip runs on
                        # through one-sided headings and lines): its rows with
                        # words on both sides.
                        for s2, e2 in _two_sided_runs(rows, s, e, a, b):
                            key2 = (e2 - s2 + 1, b - a)
                            if key2 <= cells_key or (s2, e2, a, b, False) in seen:
                                continue
                            kind2 = seen[s2, e2, a, b, False] = _gutter_kind(
                                rows[s2 : e2 + 1], starts[s2 : e2 + 1], a, b,
                                lo, hi, em_strip, dated,
                            )  # fmt: skip
                            if kind2 == _CELLS:
                                cells, cells_key = (s2, e2, a, b), key2
                active = list(grown)
                e += 1
    # A strip inside a dates-and-places field (one cut from the field's rows) is
    # part of that field, neither a gutter nor a grid list.
    best, cells = (
        None if strip is None or _in_field(strip, fields) else strip
        for strip in (best, cells)
    )
    return best, (None if best else cells)


def _in_field(
    strip: tuple[int, int, float, float], fields: list[tuple[int, int, float, float]]
) -> bool:
    """Whether a strip's rows lie within a field strip's rows, the two overlapping
    across the page."""
    s, e, a, b = strip
    return any(fs <= s and e <= fe and a < fb and fa < b for fs, fe, fa, fb in fields)


_NOT, _COLUMNS, _CELLS, _FIELDS = 0, 1, 2, 3


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
    dated: dict[tuple[int, int], bool] | None = None,
    *,
    strict: bool = False,
) -> int:
    """Whether a strip free of words is a column gutter, the strip between the
    cells of a grid list (rows read one by one, each cell its own line), or
    neither."""
    left_width, right_width = a - lo, hi - b
    wide = min(left_width, right_width) >= TEXT_COLUMN_EM * em
    if not wide and b - a < GUTTER_EM * em:
        return _NOT  # a narrow strip: only between wrapped text (see below)
    lefts: list[list[Word]] = []
    rights: list[list[Word]] = []
    both: list[tuple[list[Word], list[Word]]] = []
    sides: list[tuple[bool, bool]] = []
    # The strip is the common part of a gap of each of its rows, so a row's words
    # end by a or start at b or later: when the strip is wider than the bisects'
    # 0.01 tolerances, the bisects alone split each row (the word filter below
    # then drops nothing), and the sides are slices of the rows.
    sliced = b - a > 0.02
    if not sliced:
        dated = None  # (its answers are kept by slice: see _date_rows)
    for row, x0s in zip(rows, starts, strict=True):
        # Rows are sorted by x0 (and x1 >= x0): bisect instead of scanning.
        left = row[: bisect_right(x0s, a + 0.01)]
        if not sliced:
            left = [w for w in left if w.x1 <= a + 0.01]
        right = row[bisect_left(x0s, b - 0.01) :]
        if left:
            lefts.append(left)
        if right:
            rights.append(right)
        if left and right:
            both.append((left, right))
        sides.append((bool(left), bool(right)))
    left_rows, right_rows = len(lefts), len(rights)
    if left_rows < 2 or right_rows < 2:
        return _NOT
    if _field_side(lefts, both, 0, em, dated) or _field_side(
        rights, both, 1, em, dated
    ):
        return _FIELDS  # dates beside their entries' lines: fields of those lines
    # A row "fills" its side when it reads like wrapped text: it starts at the
    # side's left edge (right-aligned dates do not), spans most of its width and
    # has no gutter-wide gap inside (table cells do). (The tests below run
    # cheapest first and only as far as needed.)
    if (
        wide
        and _full_rows(lefts, lo, a, em, 3) >= 3
        and _full_rows(rights, b, hi, em, 3) >= 3
    ):
        return _COLUMNS  # wrapped text on both sides: columns
    if b - a < GUTTER_EM * em:
        return _NOT  # a narrow strip: only between wrapped text
    if _mostly_labels(lefts, lo, em) and _mostly_labels(rights, b, em):
        # Both sides mostly "Label: value" rows (wrapped values under them): two
        # key/value tables side by side, each read on its own.
        return _COLUMNS
    if (
        not strict
        and (
            _paired_rows(both) < 0.6 * min(left_rows, right_rows)
            # (two flows, neither a side of dates: a sidebar on shared baselines)
            or (
                _own_flows(sides)
                and all(3 * _date_rows(x, dated) < len(x) for x in (lefts, rights))
            )
        )
        and not _stacked(sides)
    ):
        return _COLUMNS
    if b - a < CELL_GAP_EM * em:
        return _NOT
    grid = _is_grid_list(lefts, rights, em, dated, ((lo, a), both))
    return _CELLS if grid else _NOT


def _stacked(sides: list[tuple[bool, bool]]) -> bool:
    """Whether one side of a strip stands above the other rather than beside it:
    two or more of its rows come before the other side's first row, and where the
    two overlap the shorter side has a single row. Columns run alongside each
    other; lines centred over a one-column body (a name, a headline, a contact
    line) stand above the body's lines, with at most a right-aligned date beside
    one of them."""
    left = [i for i, (on, _) in enumerate(sides) if on]
    right = [i for i, (_, on) in enumerate(sides) if on]
    s, e = max(left[0], right[0]), min(left[-1], right[-1])
    alongside = min(sum(s <= i <= e for i in left), sum(s <= i <= e for i in right))
    above = max(sum(i < right[0] for i in left), sum(i < left[0] for i in right))
    return alongside < 2 and above >= 2


def _own_flows(sides: list[tuple[bool, bool]]) -> bool:
    """Whether each side of a strip has 2+ rows of its own (no words on the other
    side) after the other side's first row: two flows of lines that run alongside
    each other, each breaking where it needs and ending where it ends (a sidebar
    beside a main column, on shared baselines where their line heights agree).
    A field of dates beside entry lines runs in step with them: it has rows alone
    only where a date wraps. (Rows before the other side starts are lines above
    it, see _stacked.)"""
    left = [i for i, (on, _) in enumerate(sides) if on]
    right = [i for i, (_, on) in enumerate(sides) if on]
    if not left or not right:
        return False
    lone_left = lone_right = 0  # rows of one side alone, once both run
    for i, (on_left, on_right) in enumerate(sides):
        if on_left and not on_right and right[0] < i:
            lone_left += 1
        elif on_right and not on_left and left[0] < i:
            lone_right += 1
    return lone_left >= 2 and lone_right >= 2


def _same_baseline(left: list[Word], right: list[Word]) -> bool:
    """Whether words of the two sides of a row sit on one baseline (estimated from
    the descent line)."""
    tol = 0.3 * min(left[0].size, right[0].size)
    lb = [w.bottom - 0.22 * w.size for w in left]
    return any(abs(w.bottom - 0.22 * w.size - y) <= tol for w in right for y in lb)


def _paired_rows(both: list[tuple[list[Word], list[Word]]]) -> int:
    """How many rows have words on the same baseline on both sides of a strip."""
    return sum(_same_baseline(left, right) for left, right in both)


def _field_side(
    side_rows: list[list[Word]],
    both: list[tuple[list[Word], list[Word]]],
    side: int,
    em: float,
    dated: dict[tuple[int, int], bool] | None = None,
) -> bool:
    """Whether one side of a strip is a field of the other side's lines, not a
    column: a dates column beside role or education headers (right-aligned dates,
    or a left dates column as in latexcv's modern layout). Every row is short (a
    cell, at most DATES_CELL_EM font sizes), a third or more are dates and half or
    more dates or places ("Portland, OR", "Remote"), and every date sits on the
    baseline of a line on the other side (a strip that starts inside an entry:
    up to 2 rows before its first date are left out of the shares). A sidebar
    (contact, skills, education) has mostly other rows, or rows on baselines of
    their own; a text column has long rows."""
    limit = DATES_CELL_EM * em
    if any(r[-1].x1 - r[0].x0 > limit for r in side_rows):
        return False  # (cheapest test first: text columns stop here)
    is_date = [bool(_date_rows([r], dated)) for r in side_rows]
    dates = {id(r) for r, d in zip(side_rows, is_date, strict=True) if d}
    if len(dates) < 2:
        return False
    # (a strip may start inside an entry: up to 2 rows of it before the first date)
    first = is_date.index(True)
    rows = side_rows[first:] if first <= 2 else side_rows
    places = sum(bool(_PLACE.fullmatch(join_row(r))) for r in rows)
    if 3 * len(dates) < len(rows) or 2 * (len(dates) + places) < len(rows):
        return False
    paired = {id(pair[side]) for pair in both if _same_baseline(*pair)}
    return dates <= paired


def _mostly_labels(side_rows: list[list[Word]], start: float, em: float) -> bool:
    """Whether half or more of the rows of one side of a strip (one at least) are
    led by a label ("Status:", "Tech:") at its edge. (It stops at the first row
    past the half that may miss: a text side after a few rows.)"""
    may_miss = len(side_rows) // 2
    for r in side_rows:
        if not (
            len(r) > 1 and len(r[0].text) > 2 and r[0].text.endswith(":")
            and r[0].x0 - start <= 1.5 * em
        ):  # fmt: skip
            may_miss -= 1
            if may_miss < 0:
                return False
    return bool(side_rows)


def _is_grid_list(
    lefts: list[list[Word]],
    rights: list[list[Word]],
    em: float,
    dated: dict[tuple[int, int], bool] | None = None,
    narrow: tuple[tuple[float, float], list[tuple[list[Word], list[Word]]]]
    | None = None,
) -> bool:
    """Row-aligned cells that are items of one list laid out in a grid (skills in
    two columns): 3+ rows each side, the right cells start at one x (right-aligned
    dates do not), the left cells are neither labels ("Languages:", or a narrow
    label column) nor dates. The right cells may be much narrower than the left
    ones (long items beside short ones: a livecareer "Core Qualifications" table)
    when they hold no digits (no "5+ yrs" levels), most sit on the baseline of a
    left cell, and the left cells are items that start at one x and end where
    they end (a table's cells end at one x), not wrapped text (a paragraph or
    labels beside a few words). ``narrow``: the left side's start
    and end, and the rows with words on both sides."""
    if len(lefts) < 3 or len(rights) < 3:
        return False
    aligned = _same_start(rights)
    if aligned < 3 or aligned < 0.6 * len(rights):
        return False
    left_w = max(r[-1].x1 - r[0].x0 for r in lefts)
    right_w = max(r[-1].x1 - r[0].x0 for r in rights)
    if left_w < 0.4 * right_w:
        return False
    if right_w < 0.4 * left_w and (
        narrow is None
        or _same_start(lefts) < 0.6 * len(lefts)
        or 2 * _aligned([r[-1].x1 for r in lefts]) > len(lefts)
        or any(c.isdigit() for r in rights for w in r for c in w.text)
        or _paired_rows(narrow[1]) < 0.6 * min(len(lefts), len(rights))
        or 2 * _full_rows(lefts, narrow[0][0], narrow[0][1], em) >= len(lefts)
    ):
        return False
    # (a joined row ends with its last word, so labels need no join)
    if sum(r[-1].text.endswith(":") for r in lefts) * 3 >= len(lefts):
        return False
    return not any(_date_rows(side, dated) * 3 >= len(side) for side in (lefts, rights))


def _same_start(side_rows: list[list[Word]]) -> int:
    """The most rows of one side that start at one x (in 2 pt steps)."""
    counts: dict[int, int] = {}
    for r in side_rows:
        key = round(r[0].x0 / 2)
        counts[key] = counts.get(key, 0) + 1
    return max(counts.values())


def _date_rows(
    side_rows: list[list[Word]], dated: dict[tuple[int, int], bool] | None = None
) -> int:
    """How many rows of one side of a strip are date cells (``dated``: answers
    already found, for row parts that are slices of the rows of one gutter
    search, by the id of a part's first word and its length, while the words are
    alive)."""
    if dated is None:
        return sum(map(_is_date_row, side_rows))
    count = 0
    for r in side_rows:
        key = (id(r[0]), len(r))
        flag = dated.get(key)
        if flag is None:
            flag = dated[key] = _is_date_row(r)
        count += flag
    return count


def _is_date_row(r: list[Word]) -> bool:
    # A date match needs two digits or "present"/"current" in a row, found in
    # its words' texts run together too (the join only adds spaces and tabs):
    # rows with neither are skipped before the costlier join and month search.
    return bool(
        _DIGITS_OR_OPEN_END.search("".join([w.text for w in r]))
        and _DATE_CELL.search(join_row(r))
    )


def _aligned(xs: list[float]) -> int:
    """The most values within 1 pt of one of them (rows aligned on one edge)."""
    xs = sorted(xs)
    return max(bisect_right(xs, x + 1.0) - i for i, x in enumerate(xs))


def _full_rows(
    side_rows: list[list[Word]], start: float, end: float, em: float, enough: int = 0
) -> int:
    """How many rows of one side (start..end) of a strip read like wrapped text:
    they start near the side's left edge (indented paragraphs too; right-aligned
    dates do not), span most of its width and have no gutter-wide gap inside (table
    cells do). ``enough``: stop counting there (the caller only asks whether
    there are that many; a text column's rows are long, each one's gaps costly);
    a count under ``enough`` is then returned without the alignment test (the
    answer to "that many?" is no either way)."""
    full = 0
    for side in side_rows:
        full += _full_row(side, start, end - start, em)
        if full == enough > 0:
            break
    if enough and full < enough:
        return full
    # (the alignment test, two sorts and a bisect a row, runs last: most sides
    # asked about stop short of ``enough`` rows first)
    if _aligned([r[-1].x1 for r in side_rows]) > _aligned([r[0].x0 for r in side_rows]):
        return 0  # right-aligned (dates, places): not wrapped text
    return full


def _full_row(side: list[Word], start: float, width: float, em: float) -> bool:
    """Whether one row of a side (from ``start``, ``width`` wide) reads like
    wrapped text (see _full_rows)."""
    if side[0].x0 - start > 1.5 * em or side[-1].x1 - side[0].x0 < 0.6 * width:
        return False
    # (the tab after a leading bullet is no gap: a hanging indent)
    words = side[1:] if _is_bullet(side[0].text) and len(side) > 1 else side
    return all(w.x0 - prev.x1 < GUTTER_EM * em for prev, w in itertools.pairwise(words))


#: List bullets: Unicode's, and the Symbol-font bullet that Word and LibreOffice
#: exports map to U+F0B7 (icon glyphs, which also stand alone, are not bullets).
_BULLETS = frozenset("•◦▪▫■□●○‣⁃∙·*-–\uf0b7")


def _is_bullet(text: str) -> bool:
    """A lone list-bullet glyph."""
    return text in _BULLETS


def cell_blocks(rows: list[list[Word]], em: float) -> list[list[str]]:
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
        lines += [join_row(cell) for cell in cells if cell]
    return [lines]
