"""Role headers of real people's resumes printed by Chromium and LibreOffice (issue
14, round 9): one synthetic test per rule; none reads the public set, which lives
outside the repository."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from gapcheck.parse.parts import split_parts, title_and_org
from tests.test_parse_roles import roles

_TITLE = st.sampled_from(
    ["Fullstack Engineer", "Software Engineer", "Senior Solution Architect"]
)
_QUALIFIER = st.sampled_from(["PHP/Javascript", "Internal Tools", "Digital eCommerce"])
_ORG = st.sampled_from(["Modus Create", "Salesforce", "Perspectiva.in", "Stone"])
_DASH = st.sampled_from([" - ", " – ", " — "])


@given(_TITLE, _QUALIFIER, _ORG, _DASH)
def test_a_title_qualified_after_a_dash_keeps_its_qualifier(
    title: str, qualifier: str, org: str, dash: str
) -> None:
    got = title_and_org(split_parts(f"{title}{dash}{qualifier}, {org}"))
    assert got == (f"{title}{dash}{qualifier}", org)


@given(_QUALIFIER, _ORG)
def test_a_qualifier_before_the_title_goes_with_it(qualifier: str, org: str) -> None:
    got = title_and_org(split_parts(f"{qualifier} - Software Developer Intern, {org}"))
    assert got == (f"{qualifier} - Software Developer Intern", org)


@given(_TITLE, _ORG)
def test_a_dash_before_the_organisation_and_its_place_still_cuts(
    title: str, org: str
) -> None:
    # "Engineer - Acme, Austin, TX": nothing but a place after the dash piece, so
    # that piece is the organisation
    assert title_and_org(split_parts(f"{title} - {org}, Austin, TX")) == (title, org)


@given(_TITLE, _ORG)
def test_a_dash_between_two_titles_words_is_no_qualifier(title: str, org: str) -> None:
    # both pieces hold a job-title word: titles in a row, not one qualified title
    parts = split_parts(f"{title} - Team Lead, {org}")
    assert parts[:2] == [title, "Team Lead"]


@given(
    st.sampled_from(["Part-time", "Full-time", "Contract", "Freelance", "Stage"]),
    st.sampled_from([" | ", " - ", ", "]),
)
def test_how_a_job_was_held_stays_with_the_title(kind: str, sep: str) -> None:
    title, org = title_and_org(split_parts(f"Web Developer{sep}{kind}, BigInt"))
    assert org == "BigInt"
    assert title is not None and title.startswith("Web Developer") and kind in title


def test_an_employment_word_alone_is_no_title_part() -> None:
    # "Contract" after an organisation is not glued to it: no job title before it
    assert split_parts("Acme Corp | Contract") == ["Acme Corp", "Contract"]


@given(
    st.sampled_from(
        [
            "Développeur web",
            "Ingeniero de Software",
            "Softwareentwickler",
            "Responsable du développement Web",
            "Desenvolvedor Backend",
            "Formateur",
        ]
    ),
    st.sampled_from(["PandaLab SAS", "Epitech", "SoyHuCe"]),
)
def test_job_titles_in_other_languages_are_titles(title: str, org: str) -> None:
    # written organisation first (a LibreOffice layout): the title is still known
    assert title_and_org(split_parts(f"{org}, {title}")) == (title, org)


@given(
    st.sampled_from(["Go/NodeJS/AngularJS", "PHP / Javascript", "Internal Tools"]),
    st.sampled_from(["Stone Pagamentos", "Fidelize", "Perspectiva.in"]),
    st.sampled_from(["Rio de Janeiro", "Remote", "Porto"]),
)
def test_a_qualified_title_on_its_own_line_over_the_organisation(
    qualifier: str, org: str, place: str
) -> None:
    got = roles(
        f"Fullstack Engineer - {qualifier}\n{org} · {place}\n"
        "11/2016 - 07/2017\nEngineered RESTful APIs in Go for the merchant platform.\n"
    )
    assert got == [(f"Fullstack Engineer - {qualifier}", org, "2016-11", "2017-07")]


def test_a_company_after_the_dash_stays_the_organisation() -> None:
    # "Software Engineer - Google" over a place line: no other line names an
    # organisation, so the dash cuts title from organisation as before
    got = roles(
        "Software Engineer - Google\nMountain View, CA\n"
        "11/2016 - 07/2017\nBuilt search features for the ads platform.\n"
    )
    assert got == [("Software Engineer", "Google", "2016-11", "2017-07")]


_BULLETS = (  # a narrow cell: lines wrap at ~55 characters
    "• Built a Typescript Electron client that talks to a\n"
    "C++ server to show real-time 3D simulations in WebGL.\n"
    "• Migrated a large program from jQuery to React and\n"
    "Redux over one year with a team of three developers.\n"
)


@given(
    st.sampled_from(
        [
            ("3D Graphics & Simulation Developer Intern | Vital", "Mechanics"),
            ("Enterprise Digital Technology Architect | Southern", "California Edison"),
            ("Software Developer | Centre for Sustainable Food", "Systems Lab"),
        ]
    )
)
def test_a_barred_header_wrapped_in_a_narrow_cell_is_one_header(
    cut: tuple[str, str],
) -> None:
    got = roles(f"{cut[0]}\n{cut[1]} | Jan 2018 - Apr 2018\n{_BULLETS}")
    title = cut[0].split(" | ")[0]
    org = f"{cut[0].split(' | ')[1]} {cut[1]}"
    assert got == [(title, org, "2018-01", "2018-04")]


def test_a_place_under_a_barred_header_is_no_wrapped_cell() -> None:
    got = roles(
        "Principal Software Engineer | Northwind Logistics Group\n"
        f"Austin, TX | Jan 2018 - Apr 2018\n{_BULLETS}"
    )
    assert got == [
        (
            "Principal Software Engineer",
            "Northwind Logistics Group",
            "2018-01",
            "2018-04",
        )
    ]


@given(
    st.sampled_from(
        [
            ("Institute for Space and Defense Electronics", "Vanderbilt University"),
            ("Center for Data Science", "New York University"),
            ("Payments Lab", "Acme Corp"),
        ]
    )
)
def test_a_unit_and_the_organisation_it_belongs_to(unit: tuple[str, str]) -> None:
    got = title_and_org(split_parts(f"Research Intern, {unit[0]}, {unit[1]}"))
    assert got == ("Research Intern", f"{unit[0]}, {unit[1]}")


def test_a_stacked_header_without_title_words_reads_in_the_sections_order() -> None:
    # "Title" / "Organisation · Place" / "dates", a line each: where job-title
    # words tell the order in other roles, a title with none ("Enterprise Mobile
    # Technology Architecture") is still the line over the organisation
    got = roles(
        "Enterprise Digital Architect\nSouthern California Edison · Rosemead\n"
        "01/2015 - 01/2017\n• Led the digital architecture for 500 web properties.\n\n"
        "Enterprise Mobile Technology Architecture\nSouthern California Edison · "
        "Rosemead\n08/2013 - 01/2015\n• Replaced 60 legacy apps with one framework.\n"
    )
    assert [g[:2] for g in got] == [
        ("Enterprise Digital Architect", "Southern California Edison"),
        ("Enterprise Mobile Technology Architecture", "Southern California Edison"),
    ]


def test_how_a_job_was_held_stays_with_the_title_across_fields() -> None:
    got = roles(
        "Développeur web | Part-time, BigInt\tOct 2017 – Mar 2018\n"
        "Développement web backend en PHP et Go pour une API publique.\n"
    )
    assert got == [("Développeur web | Part-time", "BigInt", "2017-10", "2018-03")]


def test_a_line_after_the_dates_is_no_header_when_one_stands_above() -> None:
    # "Title" / "Organisation" / dates, then (after a blank line) the role's
    # one-line summary: the header is above, the summary is its text
    got = roles(
        "3D Graphics & Simulation Developer Intern\nVital Mechanics\n"
        "01/2018 - 04/2018\n\nSimulates skin for visual effects and prototyping\n\n"
        "• Built a Typescript Electron client for real-time 3D simulations.\n"
    )
    assert got == [
        ("3D Graphics & Simulation Developer Intern", "Vital Mechanics", "2018-01",
         "2018-04")
    ]  # fmt: skip


@given(
    st.sampled_from(["bitcrowd", "backstitch · Detroit, MI", "npm"]),
    st.sampled_from(["Software Engineer", "Software Development Intern"]),
)
def test_an_organisation_named_in_lower_case_under_the_title(
    org: str, title: str
) -> None:
    got = roles(
        f"{title}\n{org}\n01/2015 - 10/2016\n\nBuilt applications for customers of "
        "every size, in Ruby and Elixir, working in a team of six.\n"
    )
    assert got == [(title, org.split(" · ")[0], "2015-01", "2016-10")]


def test_a_wrapped_sentence_end_is_no_lower_case_organisation() -> None:
    # the end of the last role's text over a new role's dates stays text
    got = roles(
        "Software Engineer, Acme Corp\t2012 - 2014\nMaintained the billing systems "
        "of the company\nin production\nData Engineer, Initech LLC\t2014 - 2016\n"
    )
    assert [g[:2] for g in got] == [
        ("Software Engineer", "Acme Corp"),
        ("Data Engineer", "Initech LLC"),
    ]


_NARROW = (
    "• Replaced 60 legacy apps by developing a mobile architecture\n"
    "• Saved $400K a year by moving off the Blackberry server fleet\n"
)


def test_a_left_cell_wrapped_beside_its_dates_is_one_header() -> None:
    # the reader moved the wrapped range whole onto the second line
    got = roles(
        f"{_NARROW}Enterprise Automation Technology Architect, Southern California\n"
        f"Edison\tJan 2017 – Present\n{_NARROW}"
    )
    assert got == [
        ("Enterprise Automation Technology Architect", "Southern California Edison",
         "2017-01", "now")
    ]  # fmt: skip


def test_a_bullets_wrapped_end_over_a_title_and_dates_stays_text() -> None:
    got = roles(
        "Senior Software Engineer\tJan 2023 - Present\nStripe • San Francisco, CA\n"
        "• Mentored 3 junior engineers and established code review standards\n"
        "across payments platform team, ensuring clean, testable code practices\n"
        "Software Engineer\tJun 2021 - Dec 2022\nFigma • San Francisco, CA\n"
    )
    assert [g[:2] for g in got] == [
        ("Senior Software Engineer", "Stripe"),
        ("Software Engineer", "Figma"),
    ]
