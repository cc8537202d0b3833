"""Roles, dates, headings and contact details on real layouts (issue 14, round 3):
short synthetic lines for each rule."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from gapcheck.parse.dates import MONTHS, find_span
from gapcheck.parse.sections import canonical
from tests.test_parse_fields import resume


def roles(text: str) -> list[tuple[str | None, str | None, str | None, str | None]]:
    r = resume(f"ACCOUNTANT\nExperience\n{text}\n")
    return [
        (x.title, x.organization, x.start, "now" if x.current else x.end)
        for x in r.roles
    ]


def test_range_wrapped_at_the_end_of_a_line() -> None:
    got = roles(
        "Senior Accountant | Northwind Partners | Mar 2016\n- Present\n"
        "• Led month-end reporting for the team.\n"
        "Research Assistant | Georgia Institute of Technology | Aug 2016 - Dec\n2018\n"
        "• Built the lab's data pipeline.\n"
    )
    assert got == [
        ("Senior Accountant", "Northwind Partners", "2016-03", "now"),
        ("Research Assistant", "Georgia Institute of Technology", "2016-08", "2018-12"),
    ]


def test_glued_header_title_keeps_its_complement() -> None:
    got = roles(
        "01/2003 - 01/2008\nCompany Name City , State Director of Public Relations and "
        "Publications Directed and developed the alumni magazine and annual report.\n"
        "01/2000 - 01/2003\nCompany Name City , State Director of Communications "
        "Partnered with internal clients to improve communication strategies.\n"
    )
    assert [t for t, *_ in got] == [
        "Director of Public Relations and Publications",
        "Director of Communications",
    ]


def test_a_sentence_above_the_title_is_the_last_roles_text() -> None:
    got = roles(
        "Sr. Campus Recruiter\nAugust 2009 to April 2016 Company Name - City , State\n"
        "Tracked recruiting metrics to evaluate strategies and improve hiring\n"
        "Lead a team of 3 recruiters and 1 recruiting coordinator\n"
        "Sr. Recruiter\nOctober 2007 to March 2009 Company Name - City , State\n"
        "Sourced candidates for sales roles.\n"
    )
    assert [t for t, *_ in got] == ["Sr. Campus Recruiter", "Sr. Recruiter"]


def test_organisation_words_part_a_city_from_the_organisation() -> None:
    got = roles("Charge Nurse Sep 2018 - Present\nEvergreen Health Kirkland, WA\n")
    assert got == [("Charge Nurse", "Evergreen Health", "2018-09", "now")]


_SHORT = sorted(k for k in MONTHS if len(k) == 3)


@settings(deadline=None, max_examples=150)
@given(
    st.sampled_from(_SHORT),
    st.integers(0, 99),
    st.sampled_from(_SHORT),
    st.integers(0, 99),
    st.sampled_from(["", "'", "’"]),
)
def test_two_digit_years_in_a_month_range(
    m1: str, y1: int, m2: str, y2: int, mark: str
) -> None:
    span = find_span(
        f"DevOps engineer {m1.title()} {mark}{y1:02d} - {m2.title()} {mark}{y2:02d}"
    )
    full = [(2000 if y < 50 else 1900) + y for y in (y1, y2)]
    start, end = f"{full[0]}-{MONTHS[m1]:02d}", f"{full[1]}-{MONTHS[m2]:02d}"
    if end >= start:
        assert span is not None and (span.start, span.end) == (start, end)
    else:  # written backwards: not a range of years
        assert span is None or span.start != start


def test_two_digit_years_need_a_month_on_both_ends() -> None:
    assert find_span("Sep 15 - NOW") is not None
    assert find_span("08/15 - 06/18") is not None
    assert find_span("Room 12 - 15") is None
    assert find_span("Mar 5 - Mar 9") is None  # days, not years


def test_a_heading_that_lists_its_sections() -> None:
    assert canonical("Education, Certifications, Endorsements", "resume") == "education"
    assert canonical("Skills, Tools, Languages", "resume") == "skills"
    assert canonical("Smith, John, Jr", "resume") is None
    assert canonical("Python, Java, SQL", "resume") is None


def test_city_beside_the_email_in_a_sidebar() -> None:
    r = resume(
        "Skills\nPython\nDjango\n\nContact\njane@example.com\nCasablanca, Morocco\n\n"
        "JANE DOE\nSoftware Engineer\n\nExperience\nEngineer | Acme | 2019 - 2021\n"
    )
    assert r.contact.location == "Casablanca, Morocco"


def test_a_tab_parts_the_organisation_from_its_right_aligned_place() -> None:
    # A PDF or DOCX line with a right-aligned column: the reader keeps the wide gap
    # as a tab, so the city is not glued to the organisation.
    got = roles(
        "Senior Software Engineer\tJan 2023 - Present\n"
        "Stripe\tSan Francisco, CA\n"
        "• Led the payments team.\n"
        "Data Scientist\tAug 2012 - Dec 2013\n"
        "• Lucena Research\tAtlanta, GA\n"
        "• Built trading models.\n"
    )
    assert got == [
        ("Senior Software Engineer", "Stripe", "2023-01", "now"),
        ("Data Scientist", "Lucena Research", "2012-08", "2013-12"),
    ]


# Round 5: rules from the unseen fresh / fresh2 (half A) livecareer resumes.


def test_org_line_below_wins_over_the_last_roles_text() -> None:
    got = roles(
        "01/2003 to 01/2005\nQuality Control Chemist Company Name – City , State\n\n"
        "Authoring and technical review of analytical SOPs\n\n"
        "01/2001 to 01/2003\nQuality Control / Analytical Chemist Company Name – "
        "City , State\n\nResponsible for cGMP testing of ophthalmic formulations.\n"
    )
    assert [g[0] for g in got] == [
        "Quality Control Chemist",
        "Quality Control / Analytical Chemist",
    ]


def test_dash_kept_in_title_when_the_organisation_is_below() -> None:
    got = roles(
        "Senior Executive - Finance 08/2008 to 09/2015\nCompany Name\n"
        "• Closed the books every month.\n"
    )
    assert got == [("Senior Executive - Finance", "Company Name", "2008-08", "2015-09")]


def test_organisation_line_after_a_blank_line() -> None:
    got = roles(
        "Director of Customer Service Apr 1998 to Nov 2001\n\n"
        "Company Name – City , State\n\nDirected the support department.\n"
    )
    assert got == [
        ("Director of Customer Service", "Company Name", "1998-04", "2001-11")
    ]


def test_header_whose_text_runs_on_after_the_dates() -> None:
    got = roles(
        "Customer Service Sales Associate 01/1996 to 01/1999 Company Name City , State"
        " Fielded an average of 150 customer service calls per day and recommended"
        " merchandise.\n"
    )
    assert got == [
        ("Customer Service Sales Associate", "Company Name", "1996-01", "1999-01")
    ]


def test_undated_glued_headers_are_roles() -> None:
    got = roles(
        "Company Name City , State Account Executive and Loan Processor\n"
        "Company Name City , State Clerk II Created, organized and maintained files.\n"
    )
    assert got == [
        ("Account Executive and Loan Processor", "Company Name", None, None),
        ("Clerk II", "Company Name", None, None),
    ]


def test_lone_years_of_achievements_are_no_roles() -> None:
    got = roles(
        "Account Manager 11/1992 to 07/2004 Company Name City , State\n"
        "Won the Rookie of The Year Award, 2010\n"
        "Achieved 125% of 1999 YTD quota\n"
    )
    assert got == [("Account Manager", "Company Name", "1992-11", "2004-07")]


def test_dated_jobs_under_a_projects_heading_inside_experience() -> None:
    r = resume(
        "ACCOUNTANT\nExperience\nJuly 2014\nCompany Name HR Manager\n"
        "• Ran hiring.\nRELEVANT COURSE PROJECTS\nOctober 2014 to Current\n"
        "Company Name Recruiting Coordinator\n• Hired people.\n"
        "June 2004 to October 2014\nCompany Name Administrative Assistant\n"
        "• Filed things.\nEducation\nBA : English, University of California\n"
    )
    got = [(x.title, x.section) for x in r.roles]
    assert ("Recruiting Coordinator", "experience") in got
    assert ("Administrative Assistant", "experience") in got


def test_phone_never_spans_a_line_break_nor_comes_from_a_roles_sentence() -> None:
    r = resume(
        "IT COMPLIANCE AUDITOR\nQualifications\nMCP-Windows 2000 MCP ID 2797345\n"
        "2000 Server Administration\nExperience\nExecutive Chef 06/2003 to 01/2015\n"
        "559.935.0717 Flagship Restaurant to promote local agricultural products;"
        " food and beverage revenue 13 million\n"
    )
    assert r.contact.phone is None
    labelled = resume(
        "Jane Doe\nExperience\nAccountant 2019 - 2021\nCell: 614 555 0199\n"
    )
    assert labelled.contact.phone == "614 555 0199"


def test_a_forms_label_is_no_name() -> None:
    r = resume(
        "NATURAL RESOURCE SPECIALIST GS-12/5\nPosition Applying\n\n"
        "Realty Specialist (Generalist)\nExperience\nRange Technician 2005 - 2006\n"
    )
    assert r.contact.name is None
    assert r.headline == "NATURAL RESOURCE SPECIALIST GS-12/5"


def test_title_at_organisation_written_with_a_glued_at_sign() -> None:
    got = roles("Oct 2018\nSoftware Engineer @UB\nSep 2014\nIT Consultant @We4IT\n")
    assert [(t, o) for t, o, _, _ in got] == [
        ("Software Engineer", "UB"),
        ("IT Consultant", "We4IT"),
    ]
    assert roles("Accountant 2019 - 2021 jane@Example.com")[0][0] != "jane"
