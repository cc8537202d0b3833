"""Education entries wrapped in narrow columns and glued by HTML exports (issue 14,
round 8): one synthetic test per rule, none reading a real file."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gapcheck.parse.degree_text import degree_at, unglue_degree_words
from gapcheck.parse.degrees import degree_match
from gapcheck.parse.education import find_education
from gapcheck.parse.schools import clean_school, school_in
from gapcheck.parse.sections import Line
from gapcheck.records import Education
from tests.test_parse_education import entries


def test_a_school_keyword_glued_to_the_word_before() -> None:
    assert unglue_degree_words("Colorado TechnicalUniversity") == (
        "Colorado Technical University"
    )
    assert unglue_degree_words("Preschool Teacher") == "Preschool Teacher"


def test_a_cell_wrapped_beside_its_dates_goes_on_after_a_comma() -> None:
    got = entries(
        "Certificate of Completion, Front-End Development and Quality\n"
        "Assurance, Year Up\t2016 – 2017\n"
    )
    assert got == [("Certificate of Completion", "Year Up")]


def test_lines_wrapped_in_a_narrow_sidebar_are_one_entry_line() -> None:
    got = entries(
        "Master of Science, Machine\nLearning & Artificial\nIntelligence\n"
        "NYU Tandon School of\nEngineering\n2023 – 2025\n\n"
        "B.S. and M.S. in Computer\nScience\nUniversity of California, San\nDiego\n"
        "2016 – 2021\n"
    )
    assert got[0] == ("Master of Science", "NYU Tandon School of Engineering")
    assert got[1][1] == "University of California, San Diego"


def test_a_short_line_before_a_name_is_no_wrap() -> None:
    # the degree line ends well before the column's edge: "UC Santa Barbara" is
    # the school's own line, not the rest of the degree's
    got = entries(
        "Master of Science, Machine\nLearning & Artificial\nIntelligence\n"
        "NYU Tandon School of\nEngineering\n2023 – 2025\n"
        "BA Philosophy, BS\nMathematics, Philosophy &\nMathematics\nUC Santa Barbara\n"
        "2010 – 2014\n"
    )
    assert got[1][1] == "UC Santa Barbara"


def test_a_wide_section_is_not_a_narrow_column() -> None:
    got = entries("Bachelor of Arts, Economics\nUC Berkeley\n2015\n")
    assert [school for _, school in got] == ["UC Berkeley"]


def test_a_double_degree_is_one_entrys_degree() -> None:
    got = entries("BA Philosophy, BS Mathematics, UC Santa Barbara\t2010 – 2014\n")
    assert got == [("BA Philosophy, BS Mathematics", "UC Santa Barbara")]


@pytest.mark.parametrize(
    ("line", "school"),
    [
        ("Master, Université de Strasbourg", "Université de Strasbourg"),
        ("M.Sc. Informatik, Technische Universität München", None),
        ("Laurea, Politecnico di Milano", "Politecnico di Milano"),
        ("B.Sc. Physics, Universidade de São Paulo", "Universidade de São Paulo"),
        ("Diplom, Hochschule München", "Hochschule München"),
        ("Ingénieur, École Polytechnique", "École Polytechnique"),
        ("Master of Science, Universität Hamburg", "Universität Hamburg"),
    ],
)
def test_schools_named_in_other_languages(line: str, school: str | None) -> None:
    want = school or line.split(", ", 1)[1]
    assert school_in(line) is not None
    start, end = school_in(line) or (0, 0)
    assert line[start:end] == want


def test_a_school_word_before_the_year_is_no_month() -> None:
    assert clean_school("Boston College 2014") == "Boston College"
    assert clean_school("CALIFORNIA STATE UNIVERSITY May") == (
        "CALIFORNIA STATE UNIVERSITY"
    )


@pytest.mark.parametrize("text", ["A.B. Dick copier repair", "Remote, 9-5 MST"])
def test_initials_and_time_zones_are_no_degree(text: str) -> None:
    assert degree_match(text) is None


def test_a_school_after_an_entrys_own_school_and_dates_is_another_entry() -> None:
    got = entries(
        "Bachelor, Computer Science\nFoo University\n2010 – 2014\n"
        "Computer Science\nBar University\n2008 – 2010\n"
    )
    assert [school for _, school in got] == ["Foo University", "Bar University"]


def test_a_school_named_keyword_first_does_not_wrap_onto_the_line_above() -> None:
    got = entries(
        "Licence, Informatique\nUniversité Paris-Saclay\n2012 – 2015\n"
        "Master, Informatique\nUniversité de Strasbourg\n2015 – 2017\n"
    )
    assert [school for _, school in got] == [
        "Université Paris-Saclay",
        "Université de Strasbourg",
    ]


def test_the_last_line_over_the_dates_is_the_schools_own() -> None:
    got = entries(
        "M.Sc., Computer Science\nTU Delft\n2015 – 2017\n"
        "B.Sc., Computer Science\nKTH\n2012 – 2015\n"
    )
    assert got == [("M.Sc.", "TU Delft"), ("B.Sc.", "KTH")]


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("BSEE, Purdue University", "bachelor"),
        ("MSCS, Georgia Institute of Technology", "master"),
        ("Diplom-Informatiker, Universität Karlsruhe", "master"),
        ("Laurea Magistrale in Ingegneria, Politecnico di Milano", "master"),
        ("Juris Doctor, Yale Law School", "doctorate"),
        ("General Educational Development, 2009", "high school"),
        ("Licenciatura en Informática", "bachelor"),
        ("Ingeniería de Sistemas", "bachelor"),
        ("Máster en Big Data", "master"),
        ("Doutorado em Física", "doctorate"),
        ("Abitur", "high school"),
        ("Front-End Nanodegree", "certificate"),
        ("Full Stack Web Development Bootcamp", "certificate"),
    ],
)
def test_more_degrees_and_credentials_are_named(text: str, level: str) -> None:
    """Abbreviations naming the field too, degrees of other countries, bootcamps."""
    hit = degree_at(text)
    assert hit is not None and hit[0] == level and hit[1] == 0


def test_a_unit_ending_on_its_dates_with_no_degree_is_an_entry() -> None:
    got = entries(
        "Online course, Machine Learning\nCoursera\n2018\n"
        "Bachelor, Physics\nFoo University\n2010 – 2014\nGPA: 3.9\n"
    )
    assert sorted(school or "" for _, school in got) == ["Coursera", "Foo University"]


def test_dates_over_their_entries_are_no_units() -> None:
    # the dates open each entry (a form's layout): no unit ends on them
    got = entries("2016\nBachelor of Science : Biology\nFoo University\n2012\nBar\n")
    assert got == [("Bachelor of Science : Biology", "Foo University")]


def test_rows_with_no_degree_are_entries_of_their_own() -> None:
    got = entries(
        "Online course, Machine Learning, Coursera\t2018\n"
        "Bachelor, Physics, Foo University\t2010 – 2014\nHack Reactor\t2019\n"
    )
    assert sorted(got, key=lambda e: e[1] or "") == [
        ("Online course, Machine Learning", "Coursera"),
        ("Bachelor", "Foo University"),
        (None, "Hack Reactor"),
    ]


def test_units_with_no_degree_at_all_are_entries() -> None:
    got = entries("Course, Web Development\nFreeCodeCamp\n2017\nHack Reactor\n2018\n")
    # (since round 13 "Course, X" names the credential "Course", its field apart)
    assert got == [("Course", "FreeCodeCamp"), (None, "Hack Reactor")]


def test_in_units_each_school_is_its_own_units_degrees() -> None:
    got = entries(
        "Caltech\nPh.D. in Physics\n2006 – 2010\nUC Berkeley\nB.A. in Physics\n"
        "2002 – 2006\n"
    )
    assert got == [("Ph.D. in Physics", "Caltech"), ("B.A. in Physics", "UC Berkeley")]


_PIECES = [
    "Bachelor", "of", "Science", ",", "University", "Foo", "\t", "2010 – 2014",
    "GPA: 3.9", "•", "-", "Hack", "Master", "Université", "&", "(", "Present",
    "School", "High", "Diploma", ":", "City , State", "|", "TU", "", "\t2015",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.lists(st.sampled_from(_PIECES), max_size=6).map(" ".join),
        min_size=1,
        max_size=8,
    )
)
def test_any_lines_give_entries_without_an_error(texts: list[str]) -> None:
    """Blank, whitespace-only or punctuation-only lines among wrapped cells and
    rows (main raised IndexError on 2 in 30,000 such sections)."""
    lines = [Line(i, t, 0, len(t)) for i, t in enumerate(texts)]
    assert all(isinstance(e, Education) for e in find_education(lines))
