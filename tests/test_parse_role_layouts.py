"""Role headers of public JSON Resume layouts (issue 14, round 5): one synthetic
test per rule; none reads the public set, which lives outside the repository."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from gapcheck.parse.parts import split_parts, title_and_org
from tests.test_parse_fields import resume
from tests.test_parse_roles import roles

_WORD = st.sampled_from(
    ["Freelance", "Part-time", "Contract", "Remote", "Full-time", "Dota 2", "Chorus"]
)


@given(st.lists(_WORD, min_size=2, max_size=4, unique=True))
def test_a_separator_inside_brackets_cuts_nothing(notes: list[str]) -> None:
    inner = ", ".join(notes)
    parts = split_parts(f"Frontend Developer ({inner}), Polarity / Hyperhyper")
    assert parts == [f"Frontend Developer ({inner})", "Polarity / Hyperhyper"]


def test_an_unclosed_bracket_cuts_as_before() -> None:
    assert split_parts("Developer (Freelance, Acme") == [
        "Developer (Freelance",
        "Acme",
    ]


def test_a_lower_case_apposition_stays_with_its_name() -> None:
    assert title_and_org(split_parts("Test Engineer, X, the moonshot factory")) == (
        "Test Engineer",
        "X, the moonshot factory",
    )


def test_a_legal_suffix_keeps_its_note() -> None:
    assert title_and_org(
        split_parts("Automation Engineer, Bridgevine, Inc. (acquired by Updater)")
    ) == ("Automation Engineer", "Bridgevine, Inc. (acquired by Updater)")


def test_a_place_in_brackets_is_a_place() -> None:
    assert title_and_org(
        split_parts("iOS Software Engineer, Agile Fusion, (Saint-Petersburg, Russia)")
    ) == ("iOS Software Engineer", "Agile Fusion")


@given(st.sampled_from(["Owner", "Senior UI Developer", "Lead Designer"]))
def test_titles_in_a_row_then_the_organisation(second: str) -> None:
    assert title_and_org(split_parts(f"Programmer, {second}, 6eDesign")) == (
        f"Programmer, {second}",
        "6eDesign",
    )


def test_a_sentence_above_a_full_header_is_the_last_roles_text() -> None:
    got = roles(
        "Senior Engineer, Armorblox\tMar 2021 – Jul 2022\n"
        "Infrastructure as Code defining environments, clusters, services with\n"
        "Terraform, Helm, and ArgoCD code\n"
        "Senior Consultant, New Context\tMar 2020 – Mar 2021\n"
        "I was hired as a security consultant for large enterprise clients.\n"
    )
    assert got == [
        ("Senior Engineer", "Armorblox", "2021-03", "2022-07"),
        ("Senior Consultant", "New Context", "2020-03", "2021-03"),
    ]


def test_a_title_case_line_above_a_full_header_stays_in_it() -> None:
    got = roles(
        "Initech Corp\nSenior Engineer, Payments\tMar 2021 – Jul 2022\n"
        "• Built the billing service.\n"
    )
    # one field a line (round 8): the title's team stays in the title
    assert got == [("Senior Engineer, Payments", "Initech Corp", "2021-03", "2022-07")]


def test_a_place_after_lone_dates_is_not_the_header() -> None:
    # and "iOS Software Engineer" (camel case) is a header line, not a wrapped one
    got = roles(
        "iOS Software Engineer\nAgile Fusion Corporation\n07/2012 - 06/2015\n\n"
        "(Saint-Petersburg, Russia)\n\nShelvz - an app for redeeming coupons in "
        "various US stores, with a team of four.\n"
    )
    assert got == [
        ("iOS Software Engineer", "Agile Fusion Corporation", "2012-07", "2015-06")
    ]


def test_a_header_and_its_dates_wrapped_in_two_cells() -> None:
    got = roles(
        "Automation Engineer, Bridgevine, Inc. (acquired by\tMar 2017 – Sep\n"
        "Updater)\t2018\n• Built the UI test suite.\n"
    )
    assert got == [
        (
            "Automation Engineer",
            "Bridgevine, Inc. (acquired by Updater)",
            "2017-03",
            "2018-09",
        )
    ]


def test_a_header_cut_after_a_separator_goes_on_below() -> None:
    got = roles(
        "Frontend Developer (Freelance, Part-time) | Polarity /\n"
        "Hyperhyper | Jul 2024 - Present\n• Built the MVP.\n"
    )
    assert got == [
        (
            "Frontend Developer (Freelance, Part-time)",
            "Polarity / Hyperhyper",
            "2024-07",
            "now",
        )
    ]


def test_an_abbreviations_dot_ends_no_sentence() -> None:
    got = roles(
        "Sr. Automation Engineer, Bridgevine Inc. (Atlanta office)\t2017 – 2018\n"
        "• Built the UI test suite.\n"
    )
    assert [(r[2] or "")[:4] + (r[3] or "")[:4] for r in got] == ["20172018"]
    assert got[0][0] == "Sr. Automation Engineer"


def test_brackets_left_empty_by_dates_go() -> None:
    got = roles("Unity Developer (Apr 2017 – Jun 2019), MechSuit VR\n• Built it.\n")
    assert got == [("Unity Developer", "MechSuit VR", "2017-04", "2019-06")]


def test_title_case_lines_that_run_on_from_the_last_roles_text() -> None:
    got = roles(
        "Staff Engineer | Invoca | Jan 2025 - Present\n"
        "• Ownership of Kubernetes clusters, Debian instances, MySQL databases,\n"
        "Elasticsearch, Redis, Auth0\n"
        "Senior DevOps Engineer | LegalZoom | Sep 2022 - Sep 2024\n• Migrated it.\n"
    )
    assert got[1] == ("Senior DevOps Engineer", "LegalZoom", "2022-09", "2024-09")


def test_a_header_cut_after_a_joining_word_goes_on_below() -> None:
    got = roles(
        "Student Developer | Google Summer of\nCode | Jun 2014 - Jul 2014\n"
        "I worked on packaging a network probe.\n"
    )
    assert got == [("Student Developer", "Google Summer of Code", "2014-06", "2014-07")]


def test_a_sections_layout_orders_a_role_without_title_words() -> None:
    got = roles(
        "Joint Research for Demo\tNovember 2024 to January 2025\n"
        "AI Red Team / Pentester\n• Wrote prompt injections.\n\n"
        "Kinetic Vision\tJanuary 2023 to October 2024\nSoftware Developer II\n"
        "• Built a vision package.\n\n"
        "SlashDB\tMay 2021 to February 2022\nFull Stack Developer\n• Built it.\n"
    )
    assert [g[:2] for g in got] == [
        ("AI Red Team / Pentester", "Joint Research for Demo"),
        ("Software Developer II", "Kinetic Vision"),
        ("Full Stack Developer", "SlashDB"),
    ]


def test_without_two_agreeing_roles_the_order_stays() -> None:
    got = roles(
        "Joint Research for Demo\tNovember 2024 to January 2025\n"
        "AI Red Team / Pentester\n• Wrote prompt injections.\n"
    )
    assert got[0][:2] == ("Joint Research for Demo", "AI Red Team / Pentester")


def test_a_line_ending_on_inc_is_a_header_line() -> None:
    got = roles(
        "• Perform regression testing for monthly releases.\n\n"
        "Software Development Intern\nCarters Inc.\n08/2016 - 01/2017\n"
        "Push applications to over 600 stores using the AirWatch Console\n"
    )
    assert got == [
        ("Software Development Intern", "Carters Inc.", "2016-08", "2017-01")
    ]


def test_a_note_in_brackets_stays_with_the_organisation() -> None:
    assert title_and_org(["Automation Engineer", "Bridgevine, Inc.", "(Updater)"]) == (
        "Automation Engineer",
        "Bridgevine, Inc. (Updater)",
    )


def test_a_bullets_wrap_above_a_full_header_is_the_last_roles_text() -> None:
    got = roles(
        "Software Developer | Hillside Software | 2012 - 2013\n"
        "• Worked on a client-side mapping application using\n"
        "Leaflet and RESTful API's\n"
        "Owner, Programmer | 6eDesign | Apr 2008 - Present\n• Built sites.\n"
    )
    assert got[1] == ("Owner, Programmer", "6eDesign", "2008-04", "now")


def _sections_roles(projects: str) -> list[tuple[str | None, str]]:
    r = resume(
        "ACCOUNTANT\nWork Experience\nUnity Developer\nUCSD Qualcomm Institute\n"
        "10/2018 - Present\n• Built a VR lab.\n\nData Engineer\nAlibaba Inc.\n"
        "06/2019 - 08/2019\n• Built charts.\n\n"
        f"Projects\n{projects}"
    )
    return [(x.title, x.section) for x in r.roles]


def test_one_line_projects_after_three_line_jobs_stay_projects() -> None:
    got = _sections_roles(
        "Exteractive – Full Stack Developer (Jul 2020 – Present)\n\n"
        "An interactive story web app, with React as front end.\n\n"
        "MechSuit VR – Unity Developer (Apr 2017 – Jun 2019)\n\n"
        "Joined the school's Virtual Reality Club to work on a game.\n"
    )
    assert [s for _, s in got].count("experience") == 2


def test_jobs_of_the_same_shape_under_projects_are_experience() -> None:
    got = _sections_roles(
        "Full Stack Developer\nExteractive Labs\n07/2020 - Present\n• Built it.\n\n"
        "Unity Developer\nMechSuit Studios\n04/2017 - 06/2019\n• Built a game.\n"
    )
    assert [s for _, s in got].count("experience") == 4


# -- round 8: the public set's layouts, stated in general terms -------------------

_TEXT = "• Built the billing service for the whole team.\n"


def test_one_sure_role_sets_the_order_of_an_unsure_one() -> None:
    # "Kinetic Vision" over "Software Developer II" says: organisation on the
    # dates line, title below; the role with no title word is read the same way
    got = roles(
        f"Joint Research\tMar 2024 – Present\nRed Team / Pentester\n{_TEXT}"
        f"Kinetic Vision\tJan 2020 – Feb 2024\nSoftware Developer II\n{_TEXT}"
    )
    assert got == [
        ("Red Team / Pentester", "Joint Research", "2024-03", "now"),
        ("Software Developer II", "Kinetic Vision", "2020-01", "2024-02"),
    ]


@given(st.sampled_from(["Member of Technical Staff", "Contractor", "Student"]))
def test_a_position_naming_no_trade_is_still_the_title(title: str) -> None:
    got = roles(f"Initech\tMarch 2019 to Present\n{title}\n{_TEXT}")
    assert got == [(title, "Initech", "2019-03", "now")]


def test_several_roles_under_one_company_line() -> None:
    got = roles(
        f"Acme Corp\nSenior Engineer\tJan 2020 – Present\n{_TEXT}"
        f"Engineer\tJan 2018 – Dec 2019\n{_TEXT}"
        f"Globex\nAnalyst\tJun 2016 – Dec 2017\n{_TEXT}"
    )
    assert got == [
        ("Senior Engineer", "Acme Corp", "2020-01", "now"),
        ("Engineer", "Acme Corp", "2018-01", "2019-12"),
        ("Analyst", "Globex", "2016-06", "2017-12"),
    ]


def test_a_role_with_its_own_organisation_does_not_inherit_one() -> None:
    got = roles(
        f"Acme Corp\nSenior Engineer\tJan 2020 – Present\n{_TEXT}"
        f"Engineer, Globex\tJan 2018 – Dec 2019\n{_TEXT}"
    )
    assert got[1] == ("Engineer", "Globex", "2018-01", "2019-12")


def test_a_company_and_its_city_over_the_title() -> None:
    got = roles(f"Acme Corp, Austin, TX\tMar 2019 – Present\nSenior Engineer\n{_TEXT}")
    assert got == [("Senior Engineer", "Acme Corp", "2019-03", "now")]


def test_a_title_and_organisation_before_a_region_keep_both() -> None:
    got = roles(f"Senior Engineer, Acme, TX\tMar 2019 – Present\n{_TEXT}")
    assert got == [("Senior Engineer", "Acme", "2019-03", "now")]


def test_a_title_line_cut_by_a_comma_stays_one_title() -> None:
    # one field a line: the title's team is no organisation
    got = roles(
        "Software Engineer, Platform\nGoogle · Mountain View, CA\n04/2021 - Present\n"
        f"{_TEXT}"
    )
    assert got == [("Software Engineer, Platform", "Google", "2021-04", "now")]


@given(st.sampled_from([" - ", ", "]))
def test_a_bar_separated_field_keeps_its_dash_or_comma(cut: str) -> None:
    got = roles(f"Data Scientist{cut}Growth | eBay | Mar 2015 - Feb 2017\n{_TEXT}")
    assert got == [(f"Data Scientist{cut}Growth", "eBay", "2015-03", "2017-02")]


def test_an_organisation_with_its_campus_over_the_title() -> None:
    got = roles(
        "University of California, Berkeley\tSeptember 2012 to May 2014\n"
        f"Teaching Assistant\n{_TEXT}"
    )
    assert got == [
        (
            "Teaching Assistant",
            "University of California, Berkeley",
            "2012-09",
            "2014-05",
        )
    ]


def test_a_title_wrapped_onto_its_organisations_line_is_not_joined() -> None:
    got = roles(
        "Senior Developer and Lead for Payments\tFeb 2016 – Dec 2017\n"
        f"Infrastructure, International Business Machines Corporation\n{_TEXT}"
    )
    assert got[0][1] == "International Business Machines Corporation"


def test_a_lower_case_company_name_is_a_name() -> None:
    assert roles(f"SRE, npm, Inc.\tJan 2019 – Mar 2021\n{_TEXT}") == [
        ("SRE", "npm, Inc.", "2019-01", "2021-03")
    ]
    assert roles(f"SRE\nnpm, Inc.\n01/2019 - 03/2021\n{_TEXT}") == [
        ("SRE", "npm, Inc.", "2019-01", "2021-03")
    ]


def test_a_role_named_like_a_heading_is_a_role() -> None:
    # "Open Source Contributor" is one letter-run from "Open Source Contributions"
    # (a projects heading) but holds a job-title word
    got = roles(
        f"Principal Engineer, Shopify\tFeb 2022 – Present\n{_TEXT}"
        f"Open Source Contributor\nMozilla Foundation\n2006 - Present\n{_TEXT}"
    )
    assert got[1] == ("Open Source Contributor", "Mozilla Foundation", "2006-01", "now")


def test_a_title_opening_the_next_block_goes_with_an_organisations_dates() -> None:
    got = roles(
        f"Freshbooks\tJune 2012 to December 2013\nWeb Developer\n{_TEXT}"
        f"Mozilla Foundation\t2006 to Present\n\nOpen Source Contributor\n{_TEXT}"
    )
    assert got[1] == ("Open Source Contributor", "Mozilla Foundation", "2006-01", "now")


def test_a_dates_column_cut_between_month_and_year() -> None:
    # a narrow dates column wraps "Jan. 2018 – May. 2020" after the end month
    got = roles(
        "Jan. 2018 – May. Engineer II, Acme Robotics\n"
        "2020\tDelivered the billing service for the whole team.\n"
        "Mar. 2017 – Dec. Contractor, Toptal\n"
        "2017\tDelivered the billing service for the whole team.\n"
    )
    assert got == [
        ("Engineer II", "Acme Robotics", "2018-01", "2020-05"),
        ("Contractor", "Toptal", "2017-03", "2017-12"),
    ]


def test_company_first_lines_set_the_order_of_an_unsure_one() -> None:
    got = roles(
        f"Shopify — Principal Engineer\tFeb 2022 – Present\n{_TEXT}"
        f"City of Toronto — IT Support\tSep 2010 – May 2012\n{_TEXT}"
    )
    assert got[1] == ("IT Support", "City of Toronto", "2010-09", "2012-05")


def test_roles_without_text_under_their_company_lines() -> None:
    got = roles(
        f"Shopify\nPrincipal Engineer\t02/2022 – Present\n{_TEXT}"
        "Senior Software Engineer\t05/2019 – 01/2022\n"
        "Wealthsimple\nSoftware Engineer\t01/2017 – 04/2019\n"
        f"Hootsuite Media Inc.\nFront-End Developer\t03/2015 – 12/2016\n{_TEXT}"
    )
    assert [(t, o) for t, o, _, _ in got] == [
        ("Principal Engineer", "Shopify"),
        ("Senior Software Engineer", "Shopify"),
        ("Software Engineer", "Wealthsimple"),
        ("Front-End Developer", "Hootsuite Media Inc."),
    ]


def test_roles_without_text_over_their_company_lines() -> None:
    # the other layout: title and dates over "Company – City, State"; unchanged
    got = roles(
        "Room Attendant Mar 2012 to Jul 2013\nHilton Hotels – Richmond, VA\n"
        "Shoe Associate Nov 2011 to Feb 2012\nNordstrom Inc – Richmond, VA\n"
    )
    assert [(t, o) for t, o, _, _ in got] == [
        ("Room Attendant", "Hilton Hotels"),
        ("Shoe Associate", "Nordstrom Inc"),
    ]


@given(st.sampled_from(["{t} at {o}", "{o} — {t}", "{o} – {t}", "{t} @ {o}"]))
def test_at_and_long_dashes_separate_fields(shape: str) -> None:
    line = shape.format(t="Software Engineer, Platform", o="Google")
    got = roles(f"{line}\tApr 2021 – Present\n{_TEXT}")
    assert got == [("Software Engineer, Platform", "Google", "2021-04", "now")]


def test_a_dates_column_read_apart_goes_back_to_its_entries() -> None:
    got = roles(
        "06/2020 - Current\n\n01/2018 - 05/2020\n03/2017 - 12/2017\n\n"
        "Staff Engineer\nAcme Robotics\n• Delivered project number 0 that\n"
        "cut costs by a third across the team.\nEngineer II\nAcme Robotics\n"
        "• Delivered project number 1.\nContractor\nToptal\n"
        "Built websites for local businesses.\n"
    )
    assert got == [
        ("Staff Engineer", "Acme Robotics", "2020-06", "now"),
        ("Engineer II", "Acme Robotics", "2018-01", "2020-05"),
        ("Contractor", "Toptal", "2017-03", "2017-12"),
    ]


def test_a_dates_column_that_does_not_pair_is_left_alone() -> None:
    # three ranges, two entries: no pairing is guessed
    got = roles(
        "06/2020 - Current\n01/2018 - 05/2020\n03/2017 - 12/2017\n\n"
        "Staff Engineer\nAcme Robotics\n• Delivered project number 0.\n"
        "Engineer II\nAcme Robotics\n• Delivered project number 1.\n"
    )
    assert [(t, o) for t, o, _, _ in got[:3]] == [(None, None)] * 3


@given(st.sampled_from(["Remote", "Hybrid"]))
def test_a_company_and_a_work_mode_is_no_location_line(mode: str) -> None:
    got = roles(
        f"Engineering Manager\tSeptember 2021 – Present\nStripe, {mode}\n{_TEXT}"
    )
    assert got == [("Engineering Manager", "Stripe", "2021-09", "now")]


def test_an_organisation_line_under_a_title_cut_by_a_comma() -> None:
    got = roles(
        "Software Engineer, Platform\tApril 2021 – Present\n"
        f"Google, Mountain View, CA\n{_TEXT}"
    )
    assert got == [("Software Engineer, Platform", "Google", "2021-04", "now")]


def test_a_title_and_organisation_line_keeps_its_organisation() -> None:
    # "Title, Organisation" over a short line that is the role's text, not a name
    got = roles(
        "Senior Engineer, Armorblox\tMar 2021 – Jul 2022\n"
        "Built the billing service for the whole team and its partners.\n"
    )
    assert got == [("Senior Engineer", "Armorblox", "2021-03", "2022-07")]


@given(st.sampled_from(["ACME S.A.", "Philips N.V.", "Acme Corp."]))
def test_an_organisations_dotted_initials_end_no_sentence(org: str) -> None:
    got = roles(f"Senior Developer / Team Lead, {org}\tJun 2018 – Dec 2020\n{_TEXT}")
    assert got == [("Senior Developer / Team Lead", org, "2018-06", "2020-12")]
