"""Education entries of public JSON Resume layouts (issue 14, round 5): one
synthetic test per rule; none reads the public set, which lives outside the
repository."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from gapcheck.parse.degrees import degree_match
from gapcheck.parse.schools import clean_school, school_wraps
from tests.test_parse_education import entries
from tests.test_parse_fields import resume


@given(
    st.sampled_from(["Saint-Petersburg", "Tandon", "Front Range Community"]),
    st.sampled_from(["State University", "School of Engineering", "College"]),
)
def test_a_schools_name_wrapped_onto_the_next_line(head: str, key: str) -> None:
    assert school_wraps(f"Specialist degree, Mechanics Faculty, {head}", key)


@given(st.sampled_from(["Computer Science", "Bachelor of Science", "Dallas TX"]))
def test_no_wrap_after_a_field_a_degree_or_a_place(head: str) -> None:
    assert not school_wraps(f"Master of Science, {head}", "University of Texas")


def test_the_wrapped_name_is_read_whole() -> None:
    got = entries(
        "Specialist degree, Mathematics and Mechanics Faculty, Saint-Petersburg\n"
        "State University\t2006 – 2012\n"
    )
    assert got[0][1] == "Saint-Petersburg State University"


def test_an_acronym_and_one_of_its_schools() -> None:
    assert clean_school("NYU Tandon School of Engineering") == (
        "NYU Tandon School of Engineering"
    )
    assert clean_school("KIMS University Karnataka University") == "KIMS University"


def test_a_certificate_of_completion_has_no_field() -> None:
    got = entries(
        "Certificate of Completion, Front-End Development and Quality Assurance\n"
        "Year Up\n2016 – 2017\n"
    )
    assert got == [("Certificate of Completion", "Year Up")]


def test_with_no_school_word_the_last_part_names_the_school() -> None:
    got = entries(
        "BA Philosophy, BS Mathematics, Philosophy & Mathematics, UC Santa Barbara\t"
        "2010 – 2014\n"
    )
    assert got[0][1] == "UC Santa Barbara"


def test_a_place_after_the_school_keeps_the_first_part() -> None:
    got = entries("2009 – 2012 PhD in Computer Science, CalTech, Pasadena, USA\n")
    assert got == [("PhD in Computer Science", "CalTech")]


def test_a_course_after_certificate_of_completion_is_its_field() -> None:
    r = resume(
        "ACCOUNTANT\nEducation\nCertificate of Completion -MSCE Prep Course 2003 New "
        "Wave Technology\n"
    )
    assert [(e.field, e.institution) for e in r.education] == [
        ("MSCE Prep Course", "New Wave Technology")
    ]


@given(st.sampled_from(["and", "&", "of", "for", "in"]))
def test_a_line_that_opens_with_a_joining_word_goes_on(word: str) -> None:
    got = entries(
        f"Certificate of Completion, Front-End Development\n{word} Quality Assurance\n"
        "Year Up\n2016 – 2017\n"
    )
    assert got == [("Certificate of Completion", "Year Up")]


def test_a_school_before_a_degree_whose_school_is_after_it() -> None:
    got = entries(
        "Incomplete, Applied Mathematics\nUniversity of Colorado Denver\n2012 – 2013\n"
        "Associates of Science, Sciences\nFront Range Community College\n2011 – 2013\n"
    )
    assert ("Associates of Science", "Front Range Community College") in got
    assert any(school == "University of Colorado Denver" for _, school in got)


def test_a_specialist_degree_is_a_degree_and_a_specialist_a_job() -> None:
    assert degree_match("Specialist degree, Mathematics") is not None
    assert degree_match("Ed.S. in Educational Leadership") is not None
    assert degree_match("Patient Education Specialist") is None
    assert degree_match("IT Specialist") is None


def test_a_campus_after_the_school_on_a_line_of_its_own() -> None:
    got = entries(
        "B.S. and M.S. in Computer Science\nUniversity of California, San Diego\n"
        "2016 – 2021\n"
    )
    assert got[0][1] == "University of California, San Diego"


def test_a_field_part_yields_to_a_name_line_below() -> None:
    got = entries(
        "BA Philosophy, BS Mathematics, Philosophy & Mathematics\nUC Santa Barbara\n"
        "2010 – 2014\n"
    )
    assert got[0][1] == "UC Santa Barbara"
    # with no name line below, a name ending on a field word still is the school
    one = entries(
        "Certificate of Completion -MSCE Prep Course 2003 New Wave Technology"
    )
    assert one[0][1] == "New Wave Technology"


def test_a_left_cell_wrapped_beside_its_dates() -> None:
    got = entries(
        "BA Philosophy, BS Mathematics, Philosophy & Mathematics, UC Santa\n"
        "Barbara\t2010 – 2014\n"
    )
    assert got[0][1] == "UC Santa Barbara"
    # a field ends the line: the next line's name is not its wrap
    two = entries(
        "Bachelor of Science, Computer Science\nStanford University\t2010 – 2014"
    )
    assert two[0][1] == "Stanford University"
