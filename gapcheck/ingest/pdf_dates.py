"""Date ranges split over two lines of a narrow dates column (PDF layout helper).

A resume that puts dates in a narrow column left of its entries, read row by row
(the two sides share baselines, so they are not columns), gives "2019 –" on the
job-title line and "Present" at the start of the next description line. When the
text beside the dates starts at one x on several rows and the two dates cells make
a whole range, the end is moved back after its start.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from gapcheck.ingest.pdf_words import Word

__all__ = ["DATE_CELL", "close_date_ranges"]

#: A dates column cell is at most this many font sizes wide.
DATES_CELL_EM = 14.0

_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?"
_DATE = rf"(?:(?:{_MONTH}\s*)?(?:19|20)\d\d|(?:0?[1-9]|1[0-2])[/.](?:19|20)\d\d)"
_END = rf"(?:{_DATE}|present|current|now|today|ongoing)"
_DASH = r"(?:[-–—]|to|until)"
#: A whole date range, as a dates column shows it ("Jan 2019 – Present").
_DATE_RANGE = re.compile(rf"(?i){_DATE}\s*{_DASH}\s*{_END}")
#: A cell holding a date (a year, a month and year, or an open end).
DATE_CELL = re.compile(rf"(?i)(?<!\d){_DATE}(?!\d)|\b(?:present|current)\b")
#: How the second line of a range split in a dates column starts (a quick test).
_RANGE_END_START = re.compile(rf"(?i)(?:{_END}|{_DASH}|{_MONTH})(?![\w])")


def _text_edge(rows: list[list[Word]], lo: float, em: float) -> float | None:
    """Where the text beside a narrow dates column starts: the word start shared by
    the most rows (3 or more) within DATES_CELL_EM font sizes of the left edge."""
    from collections import Counter

    starts = Counter(
        round(w.x0) for r in rows for w in r if em < w.x0 - lo <= DATES_CELL_EM * em
    )
    if not starts:
        return None
    x, count = starts.most_common(1)[0]
    return x - 0.5 if count >= 3 else None


def close_date_ranges(
    rows: list[list[Word]], em: float, join: Callable[[list[Word]], str]
) -> tuple[list[list[Word]], list[str]]:
    """Rows read one by one with a narrow dates column on the left put the end of
    a range split over two lines ("2019 –" over "Present") at the start of the next
    line's text; move it back after its start, on the first line.

    ``rows`` are sorted left to right; ``join`` makes a row's line. Returns the rows
    (a row that was only the moved cell is dropped) and their lines."""
    texts = [join(row) for row in rows]
    out_rows, out_texts = rows[:1], texts[:1]
    lo = min([w.x0 for r in rows for w in r]) if rows else 0.0
    edge: float | None = None
    moved = False  # the previous row's cell went up a line
    for i in range(1, len(rows)):
        prev, cur = out_rows[-1], rows[i]
        if (
            not moved
            and prev is rows[i - 1]
            and _RANGE_END_START.match(cur[0].text)
            and min([w.top for w in cur]) - max([w.bottom for w in prev]) <= em
        ):
            if edge is None:
                edge = _text_edge(rows, lo, em) or -1.0
            k = sum(1 for w in cur if w.x1 <= edge)
            j = sum(1 for w in prev if w.x1 <= edge)
            cell_a, cell_b = (
                join(prev[:j]) if j else "",
                join(cur[:k]) if k else "",
            )
            if (
                k
                and j
                and (k < len(cur) or j < len(prev))
                # the two cells line up on the left or on the right
                and (
                    abs(cur[0].x0 - prev[0].x0) <= em
                    or abs(cur[k - 1].x1 - prev[j - 1].x1) <= em
                )
                and not _DATE_RANGE.fullmatch(cell_a)
                and _DATE_RANGE.fullmatch(f"{cell_a} {cell_b}")
            ):
                rest = join(prev[j:]) if j < len(prev) else ""
                out_texts[-1] = f"{cell_a} {cell_b}\t{rest}".rstrip()  # (a field gap)
                if k == len(cur):
                    continue  # the row was only the cell
                out_rows.append(cur)
                out_texts.append(join(cur[k:]))
                moved = True
                continue
        out_rows.append(cur)
        out_texts.append(texts[i])
        moved = False
    return out_rows, out_texts
