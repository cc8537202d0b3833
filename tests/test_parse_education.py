"""Education entries on real layouts: the degree and the school apart on one-row
lines, schools before their degree, wrapped lines, and the held-out floor on real
resumes labelled before the rules were written."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gapcheck.parse.degrees import degree_match
from gapcheck.parse.education import unglue_degree_words
from gapcheck.parse.schools import clean_school, school_in
from tests.test_parse_fields import resume


def entries(text: str) -> list[tuple[str | None, str | None]]:
    r = resume(f"ACCOUNTANT\nEducation\n{text}\n")
    return [(e.degree, e.institution) for e in r.education]


def test_school_glued_after_the_field() -> None:
    assert entries(
        "Associate of Science : Marketing Management Bronx Community College City , "
        "State , USA"
    ) == [("Associate of Science : Marketing Management", "Bronx Community College")]


def test_school_written_before_the_degree() -> None:
    assert entries(
        "HUDSON COUNTY COMMUNITY COLLEGE High School Diploma : Liberal Arts"
    ) == [("High School Diploma : Liberal Arts", "HUDSON COUNTY COMMUNITY COLLEGE")]


def test_degree_named_twice_and_an_abbreviation_in_brackets() -> None:
    got = entries(
        "Embry-Riddle Aeronautical University Bachelor of Science : Technical "
        "Management Bachelor of Science\n\n"
        "Master's of Business Administration (MBA) : General Management UNIVERSITY "
        "OF PHOENIX"
    )
    assert got == [
        ("Bachelor of Science : Technical Management",
         "Embry-Riddle Aeronautical University"),
        ("Master's of Business Administration (MBA) : General Management",
         "UNIVERSITY OF PHOENIX"),
    ]  # fmt: skip


def test_field_written_again_and_a_sentence_after_it() -> None:
    got = entries(
        "Bachelor of the Arts : Psychology and Justice Studies Forensics Psychology "
        "and Justice Studies University of New Hampshire\n\n"
        "Master of Science Degree : Industrial Psychology Continuing education and "
        "training on an on-going basis"
    )
    assert [d for d, _ in got] == [
        "Bachelor of the Arts : Psychology and Justice Studies",
        "Master of Science Degree : Industrial Psychology",
    ]


def test_a_place_before_the_degree_is_not_part_of_it() -> None:
    got = entries(
        "2013 Andhra University College of Engineering , City , State , India "
        "Bachelor of Technology Instrumentation Engineering"
    )
    assert got == [
        ("Bachelor of Technology Instrumentation Engineering",
         "Andhra University College of Engineering"),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("May 2010 UNIVERSITY OF MARYLAND", "UNIVERSITY OF MARYLAND"),
        ("BA TEMPLE UNIVERSITY", "TEMPLE UNIVERSITY"),
        ("KIMS University Karnataka University", "KIMS University"),
        ("Andhra University College of Engineering",
         "Andhra University College of Engineering"),
        ("Franklin University 2014", "Franklin University"),
        ("High School Diploma Flint Central High Flint", "Flint Central High Flint"),
    ],
)  # fmt: skip
def test_school_names_lose_dates_degrees_and_the_parent_university(
    raw: str, clean: str
) -> None:
    assert clean_school(raw) == clean


def test_campus_and_state_university_after_a_comma() -> None:
    got = entries(
        "Bachelor of Science in Computer Science, University of California, Berkeley, "
        "2016\n\nBachelor of Science in Computer Science, State University, Anywhere, "
        "USA, May 2016"
    )
    assert [s for _, s in got] == [
        "University of California, Berkeley",
        "State University",
    ]


def test_glued_degree_words_and_misspellings() -> None:
    assert unglue_degree_words("Associate ofArts : Education") == (
        "Associate of Arts : Education"
    )
    assert unglue_degree_words("Bachelorof Science") == "Bachelor of Science"
    assert unglue_degree_words("Offer inMarketing") == "Offer in Marketing"
    assert degree_match("Bachlor of Science : Sociology") is not None
    assert degree_match("A.A : Liberal Arts") is not None
    assert (
        degree_match("an A.A answer") is None
    )  # only before a colon, as forms write it


def test_a_line_naming_only_a_school_anchors_no_entry() -> None:
    assert entries("High School Diploma : diploma 2007\nLamar High School") == [
        ("High School Diploma : diploma", "Lamar High School")
    ]


def test_school_lines_before_their_degrees() -> None:
    assert entries(
        "Franklin University 2014\nMaster of Business Administration\n"
        "The Ohio State University 2008\nBachelor of Science in Accounting"
    ) == [
        ("Master of Business Administration", "Franklin University"),
        ("Bachelor of Science in Accounting", "The Ohio State University"),
    ]


def test_school_name_wrapped_after_of() -> None:
    got = entries(
        "Bachelor of Technology in Electrical Engineering, Indian Institute of\n"
        "Technology Roorkee, Roorkee, India, 2016"
    )
    assert got == [
        ("Bachelor of Technology in Electrical Engineering",
         "Indian Institute of Technology Roorkee"),
    ]  # fmt: skip


_FIELDS = [
    "Accounting", "Marketing Management", "Business Administration", "Nursing",
    "Psychology and Sociology", "Mechanical Engineering", "Interior Design",
    "Criminal Justice", "Human Resources Management", "Computer Science",
]  # fmt: skip
_SCHOOLS = [
    "Bronx Community College", "Colorado State University", "Troy University",
    "College of Creative Studies", "University of West Georgia",
    "Seton Hall University",
    "Georgia Institute of Technology", "Brookdale Community College",
    "Texas A&M University", "Fashion Institute of Technology",
]  # fmt: skip
_DEGREES = [
    "Bachelor of Science", "Master of Arts", "Associate of Applied Science", "BBA",
    "MBA", "Bachelor's", "Master of Business Administration", "High School Diploma",
]  # fmt: skip


@settings(deadline=None, max_examples=150)
@given(
    st.sampled_from(_DEGREES),
    st.sampled_from(_FIELDS),
    st.sampled_from(_SCHOOLS),
    st.sampled_from([" City , State", ", Austin, TX", "", " 2014"]),
)
def test_any_form_row_splits_degree_and_school(
    degree: str, field: str, school: str, place: str
) -> None:
    """ "Degree : Field School City , State", as HTML exports of a form write it."""
    line = f"{degree} : {field} {school}{place}"
    where = school_in(line, len(degree))
    assert where is not None and line[where[0] : where[1]] == school
    assert entries(line) == [(f"{degree} : {field}", school)]


# -- round 3, education pass: credentials without a degree word, abbreviations,
# remarks run on after a degree, verbs before a school --------------------------


@settings(deadline=None, max_examples=60)
@given(
    st.sampled_from(["diploma", "Diploma", "DIPLOMA", "H.S. Diploma"]),
    st.sampled_from(["Burnsville High School", "David Douglas High School"]),
)
def test_a_diploma_in_any_case_before_a_high_school(word: str, school: str) -> None:
    """ "diploma Burnsville High School": the school's "High School" is where, the
    diploma what."""
    [(degree, institution)] = entries(f"{word} {school}")
    assert (degree, institution) == (word, school)
    level = resume(f"X\nEducation\n{word} {school}\n").education[0].level
    assert level == "high school"


@settings(deadline=None, max_examples=60)
@given(
    st.sampled_from(["Web/ IVR", "Career Readiness Silver", "Computer Office Systems"]),
    st.sampled_from(["Certificate", "Certification", "certificate"]),
    st.sampled_from(_SCHOOLS),
)
def test_a_named_certificate_is_a_credential(name: str, word: str, school: str) -> None:
    """ "Computer Office Information Systems Certificate 2001 Central Piedmont
    Community College": a certificate named by its subject is an entry."""
    r = resume(f"X\nEducation\n{name} {word} 2001 {school}\n")
    assert [(e.degree, e.level, e.institution) for e in r.education] == [
        (f"{name} {word}", "certificate", school)
    ]


def test_a_certificate_after_a_school_keeps_the_school() -> None:
    assert entries("Cambridge College Certificate : Negotiation") == [
        ("Certificate : Negotiation", "Cambridge College")
    ]


def test_abbreviations_of_degrees() -> None:
    assert degree_match("AOS : Culinary Arts")[0] == "associate"  # type: ignore[index]
    assert degree_match("Certification in Medical Coding")[0] == "certificate"  # type: ignore[index]
    assert degree_match("H.S. Diploma")[0] == "high school"  # type: ignore[index]


def test_a_field_and_its_abbreviation_after_the_degree() -> None:
    """ "Master of Arts , Education- M.Ed. 8 2014 Mount St. Joseph University": the
    abbreviation is the same degree, not a second one; the field is kept."""
    r = resume(
        "X\nEducation\nMaster of Arts , Education- M.Ed. 8 2014 Mount St. Joseph "
        "University City , State\n"
    )
    [e] = r.education
    assert (e.degree, e.field, e.institution) == (
        "Master of Arts",
        "Education- M.Ed.",
        "Mount St. Joseph University",
    )


@settings(deadline=None, max_examples=80)
@given(
    st.sampled_from(_DEGREES),
    st.sampled_from(
        [
            "GPA : Graduated with honors.",
            "Magna Cum Laude",
            "Dean's List 2012",
            "In Progress",
            "I was a student-athlete on a softball scholarship.",
        ]
    ),
)
def test_remarks_after_a_degree_are_cut(degree: str, remark: str) -> None:
    assert entries(f"{degree} {remark}")[0][0] == degree


def test_a_field_with_two_lower_case_words_is_kept() -> None:
    assert entries("Bachelor of Arts in English with a minor in history")[0][0] == (
        "Bachelor of Arts in English with a minor in history"
    )


def test_a_field_written_twice_in_a_row_once() -> None:
    assert entries("BBA : Accounting Accounting Prairie View TX")[0][0] == (
        "BBA : Accounting"
    )


@pytest.mark.parametrize("verb", ["Graduated", "Attended", "Graduated from"])
def test_school_names_lose_a_leading_verb(verb: str) -> None:
    assert clean_school(f"{verb} UNM") == "UNM"
    assert clean_school(f"{verb} Ohio State University") == "Ohio State University"


def test_a_date_word_is_no_school() -> None:
    assert entries("Bachelor of Science : Psychology , Current\nLiberty University")[
        0
    ] == ("Bachelor of Science : Psychology", "Liberty University")
