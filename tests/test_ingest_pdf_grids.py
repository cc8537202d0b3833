"""Grid lists whose right cells are much narrower than the left ones (PDF layout)."""

from __future__ import annotations

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
