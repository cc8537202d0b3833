"""Grid lists whose right cells are much narrower than the left ones (PDF layout)."""

from __future__ import annotations

import random

from gapcheck.ingest.pdf_layout import Word, layout_region

LEFT = [
    "Experienced with Adobe Photoshop and Illustrator",
    "Creative at complex problem solving",
    "Proficient in Microsoft Office Suite, Teamsite and Word Press",
    "Proficient in AP style guidelines",
    "Experience across social media platforms and networks",
]
RIGHT = ["Superb editor", "Media relations", "Financial writing", "Deadline-driven",
         "Strategic planning", "SharePoint", "Team work"]  # fmt: skip


def _row(y: float, x: float, text: str, out: list[Word]) -> None:
    for word in text.split():
        out.append(Word(x, x + 4.6 * len(word), y, y + 10, 10.0, len(out), word))
        x += 4.6 * len(word) + 2.4


def _table(right: list[str]) -> list[Word]:
    """A heading, then a two-cell table of list items: the right cells start on the
    first row, the left ones on the second (as a livecareer export sets them)."""
    words: list[Word] = []
    _row(90, 33, "Core Qualifications", words)
    for i, text in enumerate(right):
        _row(110 + 12 * i, 388, text, words)
    for i, text in enumerate(LEFT):
        _row(122 + 12 * i, 59, text, words)
    return words


def test_long_items_beside_short_ones_are_read_cell_by_cell() -> None:
    # Left items up to 6x wider than the right ones, one of them reaching 2.6 em
    # from the right cells: each cell on its own line, never two on one line.
    blocks, _ = layout_region(_table(RIGHT))
    lines = [line for block in blocks for line in block]
    assert sorted(lines) == sorted(["Core Qualifications", *LEFT, *RIGHT])


def test_levels_beside_long_names_stay_on_their_lines() -> None:
    # Right cells with digits are levels or years of the left ones ("5+ yrs"):
    # each row stays one line.
    levels = ["5+ yrs", "3+ yrs", "2+ yrs", "4+ yrs", "1+ yrs", "6+ yrs", "2+ yrs"]
    blocks, _ = layout_region(_table(levels))
    lines = [line for block in blocks for line in block]
    assert any(
        "\t" in line and "yrs" in line and "Proficient" in line for line in lines
    )


def _side(rng: random.Random) -> list[list[Word]]:
    """One side of a strip: rows of a few words, starting near or far from its left
    edge (0) and ending anywhere up to its right edge (100), some right-aligned."""
    rows = []
    flush_right = rng.random() < 0.4
    for r in range(rng.randint(1, 7)):
        n = rng.randint(1, 4)
        end = 100.0 if flush_right and rng.random() < 0.8 else rng.uniform(20, 100)
        start = rng.choice([0.0, rng.uniform(0, 40)])
        xs = sorted(rng.uniform(start, end) for _ in range(2 * n - 2))
        edges = [start, *xs, end]
        rows.append([
            Word(edges[2 * k], edges[2 * k + 1], 12.0 * r, 12.0 * r + 10, 10.0,
                 10 * r + k, "w")
            for k in range(n)
        ])  # fmt: skip
    return rows


def test_wrapped_text_rows_counted_up_to_enough_give_the_full_counts_answer() -> None:
    # _full_rows(..., enough=3) skips the alignment test when fewer than 3 rows read
    # like wrapped text: its "are there 3?" must be the full count's, right-aligned
    # sides (dates, places: 0 rows) included.
    from gapcheck.ingest.pdf_gutters import _full_rows

    rng = random.Random(14)
    answers = set()
    for _ in range(2000):
        side = _side(rng)
        full = _full_rows(side, 0.0, 100.0, 10.0)
        assert (_full_rows(side, 0.0, 100.0, 10.0, 3) >= 3) == (full >= 3)
        answers.add(full >= 3)
    assert answers == {True, False}


def test_right_aligned_rows_are_no_wrapped_text() -> None:
    from gapcheck.ingest.pdf_gutters import _full_rows

    # Four rows that start within 1.5 em of the edge, span it and end at one x.
    side = [[Word(3.0 * r, 100.0, 12.0 * r, 12.0 * r + 10, 10.0, r, "Jan 2020")]
            for r in range(4)]  # fmt: skip
    assert _full_rows(side, 0.0, 100.0, 10.0) == 0
    assert _full_rows(side, 0.0, 100.0, 10.0, 3) == 0
    # The same rows ending at different x and starting at one: wrapped text.
    side = [[Word(0.0, 100.0 - 3.0 * r, 12.0 * r, 12.0 * r + 10, 10.0, r, "text")]
            for r in range(4)]  # fmt: skip
    assert _full_rows(side, 0.0, 100.0, 10.0) == 4
    assert _full_rows(side, 0.0, 100.0, 10.0, 3) == 3
    assert _full_rows(side[:2], 0.0, 100.0, 10.0, 3) == 2


def test_mostly_labels_is_half_the_rows_or_more_led_by_a_label() -> None:
    # _mostly_labels stops once more than half the rows miss: it must say what
    # counting every label row says (one at least, and half the rows or more).
    from gapcheck.ingest.pdf_gutters import _mostly_labels

    rng = random.Random(7)
    answers = set()
    for _ in range(2000):
        side = []
        for r in range(rng.randint(0, 6)):
            label = rng.choice(["Status:", "Tech:", "Go:", "Python", "A:"])
            x0 = rng.choice([0.0, 5.0, 20.0])
            side.append([Word(x0, x0 + 30, 12.0 * r, 12.0 * r + 10, 10.0, 2 * r, label),
                         Word(x0 + 35, x0 + 60, 12.0 * r, 12.0 * r + 10, 10.0,
                              2 * r + 1, "value")][: rng.choice([1, 2])])  # fmt: skip
        labels = sum(
            len(row) > 1 and len(row[0].text) > 2 and row[0].text.endswith(":")
            and row[0].x0 <= 15.0
            for row in side
        )  # fmt: skip
        expected = 2 <= 2 * labels >= len(side)
        assert _mostly_labels(side, 0.0, 10.0) == expected
        answers.add(expected)
    assert answers == {True, False}


def test_same_start_counts_the_rows_at_the_commonest_start() -> None:
    from collections import Counter

    from gapcheck.ingest.pdf_gutters import _same_start

    rng = random.Random(3)
    for _ in range(500):
        side = [[Word(x, x + 20, 12.0 * r, 12.0 * r + 10, 10.0, r, "item")]
                for r, x in enumerate(rng.choice([10.0, 10.9, 11.2, 30.0, 55.5])
                                      for _ in range(rng.randint(1, 8)))]  # fmt: skip
        expected = Counter(round(r[0].x0 / 2) for r in side).most_common(1)[0][1]
        assert _same_start(side) == expected
    assert _same_start([[Word(10.0, 30, 0, 10, 10.0, 0, "a")],
                        [Word(10.9, 30, 12, 22, 10.0, 1, "b")],
                        [Word(30.0, 50, 24, 34, 10.0, 2, "c")]]) == 2  # fmt: skip
