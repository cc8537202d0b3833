"""Lines centred over a one-column body are no column (round 11, issue 14): a
Word resume's centred name, headline and contact line over its first role, whose
dates sit at a right tab stop."""

from __future__ import annotations

from gapcheck.ingest.pdf_gutters import _own_flows
from gapcheck.ingest.pdf_layout import Word, layout_region


def _line(y: float, *parts: tuple[float, str], size: float = 10.0) -> list[Word]:
    out = []
    for x, text in parts:
        w = 0.5 * size * len(text)
        out.append(Word(x, x + w, y, y + size, size, len(out), text))
    return out


def test_centred_title_lines_over_a_dated_role_are_read_in_order() -> None:
    words = [
        *_line(60, (230, "Jane"), (290, "Roe"), size=20),
        *_line(
            90, (220, "Frontend"), (265, "developer"), (320, "and"), (345, "designer")
        ),
        *_line(104, (235, "Oslo,"), (265, "Norway"), (305, "|"), (315, "roe.dev")),
        *_line(130, (57, "EXPERIENCE")),
        *_line(146, (57, "Developer,"), (112, "Acme"), (470, "May"), (492, "2024")),
        *_line(160, (57, "Oslo,"), (87, "Norway")),
    ]
    blocks, columns = layout_region(words)
    lines = [line for block in blocks for line in block]
    assert lines[:4] == [
        "Jane Roe",
        "Frontend developer and designer",
        "Oslo, Norway | roe.dev",
        "EXPERIENCE",
    ]
    assert lines[4] == "Developer, Acme\tMay 2024" and columns == 1


def test_a_sidebar_beside_the_body_is_still_a_column() -> None:
    # the same left lines with a short right side running beside them, not above
    words = [
        *_line(100, (57, "Developer,"), (112, "Acme")),
        *_line(107, (400, "Skills")),
        *_line(114, (57, "Oslo,"), (87, "Norway")),
        *_line(121, (400, "Python")),
        *_line(128, (57, "Built"), (87, "things")),
        *_line(135, (400, "Go")),
        *_line(142, (57, "Analyst,"), (102, "Beta")),
    ]
    lines = [ln for block in layout_region(words)[0] for ln in block]
    assert lines.index("Skills") > lines.index("Analyst, Beta")


# A right sidebar on the main column's baselines is a column (round 14b): Chromium's
# export of a CSS grid sidebar layout (benchmarks/render_resumes.py, html3) sets
# both columns' lines at one line height, so most sidebar lines share a baseline
# with a main line; with a short main column (few wrapped lines, dates at a right
# tab) the sidebar was read into the main column's lines. Each side having rows of
# its own amid the other side's rows (two flows of lines) tells the columns apart
# from a dates field, which runs in step with its entry lines.


def _words(text: str, x: float) -> list[tuple[float, str]]:
    """A line's words from x on, one space (2.5 pt) apart."""
    out = []
    for word in text.split():
        out.append((x, word))
        x += 5.0 * len(word) + 2.5
    return out


def _right(text: str, end: float) -> list[tuple[float, str]]:
    """A line's words ending at ``end`` (a right tab stop)."""
    width = sum(5.0 * len(w) for w in text.split()) + 2.5 * (len(text.split()) - 1)
    return _words(text, end - width)


def _page(main: dict[int, list[tuple[float, str]]], side: dict[int, str]) -> list[Word]:
    words: list[Word] = []
    for row in range(max(main.keys() | side.keys()) + 1):
        parts = list(main.get(row, []))
        if row in side:
            parts += _words(side[row], 420)
        words += _line(100 + 14 * row, *parts)
    return words


def _main_column() -> dict[int, list[tuple[float, str]]]:
    """A main column's rows: name, headline, two roles with dates at a right tab."""
    return {
        0: _words("Jane Roe", 57),
        1: _words("Network Associate", 57),
        3: _words("Experience", 57),
        4: _words("Acme Robotics, Payments Division", 57),
        5: _words("Lead Officer", 57) + _right("Aug 2020 – Sep 2022", 370),
        7: _words("Beta Partners", 57),
        8: _words("Junior Scientist", 57) + _right("Apr 2016 – Nov 2020", 370),
    }


#: A sidebar's contact rows, beside a main column's name and headline.
_CONTACT = {
    0: "Contact",
    1: "jane@example.org",
    2: "(555) 0100-4155",
    3: "Oslo, Norway",
}


def _assert_read_apart(
    main: dict[int, list[tuple[float, str]]], side: dict[int, str], last_main: str
) -> None:
    """The page is read as two columns: the main lines whole (a role line with its
    dates), the sidebar after the main column's last line."""
    blocks, columns = layout_region(_page(main, side))
    lines = [line for block in blocks for line in block]
    assert columns == 2
    assert "Junior Scientist\tApr 2016 – Nov 2020" in lines
    assert lines.index("Oslo University") > lines.index(last_main)


def test_a_right_sidebar_on_the_main_lines_baselines_is_read_after_it() -> None:
    main = {
        **_main_column(),
        9: _words("• Led a team of four on the move to the new platform.", 57),
        10: _words("• Cut the monthly close from ten days to six.", 57),
    }
    side = {
        **_CONTACT,
        6: "Education",
        8: "Oslo University",
        9: "BEng, Biology",
        10: "2005 – 2009",
        11: "Skills",
        12: "Python, SQL",
        13: "Languages: Go",
    }
    _assert_read_apart(main, side, "• Cut the monthly close from ten days to six.")


def test_dates_at_a_right_tab_stop_stay_fields_of_their_lines() -> None:
    # one column: dates (one wrapped) beside role lines, short bullets under them
    main = {
        0: _words("Jane Roe", 57),
        1: _words("Experience", 57),
        2: _words("Lead Officer", 57) + _right("Aug 2020 – Sep 2022", 470),
        3: _words("• Led a team.", 57),
        4: _words("Analyst and Interim", 57) + _right("Oct 2019 –", 470),
        5: _right("Feb 2021", 470),
        6: _words("• Cut the close.", 57),
        7: _words("Junior Scientist", 57) + _right("Apr 2016 – Nov 2018", 470),
        8: _words("• Wrote reports.", 57),
    }
    blocks, columns = layout_region(_page(main, {}))
    lines = [line for block in blocks for line in block]
    assert columns == 1
    assert "Lead Officer\tAug 2020 – Sep 2022" in lines


def test_own_flows_needs_two_lone_rows_on_each_side_once_both_run() -> None:
    both, left, right = (True, True), (True, False), (False, True)
    assert _own_flows([both, right, both, left, left, right, both])
    # a sidebar that runs on past the main column's last row
    assert _own_flows([both, left, left, both, right, right])
    # lone rows of one side only, or before the other side starts: in step
    assert not _own_flows([both, left, left, both, both, left])
    assert not _own_flows([right, right, both, left, left, both])
    assert not _own_flows([both, left, right, both, both])


def test_a_right_sidebar_that_runs_on_past_the_main_column_is_read_after_it() -> None:
    # one sidebar row alone beside the main lines, four more after them
    main = {
        **_main_column(),
        6: _words("• Led a team of four on the move to the new platform.", 57),
    }
    side = {
        **_CONTACT,
        5: "Education",
        6: "Oslo University",
        8: "BEng, Biology",
        9: "2005 – 2009",
        10: "Skills",
        11: "Python, SQL",
        12: "Languages: Go",
    }
    _assert_read_apart(main, side, "Junior Scientist\tApr 2016 – Nov 2020")
