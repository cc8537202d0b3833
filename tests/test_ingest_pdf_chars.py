"""The low-level pdfium reading of :mod:`gapcheck.ingest.pdf_chars` against
pypdfium2's own (typed, checked) API: the fast calls must pass the right text
page, page and box buffer, and read the right results."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest

FIXTURES = Path(__file__).parent / "fixtures" / "pdf"


def _pages(name: str) -> Iterator[tuple[Any, Any, Any]]:
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    doc = pdfium.PdfDocument((FIXTURES / name).read_bytes())
    try:
        for index in range(len(doc)):
            page = doc[index]
            textpage = page.get_textpage()
            try:
                yield page, textpage, pdfium_c
            finally:
                textpage.close()
                page.close()
    finally:
        doc.close()


@pytest.mark.parametrize("name", ["wk_single.pdf", "wk_sidebar.pdf", "table.pdf"])
def test_glyph_boxes_match_pypdfium2(name: str) -> None:
    from gapcheck.ingest.pdf_chars import page_chars

    checked = 0
    for page, textpage, _ in _pages(name):
        chars = page_chars(page.raw, textpage.raw)
        height = page.get_height()
        expected = []
        for i in range(textpage.count_chars()):
            code = ord(textpage.get_text_range(i, 1) or " ")
            if code in (0x09, 0x0A, 0x0D, 0x20, 0xA0, 0xFFFE) or code == 0:
                continue
            left, bottom, right, top = textpage.get_charbox(i, loose=True)
            if top - bottom <= 0:
                continue
            expected.append((min(left, right), max(left, right),
                             height - top, height - bottom))  # fmt: skip
        got = np.column_stack((chars.x0, chars.x1, chars.top, chars.bottom))
        assert got.shape == (len(expected), 4)
        assert np.allclose(got, np.array(expected), atol=1e-3)
        checked += len(expected)
    assert checked > 20


def test_generated_spaces_and_font_sizes_are_pdfiums() -> None:
    from gapcheck.ingest.pdf_chars import page_chars

    for page, textpage, pdfium_c in _pages("wk_single.pdf"):
        chars = page_chars(page.raw, textpage.raw)
        # wkhtmltopdf writes no space glyphs: every word break pdfium has is one
        # it generated, and page_chars reads those flags through its fast calls.
        generated = sum(
            bool(pdfium_c.FPDFText_IsGenerated(textpage.raw, i))
            for i in range(textpage.count_chars())
        )
        assert generated > 10
        assert int(chars.pdfium_space.sum()) > 10
        assert not chars.space.any()
        assert (chars.size > 0).all()


def test_page_objects_find_the_rules_of_a_ruled_table() -> None:
    from gapcheck.ingest.pdf_chars import page_objects

    for page, _, _ in _pages("table.pdf"):
        objects = page_objects(page.raw)
        assert len(objects.hlines) >= 3
        assert len(objects.vlines) >= 3


def test_code_points_read_one_by_one_are_pdfiums() -> None:
    # A page whose GetText drops a glyph of Unicode 0 (latexcv infographics2_en:
    # "One intensive month") is read a code point at a time through the fast call;
    # each must be pypdfium2's FPDFText_GetUnicode for that character.
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    from gapcheck.ingest.pdf_chars import page_chars
    from tests.conftest import require_shared

    path = require_shared("resumes", "latexcv", "infographics2_en.pdf")
    doc = pdfium.PdfDocument(path.read_bytes())
    try:
        page = doc[0]
        textpage = page.get_textpage()
        n = textpage.count_chars()
        buf = (pdfium_c.c_ushort * (n + 1))()
        written = pdfium_c.FPDFText_GetText(textpage.raw, 0, n, buf)
        assert written != n + 1  # (the page takes the one-by-one path)
        chars = page_chars(page.raw, textpage.raw)
        height = page.get_height()
        expected = {}
        for i in range(n):
            left, _, right, top = textpage.get_charbox(i, loose=True)
            expected[(round(min(left, right), 2), round(height - top, 2))] = (
                pdfium_c.FPDFText_GetUnicode(textpage.raw, i)
            )
        got = {
            (round(x, 2), round(t, 2)): int(c)
            for x, t, c in zip(chars.x0, chars.top, chars.code, strict=True)
        }
        assert len(got) > 500
        assert all(expected.get(key) == code for key, code in got.items())
        assert 0 not in got.values()
        textpage.close()
        page.close()
    finally:
        doc.close()
