"""Ruled tables from the horizontal and vertical segments of a page's paths.

A ruled table is a connected set of horizontal and vertical rules that cross or
touch and form at least a 2 x 2 grid of cells, with text in 3 or more cells. Single
boxes (skill "chips", a sidebar background, a framed heading), page frames and lone
rules under headings are not tables. This is done from pdfium's path objects at well
under a millisecond per page. pdfplumber is not used: its ``find_tables`` takes
40-600 ms per page on the shared resumes and reports a one-column "table" on every
page framed by a border or heading rules (``benchmarks/README.md``).
"""

from __future__ import annotations

from gapcheck.ingest.pdf_words import Word, join_row, make_rows, median

#: Distance (points) under which two rules are taken to touch or to be the same line.
SNAP = 1.0
#: Rules shorter than this are ignored (bullets, icons).
MIN_RULE = 5.0


def _distinct(values: list[float]) -> list[float]:
    out: list[float] = []
    for v in sorted(values):
        if not out or v - out[-1] > SNAP:
            out.append(v)
    return out


def _has_cells(
    ys: list[float], xs: list[float], points: list[tuple[float, float]]
) -> bool:
    """Text in at least 3 cells of the grid, over 2+ rows and 2+ columns."""
    from bisect import bisect

    cells = set()
    for x, y in points:
        if xs[0] < x < xs[-1] and ys[0] < y < ys[-1]:
            cells.add((bisect(ys, y), bisect(xs, x)))
    return (
        len(cells) >= 3
        and len({r for r, _ in cells}) >= 2
        and len({c for _, c in cells}) >= 2
    )


Rule = tuple[float, float, float]


def _groups(
    hlines: list[Rule], vlines: list[Rule]
) -> list[tuple[list[Rule], list[Rule]]]:
    """The horizontal and vertical rules of each connected set of rules."""
    from bisect import bisect_left, bisect_right

    # Fills and strokes of one box give the same edges twice: keep one of each.
    hs = sorted(
        {(round(y), round(a), round(b)) for y, a, b in hlines if b - a >= MIN_RULE}
    )
    vs = sorted(
        {(round(x), round(a), round(b)) for x, a, b in vlines if b - a >= MIN_RULE}
    )
    if len(hs) < 2 or len(vs) < 2:
        return []
    parent = list(range(len(hs) + len(vs)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    ys = [h[0] for h in hs]
    for j, (x, y0, y1) in enumerate(vs):
        for i in range(bisect_left(ys, y0 - SNAP), bisect_right(ys, y1 + SNAP)):
            _, x0, x1 = hs[i]
            if x0 - SNAP <= x <= x1 + SNAP:
                a, b = find(i), find(len(hs) + j)
                if a != b:
                    parent[a] = b
    groups: dict[int, tuple[list[Rule], list[Rule]]] = {}
    for i, h in enumerate(hs):
        groups.setdefault(find(i), ([], []))[0].append(h)
    for j, v in enumerate(vs):
        groups.setdefault(find(len(hs) + j), ([], []))[1].append(v)
    return list(groups.values())


def _covered(rules: list[Rule], at: float, a: float, b: float) -> bool:
    """True when the rules at position ``at`` cover the span a-b (joined segments,
    as a table's borders are drawn cell by cell)."""
    reach = a
    for pos, lo, hi in sorted(rules, key=lambda r: r[1]):
        if abs(pos - at) <= 2 * SNAP and lo <= reach + 2 * SNAP:
            reach = max(reach, hi)
    return reach >= b - 2 * SNAP


def count_tables(
    hlines: list[tuple[float, float, float]],
    vlines: list[tuple[float, float, float]],
    points: list[tuple[float, float]],
) -> int:
    """Number of ruled grids with text in their cells.

    ``hlines`` are (y, x0, x1), ``vlines`` (x, y0, y1), ``points`` the centres (x, y)
    of the page's words, all with y growing down the page.
    """
    if len(hlines) < 3 or len(vlines) < 3:
        return 0
    tables = 0
    for hs, vs in _groups(hlines, vlines):
        rows, cols = _distinct([h[0] for h in hs]), _distinct([v[0] for v in vs])
        if len(rows) >= 3 and len(cols) >= 3 and _has_cells(rows, cols, points):
            tables += 1
    return tables


#: A ruled cell whose text wraps over at most this many lines is read as one line.
MAX_WRAPPED = 3
#: ... when its row of the grid is at most this many font sizes tall.
MAX_ROW_EM = 5.0


def _cell_text(lines: list[list[Word]]) -> str | None:
    """A cell's lines as one line, or None for bulleted lines."""
    texts = [join_row(line) for line in lines]
    if any(t[:1] in _BULLETS for t in texts):
        return None
    text = texts[0]
    for more in texts[1:]:
        hyphen = len(text) > 1 and text[-1] == "-" and text[-2].isalpha()
        text += more if hyphen else " " + more
    return text


def join_ruled_rows(
    words: list[Word],
    hlines: list[tuple[float, float, float]],
    vlines: list[tuple[float, float, float]],
) -> list[Word] | None:
    """The page's words with each row of a ruled grid made one word on the row's
    first line, its cells apart by tabs, or None when there is no such row.

    A ruled grid (rules on every side of its cells, cells side by side: an education
    table of years | degree | school exported from Word) is read row by row, each
    cell one field of the row's line, as a .docx table row is. A cell whose text
    wrapped ("Bachelor, Information" over "Technology") would otherwise put its
    second line on the line below, away from its row, and a cell's text filling its
    width would run into the next cell's without a field break. Rows whose cells
    hold more than a few lines (a paragraph in a table used for layout), bulleted
    lines, or rows taller than a few lines are left alone.
    """
    from bisect import bisect

    em = median([w.size for w in words]) or 10.0
    merged: dict[int, Word] = {}  # id of a row's first word -> the row as a word
    gone: set[int] = set()
    for hs, vs in _groups(hlines, vlines):
        ys, xs = _distinct([h[0] for h in hs]), _distinct([v[0] for v in vs])
        if len(ys) < 2 or len(xs) < 3:
            continue
        rows: dict[int, dict[int, list[Word]]] = {}
        for w in words:
            x, y = (w.x0 + w.x1) / 2, (w.top + w.bottom) / 2
            if xs[0] < x < xs[-1] and ys[0] < y < ys[-1]:
                rows.setdefault(bisect(ys, y), {}).setdefault(bisect(xs, x), []).append(
                    w
                )
        for r, cells in rows.items():
            if len(cells) < 2 or ys[r] - ys[r - 1] > MAX_ROW_EM * em:
                continue  # one box, not cells side by side; or a tall row
            lo, hi = min(cells), max(cells)
            if not all(  # every cell from the first to the last ruled on 4 sides
                _covered(hs, ys[r - 1], xs[c - 1], xs[c])
                and _covered(hs, ys[r], xs[c - 1], xs[c])
                and _covered(vs, xs[c - 1], ys[r - 1], ys[r])
                and _covered(vs, xs[c], ys[r - 1], ys[r])
                for c in range(lo, hi + 1)
            ):
                continue
            lines = [make_rows(cells[c]) for c in sorted(cells)]
            if any(len(cell) > MAX_WRAPPED for cell in lines):
                continue
            texts = [_cell_text(cell) for cell in lines]
            if any(t is None for t in texts):
                continue
            firsts = [cell[0] for cell in lines]
            top = min(w.top for line in firsts for w in line)
            bottom = max(w.bottom for line in firsts for w in line)
            if any(
                min(w.top for w in line) > bottom or max(w.bottom for w in line) < top
                for line in firsts
            ):
                continue  # cells not on one baseline: leave the row to the layout
            row = Word(
                firsts[0][0].x0,
                firsts[-1][-1].x1,
                top,
                bottom,
                max(w.size for line in firsts for w in line),
                firsts[0][0].id,
                "\t".join(t for t in texts if t),
            )
            merged[id(firsts[0][0])] = row
            gone.update(id(w) for cell in cells.values() for w in cell)
    if not merged:
        return None
    out = []
    for w in words:
        if id(w) in merged:
            out.append(merged[id(w)])
        elif id(w) not in gone:
            out.append(w)
    return out


_BULLETS = frozenset("•◦▪▫‣∙·-–—*")
