"""Round 10 rules for real resumes of other producers (issue 14): synthetic tests,
none reading a real file. Each was found on the work halves of
``/work/extra/resumes_public3`` and ``resumes_public4`` and is stated in general
terms; each test fails without its rule."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tests.test_parse_role_headers_r9 import _NARROW
from tests.test_parse_roles import roles

_BULLET = "• Kept the shelves stocked and the aisles clear for the morning\n"


@given(st.sampled_from(["Y. Hata & Co., Ltd. / ChefZone", "J. Crew Group & Sons"]))
def test_a_capital_initial_in_an_organisation_ends_no_sentence(org: str) -> None:
    got = roles(
        f"Sales Advisor, Advantage Solutions\tApr 2024 – Aug 2024\n{_BULLET}"
        f"Night Stock Clerk, {org}\t2021 – 2022\n{_BULLET}"
    )
    assert ("Night Stock Clerk", org, "2021-01", "2022-12") in got


@given(st.sampled_from(["Freelance", "Self-employed", "Independent"]))
def test_working_on_ones_own_account_ends_the_header_as_its_organisation(
    own: str,
) -> None:
    got = roles(f"Web Application Developer, {own}\tMar 2015 – Present\n{_BULLET}")
    assert got == [("Web Application Developer", own, "2015-03", "now")]


def test_how_a_job_was_held_stays_with_its_title_before_an_organisation() -> None:
    got = roles(f"Designer | Freelance, Acme Studio\tMar 2015 – Present\n{_BULLET}")
    assert got == [("Designer | Freelance", "Acme Studio", "2015-03", "now")]


@given(
    st.sampled_from(
        [
            ("EEMI", "École Européenne des Métiers de l'Internet"),
            ("Audacious Inquiry", "A PointClickCare Company"),
            ("Electronic Arts", "EA Sports DevOps"),
        ]
    )
)
def test_a_dash_after_the_organisation_goes_on_naming_it(org: tuple[str, str]) -> None:
    name, more = org
    got = roles(f"Technical Lead, {name} - {more}\tMar 2015 – Present\n{_BULLET}")
    assert got == [("Technical Lead", f"{name} - {more}", "2015-03", "now")]


@given(st.sampled_from(["Mountain View, CA", "Contract", "Senior Analyst"]))
def test_a_place_a_kind_of_job_or_a_title_after_the_dash_is_not_the_name(
    tail: str,
) -> None:
    got = roles(f"Software Engineer, Google - {tail}\tMar 2015 – Present\n{_BULLET}")
    assert got[0][1] == "Google"


@given(st.sampled_from(["de l'Internet", "of America", "Européenne des Métiers"]))
def test_a_left_cell_wrapped_before_small_words_of_a_name(rest: str) -> None:
    got = roles(
        f"{_NARROW}Programming Teacher, Ecole Superieure des Arts et des Metiers\n"
        f"{rest}\tAug 2015 – Present\n{_NARROW}"
    )
    assert got == [
        ("Programming Teacher",
         f"Ecole Superieure des Arts et des Metiers {rest}", "2015-08", "now")
    ]  # fmt: skip


def _headline(line: str) -> str | None:
    from gapcheck.ingest import read_bytes
    from gapcheck.parse import parse_resume

    text = (
        f"Jane Doe\n{line}\njane@example.org | Boston, MA\n\nEXPERIENCE\n"
        f"Sales Advisor, Advantage Solutions\tApr 2024 – Aug 2024\n{_BULLET}"
    )
    return parse_resume(read_bytes(text.encode(), "r.txt")).headline


@given(
    st.sampled_from(
        [
            "Postdoctoral Researcher, Robotics.",
            "Solutions & Software Architect / Developer / Fixer Of Problems",
            "Developer. Enthusiast. Perfectionist.",
        ]
    )
)
def test_a_headline_written_as_a_list_of_short_pieces(line: str) -> None:
    assert _headline(line) == line


def test_a_headline_of_titles_and_an_acronym_is_whole() -> None:
    line = "Technical Project Manager | Business Analyst | Program Manager | PMO"
    assert _headline(line) == line


def test_a_sentence_under_the_name_is_no_headline() -> None:
    assert _headline("I build reliable data pipelines for growing teams.") is None


def _education(body: str) -> list[tuple[str | None, str | None]]:
    from gapcheck.ingest import read_bytes
    from gapcheck.parse import parse_resume

    text = f"Jane Doe\nScientist\n\nEDUCATION\n{body}"
    got = parse_resume(read_bytes(text.encode(), "r.txt")).education
    return [(e.degree, e.institution) for e in got]


@given(st.sampled_from(["Clermont-Ferrand, France", "Saint-Étienne, France"]))
def test_a_hyphen_inside_a_city_is_no_dash_before_a_place(place: str) -> None:
    got = _education(
        f"M.Sc., Robotics, Université Blaise Pascal, {place}\t2013 – 2014\n"
    )
    assert got == [("M.Sc.", "Université Blaise Pascal")]


def test_a_stacked_school_name_goes_on_after_a_small_word() -> None:
    got = _education(
        "PhD, Information Retrieval\nInstitut National des Sciences Appliquées\n"
        "de Lyon\n2007 – 2010\n"
    )
    assert got == [("PhD", "Institut National des Sciences Appliquées de Lyon")]


def _contact(line: str) -> tuple[str | None, str | None]:
    from gapcheck.ingest import read_bytes
    from gapcheck.parse import parse_resume

    text = (
        f"Jose Campos\nScientist\njose@example.org | {line} | https://x.io\n\n"
        f"EXPERIENCE\nResearcher, Astronomical Institute\tOct 2023 – Present\n{_BULLET}"
    )
    got = parse_resume(read_bytes(text.encode(), "r.txt")).contact
    return got.phone, got.location


@given(st.sampled_from(["(+420) 603 591 439", "(+39) 349 8336238"]))
def test_a_country_code_in_brackets_is_part_of_the_phone(phone: str) -> None:
    assert _contact(phone)[0] == phone


@given(st.sampled_from(["Ondřejov, Czech Republic", "Łódź, Poland", "München, Bayern"]))
def test_a_place_written_in_any_latin_script(place: str) -> None:
    assert _contact(place)[1] == place


@given(st.sampled_from(["in", "by", "during"]))
def test_a_lone_year_after_a_preposition_is_a_sentences_date(word: str) -> None:
    got = roles(
        "Software Developer (Backend), Resulta\t2016 – Present\n"
        "• Took a GraphQL api from concept to production on time to support\n"
        f"new product launch {word} 2018\n"
        "Software Developer (Full-stack), Garvin-Allen Solutions\t2008 – 2016\n"
        f"{_BULLET}"
    )
    assert [g[0] for g in got] == [
        "Software Developer (Backend)",
        "Software Developer (Full-stack)",
    ]


@given(st.sampled_from(["Ashburn, VA", "Honolulu, HI", "La Jolla, California"]))
def test_a_place_under_a_contact_heading_wins_over_a_roles_place(place: str) -> None:
    from gapcheck.ingest import read_bytes
    from gapcheck.parse import parse_resume

    text = (
        "Christina Alchus\nUX & Digital Strategy Executive\n\nExperience\n"
        "Omni Federal\tHerndon, VA\nSenior UX Engineer\t2025 – Present\n"
        f"{_BULLET}\nContact\nchristina@example.org\n{place}\n"
    )
    assert parse_resume(read_bytes(text.encode(), "r.txt")).contact.location == place


@given(st.sampled_from(["Artificial Intelligence", "Corporate Finance"]))
def test_a_field_ending_like_one_does_not_run_on_into_the_school(field: str) -> None:
    got = _education(
        f"MSc, Advanced Informatics - Software Development and {field}\n"
        "University of Piraeus\n2020 – 2022\n"
    )
    assert got == [("MSc", "University of Piraeus")]


@given(
    st.sampled_from(
        [
            ("Institute of Physics", "Karl-Franzens University of Graz"),
            ("School of Engineering", "Stanford University"),
            ("Department of History", "Universidad de Colombia"),
        ]
    )
)
def test_a_schools_unit_named_before_it_is_not_the_school(
    names: tuple[str, str],
) -> None:
    unit, school = names
    assert _education(f"PhD, {unit}, {school}\t2017 – 2023\n") == [("PhD", school)]


def test_a_school_named_like_a_unit_alone_is_the_school() -> None:
    assert _education("BA, School of Visual Arts\t2005 – 2009\n") == [
        ("BA", "School of Visual Arts")
    ]


def _section_names(body: str) -> list[str]:
    from gapcheck.ingest import read_bytes
    from gapcheck.parse import parse_resume

    text = f"Jane Doe\nEngineer\n\n{body}"
    got = parse_resume(read_bytes(text.encode(), "r.txt")).sections
    return [s.name for s in got if s.text.strip()]


@given(st.sampled_from(["Open Source", "Projects", "Certifications"]))
def test_a_labelled_list_row_under_a_skills_heading_stays_in_skills(
    label: str,
) -> None:
    got = _section_names(
        f"TECHNICAL SKILLS\n{label}: Rocky Linux Infra Lead, Fedora / EPEL "
        "Contributor, Release Engineering\nProgramming: Python, Bash, Golang\n"
    )
    assert got == ["contact", "skills"]


def test_spoken_languages_under_skills_still_open_their_section() -> None:
    got = _section_names(
        "SKILLS\nPython, Bash, Golang\nLanguages: English, French, Spanish\n"
    )
    assert got == ["contact", "skills", "languages"]
