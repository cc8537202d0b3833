"""Round 11 (issue 14), Word-style layouts: synthetic tests, none reading a real
file. Each rule is stated in general terms and each test fails without it."""

from __future__ import annotations

import pytest


def _roles(body: str) -> list[tuple[str | None, str | None]]:
    from gapcheck.ingest import read_bytes
    from gapcheck.parse import parse_resume

    text = f"Kari Nordmann\nDesigner\n\nEXPERIENCE\n{body}"
    got = parse_resume(read_bytes(text.encode(), "r.txt")).roles
    return [(r.title, r.organization) for r in got]


@pytest.mark.parametrize("sep", [" \u2014 ", " \u2013 "])
def test_org_place_line_over_title_and_dates(sep: str) -> None:
    # "Org — Place" over "Title<TAB>dates", no job-title word anywhere: the name on
    # the dates line is the title, the line above names the organisation
    body = (
        f"Fremtind{sep}Oslo, Norge\n"
        "Frontend-utvikler\tMay 2024 \u2013 Present\n"
        f"Vipps{sep}Oslo, Norge\n"
        "Produktdesigner\tJune 2021 \u2013 August 2021\n"
        f"Shortcut{sep}Bergen, Norge\n"
        "Interaksjonsdesigner\tJanuary 2021 \u2013 June 2021\n"
    )
    assert _roles(body) == [
        ("Frontend-utvikler", "Fremtind"),
        ("Produktdesigner", "Vipps"),
        ("Interaksjonsdesigner", "Shortcut"),
    ]


def test_org_comma_place_line_over_title_and_dates() -> None:
    # "Org, Place" in a section of full lines (no cell wrapped at the margin)
    bullet = "- Built and documented the components of a design system for forty teams"
    body = (
        "Fremtind, Oslo, Norge\n"
        "Frontend-utvikler\tMay 2024 \u2013 Present\n"
        f"{bullet}\n"
        "Vipps, Bergen, Norge\n"
        "Produktdesigner\tJune 2021 \u2013 August 2021\n"
        f"{bullet}\n"
    )
    assert _roles(body) == [
        ("Frontend-utvikler", "Fremtind"),
        ("Produktdesigner", "Vipps"),
    ]


@pytest.mark.parametrize(
    "org", ["Scandbook AB", "Fremtind AS", "Reaktor Oy", "Acme S.p.A."]
)
def test_title_comma_org_with_legal_form_over_town(org: str) -> None:
    # "Title, Org AB<TAB>dates" over a town no list of places knows: the legal form
    # says the part after the comma is the organisation, not a team of the title
    body = (
        f"Production Manager, {org}\t2014 \u2013 2018\n"
        "Falun\n"
        "- In charge of production and its staff, quality and procurement\n"
    )
    assert _roles(body) == [("Production Manager", org)]


def test_title_comma_team_over_org_kept() -> None:
    # no legal form: "Title, Team" over the organisation's line, as before
    body = (
        "Software Engineer, Platform\tApr 2021 \u2013 Present\n"
        "Globex\n"
        "- Built the payments platform used by every team of the company\n"
    )
    assert _roles(body) == [("Software Engineer, Platform", "Globex")]


def test_place_line_under_dates_is_no_header_of_the_next_role() -> None:
    # "Title, Org<TAB>dates" / "Oslo, Norge" (no text) / "Title, Org<TAB>dates":
    # the place is the role above's, not the next role's title and organisation
    body = (
        "Interaksjonsdesigner, Fremtind\tApr 2023 \u2013 Apr 2024\n"
        "Oslo, Norge\n"
        "Produktdesigner, NAV\tNov 2021 \u2013 Mar 2023\n"
        "Bergen, Norge\n"
        "Lærerassistent, Kristiania\tAug 2019 \u2013 Jun 2021\n"
        "Oslo, Norge\n"
    )
    assert _roles(body) == [
        ("Interaksjonsdesigner", "Fremtind"),
        ("Produktdesigner", "NAV"),
        ("Lærerassistent", "Kristiania"),
    ]


def test_org_dash_place_line_is_no_wrapped_cell() -> None:
    # a short section (lines of about 40 characters): the "Org — City, Country"
    # line is a header of its own, not a title wrapped beside the next line's cell
    from gapcheck.parse.lines import Line
    from gapcheck.parse.role_lines import join_dangling

    texts = [
        "Fremtind \u2013 Oslo, Norge",
        "Frontend-utvikler\tMay 2024 \u2013 Present",
        "Utvikling av komponenter i Figma",
    ]
    lines = [Line(i, t, 0, len(t)) for i, t in enumerate(texts)]
    assert [ln.text for ln in join_dangling(lines)] == texts


def test_title_dash_team_over_org_dates_kept() -> None:
    # a job-title word on the line above: the parts' reading stands
    got = _roles("Software Engineer \u2014 Platform\nGlobex\tMay 2020 \u2013 Present\n")
    assert got and got[0][0] is not None and "Engineer" in got[0][0]


def _education(body: str) -> list[tuple[str | None, str | None]]:
    from gapcheck.ingest import read_bytes
    from gapcheck.parse import parse_resume

    text = f"Jane Doe\nIT Technician\n\nEDUCATION\n{body}"
    got = parse_resume(read_bytes(text.encode(), "r.txt")).education
    return [(e.degree, e.institution) for e in got]


def test_school_as_one_word_over_what_was_studied() -> None:
    # a sidebar unit with no degree or school word: a one-word name (a brand) over
    # a phrase is the school, the phrase what was studied there
    got = _education(
        "HyperionDev\nFull Stack developer\n2019\n"
        "Udemy\nAngular & Node.js\n2016 - 2018\n"
    )
    assert got == [
        ("Full Stack developer", "HyperionDev"),
        ("Angular & Node.js", "Udemy"),
    ]


def test_phrase_over_one_word_school_kept() -> None:
    # the other order ("what" over "where") is read as before
    got = _education("Web Development Course\nFreeCodeCamp\n2017\n")
    assert got == [("Web Development Course", "FreeCodeCamp")]


def test_legal_form_after_comma_is_no_organisation_of_its_own() -> None:
    # "Title, Org, Inc. (note)<TAB>dates" in a section of "Title, Org<TAB>dates"
    # headers: the legal form goes with the name before it, not a team's end
    body = (
        "Software Engineer, Capital One\tFeb 2019 \u2013 Present\n"
        "- Implemented an emergency caching strategy for a REST API\n"
        "IT Consultant, Quotum Technologies\tSep 2018 \u2013 Present\n"
        "- Trained in MongoDB, Express, React, Angular and Node.js\n"
        "Automation Engineer, Bridgevine, Inc. (acquired by Updater)"
        "\tMar 2017 \u2013 Sep 2018\n"
        "- Helped develop a UI automation test suite\n"
    )
    assert _roles(body)[2] == (
        "Automation Engineer",
        "Bridgevine, Inc. (acquired by Updater)",
    )


@pytest.mark.parametrize(
    "text",
    ["Remote and Mexico City", "Remote / Oslo", "Remote or Lisbon, Portugal"],
)
def test_work_mode_and_place_is_a_location_line(text: str) -> None:
    from gapcheck.parse.role_context import is_location_line

    assert is_location_line(text)


def test_remote_and_town_under_title_comma_org_is_the_place() -> None:
    body = (
        "Python Data Engineer, Credijusto\tFeb 2020 \u2013 Apr 2022\n"
        "Remote and Mexico City\n"
        "- Maintained and developed Loany, a portfolio management system\n"
    )
    assert _roles(body) == [("Python Data Engineer", "Credijusto")]


@pytest.mark.parametrize(
    "text",
    [
        "Remote Sensing Lab",
        "Hybrid and Electric Vehicles",
        "Remote and Distributed Systems",
    ],
)
def test_no_location_line(text: str) -> None:
    from gapcheck.parse.role_context import is_location_line

    assert not is_location_line(text)
