"""List markers drawn as shapes read as bullets (issue 14, round 9): synthetic
characters and dots, no PDF file."""

from __future__ import annotations

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from gapcheck.ingest.pdf_chars import PageChars
from gapcheck.ingest.pdf_layout import layout_page


def _lines(rows: list[tuple[str, float]]) -> PageChars:
    """Characters of one line per (text, left x), 12 pt apart, 5 pt advance, a
    space glyph before each word."""
    code, x0, top, space = [], [], [], []
    for k, (text, left) in enumerate(rows):
        x = left
        for word in text.split():
            for n, ch in enumerate(word):
                code.append(ord(ch))
                x0.append(x)
                top.append(100.0 + 12.0 * k)
                space.append(n == 0 and x > left)
                x += 5.0
            x += 3.0
    n = len(code)
    xs, tops = np.array(x0), np.array(top)
    return PageChars(
        width=600.0, height=800.0, code=np.array(code), x0=xs, x1=xs + 5.0,
        top=tops, bottom=tops + 9.0, size=np.full(n, 9.0),
        space=np.array(space), pdfium_space=np.zeros(n, dtype=bool), icon_glyphs=0,
    )  # fmt: skip


def _text(chars: PageChars, *dots: tuple[float, float, float, float]) -> list[str]:
    return [line for block in layout_page(chars, dots=dots).blocks for line in block]


_ITEM = st.sampled_from(["Managed inbound call center", "40% increase in sales"])


@given(_ITEM, st.floats(min_value=4.0, max_value=14.0))
def test_a_dot_before_a_line_is_its_bullet(item: str, gap: float) -> None:
    chars = _lines([("Operations Manager", 40.0), (item, 40.0 + gap + 3.0)])
    dot = (40.0, 115.0, 43.0, 118.0)  # 3 x 3 pt, centred on the second line
    assert _text(chars, dot) == ["Operations Manager", f"• {item}"]


def test_a_dot_between_words_is_no_bullet() -> None:
    # an inline separator ("Austin • Remote") drawn as a shape stays as it was
    chars = _lines([("Austin Remote", 40.0)])
    dot = (72.0, 103.0, 75.0, 106.0)
    assert _text(chars, dot) == ["Austin Remote"]


def test_a_dot_off_every_line_is_nothing() -> None:
    chars = _lines([("Operations Manager", 40.0)])
    assert _text(chars, (30.0, 300.0, 33.0, 303.0)) == ["Operations Manager"]


def test_a_marked_line_keeps_its_place_in_the_page() -> None:
    # the bullet goes in the text only: the item's words keep their boxes, so the
    # page's geometry (a sidebar's gutter, the item's indent) reads as before
    chars = _lines([("Skills", 14.0), ("Python", 14.0), ("Go", 14.0)])
    laid = layout_page(chars, dots=[(4.0, 115.0, 7.0, 118.0)])
    assert [w.x0 for w in laid.page_words] == [
        w.x0 for w in layout_page(chars).page_words
    ]
    assert "• Python" in [line for block in laid.blocks for line in block]
