"""Word spacing: no space inside a word after a glyph that some pairs kern tightly.

The PDF is written here by hand (tests/fixtures/pdf/make_fixtures.py's writer), so
nothing is needed to run it but pdfium.
"""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import numpy as np

from gapcheck.ingest.pdf import read_pdf
from gapcheck.ingest.pdf_chars import PageChars
from gapcheck.ingest.pdf_layout import make_words

#: (P followed by a comma or a period kerned 0.18 em tighter: "GCP," "PHP.", as
#: DejaVu Serif kerns them by 0.15 em in Chromium's renders)
KERNED_LINES = [
    "[(Present role: cloud work on GCP) 180 (, AWS and PHP) 180 (. Primary tools)] TJ",
    "[(Python, Platforms and SAP) 180 (, with ERP) 180 (. Programming in teams)] TJ",
    "[(Provided Professional support to a Plan of delivery for the team)] TJ",
]
WORDS = {"present", "primary", "python", "platforms", "programming", "provided",
         "professional", "plan"}  # fmt: skip


def _kerned_pdf(path: Path) -> None:
    from tests.fixtures.pdf.make_fixtures import HELV, write_pdf

    content = b"".join(
        f"BT /F1 11 Tf 72 {760 - 16 * i} Td {line} ET\n".encode("latin-1")
        for i, line in enumerate(KERNED_LINES)
    )
    write_pdf(
        path,
        [{"content": content, "resources": "<< /Font << /F1 5 0 R >> >>"}],
        [HELV.encode()],
    )


def test_a_glyph_kerned_before_punctuation_is_not_split_from_its_word(
    tmp_path: Path,
) -> None:
    # Learning the kerned "P," gap as the gap after every "P" put a space inside
    # "Present" (an end date lost), "Primary", "Python".
    path = tmp_path / "kerned.pdf"
    _kerned_pdf(path)
    text = read_pdf(path.read_bytes(), str(path)).text
    tokens = set(re.findall(r"[a-z]+", text.lower()))
    assert tokens >= WORDS
    assert not re.search(r"\bP [a-z]", text)
    assert "GCP, AWS and PHP. Primary tools" in text


def _line(spec: list[tuple[str, float, float]], size: float = 10.0) -> PageChars:
    """One line of characters from (char, x0, box width) at y 100-110."""
    n = len(spec)
    x0 = np.array([s[1] for s in spec])
    return PageChars(
        width=600.0, height=800.0, code=np.array([ord(s[0]) for s in spec]),
        x0=x0, x1=x0 + np.array([s[2] for s in spec]),
        top=np.full(n, 100.0), bottom=np.full(n, 110.0), size=np.full(n, size),
        space=np.zeros(n, dtype=bool), pdfium_space=np.zeros(n, dtype=bool),
        icon_glyphs=0,
    )  # fmt: skip


def _set(
    text: str, overhang: str, over: float, word: float
) -> list[tuple[str, float, float]]:
    """Glyphs 5 pt wide set edge to edge, words ``word`` pt apart; the glyph
    ``overhang``'s box reaches ``over`` pt into whatever follows it."""
    out, x = [], 50.0
    for ch in text:
        if ch == " ":
            x += word
            continue
        out.append((ch, x, 5.0 + (over if ch == overhang else 0.0)))
        x += 5.0
    return out


def test_a_glyph_overhanging_every_follower_still_gets_its_space() -> None:
    # wkhtmltopdf: the "f" box overhangs every follower by 2 pt, and a word space
    # of 2.4 pt after it leaves a gap of 0.4 pt: corrected, "of" stays a word.
    text = "staff of software effort of teams of office of coffee after of data"
    words = make_words(_line(_set(text, "f", 2.0, 2.4)))
    assert [w.text for w in words] == text.split()


def test_a_lone_taller_glyph_does_not_widen_its_lines_word_gaps() -> None:
    # wkhtmltopdf draws a stray "Â" (a no-break space read as Latin-1) with a box a
    # fifth taller than its line's letters at the same reported size; sizing the
    # line by it raised the space threshold past the line's 1.6 pt word gaps.
    text = "system security program certificate technical university"
    spec = _set(text, "", 0.0, 1.6)
    spec.append(("Â", spec[-1][1] + 8.0, 5.0))
    line = _line(spec, size=19.0)  # (reported size 19 for 9 pt boxes)
    line.top[:] = 101.0
    line.top[-1] = 98.5  # the stray glyph's box: 11.5 pt tall
    assert [w.text for w in make_words(line)][:-1] == text.split()


def test_small_caps_capitals_still_size_their_letters_gaps() -> None:
    # A small caps heading: a capital set at 15 with 13 pt boxes, letters at 11
    # with 6 pt boxes and uneven letter-spacing up to 1.7 pt: no split inside.
    spec = [("A", 50.0, 8.0), ("w", 58.4, 6.0), ("a", 64.5, 6.0),
            ("r", 71.4, 6.0), ("d", 78.1, 6.0), ("s", 85.8, 5.0)]  # fmt: skip
    line = _line(spec, size=11.0)
    line.size[0] = 15.0
    line.top[:] = 104.0
    line.top[0] = 97.0
    assert [w.text for w in make_words(line)] == ["Awards"]


def test_a_glyph_measured_on_an_earlier_page_keeps_its_space_on_a_later_one() -> None:
    from gapcheck.ingest.pdf_words import make_words_ordered

    # Page 1: "f" overhangs its followers by 1.6 pt inside words many times; page
    # 2's four "f"s all end "of", so page 2 alone cannot tell its gap from a space.
    page1 = "staff offer effort coffee after office before differ " * 2 + "of data"
    page2 = "associate of applied science bachelor of arts master of science of it"
    glyphs: dict[int, float] = {}

    def line(text: str) -> PageChars:
        chars = _line(_set(text, "f", 1.6, 2.4))
        return dataclasses.replace(chars, face=np.full(len(chars.code), 7))

    first = make_words_ordered(line(page1), glyphs)[0]
    assert [w.text for w in first] == page1.split()
    second = line(page2)
    assert [w.text for w in make_words_ordered(second, {})[0]] != page2.split()
    assert [w.text for w in make_words_ordered(second, glyphs)[0]] == page2.split()
