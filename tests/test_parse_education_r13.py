"""Education entries as render_resumes.py lays them out (issue 14, round 13): one
synthetic test per rule, none reading a real file."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from gapcheck.parse.degree_text import degree_at
from gapcheck.parse.education import find_education
from gapcheck.parse.sections import Line, canonical

_DEGREES = st.sampled_from(
    ["Bachelor of Science", "Master", "BSc", "Associates", "DEA", "Degree"]
)
_FIELDS = st.sampled_from(["Biology", "Computer Science", "Informatique"])
_SCHOOLS = st.sampled_from(
    ["McMaster University", "Polotsk State University", "Universidad de Colombia"]
)


def _entries(*texts: str) -> list[tuple[str | None, str | None, str | None]]:
    lines = [Line(i, t, 0, 0) for i, t in enumerate(texts)]
    return [(e.degree, e.field, e.institution) for e in find_education(lines)]


@given(
    st.sampled_from(["The University of Texas", "University of Maryland"]),
    st.sampled_from(["San Antonio", "College Park", "Austin"]),
    _FIELDS,
)
def test_a_schools_campus_after_at_stays_in_its_name(
    school: str, campus: str, field: str
) -> None:
    got = _entries(f"Bachelor of Science, {field}, {school} at {campus}\t2011 – 2015")
    assert [g[2] for g in got] == [f"{school} at {campus}"]


def test_a_degree_at_a_school_is_still_cut_there() -> None:
    got = _entries("BS in Biology at Rice University\t2011 – 2015")
    assert [g[2] for g in got] == ["Rice University"]


@given(st.sampled_from(["and Telecommunications", "& Multimedia", "of Things"]))
def test_a_stacked_line_opening_in_lower_case_goes_on(tail: str) -> None:
    got = _entries(
        "Master, Networks", "2001 – 2003",  # a second unit: the layout is stacked
        "Master Degree in Networks", tail, "Telecom Lille", "2005 – 2011",
    )  # fmt: skip
    assert got[1][0] == f"Master Degree in Networks {tail}"
    assert got[1][2] == "Telecom Lille"


@given(st.sampled_from(["Honours", "Honors"]))
def test_a_degree_line_ending_on_honours_opens_no_awards_section(word: str) -> None:
    assert canonical(f"Bachelor, Computer Science {word}", "resume") is None
    assert canonical(f"{word} and Awards", "resume") == "awards"
    assert canonical(f"Awards, {word}", "resume") == "awards"


@given(
    st.sampled_from(
        [
            ("Associates", "associate"),
            ("Licence", "bachelor"),
            ("DEA", "master"),
            ("PGDip", "certificate"),
            ("VWO", "high school"),
            ("Bacalaureat", "high school"),
            ("Higher Education", ""),
            ("Degree", ""),
            ("Course", ""),
            ("Exchange program", ""),
            ("Study Abroad Program", ""),
            ("Professional Development", ""),
        ]
    ),
    st.sampled_from(["A Levels", "Computer Science", "Économie"]),
)
def test_a_credential_the_lists_leave_out_is_named_where_it_opens(
    credential: tuple[str, str], field: str
) -> None:
    name, level = credential
    hit = degree_at(f"{name}, {field}")
    assert hit is not None and hit[1:] == (0, len(name))
    if field == "A Levels" and not level:  # the level of the credential named after
        level = "high school"
    assert hit[0] == level


def test_a_french_licence_is_named_before_its_field() -> None:
    assert degree_at("Licence en marketing") == ("bachelor", 0, len("Licence"))


@given(st.sampled_from(["Coursework: Algorithms", "Higher Education", "Course"]))
def test_a_list_of_courses_or_a_word_alone_is_no_credential(text: str) -> None:
    assert degree_at(text) is None


@given(
    st.sampled_from(["VWO", "Degree", "BSc"]),
    st.sampled_from(["Mollerlyceum Bergen op Zoom", "UNED", "Brooke Weston"]),
)
def test_a_name_after_a_degree_with_nothing_else_is_its_school(
    degree: str, school: str
) -> None:
    assert _entries(f"{degree}, {school}\t2000 – 2006") == [(degree, None, school)]


@given(st.sampled_from(["Musicology", "Computer Science & Engineering", "Economics"]))
def test_a_field_after_a_degree_stays_the_field(field: str) -> None:
    assert _entries(f"BA, {field}\t2000 – 2006") == [("BA", field, None)]


@given(_DEGREES, _FIELDS, _SCHOOLS, _DEGREES, _FIELDS, _SCHOOLS, st.booleans())
def test_an_undated_entry_stacked_before_a_dated_one_is_its_own(
    d1: str, f1: str, s1: str, d2: str, f2: str, s2: str, school_first: bool
) -> None:
    first, second = [f"{d1}, {f1}", s1], [f"{d2}, {f2}", s2]
    if school_first:
        first, second = first[::-1], second[::-1]
    got = _entries(*first, *second, "2005 – 2009")
    assert [(g[0], g[2]) for g in got] == [(d1, s1), (d2, s2)]


@given(_DEGREES, _FIELDS, _SCHOOLS, _DEGREES, _FIELDS, _SCHOOLS)
def test_an_undated_school_row_among_dated_rows_is_its_own_entry(
    d1: str, f1: str, s1: str, d2: str, f2: str, s2: str
) -> None:
    got = _entries(s1, f"{d1}, {f1}", f"{s2}\t2005 – 2009", f"{d2}, {f2}")
    assert [(g[0], g[2]) for g in got] == [(d1, s1), (d2, s2)]


@given(
    st.sampled_from(
        [("Polotsk State", "University"), ("University of Maryland", "at College Park")]
    ),
    _DEGREES,
    _FIELDS,
)
def test_a_wrapped_school_of_a_stacked_entry_stays_whole(
    school: tuple[str, str], degree: str, field: str
) -> None:
    got = _entries(
        "McMaster University", "Master, Biology",  # an undated entry above
        *school, f"{degree}, {field}", "2005 – 2009",
    )  # fmt: skip
    assert [(g[0], g[2]) for g in got] == [
        ("Master", "McMaster University"),
        (degree, " ".join(school)),
    ]


def test_a_lower_case_degree_under_a_school_is_no_part_of_its_name() -> None:
    got = _entries(
        "Københavns Universitet", "ba.polit. / cand.polit.", "Økonomi", "2021 – 2024",
        "Handelsgymnasiet Lolland-Falster", "HHX", "Økonomi", "2018 – 2021",
    )  # fmt: skip
    assert [g[2] for g in got] == [
        "Københavns Universitet",
        "Handelsgymnasiet Lolland-Falster",
    ]


@given(st.sampled_from(["A Levels", "GCSEs"]), _SCHOOLS)
def test_the_credential_a_line_opens_on_is_the_entrys(then: str, school: str) -> None:
    got = _entries(f"Higher Education, {then}, {school}\t2008 – 2010")
    assert got[0][0] is not None and got[0][0].startswith("Higher Education")
    assert got[0][2] == school


@given(
    st.sampled_from(["Bachelor of Science in", "Master of Engineering in", "BA in"]),
    st.sampled_from(["Mathematics", "Electrical"]),
    st.sampled_from(["Physics and Chemistry", "Electronic & Communication"]),
)
def test_a_list_of_fields_after_in_goes_on_past_its_comma(
    degree: str, first: str, rest: str
) -> None:
    got = _entries(f"{degree} {first}, {rest}, University of Leeds\t2004 – 2008")
    assert got == [
        (f"{degree} {first}, {rest}", f"{first}, {rest}", "University of Leeds")
    ]


def test_a_school_named_with_and_after_the_comma_stays_the_school() -> None:
    got = _entries("BS in Biology, Johnson and Wales University\t2004 – 2008")
    assert got == [("BS in Biology", "Biology", "Johnson and Wales University")]


@given(
    st.sampled_from(["Certificate of Completion", "Master of Science"]),
    st.sampled_from(["Front-End Development and Quality Assurance", "Data & AI"]),
)
def test_a_degree_naming_no_field_takes_no_list_after_its_comma(
    degree: str, field: str
) -> None:
    got = _entries(f"{degree}, {field}, University of Leeds\t2004 – 2008")
    assert got[0][0] == degree
