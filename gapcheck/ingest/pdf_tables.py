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


def count_tables(
    hlines: list[tuple[float, float, float]],
    vlines: list[tuple[float, float, float]],
    points: list[tuple[float, float]],
) -> int:
    """Number of ruled grids with text in their cells.

    ``hlines`` are (y, x0, x1), ``vlines`` (x, y0, y1), ``points`` the centres (x, y)
    of the page's words, all with y growing down the page.
    """
    from bisect import bisect_left, bisect_right

    # Fills and strokes of one box give the same edges twice: keep one of each.
    hs = sorted(
        {(round(y), round(a), round(b)) for y, a, b in hlines if b - a >= MIN_RULE}
    )
    vs = sorted(
        {(round(x), round(a), round(b)) for x, a, b in vlines if b - a >= MIN_RULE}
    )
    if len(hs) < 3 or len(vs) < 3:
        return 0
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
    groups: dict[int, tuple[list[float], list[float]]] = {}  # rules' y and x
    for i, h in enumerate(hs):
        groups.setdefault(find(i), ([], []))[0].append(h[0])
    for j, v in enumerate(vs):
        groups.setdefault(find(len(hs) + j), ([], []))[1].append(v[0])
    tables = 0
    for rule_ys, rule_xs in groups.values():
        rows, cols = _distinct(rule_ys), _distinct(rule_xs)
        if len(rows) >= 3 and len(cols) >= 3 and _has_cells(rows, cols, points):
            tables += 1
    return tables
