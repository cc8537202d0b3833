"""Resume fields on real layouts (round 13, issue 14): the person's place written
as a town alone among the contact details, a region written with dots, a town
with its small words; role headers whose organisation is in lower case, or has a
sub-unit, or is followed by its place."""

from __future__ import annotations

from datetime import date

from gapcheck.parse import parse_resume
from gapcheck.records import Document

MAIN = "\nEXPERIENCE\nData Analyst, Acme Corp\tJan 2020 – Present\n• Built reports\n"


def _parse(text: str):  # type: ignore[no-untyped-def]
    return parse_resume(Document("r.pdf", "pdf", text), today=date(2026, 12, 1))


def test_a_town_between_the_bars_of_the_contact_line() -> None:
    head = "Jane Roe\nDeveloper\njane@example.com | Lille | https://jane.dev\n"
    assert _parse(head + MAIN).contact.location == "Lille"
    # a link's label is no town
    head = "Jane Roe\nDeveloper\njane@example.com | GitHub | https://jane.dev\n"
    assert _parse(head + MAIN).contact.location is None


def test_a_town_alone_under_the_sidebar_details() -> None:
    side = "Contact\njane@example.com\n+351936565130\nPorto\nhttps://github.com/j\n\n"
    assert _parse(side + "Skills\nSQL\n" + MAIN).contact.location == "Porto"
    # a line under the details that is a heading or a title is no town
    side = "Contact\njane@example.com\nSkills\nSQL\n\n"
    assert _parse(side + MAIN).contact.location is None


def test_a_region_with_dots_and_a_town_with_small_words() -> None:
    head = "Jane Roe\njane@example.com | (985) 789-4698 | Washington, D.C.\n"
    assert _parse(head + MAIN).contact.location == "Washington, D.C."
    head = "Jane Roe\njane@example.com | Ludwigshafen am Rhein, Rheinland-Pfalz\n"
    assert (
        _parse(head + MAIN).contact.location == "Ludwigshafen am Rhein, Rheinland-Pfalz"
    )


def _roles(body: str) -> list[tuple[str | None, str | None]]:
    resume = _parse("Jane Roe\njane@example.com\n\nEXPERIENCE\n" + body)
    return [(r.title, r.organization) for r in resume.roles]


def test_an_organisation_in_lower_case_after_the_title() -> None:
    got = _roles(
        "Lead Web / Software Developer, planetmutlu gmbh & co. kg"
        "\tJul 2015 – Aug 2017\n"
        "• Managed a team\n"
        "Technical Support Engineer, iFAX Solutions, Inc.\tDec 2012 – Oct 2013\n"
        "• Integrated servers\n"
    )
    assert got == [
        ("Lead Web / Software Developer", "planetmutlu gmbh & co. kg"),
        ("Technical Support Engineer", "iFAX Solutions, Inc."),
    ]


def test_titles_joined_by_a_slash_name_the_role() -> None:
    got = _roles("Web Designer/Developer, Student Game Day LLC\tJun 2008 – Dec 2010\n")
    assert got == [("Web Designer/Developer", "Student Game Day LLC")]


def test_a_unit_named_by_its_work_stays_with_its_organisation() -> None:
    got = _roles(
        "CenturyLink Corporation - Network Systems Management"
        "\tMarch 2006 to July 2011\nTechnical Lead\n• Built LDAP\n"
    )
    unit = "CenturyLink Corporation – Network Systems Management"
    assert got == [("Technical Lead", unit)]


def test_a_place_with_remote_after_the_organisation() -> None:
    got = _roles(
        "Staff Software Engineer\t01/2022 – Present\n"
        "Screencastify, Chicago, IL / Remote\n• Built video tools\n"
    )
    assert got == [("Staff Software Engineer", "Screencastify")]


def test_names_with_small_words_and_five_words() -> None:
    for name in ("Alessandro d'Este", "Giovannka Ninoska Antia Oliver Ferrufino"):
        resume = _parse(f"{name}\nAnalista de Operaciones\njane@example.com\n" + MAIN)
        assert resume.contact.name == name
        assert resume.headline == "Analista de Operaciones"
    # five words that are no name: a sentence's small words, a title word
    resume = _parse("Open to Work in Lisbon Now\njane@example.com\n" + MAIN)
    assert resume.contact.name is None


def test_a_headline_of_a_title_and_its_field_between_bars() -> None:
    line = "Associate Director | PPLI Strategy & Pricing"
    assert _parse(f"Jane Roe\n{line}\njane@example.com\n" + MAIN).headline == line
    # a place after the bar is not the headline's
    line = "Associate Director | Lisbon"
    got = _parse(f"Jane Roe\n{line}\njane@example.com\n" + MAIN).headline
    assert got == "Associate Director"


def test_a_headline_listing_occupations() -> None:
    line = "Coder, Datahead, Educator"
    assert _parse(f"Jane Roe\n{line}\njane@example.com\n" + MAIN).headline == line


def test_a_headline_with_at_and_a_state_alone_is_no_name() -> None:
    line = "Senior Software Engineer @ IBM | FullStack JS, Python"
    assert _parse(f"Jane Roe\n{line}\njane@example.com\n" + MAIN).headline == line
    side = "Contact\nCalifornia\nhttps://jane.dev\n\nSkills\nSQL\n\n"
    resume = _parse(side + "Jane K. Roe\nStaff Engineer\n" + MAIN)
    assert resume.contact.name != "California"


def test_a_degree_line_ending_on_honours_is_no_awards_heading() -> None:
    text = (
        "Jane Roe\njane@example.com\n\nEDUCATION\nBachelor, Computer Science Honours\n"
        "McMaster University\n2009 – 2014\n\nHONOURS\nDean's list\n"
    )
    resume = _parse(text)
    assert [(e.degree, e.institution) for e in resume.education] == [
        ("Bachelor", "McMaster University")
    ]
    assert "awards" in [s.name for s in resume.sections]  # the real heading still is


def test_a_one_month_role_laid_out_as_the_ranged_ones() -> None:
    got = _roles(
        "Studenterunderviser i Excel og VBA, Djøf\t2023 – Present\n• Undervisning\n"
        "Kontorassistent, Handwerkskammer Lübeck\tOct 2019\n• Scanning\n"
    )
    assert got[1] == ("Kontorassistent", "Handwerkskammer Lübeck")
    # an achievement with its year in the text is still no role
    got = _roles(
        "Sales Lead, Acme Corp\t2019 – Present\n• Won the Sales Driver Award, FY 2009\n"
    )
    assert len(got) == 1


def test_the_place_of_an_organisation_line_over_the_title() -> None:
    got = _roles(
        "SharkEye Technology Services, LLC – Martinez, CA\n"
        "Tech Support I (MSP)\tJuly 2025 – September 2026\n• Handled tickets\n"
    )
    assert got == [("Tech Support I (MSP)", "SharkEye Technology Services, LLC")]


def test_title_words_in_both_parts_follow_the_sections_order() -> None:
    got = _roles(
        "TED Conferences – New York, NY\n"
        "Senior Backend Engineer\tAugust 2016 – March 2021\n• Built an API\n"
        "Executive Office of the President – Washington, DC\n"
        "IT Project Manager\tApril 2012 – August 2016\n• Managed a suite\n"
    )
    assert got[1] == ("IT Project Manager", "Executive Office of the President")


def test_an_organisations_name_going_on_after_a_dash_with_a_number() -> None:
    got = _roles(
        "Web Mobile Application Developer, Globalmouth - 360 Go Mobile Agency"
        "\tMar 2015 – May 2015\n• Built apps\n"
    )
    assert got == [
        ("Web Mobile Application Developer", "Globalmouth - 360 Go Mobile Agency")
    ]


def test_a_region_wrapped_onto_the_next_line() -> None:
    side = "Contact\njane@example.com\nVancouver, British\nColumbia\n\nSkills\nSQL\n\n"
    resume = _parse("Jane Roe\n" + side + MAIN)
    assert resume.contact.location == "Vancouver, British Columbia"


def test_a_national_number_of_eight_digits_beside_the_email() -> None:
    head = "Jane Roe\njane@example.com | 75871499 | La Paz, Bolivia\n"
    assert _parse(head + MAIN).contact.phone == "75871499"
    head = "Jane Roe\njane@example.com\n75871499\nLa Paz, Bolivia\n"
    assert _parse(head + MAIN).contact.phone == "75871499"
    # a number away from the contact details is no phone
    assert (
        _parse("Jane Roe\njane@example.com\n" + MAIN + "ID 75871499\n").contact.phone
        is None
    )
