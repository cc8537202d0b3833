"""Education entries of real people's resumes printed by Chromium and LibreOffice
(issue 14, round 9): one synthetic test per rule, none reading a real file."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from gapcheck.parse.education import find_education
from gapcheck.parse.sections import Line

_FIELD = st.sampled_from(
    ["Social Computing Informatics", "Applied Mathematics", "Molecular Biology"]
)
_SCHOOL = st.sampled_from(
    ["University of Michigan", "Amsterdam University College", "Boston College"]
)


def _entries(*texts: str) -> list[tuple[str | None, str | None, str | None]]:
    lines = [Line(i, t, 0, 0) for i, t in enumerate(texts)]
    return [(e.degree, e.field, e.institution) for e in find_education(lines)]


@given(_FIELD, _SCHOOL)
def test_a_degrees_field_does_not_wrap_onto_the_school_below(
    field: str, school: str
) -> None:
    got = _entries(f"Bachelor of Arts, {field}", school, "2010 – 2014")
    assert got == [("Bachelor of Arts", field, school)]


@given(st.sampled_from(["Sacramento", "Long Beach", "San Marcos"]))
def test_a_state_university_keeps_its_campus(campus: str) -> None:
    got = _entries(
        f"Master, Software Engineering, California State University, {campus}"
        "\t2008 – 2011"
    )
    assert got == [
        ("Master", "Software Engineering", f"California State University, {campus}")
    ]


def test_a_city_and_country_after_a_state_university_are_a_place() -> None:
    got = _entries("Bachelor of Science, State University, Anywhere, USA, May 2016")
    assert got[0][2] == "State University"


@given(
    st.sampled_from(
        [
            ("California State University", "Long Beach"),
            ("California State Polytechnic", "University-Pomona"),
        ]
    )
)
def test_a_schools_name_wrapped_beside_its_dates_goes_on(
    name: tuple[str, str],
) -> None:
    # the right-hand dates cell wrapped too: the reader moves the whole range to
    # the second line, whose left cell ends the school's name
    got = _entries(
        f"Master of Science, Computer Science, {name[0]}", f"{name[1]}\t2018 – 2019"
    )
    assert got == [("Master of Science", "Computer Science", " ".join(name))]


@given(st.sampled_from(["Data Analytics", "IT Automation with Python", "Project"]))
def test_a_named_certificate_is_a_credential_not_a_heading(name: str) -> None:
    from gapcheck.parse.sections import canonical

    assert canonical(f"{name} Professional Certificate", "resume") is None
    assert canonical("Certificate", "resume") is None  # a name's wrapped end
    assert canonical("Professional Certifications", "resume") == "certifications"
    assert canonical("Certificates", "resume") == "certifications"


def test_certificates_under_education_are_its_entries() -> None:
    from tests.test_parse_fields import resume

    r = resume(
        "KYLE DIXON\nEducation\nData Analytics Professional Certificate\nGoogle\n"
        "2021 – Present\nMachine Learning\nStanford University\n2021\n"
    )
    assert [e.institution for e in r.education] == ["Google", "Stanford University"]


@given(st.sampled_from(["Social Computing Informatics", "Molecular Biology"]))
def test_a_field_wrapped_in_a_sidebar_stays_the_field(field: str) -> None:
    first, rest = field.split(" ", 1)
    got = _entries(
        f"Bachelor of Arts, {first}", rest, "University of Michigan", "2010 – 2014"
    )
    assert got == [("Bachelor of Arts", field, "University of Michigan")]


@given(st.sampled_from(["College", "University", "Institute"]))
def test_a_schools_keyword_alone_ends_the_name_above(word: str) -> None:
    got = _entries(
        "Bachelor, Liberal Arts", "Amsterdam University", word, "2017 – 2020"
    )
    assert got == [("Bachelor", "Liberal Arts", f"Amsterdam University {word}")]


@given(st.sampled_from(["DUT", "BTS"]), st.sampled_from(["Informatique", "SIO"]))
def test_french_two_year_diplomas_are_degrees(kind: str, field: str) -> None:
    got = _entries(f"{kind}, {field}", "Université de Metz", "2014 – 2016")
    assert got == [(kind, field, "Université de Metz")]


def test_a_certificate_wrapped_in_a_sidebar_stays_in_education() -> None:
    from tests.test_parse_fields import resume

    r = resume(
        "KYLE DIXON\nEducation\nData Analytics Professional\nCertificate\nGoogle\n"
        "2021 – Present\nIT Automation with Python\nProfessional Certificate\n"
        "Google\n2021\n"
    )
    assert [s.name for s in r.sections].count("certifications") == 0
    assert len(r.education) == 2


@given(st.sampled_from(["Google", "IBM", "Amazon Web Services"]))
def test_the_issuer_after_a_certificate_named_in_full(issuer: str) -> None:
    got = _entries(f"Data Analytics Professional Certificate, {issuer}\t2021")
    assert got == [("Data Analytics Professional Certificate", None, issuer)]


def test_a_field_after_a_certificate_stays_its_field() -> None:
    got = _entries("Certificate, Project Management\t2019")
    assert got[0][1:] == ("Project Management", None)
