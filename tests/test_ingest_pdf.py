"""The PDF layout reader: reading order, word spacing, layout facts and errors.

Fixtures in tests/fixtures/pdf are made by tests/fixtures/pdf/make_fixtures.py.
"""

from __future__ import annotations

import contextlib
import re
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gapcheck.errors import (
    CorruptDocument,
    EmptyDocument,
    EncryptedDocument,
    GapcheckError,
    NoTextLayer,
)
from gapcheck.ingest.pdf import PdfText, read_pdf
from gapcheck.ingest.pdf_chars import PageChars
from gapcheck.ingest.pdf_layout import Word, layout_page, layout_region, make_words
from tests.conftest import require_shared

FIXTURES = Path(__file__).parent / "fixtures" / "pdf"
TOKEN = re.compile(r"[A-Za-z0-9]+")


def read(name: str, **kwargs: int) -> PdfText:
    path = FIXTURES / name
    return read_pdf(path.read_bytes(), str(path), **kwargs)


def tokens(text: str) -> list[str]:
    return TOKEN.findall(text.lower())


def between(text: str, start: str, end: str) -> str:
    i = text.index(start)
    return text[i : text.index(end, i + len(start))]


# --- two-column reading order on the shared templates ------------------------------


@pytest.fixture(scope="module")
def templates() -> dict[str, PdfText]:
    folder = require_shared("resumes", "templates_head")
    return {
        p.stem: read_pdf(p.read_bytes(), str(p)) for p in sorted(folder.glob("*.pdf"))
    }


PAIRS = [("two-column", "single-column"), ("modern-two-column", "modern-single-column")]


@pytest.mark.parametrize("two, one", PAIRS)
def test_two_column_sections_read_like_single_column(
    templates: dict[str, PdfText], two: str, one: str
) -> None:
    wide, narrow = templates[one].text, templates[two].text
    # The summary paragraph and each job's bullets come out whole, in order, with no
    # word of the other column in between.
    assert tokens(between(narrow, "SUMMARY", "EXPERIENCE")) == tokens(
        between(wide, "SUMMARY", "EXPERIENCE")
    )
    for first, last in [
        ("• Designed", "testable code practices"),
        ("• Built collaborative", "performance tuning"),
        ("• Developed API", "performance at scale"),
    ]:
        assert tokens(between(narrow, first, last)) == tokens(
            between(wide, first, last)
        )


@pytest.mark.parametrize("name", ["two-column", "modern-two-column"])
def test_two_column_skills_and_dates_stay_on_their_lines(
    templates: dict[str, PdfText], name: str
) -> None:
    result = templates[name]
    lines = result.text.splitlines()
    # A date right-aligned on a job-title line stays on that line, set apart by a
    # tab (a field separator: the gap is much wider than a word space).
    assert "Senior Software Engineer\tJan 2023 - Present" in lines
    assert "Real-time Transit Prediction App\t2022" in lines
    # The skills list is one block of skill lines, not interleaved with the bullets.
    skills = between(result.text, "SKILLS", "LINKS")
    assert "Go Python Node.js TypeScript" in skills.splitlines()
    assert "Microservices Architecture" in skills.splitlines()
    assert not set(tokens(skills)) & {"designed", "stripe", "figma", "mentored"}
    assert result.layout.columns == 2
    assert result.layout.multi_column_pages == 1
    assert "W202" in {w.code for w in result.warnings}
    assert result.layout.tables == 0  # rounded skill chips are not a table


def test_single_column_template_facts(templates: dict[str, PdfText]) -> None:
    result = templates["single-column"]
    assert result.layout.columns == 1
    assert result.layout.header_footer_text == ()  # a big name at the top is body
    assert result.layout.producer == "Skia/PDF m143"
    assert "Georgia-Bold" in result.layout.fonts
    assert result.layout.words > 300
    assert result.warnings == ()


def test_a_dates_column_keeps_each_range_on_its_title_line() -> None:
    # LaTeX resume with dates right-aligned in a narrow left column, each range
    # split over two lines ("June 2012 –" over "June 2015").
    folder = require_shared("resumes", "fictional_2024")
    path = folder / "bruce_wayne_fullstack.pdf"
    lines = read_pdf(path.read_bytes(), str(path)).text.splitlines()
    assert "June 2012 – June 2015\tSoftware Developer, Facebook, Menlo Park, USA" in (
        lines
    )
    assert "June 2020 – Present\tMERN Stack Developer, OpenAI, San Francisco, USA" in (
        lines
    )
    assert not [line for line in lines if line.startswith(("Present", "June 2015"))]


# --- word spacing on HTML-to-PDF exports (no space glyphs) --------------------------


@pytest.mark.parametrize("stem", ["wk_single", "wk_sidebar"])
def test_wkhtmltopdf_words_are_spaced_like_the_html(stem: str) -> None:
    result = read(f"{stem}.pdf")
    source = (FIXTURES / f"{stem}.html").read_text(encoding="utf-8")
    plain = re.sub(r"<[^>]+>", " ", re.sub(r"(?s)<style.*?</style>", " ", source))
    truth = set(tokens(plain))
    out = tokens(result.text)
    glued_or_split = [t for t in out if t not in truth]
    assert glued_or_split == []
    long_words = {t for t in truth if len(t) >= 8}
    assert long_words <= set(out)


def test_wkhtmltopdf_sidebar_is_a_column() -> None:
    result = read("wk_sidebar.pdf")
    assert result.layout.columns == 2
    lines = result.text.splitlines()
    # (a blank line may separate the heading from its list: a new block)
    skills = [line for line in lines[lines.index("Skills") + 1 :] if line][:10]
    assert skills == ["Kubernetes", "Terraform", "PostgreSQL", "Prometheus",
                      "Elasticsearch", "Observability", "Python", "Golang",
                      "Ansible", "Cassandra"]  # fmt: skip
    role = "Principal Reliability Engineer, Northwind Logistics\t2021 – Present"
    assert role in lines


def test_blocks_are_separated_by_one_blank_line() -> None:
    text = read("wk_sidebar.pdf").text
    assert "\n\n" in text
    assert "\n\n\n" not in text
    assert all(line == line.strip() and "  " not in line for line in text.splitlines())


# --- layout facts -------------------------------------------------------------------


def test_header_footer_band_is_recorded_and_kept() -> None:
    result = read("header_footer.pdf")
    assert "Page 1 of 3" in result.layout.header_footer_text
    assert "Jordan Example - Curriculum Vitae" in result.layout.header_footer_text
    assert "W203" in {w.code for w in result.warnings}
    assert "Page 2 of 3" in result.text.splitlines()  # kept in the text
    assert result.layout.pages == 3


def test_max_pages_reads_the_first_pages_and_warns() -> None:
    result = read("header_footer.pdf", max_pages=1)
    assert "W201" in {w.code for w in result.warnings}
    assert "Page 1 of 3" in result.text
    assert "Page 2 of 3" not in result.text
    assert result.layout.pages == 3


def test_icon_glyphs_are_counted_and_dropped() -> None:
    result = read("icons.pdf")
    assert result.layout.icon_glyphs == 2
    assert "FontAwesome" in result.layout.fonts
    lines = result.text.splitlines()
    assert "casey@example.org" in lines
    assert "+1 555 0100" in lines


def test_icon_glyphs_at_line_starts_are_dropped_on_a_real_latex_resume() -> None:
    # latexcv's sidebar template puts a FontAwesome glyph (mapped to letters such as
    # "Æ" and "7") at the start of each contact line, right after the previous line
    # ends: no gap before it on its line, so only a line-start font probe finds it.
    path = require_shared("resumes", "latexcv") / "sidebar.pdf"
    result = read_pdf(path.read_bytes(), str(path))
    lines = result.text.splitlines()
    assert "+49 176 313 *** **" in lines
    assert "@Kuester_Jan" in lines
    assert "https://github.com/jankapunkt" in lines
    assert "FontAwesome" in result.layout.fonts


def test_ruled_table_is_found() -> None:
    result = read("table.pdf")
    assert result.layout.tables == 1
    assert "W205" in {w.code for w in result.warnings}
    assert "CKA\tCNCF\t2022" in result.text.splitlines()  # cells: tab-separated


def test_columns_written_line_by_line_are_still_read_column_by_column() -> None:
    # Left and right lines share baselines and alternate in the content stream.
    from tests.fixtures.pdf.make_fixtures import INTERLEAVED_LEFT, INTERLEAVED_RIGHT

    result = read("interleaved.pdf")
    lines = result.text.splitlines()
    start = lines.index(INTERLEAVED_LEFT[0])
    body = [line for line in lines[start:] if line]
    assert body == INTERLEAVED_LEFT + INTERLEAVED_RIGHT
    assert result.layout.columns == 2


def test_rotated_page_and_sideways_text_are_read_in_their_direction() -> None:
    rotated = read("rotated.pdf").text.splitlines()
    assert "Rotated page: Senior Accountant, Example GmbH" in rotated
    assert "Controller, Sample Holding AG, 2019 - 2024" in rotated
    sideways = read("sideways.pdf").text.splitlines()
    assert sideways == [
        "Controller, Sample Holding AG, 2019 - 2024",
        "Prepared consolidated financial statements monthly",
        "Introduced rolling forecasts across subsidiaries",
    ]


# --- errors -------------------------------------------------------------------------


def test_encrypted_pdf() -> None:
    with pytest.raises(EncryptedDocument) as info:
        read("encrypted.pdf")
    assert "remove the password" in str(info.value)
    assert info.value.path == str(FIXTURES / "encrypted.pdf")


def test_truncated_pdf() -> None:
    data = (FIXTURES / "wk_single.pdf").read_bytes()
    with pytest.raises(CorruptDocument) as info:
        read_pdf(data[: len(data) // 2], "cut.pdf")
    assert info.value.path == "cut.pdf"


def test_reading_leaves_the_garbage_collector_as_it_found_it() -> None:
    # read_pdf pauses the cyclic collector while it reads (a speed measure): on
    # success and on a coded error alike it must come back as it was, on or off.
    import gc

    assert gc.isenabled()
    read("wk_single.pdf")
    assert gc.isenabled()
    with pytest.raises(EmptyDocument):
        read("empty.pdf")
    assert gc.isenabled()
    gc.disable()
    try:
        read("wk_single.pdf")
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_image_only_pdf_needs_ocr() -> None:
    with pytest.raises(NoTextLayer) as info:
        read("image_only.pdf")
    assert "ocrmypdf" in str(info.value)


def test_empty_pdf() -> None:
    with pytest.raises(EmptyDocument):
        read("empty.pdf")


def test_not_a_pdf() -> None:
    with pytest.raises(CorruptDocument):
        read_pdf(b"PK\x03\x04 this is a zip", "resume.pdf")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2000))
def test_arbitrary_bytes_raise_only_gapcheck_errors(data: bytes) -> None:
    with contextlib.suppress(GapcheckError):
        read_pdf(b"%PDF-1.4\n" + data, "fuzz.pdf")


_SEED = (FIXTURES / "table.pdf").read_bytes()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.tuples(st.integers(0, len(_SEED) - 1), st.integers(0, 255)), max_size=8
    ),
    st.integers(1, len(_SEED)),
)
def test_damaged_pdfs_raise_only_gapcheck_errors(
    edits: list[tuple[int, int]], cut: int
) -> None:
    data = bytearray(_SEED)
    for pos, value in edits:
        data[pos] = value
    try:
        result = read_pdf(bytes(data[:cut]), "damaged.pdf")
    except GapcheckError:
        return
    assert isinstance(result.text, str)


# --- layout units on synthetic geometry ---------------------------------------------


def chars_of(spec: list[tuple[str, float, float]], size: float = 10.0) -> PageChars:
    """Characters from (char, x0, advance) on one line at y 100-110."""
    n = len(spec)
    x0 = np.array([s[1] for s in spec])
    return PageChars(
        width=600.0,
        height=800.0,
        code=np.array([ord(s[0]) for s in spec]),
        x0=x0,
        x1=x0 + np.array([s[2] for s in spec]),
        top=np.full(n, 100.0),
        bottom=np.full(n, 110.0),
        size=np.full(n, size),
        space=np.zeros(n, dtype=bool),
        pdfium_space=np.zeros(n, dtype=bool),
        icon_glyphs=0,
    )


def spaced(text: str, start: float, advance: float, letter: float, word: float):
    out, x = [], start
    for ch in text:
        if ch == " ":
            x += word
            continue
        out.append((ch, x, advance))
        x += advance + letter
    return out


@pytest.mark.parametrize("letter, word", [(0.0, 2.8), (-0.3, 2.5), (2.5, 6.0)])
def test_words_from_gaps_adapt_to_letter_spacing(letter: float, word: float) -> None:
    words = make_words(
        chars_of(spaced("data flow engineering team", 50, 5, letter, word))
    )
    assert [w.text for w in words] == ["data", "flow", "engineering", "team"]


def test_ligature_parts_share_a_box_and_stay_one_word() -> None:
    spec = [("d", 10, 5), ("a", 15, 5), ("t", 20, 5), ("a", 25, 5), ("f", 33, 5),
            ("l", 33, 5), ("o", 38, 5), ("w", 43, 5)]  # fmt: skip
    assert [w.text for w in make_words(chars_of(spec))] == ["data", "flow"]


def test_superscript_joins_its_word_and_line() -> None:
    spec = [("1", 50, 5), ("s", 55, 3), ("t", 58, 3), ("p", 64, 5), ("l", 69, 2)]
    chars = chars_of(spec)
    # "st" is a smaller, raised superscript.
    chars.top[1:3], chars.bottom[1:3], chars.size[1:3] = 97.0, 104.0, 6.0
    assert [w.text for w in make_words(chars)] == ["1st", "pl"]


def test_mixed_font_sizes_on_one_baseline_are_one_line() -> None:
    words = [
        Word(50, 150, 96, 110, 14.0, 0, "Experience"),
        Word(450, 500, 101, 110, 9.0, 1, "2019-2021"),
        Word(50, 90, 114, 124, 10.0, 2, "Example"),
    ]
    blocks, _ = layout_region(words)
    assert [line for block in blocks for line in block] == [
        "Experience\t2019-2021",
        "Example",
    ]


def _line(y: float, *parts: tuple[float, str]) -> list[Word]:
    out = []
    for x, text in parts:
        out.append(Word(x, x + 5.0 * len(text), y, y + 10, 10.0, len(out), text))
    return out


def test_title_and_right_aligned_date_stay_on_one_line() -> None:
    words = [
        *_line(100, (50, "Accountant"), (450, "2019-2021")),
        *_line(113, (50, "Example"), (90, "GmbH")),
        *_line(126, (50, "Analyst"), (450, "2017-2019")),
        *_line(139, (50, "Other"), (90, "AG")),
        *_line(152, (50, "Clerk"), (450, "2015-2017")),
    ]
    blocks, columns = layout_region(words)
    lines = [line for block in blocks for line in block]
    assert lines[0] == "Accountant\t2019-2021"  # a field gap is a tab
    assert columns == 1


def _dated_entries(dy: float) -> list[Word]:
    """Entries with a left dates column (latexcv's modern layout): each date beside
    its entry's header line (``dy`` lower), two wrapped lines of text under it."""
    words = []
    for i in range(4):
        y = 100 + 50 * i
        words += _line(y + dy, (50, f"Sep 201{i} - Jun 201{i + 1}"))
        words += _line(y, (170, f"Entry{i} Title of a degree or a role"), (420, "Org"))
        for k in (1, 2):
            words += _line(y + 13 * k, (170, "wrapped text " * 4 + f"line{i}{k}"))
    return words


def test_a_dates_column_beside_its_entries_is_a_field_not_a_column() -> None:
    # Short date cells, each on the baseline of its entry's header line: read line
    # by line with their entries, not as a column read after them.
    blocks, columns = layout_region(_dated_entries(0))
    lines = [line for block in blocks for line in block]
    assert columns == 1
    assert lines[0] == "Sep 2010 - Jun 2011\tEntry0 Title of a degree or a role\tOrg"


def test_a_dates_and_places_cell_beside_role_headers_is_a_field() -> None:
    # A fixed-width cell right of each role's header (Chromium flex layouts):
    # its date on the header's baseline, the place and work mode under it.
    words = []
    for i, place in enumerate(["Portland, OR", "Berlin, Germany", "Austin, TX"]):
        y = 100 + 60 * i
        words += _line(y, (50, f"Role{i} Title of a role, Org"))
        words += _line(y, (330, f"Sep 201{i} - Jun 201{i + 1}"))
        words += _line(y + 13, (330, place))
        words += _line(y + 26, (330, "Full-time"))
        for k in (3, 4):
            words += _line(y + 13 * k, (50, "wrapped text " * 3 + f"{i}{k}"))
    blocks, columns = layout_region(words)
    lines = [line for block in blocks for line in block]
    assert columns == 1
    assert lines[:3] == [
        "Role0 Title of a role, Org\tSep 2010 - Jun 2011",
        "Portland, OR",
        "Full-time",
    ]
    # (a strip cut from the field's rows is no grid list either)
    assert [line for line in lines if line.startswith("Role")] == [
        f"Role{i} Title of a role, Org\tSep 201{i} - Jun 201{i + 1}" for i in range(3)
    ]


def test_a_sidebar_of_dates_off_the_main_baselines_stays_a_column() -> None:
    # The same cells on baselines of their own (a sidebar laid out apart from the
    # main column) are a column.
    blocks, columns = layout_region(_dated_entries(6))
    lines = [line for block in blocks for line in block]
    assert columns == 2
    assert lines[:4] == [f"Sep 201{i} - Jun 201{i + 1}" for i in range(4)]


def test_side_by_side_columns_are_read_one_after_the_other() -> None:
    words = []
    for i in range(6):
        words += _line(100 + 13 * i, (50, f"left{i}"), (90, "text"), (130, "here"))
        words += _line(104 + 15 * i, (350, f"right{i}"), (384, "words"))
    blocks, columns = layout_region(words)
    lines = [line for block in blocks for line in block]
    assert lines == [f"left{i} text here" for i in range(6)] + [
        f"right{i} words" for i in range(6)
    ]
    assert columns == 2


def test_heading_under_a_two_column_header_stays_with_its_paragraph() -> None:
    name = [
        Word(50, 130, 68, 90, 20.0, 0, "Casey"),
        Word(140, 230, 68, 90, 20.0, 1, "Sample"),
    ]
    words = [
        *_line(60, (350, "12"), (370, "Main"), (400, "St")),
        *name,
        *_line(73, (350, "casey@example.org")),
        *_line(86, (350, "+1"), (370, "555"), (395, "0100")),
        *_line(99, (350, "github")),
        *_line(104, (50, "Analyst")),
        *_line(150, (50, "Summary")),
        *_line(163, (50, "Analyst"), (95, "with"), (120, "ten"), (140, "years"),
               (170, "of"), (185, "reporting"), (235, "experience"), (290, "in"),
               (305, "finance"), (345, "and"), (365, "retail"), (400, "teams")),
    ]  # fmt: skip
    blocks, columns = layout_region(words)
    lines = [line for block in blocks for line in block]
    assert columns == 2
    assert lines.index("Summary") == len(lines) - 2
    assert lines[:2] == ["Casey Sample", "Analyst"]


@pytest.mark.parametrize("bullet", ["\u2022", "\uf0b7"])
def test_table_columns_with_tabbed_bullets_are_read_column_by_column(
    bullet: str,
) -> None:
    # Two table cells on shared baselines (a Word/LibreOffice resume laid out in a
    # table): wrapped text on the left, a bulleted list on the right whose bullets
    # are followed by a tab wider than a gutter (a hanging indent).
    words = []
    for r in range(6):
        words += _line(
            100 + 13 * r, *((50 + 3 * r + 30 * k, f"l{r}w{k}x") for k in range(6))
        )
        words += _line(100 + 13 * r, (260, bullet), (278, f"r{r}aaa"), (308, "bravo"),
                       (338, "delta"))  # fmt: skip
    blocks, columns = layout_region(words)
    lines = [line for block in blocks for line in block]
    assert columns == 2
    assert lines == [" ".join(f"l{r}w{k}x" for k in range(6)) for r in range(6)] + [
        f"{bullet} r{r}aaa bravo delta" for r in range(6)
    ]


def test_a_column_gutter_does_not_start_inside_the_paragraph_above() -> None:
    # A full-width paragraph whose short last line sits at line spacing above two
    # columns (a wider space before them): that line ends the paragraph, it does
    # not open the left column.
    words = []
    for i in range(3):
        words += _line(
            60 + 11 * i, *((50 + 4 * i + 40 * k, f"para{i}w{k}") for k in range(10))
        )
    words += _line(93, (50, "last"), (75, "words."))
    for i in range(6):
        words += _line(
            130 + 11 * i, *((50 + 3 * i + 30 * k, f"l{i}w{k}x") for k in range(6))
        )
        words += _line(
            130 + 11 * i, *((320 + 3 * i + 30 * k, f"r{i}w{k}x") for k in range(6))
        )
    blocks, columns = layout_region(words)
    assert columns == 2
    assert blocks[0][-1] == "last words."
    assert blocks[1][0] == " ".join(f"l0w{k}x" for k in range(6))


def test_a_grid_of_cells_is_read_row_by_row() -> None:
    # A list laid out in a grid (skills in 4 columns): row by row, each cell on its
    # own line, as poppler's pdftotext reads it; never column by column.
    words = []
    for r in range(8):
        words += _line(100 + 13 * r, *((60 + 120 * c, f"r{r}c{c}xxxxxxxxxxxx")
                                       for c in range(4)))  # fmt: skip
    blocks, columns = layout_region(words)
    lines = [line for block in blocks for line in block]
    assert columns == 1
    assert lines == [f"r{r}c{c}xxxxxxxxxxxx" for r in range(8) for c in range(4)]


def test_label_value_rows_stay_on_one_line() -> None:
    words = []
    for r, (label, value) in enumerate(
        [("Languages:", "Python, Go"), ("Tools:", "Git, Docker"),
         ("Fields:", "Data, Cloud"), ("Loves:", "Chess")]
    ):  # fmt: skip
        words += _line(100 + 13 * r, (50, label), (160, value))
    blocks, _ = layout_region(words)
    assert blocks[0][0] == "Languages:\tPython, Go"


def test_a_range_split_over_two_lines_of_a_dates_column_is_closed() -> None:
    words = [
        *_line(100, (50, "2019"), (75, "–"), (150, "Senior"), (185, "Engineer,"),
               (235, "Acme")),
        *_line(113, (50, "Present"), (150, "Built"), (180, "the"), (200, "billing"),
               (240, "platform")),
        *_line(126, (150, "and"), (170, "its"), (190, "reports")),
        *_line(145, (50, "Jan"), (70, "2016"), (150, "Engineer,"), (200, "Foo")),
        *_line(158, (50, "–"), (60, "Dec"), (80, "2019"), (150, "Wrote"),
               (180, "tests")),
        *_line(171, (50, "2014"), (150, "Intern,"), (190, "Bar")),
        *_line(184, (50, "2015"), (150, "Filed"), (180, "reports")),
    ]  # fmt: skip
    blocks, columns = layout_region(words)
    lines = [line for block in blocks for line in block]
    assert columns == 1
    assert lines == [
        "2019 – Present\tSenior Engineer, Acme",
        "Built the billing platform",
        "and its reports",
        "Jan 2016 – Dec 2019\tEngineer, Foo",
        "Wrote tests",
        "2014\tIntern, Bar",  # two one-year entries are not a range
        "2015\tFiled reports",
    ]


# --- faults: the user's damaged file vs a bug in gapcheck ---------------------------


def test_a_layout_bug_is_not_reported_as_a_corrupt_pdf(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import gapcheck.ingest.pdf as pdf_module
    from gapcheck.errors import InternalError
    from gapcheck.ingest import read_bytes

    def broken(chars: object, **kwargs: object) -> None:
        raise ZeroDivisionError("a bug in the layout code")

    monkeypatch.setattr(pdf_module, "layout_page", broken)
    data = (FIXTURES / "wk_single.pdf").read_bytes()
    with pytest.raises(ZeroDivisionError):
        read_pdf(data, "resume.pdf")
    with pytest.raises(ZeroDivisionError):  # nor by the read_document facade
        read_bytes(data, "resume.pdf")
    assert not issubclass(InternalError, CorruptDocument)


def test_the_cli_reports_a_bug_as_one_coded_line(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from click.testing import CliRunner

    import gapcheck.ingest.pdf as pdf_module
    from gapcheck.cli import main

    def broken(chars: object, **kwargs: object) -> None:
        raise ZeroDivisionError("a bug in the layout code")

    monkeypatch.setattr(pdf_module, "layout_page", broken)
    monkeypatch.delenv("GAPCHECK_DEBUG", raising=False)
    path = tmp_path / "resume.pdf"
    path.write_bytes((FIXTURES / "wk_single.pdf").read_bytes())
    result = CliRunner().invoke(main, ["parse", str(path)])
    assert result.exit_code == 70
    lines = result.output.strip().splitlines()
    assert len(lines) == 1
    assert "[E999]" in lines[0] and "report" in lines[0]
    assert "E105" not in lines[0] and "corrupt" not in lines[0].lower()


# --- real files of ../shared/data: word spacing, columns, gold checks ---------------


@pytest.fixture(scope="session")
def fidelity(shared_data: Path) -> Any:
    """../shared/tools/pdf_fidelity.py, the measure the issue's figures come from."""
    import importlib.util

    path = shared_data.parent / "tools" / "pdf_fidelity.py"
    if not path.is_file():
        pytest.skip(f"{path} is missing")
    spec = importlib.util.spec_from_file_location("pdf_fidelity", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_TEXTS: dict[Path, str] = {}


def _text(path: Path) -> str:
    """The normalized text of a real PDF, read once per session."""
    from gapcheck.ingest import read_document

    if path not in _TEXTS:
        _TEXTS[path] = read_document(path).text
    return _TEXTS[path]


def _livecareer() -> list[Path]:
    folder = require_shared("resumes", "livecareer")
    files = sorted(folder.rglob("*.pdf"))
    assert len(files) >= 100
    return files


def test_livecareer_words_are_not_glued(fidelity: Any) -> None:
    # wkhtmltopdf exports with no space glyphs: pdftotext 1.2%, main was 38.3%.
    import unicodedata

    words, parts = fidelity.vocab(fidelity.SHARED)
    known, part = fidelity.knower(words), fidelity.knower(parts)
    memo: dict[str, bool] = {}
    tokens = glued = 0
    for path in _livecareer():
        try:
            text = _text(path)
        except EmptyDocument:
            continue  # one export has no text at all (pdftotext reads none either)
        for t in fidelity.AZ.findall(unicodedata.normalize("NFKC", text).lower()):
            if len(t) >= 8:
                if t not in memo:
                    memo[t] = fidelity.is_glued(t, known, part)
                tokens += 1
                glued += memo[t]
    assert tokens > 30000
    assert glued / tokens <= 0.015


def test_livecareer_columns_are_not_merged(fidelity: Any) -> None:
    # Lines holding words of two side-by-side blocks (two-column skill lists), on
    # every 4th file (the truth from pdfplumber's word boxes costs ~1 s a file):
    # pdftotext 0.0%, main was 16.4% on all files.
    lines = merged = 0
    for path in _livecareer()[::4]:
        _, _, marks = fidelity.truth(path)
        if not marks:
            continue
        for line in re.split(r"[\r\n\f]+", _text(path)):
            flat = fidelity.norm(line)
            hit = {(i, side) for m, i, side in marks if m in flat}
            if hit:
                lines += 1
                merged += any((i, 1 - side) in hit for i, side in hit)
    assert lines > 50
    assert merged / lines <= 0.005


def test_latexcv_gold_checks_pass() -> None:
    # ../shared/data/resumes/latexcv/gold.json, as ../shared/tools/gold_check.py
    # runs it (on the text; the section checks belong to the resume parser).
    import json

    folder = require_shared("resumes", "latexcv")
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    failed = []
    for case in gold:
        text = " ".join(_text(folder / case["file"]).split())
        failed += [(case["file"], p) for p in case.get("phrases", []) if p not in text]
        failed += [(case["file"], f"not {p}") for p in case.get("absent", [])
                   if p in text]  # fmt: skip
        failed += [
            (case["file"], f"{a} < {b}")
            for a, b in case.get("order", [])
            if not 0 <= text.find(a) < text.find(b)
        ]
    assert failed == []


def test_a_page_with_form_xobjects_reads() -> None:
    # latexcv sidebar/modern/rows draw part of the page in Form XObjects (pypdfium2
    # 5.x refused the untyped handle: E105 on main).
    folder = require_shared("resumes", "latexcv")
    for name in ("sidebar.pdf", "modern.pdf", "rows.pdf"):
        result = read_pdf((folder / name).read_bytes(), name)
        assert result.layout.words > 200
    assert "Fullstack Javascript Engineer" in _text(folder / "sidebar.pdf")


def test_a_real_dates_column_stays_on_its_entries_lines() -> None:
    # latexcv modern.pdf: Education's left dates column, each date on its degree's
    # line (main read the 4 dates as a column above their degrees).
    folder = require_shared("resumes", "latexcv")
    lines = _text(folder / "modern.pdf").splitlines()
    assert "2015 / 07\tGraduated as M.Sc. Digital Media\tUniversity of Bremen" in lines
    assert "2009 - 2010\tSemester Abroad\tUniversity of Melbourne" in lines


@pytest.mark.parametrize(
    ("folder", "name"),
    [
        ("templates_head", "single-column.pdf"),
        ("templates_head", "modern-single-column.pdf"),
        ("sb2nov", "sourabh_bajaj_resume.pdf"),
        ("latexcv", "classic.pdf"),
        ("latexcv", "minimalistic.pdf"),
        ("fictional_2024", "john_doe.pdf"),
    ],
)
def test_single_column_real_resumes_stay_single_column(folder: str, name: str) -> None:
    path = require_shared("resumes", folder) / name
    result = read_pdf(path.read_bytes(), str(path))
    assert result.layout.columns == 1


@pytest.mark.parametrize("name", ["two-column.pdf", "modern-two-column.pdf"])
def test_two_column_real_resumes_are_read_by_column(name: str) -> None:
    path = require_shared("resumes", "templates_head") / name
    assert read_pdf(path.read_bytes(), str(path)).layout.columns == 2


def test_control_code_ligatures_and_unicode_zero_glyphs() -> None:
    folder = require_shared("resumes", "latexcv")
    assert "Stackoverflow" in _text(folder / "modern.pdf")  # 0x1D: fl
    assert "configuration" in _text(folder / "sidebarleft.pdf")  # 0x1C: fi
    assert "One intensive month in UM6P" in " ".join(
        _text(folder / "infographics2_en.pdf").split()
    )


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Sep. 2023 \u00ad Mar. 2024", "Sep. 2023 – Mar. 2024"),  # drawn as a dash
        ("2019\u00ad2021", "2019–2021"),
        ("manage\u00adment", "management"),  # a hyphenation point
        ("hyphen\u00ad\nation", "hyphenation"),
    ],
)
def test_a_soft_hyphen_drawn_as_a_dash_is_a_dash(raw: str, expected: str) -> None:
    from gapcheck.ingest.normalize import normalize_text

    assert normalize_text(raw) == expected
    assert normalize_text(expected) == expected


def test_after_the_first_page_the_main_column_goes_before_a_left_sidebar() -> None:
    # latexcv sidebarleft: page 2 goes on with Experience in the main column while
    # its left sidebar starts Education; sidebar first put the later jobs under
    # Education.
    folder = require_shared("resumes", "latexcv")
    text = _text(folder / "sidebarleft.pdf")
    assert text.find("SKILLS") < text.find("ILYA RUMYANTSEV")  # page 1 as drawn
    assert 0 <= text.find("DevOps engineer") < text.find("B. Sc. Physics")


def test_text_an_icon_glyph_carries_as_actual_text_is_kept(tmp_path: Path) -> None:
    # Awesome-CV's contact line: the email is the ActualText of an icon glyph, which
    # pdfium gives as characters of the icon font's text object squeezed into the
    # glyph's box. (An icon glyph alone is still dropped.)
    from tests.fixtures.pdf.make_fixtures import HELV, _text, write_pdf

    content = (
        _text(72, 770, "Casey Sample", size=18)
        + b"/Span << /ActualText (casey@example.org) >> BDC\n"
        + _text(72, 740, "A", font="F2")
        + b"EMC\n"
        + _text(72, 722, "A", font="F2")
        + _text(90, 722, "Data Analyst")
    )
    icon_font = "<< /Type /Font /Subtype /Type1 /BaseFont /FontAwesome >>"
    path = tmp_path / "actualtext.pdf"
    write_pdf(
        path,
        [{"content": content, "resources": "<< /Font << /F1 5 0 R /F2 6 0 R >> >>"}],
        [HELV.encode(), icon_font.encode()],
    )
    lines = read_pdf(path.read_bytes(), str(path)).text.splitlines()
    assert "casey@example.org" in lines
    assert "Data Analyst" in lines


def test_a_word_is_never_hyphen_joined_across_columns() -> None:
    # latexcv two_column on main: "Stackover-" (left column) + "ment" (right column's
    # next line) read as "Stackoverment".
    from gapcheck.ingest.normalize import normalize_text

    def spaced(x: float, *texts: str) -> list[tuple[float, str]]:
        out = []
        for text in texts:  # words 3 pt apart (0.3 em), as set text is
            out.append((x, text))
            x += 5.0 * len(text) + 3.0
        return out

    words = []
    for i in range(6):
        last = "Stackover-" if i == 5 else "column"
        first = "ment" if i == 5 else "Other"
        words += _line(
            100 + 13 * i,
            *spaced(50, "Wrapped", "text", "in", "the", "left", last),
            *spaced(330, first, "words", "on", "the", "right", "side"),
        )
    blocks, columns = layout_region(words)
    text = normalize_text("\n\n".join("\n".join(block) for block in blocks))
    assert columns == 2
    assert "Stackoverment" not in text and "Stackover-ment" not in text
    assert text.index("Stackover-") < text.index("Other")


def test_a_field_gap_is_a_tab_and_word_gaps_are_spaces() -> None:
    # A right-aligned place 2+ em away from the organisation (and far wider than the
    # row's word spaces) is a field: a tab. Uniformly wide word gaps are not.
    words = [
        *_line(100, (50, "Stripe"), (400, "San"), (418, "Francisco,"), (472, "CA")),
        *_line(113, (50, "left"), (85, "text"), (125, "here")),  # gaps 1.5 and 2 em
    ]
    lines = [line for block in layout_region(words)[0] for line in block]
    assert lines == ["Stripe\tSan Francisco, CA", "left text here"]


def _stacked_lines(lines: list[str], x: float = 33.0) -> PageChars:
    """Characters of left-aligned lines 12 pt apart (5 pt per glyph), in order."""
    code, x0, top = [], [], []
    for k, line in enumerate(lines):
        for i, ch in enumerate(line):
            code.append(ord(ch))
            x0.append(x + 5.0 * i)
            top.append(100.0 + 12.0 * k)
    n = len(code)
    xs, tops = np.array(x0), np.array(top)
    return PageChars(
        width=600.0, height=800.0, code=np.array(code), x0=xs, x1=xs + 4.8,
        top=tops, bottom=tops + 9.0, size=np.full(n, 9.0),
        space=np.zeros(n, dtype=bool), pdfium_space=np.zeros(n, dtype=bool),
        icon_glyphs=0,
    )  # fmt: skip


def test_a_line_end_over_the_next_line_start_is_not_turned_text() -> None:
    # A narrow dates column: "to" ends right above where "Current" starts, so the
    # last glyph of a line and the first of the next are stacked neighbours in the
    # stream. Several such pairs on a page are not text running down the page.
    lines = ["Highlights", "Technical", "May 2010", "to", "Current", "to", "Current",
             "to", "Current", "Company Name"]  # fmt: skip
    laid = layout_page(_stacked_lines(lines))
    assert [line for block in laid.blocks for line in block] == lines


_CELL_TOKENS = ["20", "19", "2019", "1", "9", "Jan", "Sep.", "pre", "sent", "Present",
                "current", "–", "Lead:", "x", "12/2020"]  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.lists(
            st.tuples(
                st.sampled_from(_CELL_TOKENS),
                st.sampled_from([0.0, 0.5, 3.0]),
                st.booleans(),
            ),
            min_size=1,
            max_size=5,
        ),
        min_size=1,
        max_size=6,
    )
)
def test_grid_list_date_rows_match_the_joined_rows(spec: list[Any]) -> None:
    # The quick test on the words run together skips only rows whose joined text
    # holds no date cell (glued, spaced and tab-parted words alike).
    from gapcheck.ingest.pdf_gutters import _DATE_CELL, _date_rows
    from gapcheck.ingest.pdf_words import join_row

    rows = []
    for cells in spec:
        row, x, wid = [], 50.0, 0
        for text, gap, consecutive in cells:
            wid += 1 if consecutive else 2
            row.append(Word(x, x + 5.0 * len(text), 100, 110, 10.0, wid, text))
            x += 5.0 * len(text) + gap * 10.0
        rows.append(row)
    expected = sum(bool(_DATE_CELL.search(join_row(r))) for r in rows)
    assert _date_rows(rows) == expected
