"""Ruled tables in PDFs (round 11, issue 14): a row of ruled cells is one line with
its cells apart by tabs, a wrapped cell's lines joined on its row."""

from __future__ import annotations

from gapcheck.ingest.pdf_tables import count_tables, join_ruled_rows
from gapcheck.ingest.pdf_words import Word

# one row of three cells, x 50-130-330-530, y 100-140, drawn cell by cell
HS = [(100.0, 50.0, 130.0), (100.0, 130.0, 330.0), (100.0, 330.0, 530.0),
      (140.0, 50.0, 130.0), (140.0, 130.0, 330.0), (140.0, 330.0, 530.0)]  # fmt: skip
VS = [(50.0, 100.0, 140.0), (130.0, 100.0, 140.0), (330.0, 100.0, 140.0),
      (530.0, 100.0, 140.0)]  # fmt: skip


def _words(spec: list[tuple[str, float, float]]) -> list[Word]:
    """Words from (text, x0, top); 6 pt a letter, 10 pt tall."""
    return [
        Word(x, x + 6 * len(t), top, top + 10, 10.0, n, t)
        for n, (t, x, top) in enumerate(spec)
    ]


ROW = [("2018", 55, 104), ("Bachelor,", 135, 104), ("Information", 195, 104),
       ("Technology", 135, 116), ("Kristiania", 335, 104)]  # fmt: skip


def test_wrapped_cell_joined_on_its_row() -> None:
    out = join_ruled_rows(_words(ROW), HS, VS)
    assert out is not None and [w.text for w in out] == [
        "2018\tBachelor, Information Technology\tKristiania"
    ]
    # a word hyphenated at the wrap is joined without a space
    spec = [*ROW[:3], ("Techno-", 135, 116), ("logy", 135, 128), ROW[4]]
    out = join_ruled_rows(_words(spec), HS, VS)
    assert out is not None
    assert out[0].text == "2018\tBachelor, Information Techno-logy\tKristiania"
    assert count_tables(HS, VS, [(60.0, 110.0)]) == 0  # one row: no W205 table


def test_rows_that_are_no_ruled_cells_are_left_alone() -> None:
    words = _words(ROW)
    # a vertical rule that does not cross the row (a bar, a timeline tick)
    assert join_ruled_rows(words, HS, [*VS[:2], (330.0, 100.0, 115.0), VS[3]]) is None
    # a bottom border missing under one cell
    assert join_ruled_rows(words, [h for h in HS if h != HS[4]], VS) is None
    # a cell of several lines: a paragraph in a table used for layout
    hs = [(150.0 if y == 140.0 else y, a, b) for y, a, b in HS]
    vs = [(x, a, 150.0) for x, a, _ in VS]
    assert join_ruled_rows(_words(ROW), hs, vs) is not None
    tall = [*ROW, ("more", 135, 127), ("lines", 135, 138)]
    assert join_ruled_rows(_words(tall), hs, vs) is None
    # bulleted lines in a cell
    bullet = [*ROW[:3], ("•", 135, 116), ("Technology", 145, 116), ROW[4]]
    assert join_ruled_rows(_words(bullet), HS, VS) is None
