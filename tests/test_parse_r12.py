"""Resume fields on unseen layouts (round 12, issue 14): a sidebar layout's name
block right over its heading with no blank line between, or under a "Contact"
heading that holds no details."""

from __future__ import annotations

from datetime import date

from gapcheck.parse import parse_resume
from gapcheck.records import Document

MAIN = (
    "Work Experience\n\nOperations Manager\nFaraday\n11/2021 - Present\n"
    "• Documented core processes\n"
)


def _parse(text: str):  # type: ignore[no-untyped-def]
    return parse_resume(Document("r.pdf", "pdf", text), today=date(2026, 12, 1))


def test_name_block_right_over_its_heading() -> None:
    sidebar = "Contact\njane.roe@example.com\nNew York, NY\n\nSkills\nSQL, Python\n\n"
    text = sidebar + "Jane Ann Roe Diaz\nScientist\nProfile\nI study stars.\n" + MAIN
    resume = _parse(text)
    assert resume.contact.name == "Jane Ann Roe Diaz"
    assert resume.headline == "Scientist"
    # not a line of text that happens to look like a name over a heading
    text = sidebar + "I study stars.\nJane Roe\nProfile\nI study stars.\n" + MAIN
    assert _parse(text).contact.name is None


def test_name_block_under_an_empty_contact_heading() -> None:
    sidebar = "Contact\n\nEducation\nB.A., English\nRhodes College\n2012\n\n"
    text = sidebar + "Andrew Roe\nSenior Product Designer\n\nProfile\nI design.\n"
    resume = _parse(text + MAIN)
    assert resume.contact.name == "Andrew Roe"
    assert resume.headline == "Senior Product Designer"
    # no contact heading and no contact details: a name block in the text is no
    # owner's name
    text = "Education\nB.A., English\nRhodes College\n2012\n\n"
    text += "Andrew Roe\nSenior Product Designer\n\nProfile\nI design.\n"
    assert _parse(text + MAIN).contact.name != "Andrew Roe"


def _roles(text: str) -> list[tuple[str | None, str | None]]:
    def same(text: str | None) -> str | None:  # dashes as the parser writes them
        return None if text is None else text.replace("–", "-")

    return [
        (same(r.title), same(r.organization))
        for r in _parse(text).roles
        if r.section == "experience"
    ]


def test_internship_is_the_title_of_a_dashed_header() -> None:
    # "Title<TAB>dates" over "Org, Place": a position named by its kind
    text = (
        "Ann Lee\nann@lee.dev\n\nWork Experience\n"
        "Test Engineer\t08/2014 – 01/2016\nRoche Diagnostics, Berlin, Germany\n"
        "Internship – Ultrasound Technology\t10/2011 – 03/2012\n"
        "JWI-Charité Hospital, Berlin, Germany\n• Studied ultrasound on cells\n"
    )
    assert _roles(text)[1] == (
        "Internship - Ultrasound Technology",
        "JWI-Charité Hospital",
    )


def test_org_line_under_a_dashed_title_over_the_next_role() -> None:
    text = (
        "Ann Lee\nann@lee.dev\n\nWork Experience\n"
        "Test Engineer\t08/2014 – 01/2016\nRoche Diagnostics, Berlin, Germany\n"
        "Engineer Quality - System Integration\t01/2013 – 06/2014\n"
        "Roche Diagnostics, Rotkreuz, Switzerland\n"
        "Development Engineer\t08/2012 – 11/2012\n"
        "ITK-Engineering AG, Herxheim, Germany\n"
    )
    assert _roles(text) == [
        ("Test Engineer", "Roche Diagnostics"),
        ("Engineer Quality - System Integration", "Roche Diagnostics"),
        ("Development Engineer", "ITK-Engineering AG"),
    ]


def test_org_place_over_each_dates_line_keeps_its_order() -> None:
    # "Org – Place" over "Title<TAB>dates": the next role's organisation line
    # under a dates line is not this role's
    text = (
        "Ann Lee\nann@lee.dev\n\nPROFESSIONAL EXPERIENCE\n"
        "Roche Diagnostics – Rotkreuz, Switzerland\n"
        "Engineer Quality - System Integration\tJanuary 2013 – June 2014\n"
        "ITK-Engineering AG – Herxheim, Germany\n"
        "Development Engineer\tAugust 2012 – November 2012\n"
        "JWI-Charité Hospital – Berlin, Germany\n"
        "Internship – Ultrasound Technology\tOctober 2011 – March 2012\n"
        "• Studied ultrasound on cells\n"
    )
    assert _roles(text) == [
        ("Engineer Quality - System Integration", "Roche Diagnostics"),
        ("Development Engineer", "ITK-Engineering AG"),
        ("Internship - Ultrasound Technology", "JWI-Charité Hospital"),
    ]


def test_wrapped_end_of_a_bullet_is_no_organisation() -> None:
    # "bank and microbiology" ends a bullet: lower case and a joining word, though
    # "bank" names a kind of organisation
    text = (
        "Ann Lee\nann@lee.dev\n\nWork Experience\n"
        "Senior Validation Engineer\t01/2016 – 10/2016\n"
        "Roche Diagnostics, Berlin, Germany\n"
        "• Test manager for a laboratory information system for blood\n"
        "bank and microbiology\n"
        "Test Engineer\t08/2014 – 01/2016\nRoche Diagnostics, Berlin, Germany\n"
        "Development Engineer\t08/2012 – 11/2012\n"
        "ITK-Engineering AG, Herxheim, Germany\n"
    )
    assert [org for _, org in _roles(text)] == [
        "Roche Diagnostics",
        "Roche Diagnostics",
        "ITK-Engineering AG",
    ]


def test_a_number_before_a_tab_is_no_day() -> None:
    from gapcheck.parse.dates import find_span

    span = find_span("Assistante Commerciale, Century 21\tMay 2013 – Feb 2017")
    assert span is not None and span.text == "May 2013 – Feb 2017"
    span = find_span("21 May 2013 – 3 Feb 2017")
    assert span is not None and span.text.startswith("21 May")
    text = (
        "Ann Lee\nann@lee.dev\n\nEXPERIENCE\n"
        "Conseillère Location, Century 21\tMay 2013 – Feb 2017\n• Baux\n"
    )
    assert _roles(text) == [("Conseillère Location", "Century 21")]


def test_the_role_befores_remote_place_is_not_the_next_header() -> None:
    text = (
        "Ann Lee\nann@lee.dev\n\nEXPERIENCE\n"
        "Senior Software Engineer, NGENIX\tJun 2023 – Present\n"
        "Moscow, Russia (remote)\n"
        "Lead Software Engineer, M.Video-Eldorado\tDec 2021 – Sep 2022\n"
        "Moscow, Russia (remote)\n• Built services\n"
    )
    assert _roles(text) == [
        ("Senior Software Engineer", "NGENIX"),
        ("Lead Software Engineer", "M.Video-Eldorado"),
    ]


def _education(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(e.degree, e.field, e.institution) for e in _parse(text).education]


HEAD = "Ann Lee\nann@lee.dev\n\nEXPERIENCE\nEngineer, Acme\t2019 – 2021\n• Built\n\n"


def test_education_table_rows_in_the_section_order() -> None:
    for sep in ("\t", " | "):
        rows = [
            ["2018 – 2021", "Bachelor, Information Technology", "Kristiania"],
            ["2016 – 2017", "Årsenhet, Media Studies", "Høgskulen i Volda"],
            ["Present", "Web programming (30 ECTS)", "Blekinge Institute"],
        ]
        body = "\n\n".join(sep.join(r) for r in rows)
        got = _education(HEAD + "EDUCATION\n" + body + "\n")
        assert got == [
            ("Bachelor", "Information Technology", "Kristiania"),
            ("Årsenhet", "Media Studies", "Høgskulen i Volda"),
            ("Web programming (30 ECTS)", None, "Blekinge Institute"),
        ]


def test_education_table_rows_need_a_row_that_says_the_order() -> None:
    from gapcheck.parse.education_layouts import table_rows
    from gapcheck.parse.sections import split_lines

    said = split_lines("2018 – 2021\tExchange\tSciences Po\n2016\tBachelor\tKristiania")
    assert table_rows(said) is not None
    unsaid = split_lines("2018 – 2021\tExchange\tSciences Po\n2016\tOpen\tKristiania")
    assert table_rows(unsaid) is None  # no row names a degree or a school
    mixed = split_lines("2018\tBachelor\tKristiania\n2016\tHarvard University\tMBA")
    assert table_rows(mixed) is None  # the rows disagree


def test_stacked_sidebar_degree_over_its_field_and_a_study_going_on() -> None:
    body = (
        "Columbia University\nBachelor's\nEconomics, Computer Science,\nSociology\n"
        "2023\nSciences Po\nExchange\nEconomics, Sociology\nPresent\n"
    )
    got = _education(HEAD + "Education\n" + body)
    assert [(d, i) for d, _, i in got] == [
        ("Bachelor's", "Columbia University"),
        ("Exchange", "Sciences Po"),
    ]
    # a degree wrapped in the column stays one text
    from gapcheck.parse.education_layouts import _fields

    assert _fields(["Master of Science in", "Computer Science"], 24) == (
        "Master of Science in Computer Science"
    )
    assert _fields(["Bachelor of Science Computer", "Science"], 28) == (
        "Bachelor of Science Computer Science"
    )


def test_year_of_study_after_the_degree() -> None:
    body = "Master 2 Communication, ISEG\t2009\nLicence en marketing, Pigier\t2007\n"
    got = _education(HEAD + "EDUCATION\n" + body)
    assert got[0] == ("Master 2 Communication", "Communication", "ISEG")
    got = _education(HEAD + "EDUCATION\nBSc 2 Years, Foo University\t2007\n")
    assert got[0][1] is None  # a length of study is no field


def test_an_organisations_place_over_its_dates_is_not_the_persons() -> None:
    text = (
        "Vasiliy Roe\nSenior Software Engineer\njob@roe.dev\n\nEXPERIENCE\n"
        "NGENIX – Moscow, Russia (remote)\n"
        "Senior Software Engineer\tJune 2023 – Present\n• Built\n"
    )
    assert _parse(text).contact.location is None
    # the person's own town over a dated line stays theirs
    text = "Ann Roe\nann@roe.dev\nBoston, MA\nEngineer, Acme\t2019 – 2021\n"
    assert _parse(text).contact.location == "Boston, MA"


def test_a_title_word_used_as_a_verb_names_no_title() -> None:
    from gapcheck.parse.parts import _titled

    assert not _titled("Project Lead the Way")
    assert _titled("Team Lead") and _titled("Head of the Department")
    text = (
        "Ann Lee\nann@lee.dev\n\nEXPERIENCE\n"
        "Restaurant Crew Member, Skyler's Hoagies\tJun 2020 – Dec 2023\n• Served\n"
        "Capstone Project, Project Lead the Way\tSep 2020 – Jun 2023\n• Built\n"
    )
    assert _roles(text)[1] == ("Capstone Project", "Project Lead the Way")


def test_legal_form_then_a_brand_stays_with_its_company() -> None:
    from gapcheck.parse.parts import split_parts

    got = split_parts("Night Stock Clerk, Y. Hata & Co., Ltd. / ChefZone")
    assert got == ["Night Stock Clerk", "Y. Hata & Co., Ltd. / ChefZone"]
    assert split_parts("Engineer, Acme, Ltd / Beta") == ["Engineer", "Acme, Ltd / Beta"]
    assert split_parts("Engineer, Acme, Boston") == ["Engineer", "Acme", "Boston"]


def test_a_country_wrapped_in_a_narrow_sidebar() -> None:
    from gapcheck.parse.contact import wrapped_place

    text = "Contact\njose@asu.cz\nOndřejov, Czech\nRepublic\nhttps://x.io/\n"
    assert wrapped_place("Ondřejov, Czech", text) == "Ondřejov, Czech Republic"
    text = "Contact\njose@asu.cz\nBoston, MA\nSkills\n"
    assert wrapped_place("Boston, MA", text) == "Boston, MA"  # no country made


def test_a_lower_case_organisation_opening_the_section() -> None:
    text = (
        "Ann Lee\nann@lee.dev\n\nExperience\nresulta\n"
        "Software Developer (Backend)\t2016 – Present\n"
        "resulta provides data feeds and content for sports media websites.\n"
    )
    assert _roles(text) == [("Software Developer (Backend)", "resulta")]
    # a lower-case line after a role's text is its wrapped end, not a header
    text = text.replace(
        "Present\n",
        "Present\n• Built services for the\nplatform\nSoftware Engineer\t2014 – 2016\n",
    )
    # (the role under it keeps the company that heads the section's roles)
    assert _roles(text)[1] == ("Software Engineer", "resulta")
