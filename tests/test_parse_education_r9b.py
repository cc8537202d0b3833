"""Education entries on sidebar and table layouts (issue 14, round 9, second
pass): one synthetic test per rule, none reading a real file."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from gapcheck.parse.education import find_education
from gapcheck.parse.sections import Line


def _entries(*texts: str) -> list[tuple[str | None, str | None, str | None]]:
    lines = [Line(i, t, 0, 0) for i, t in enumerate(texts)]
    return [(e.degree, e.field, e.institution) for e in find_education(lines)]


@given(
    st.sampled_from(["Crash Course on Python", "Web Development Bootcamp"]),
    st.sampled_from(["Google (Coursera)", "Hack Reactor", "FreeCodeCamp"]),
    st.sampled_from(["2026", "2017 – 2018", "Jan 2020"]),
)
def test_one_stacked_entry_with_no_school_word_is_read(
    what: str, where: str, when: str
) -> None:
    got = _entries(what, where, when)
    assert [(g[0], g[2]) for g in got] == [(what, where)]


def test_a_school_alone_over_its_dates_stays_one_entry() -> None:
    assert _entries("Harvard University", "2010 – 2014") == [
        (None, None, "Harvard University")
    ]


@given(
    st.sampled_from(["California State Polytechnic", "Front Range Polytechnic"]),
    st.sampled_from(["University-Pomona", "University", "Institute"]),
)
def test_a_qualifying_keyword_goes_on_with_the_keyword_below(
    head: str, rest: str
) -> None:
    got = _entries("Bachelor of Science", head, rest, "1989 – 1993")
    assert got == [("Bachelor of Science", None, f"{head} {rest}")]


@given(
    st.sampled_from(["Computer Graphics", "Systems Engineering", "Interaction Design"]),
    st.sampled_from(["Computer Science", "Continuing Education"]),
)
def test_a_sidebar_line_ending_on_a_comma_goes_on(what: str, rest: str) -> None:
    # the column is as wide as its longest lines, wider than the first line
    # and its next word: only the comma says the line goes on
    got = _entries(
        f"{what},",
        rest,
        "Boston University",
        "2008 – 2010",
        "Web Development Course",
        "University of Texas at Austin",
        "1985 – 1989",
        "Data Science Program",
        "Austin Community College, TX",
        "1983 – 1985",
    )
    assert got[0] == (f"{what}, {rest}", None, "Boston University")


def test_a_long_line_ending_on_a_comma_is_no_narrow_column() -> None:
    long = "Associate of Science : Aviation Technology and Healthy Technology"
    got = _entries(
        f"Coastline Community College City , State , US {long} Associate of Science,",
        "Aviation Technology and Healthy Technology Coastline Community College,"
        " Fountain Valley, California",
    )
    assert got[0][2] == "Coastline Community College"


@given(st.sampled_from(["École 42", "School 21", "Studio 54 Academy"]))
def test_a_number_in_a_schools_name_keeps_its_row(school: str) -> None:
    got = _entries(f"Peer learning, Web Development, {school}\t2013 – 2016")
    assert got == [("Peer learning, Web Development", None, school)]


def test_a_grade_in_the_left_cell_is_no_row() -> None:
    got = _entries("Online course, GPA 3.8, Coursera\t2018")
    assert ("Online course", None, "Coursera") not in got


@given(
    st.sampled_from(
        [("Programmation", "informatique"), ("Génie", "logiciel"), ("Data", "science")]
    )
)
def test_a_lower_case_word_alone_ends_the_line_above(words: tuple[str, str]) -> None:
    head, tail = words
    got = _entries(f"Degree, {head}", tail, "Epitech", "2013 – 2016")
    # (since round 13 "Degree, X" is the credential "Degree" and its field X)
    assert got == [("Degree", f"{head} {tail}", "Epitech")]


@given(st.sampled_from(["honors", "(expected)", "magna cum laude", "minor in Art"]))
def test_a_remark_under_a_degree_stays_apart(remark: str) -> None:
    got = _entries("B.S. Physics", remark, "Boston University", "2014")
    assert got == [("B.S. Physics", "Physics", "Boston University")]
