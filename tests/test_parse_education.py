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


# -- round 4: pairing across lines, names without a school word, places ----------


@given(
    st.sampled_from(["M", "B"]),
    st.sampled_from(["", " "]),
    st.sampled_from(["", "."]),
    st.sampled_from([" : Finance", " in Marketing", " 2010", ""]),
)
def test_dotted_business_degrees(head: str, gap: str, dot: str, tail: str) -> None:
    text = f"{head}.{gap}B.{gap}A{dot}{tail}"
    hit = degree_match(text)
    assert hit is not None and hit[1] == 0
    assert hit[0] == ("master" if head == "M" else "bachelor")


@settings(max_examples=40)
@given(
    st.sampled_from(["MD", "MS", "MA", "BS"]),
    st.integers(min_value=10000, max_value=99999),
    st.sampled_from(["", ","]),
)
def test_a_state_code_before_a_zip_code_is_no_degree(
    code: str, zip_code: int, comma: str
) -> None:
    assert degree_match(f"12 Main Street, Springfield {code}{comma} {zip_code}") is None
    assert degree_match(f"{code} 2010") is not None  # a year is no ZIP code


@pytest.mark.parametrize("school", ["Virginia Tech", "ITT TECH", "Louisiana Tech"])
def test_tech_ends_a_school_name(school: str) -> None:
    assert entries(
        f"{school} 2013 Bachelor of Science : Construction Management City , State"
    ) == [("Bachelor of Science : Construction Management", school)]
    assert school_in("Texas Tech University") == (0, 21)
    assert school_in("Tech Support Specialist") is None


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("University of Auckland Master of Engineering Studies",
         "University of Auckland"),
        ("Riverside College Bachelor of Arts", "Riverside College"),
        ("University of Texas at Austin", "University of Texas at Austin"),
    ],
)  # fmt: skip
def test_a_school_name_ends_before_a_degree(raw: str, clean: str) -> None:
    assert clean_school(raw) == clean


def test_school_lines_before_degrees_across_dates_and_places() -> None:
    got = entries(
        "2004\nPrairie State University-Eastfield\nCity , State Range Science\n"
        "Bachelor of Science\n2001\nLakeview Tribal College\n"
        "City , State Natural Resources\nAssociate of Science\n1992\n"
        "Eastfield High School\nCity , State\nHigh School Diploma"
    )
    assert [s for _, s in got] == [
        "Prairie State University-Eastfield",
        "Lakeview Tribal College",
        "Eastfield High School",
    ]


def test_schools_before_the_first_degree_school_are_entries() -> None:
    got = entries(
        "Harbor College\nCity , State Mathematics Computer Science\n"
        "Westfield Senior High School\nCity , State H.S. Diploma GPA: 3.5"
    )
    assert (None, "Harbor College") in got
    assert ("H.S. Diploma", "Westfield Senior High School") in got


@pytest.mark.parametrize(
    ("line", "school"),
    [
        ("Certification 2016 Ledger Training Center , City , State , United States"
         " Payroll Software", "Ledger Training Center"),
        ("Certification 2011 Tax Desk Block , Denver , CO Tax Course",
         "Tax Desk Block"),
        ("Harbor Job Corps City , State , US Certificate : Office Business",
         "Harbor Job Corps"),
    ],
)  # fmt: skip
def test_a_school_without_a_school_word_next_to_a_place(line: str, school: str) -> None:
    assert [s for _, s in entries(line)] == [school]


def test_a_field_before_the_year_is_no_school() -> None:
    got = entries("Certificate : Payroll 2016 Ledger Group , City , State")
    assert got[0][1] != "Payroll"


def test_a_campus_before_the_dash_to_the_place() -> None:
    for dash in ("-", "–", "ï¼\u200b"):
        got = entries(
            f"Bachelor of Music 2018 Coastal State University, Bayview {dash} City ,"
            " State , USA"
        )
        assert got[0][1] == "Coastal State University, Bayview", dash


def test_a_field_written_before_its_degree() -> None:
    got = entries(
        "Harbour University\nSoftware Engineering Master of Engineering Harbour "
        "University Master of Engineering Studies -Software Engineering"
    )
    assert got[0] == ("Master of Engineering", "Harbour University")


def test_each_degree_line_followed_by_its_school_line() -> None:
    got = entries(
        "AOS : Culinary Arts & Hospitality Management , 1997\n\n"
        "Bayview Culinary Academy - City , State\nHigh School Diploma : 1993\n"
        "Star of the Sea High School - City , State"
    )
    assert [s for _, s in got] == [
        "Bayview Culinary Academy",
        "Star of the Sea High School",
    ]


def test_a_school_line_before_the_degree_after_one_with_its_school() -> None:
    got = entries(
        "May, 2014\nBachelor of science Ridge University - City , State\n2000\n"
        "11400 Oak Drive, Hagerstown MD 21742 Valley Community College\n"
        "Associate of science"
    )
    assert got == [
        ("Bachelor of science", "Ridge University"),
        ("Associate of science", "Valley Community College"),
    ]


def test_a_city_between_a_school_and_its_state_is_cut() -> None:
    got = entries(
        "Medical Billing Certificate: Medical Billing Sep 2007 Harbor College "
        "San Diego, CA (Now Known As Other College)"
    )
    assert got[0][1] == "Harbor College"
    got = entries("Bachelor of Arts 2016 Coastal State University Bayview ï¼ City")
    assert got[0][1] == "Coastal State University Bayview"  # "City" is no state


def test_an_unknown_credential_in_one_line_entries() -> None:
    got = entries(
        "Course , Management Consulting 2008 Lakeside University ï¼\u200b City ,"
        " State\n"
        "MLIS , Library and Information Science 2001 University of Ridgeway ï¼\u200b"
        " City , State\n"
        "MEd , Education 2000 Northfield State University ï¼\u200b City , State"
    )
    assert [s for _, s in got] == [
        "Lakeside University",
        "University of Ridgeway",
        "Northfield State University",
    ]
    assert got[1][0] == "MLIS"
    # a school line with a year but nothing before it is no credential: a school
    # with no degree (round 5: an entry of its own, the first degree naming its own)
    got = entries(
        "2009 Lakeside University\n"
        "MEd , Education 2000 Northfield State University , City , State"
    )
    assert [d for d, _ in got] == [None, "MEd"]
    assert got[0][1] == "Lakeside University"


@pytest.mark.parametrize("degree", ["Associate of Applied Science", "PhD in Physics"])
def test_a_field_after_a_comma_is_no_school_when_a_school_line_follows(
    degree: str,
) -> None:
    got = entries(f"{degree}, Nursing\nHoward Community College, Columbia, MD 2011")
    assert got == [(degree, "Howard Community College")]
    assert entries("PhD in Physics, CalTech") == [("PhD in Physics", "CalTech")]


# Round 5: rules from the unseen fresh / fresh2 (half A) livecareer resumes.


def test_years_grades_remarks_and_the_form_city_end_a_degree() -> None:
    got = entries(
        "Bachelor of Science : Healthcare Information Management 1999 2017 University"
        " of Wisconsin City , State\n\n"
        "CALIFORNIA STATE UNIVERSITY May B.S : Chemistry City Chemistry 3.65\n\n"
        "May, 2000 Hannibal La-Grange University City , State Applied Associates"
        " Degree of Science Respiratory Therapy Graduate as Valedictorian of the class"
    )
    assert got == [
        ("Bachelor of Science : Healthcare Information Management",
         "University of Wisconsin"),
        ("B.S : Chemistry", "CALIFORNIA STATE UNIVERSITY"),
        ("Applied Associates Degree of Science Respiratory Therapy",
         "Hannibal La-Grange University"),
    ]  # fmt: skip


def test_city_of_a_field_is_kept() -> None:
    got = entries("Bachelor of Science : City Planning , 2010 Ball State University")
    assert got[0][0] == "Bachelor of Science : City Planning"


def test_school_before_its_credential_word() -> None:
    assert entries("2011 Villanova University Certificate") == [
        ("Certificate", "Villanova University")
    ]


def test_school_names_ending_in_a_lower_case_field_or_two_school_words() -> None:
    got = entries(
        "B.com Kamaraj College of Arts and science affiliated to a university\n\n"
        "BSc : Human Resource Management University College of the Caribbean – City"
    )
    assert [i for _, i in got] == [
        "Kamaraj College of Arts and science",
        "University College of the Caribbean",
    ]


def test_a_program_word_ends_the_field_before_the_school() -> None:
    got = entries(
        "Diploma : Patisserie and Baking Program California School of Culinary Arts"
    )
    assert got == [
        (
            "Diploma : Patisserie and Baking Program",
            "California School of Culinary Arts",
        )
    ]


def test_schools_without_a_degree_before_one_that_names_its_school() -> None:
    got = entries(
        "May 2011\nTarrant County College\n2009 Northern Arizona University\n2009\n"
        "Bachelor of Arts : International Studies Elon University – City , State"
    )
    assert [i for _, i in got] == [
        "Tarrant County College",
        "Northern Arizona University",
        "Elon University",
    ]


def test_one_entry_per_dated_school_when_no_degree_is_named() -> None:
    got = entries(
        "leadership University of Virginia – City , State , USA\n"
        "Digital Electronics 1981 DeVry Institute of Technology – City , State"
    )
    assert [i for _, i in got] == [
        "University of Virginia",
        "DeVry Institute of Technology",
    ]


def test_a_high_school_name_is_a_school_not_a_degree() -> None:
    got = entries("Select One : General St. Jago High School – City , State , Jamaica")
    assert got == [("Select One : General", "St. Jago High School")]


def test_two_certificates_on_one_line_are_two_entries() -> None:
    got = entries(
        "Charlotte, NC: Web/ IVR Certificate (2008) Central Piedmont Community College"
        " Charlotte, NC: Career Readiness Silver Certificate 2013\n"
        "Goodwill Career Development Center – City , State"
    )
    assert got == [
        ("Web/ IVR Certificate", "Central Piedmont Community College"),
        ("Career Readiness Silver Certificate", "Goodwill Career Development Center"),
    ]


def test_a_concentration_after_a_degree_that_names_its_field() -> None:
    r = resume(
        "ACCOUNTANT\nEducation\nMaster of Social Work Clinical In Progress I was a "
        "student-athlete on a softball scholarship.\n"
    )
    assert [(e.degree, e.field) for e in r.education] == [
        ("Master of Social Work", "Clinical")
    ]


def test_another_school_with_a_field_and_no_degree_word_is_an_entry() -> None:
    r = resume(
        "ACCOUNTANT\nEducation\n1998\n"
        "Master of Education (M.Ed.), Integrated Studies - Cambridge College 1998\n"
        "1986\nPorter and Chester Institute Design Technology - Porter and Chester "
        "Institute 1985-1986\n"
    )
    got = [(e.degree, e.field, e.institution) for e in r.education]
    assert got[-1] == (None, "Design Technology", "Porter and Chester Institute")
    assert got[0][2] == "Cambridge College"


def test_and_joins_names_not_fields_before_a_school() -> None:
    assert school_in("Porter and Chester Institute") == (0, 28)
    text = "Biochemistry and Entrepreneurship University St. Thomas"
    where = school_in(text)
    assert where is not None and text[where[0] : where[1]].startswith(
        "Entrepreneurship"
    )
