"""Role and education forms of round 14 (issue 14): the title/organisation split
decided by which side looks like an organisation, not by the first separator.
Synthetic lines only (the forms of ``benchmarks/stress_forms.py``), none from a file."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from gapcheck.parse import parse_resume
from gapcheck.parse.header_fields import bar_fields
from gapcheck.parse.org_side import org_colon_unit, org_like
from gapcheck.records import Document

_TITLES = st.builds(
    lambda a, b, c: f"{a} {b} {c}",
    st.sampled_from(["Senior", "Lead", "Junior", "Principal"]),
    st.sampled_from(["Software", "Data", "Clinical", "Marketing", "Research"]),
    st.sampled_from(["Engineer", "Analyst", "Manager", "Coordinator", "Specialist"]),
)
_TEAMS = st.sampled_from(["Platform", "Payments", "Mobile", "Cloud Migration", "Risk"])
_NAMES = st.sampled_from(
    ["Brightwater", "Northfield", "Redfern", "Oakridge", "Ashgrove"]
)
_KINDS = st.sampled_from(["Analytics", "Logistics", "Systems", "Hospital", "Health"])
_UNITS = st.sampled_from(["Renal Unit", "Emergency Department", "Research Group"])
_DASH = st.sampled_from(["-", "–"])

_HEAD = "Jane Doe\njane@example.com\n\nEXPERIENCE\n"
_FIRST = "Data Analyst, Meridian Foods\tJan 2022 – Mar 2024\n• Wrote the reports.\n"


def _roles(text: str) -> list[tuple[str | None, str | None]]:
    resume = parse_resume(Document("r.txt", "txt", _HEAD + _FIRST + text))
    return [
        (r.title, r.organization) for r in resume.roles if r.section == "experience"
    ]


@settings(max_examples=12, deadline=None)
@given(_TITLES, _TEAMS, _NAMES, _KINDS, _DASH)
def test_title_qualifier_org_splits_before_the_organisation(
    title: str, team: str, name: str, kind: str, dash: str
) -> None:
    org = f"{name} {kind}"
    text = f"{title} {dash} {team} – {org}\tJan 2019 – Dec 2021\n• Led the team.\n"
    assert (f"{title} {dash} {team}", org) in _roles(text)


@settings(max_examples=12, deadline=None)
@given(_TITLES, _TEAMS, _NAMES, _KINDS, _UNITS)
def test_dashed_pieces_split_where_the_organisation_begins(
    title: str, team: str, name: str, kind: str, unit: str
) -> None:
    text = f"{title} - {team} – {name} {kind} – {unit}\tJan 2019 – Dec 2021\n• Led.\n"
    assert (f"{title} - {team}", f"{name} {kind} – {unit}") in _roles(text)


@settings(max_examples=12, deadline=None)
@given(_TITLES, _TEAMS, _NAMES, _KINDS)
def test_dashed_title_under_the_organisation_line_stays_whole(
    title: str, team: str, name: str, kind: str
) -> None:
    text = f"{name} {kind}\tJanuary 2019 to December 2021\n{title} – {team}\n• Led.\n"
    assert (f"{title} – {team}", f"{name} {kind}") in _roles(text)


@settings(max_examples=12, deadline=None)
@given(_TITLES, _NAMES, _UNITS, _DASH)
def test_unit_after_a_dash_stays_with_its_organisation(
    title: str, name: str, unit: str, dash: str
) -> None:
    org = f"{name} Hospital {dash} {unit}"
    text = f"{title}, {org}\tJan 2019 – Dec 2021\n• Led the team.\n"
    assert (title, org.replace(" - ", " – ")) in [
        (t, (o or "").replace(" - ", " – ")) for t, o in _roles(text)
    ]


@settings(max_examples=12, deadline=None)
@given(_TITLES, _NAMES, _KINDS, _UNITS)
def test_organisation_and_unit_on_the_dates_line_over_the_title(
    title: str, name: str, kind: str, unit: str
) -> None:
    org = f"{name} {kind}, {unit}"
    text = f"{org}\tJanuary 2019 to December 2021\n{title}\n• Led the team.\n"
    assert (title, org) in _roles(text)


@settings(max_examples=12, deadline=None)
@given(_TITLES, st.sampled_from(["NHS Trust", "Media", "Logistics"]), _UNITS)
def test_organisation_with_a_colon_is_a_header_line(
    title: str, kind: str, unit: str
) -> None:
    org = f"Kingsway {kind}: {unit}"
    assert org_colon_unit(org)
    text = f"{title}\n{org}\n01/2019 - 12/2021\n• Led the team.\n"
    assert (title, org) in _roles(text)


def test_label_value_lines_are_no_organisation() -> None:
    assert not org_colon_unit("Technologies: Python, Go, Kubernetes")
    assert not org_colon_unit("Client: Citibank")
    assert not org_colon_unit("Key achievements: cut costs by a third")


@settings(max_examples=12, deadline=None)
@given(_TITLES, _NAMES, _KINDS)
def test_title_wrapped_beside_its_dates_under_the_organisation(
    title: str, name: str, kind: str
) -> None:
    first, last = f"{title} and Interim", "Operations Lead"
    text = f"{name} {kind}, Inc.\n{first}\n{last}\tMarch 2019 – May 2021\n• Led.\n"
    assert (f"{first} {last}", f"{name} {kind}, Inc.") in _roles(text)


@settings(max_examples=12, deadline=None)
@given(_TITLES, _NAMES, _KINDS, st.sampled_from(["Leeds", "Austin, TX", "Remote"]))
def test_place_line_under_the_header_is_no_organisation(
    title: str, name: str, kind: str, place: str
) -> None:
    text = f"{title} – {name} {kind}\tJan 2019 – Dec 2021\n{place}\n• Led the team.\n"
    assert (title, f"{name} {kind}") in _roles(text)


@settings(max_examples=10, deadline=None)
@given(_TITLES, st.sampled_from(["California", "Michigan", "Texas"]))
def test_campus_of_a_university_named_by_its_place(title: str, state: str) -> None:
    org = f"University of {state}, Berkeley"
    text = f"{title}, {org}\tJan 2019 – Dec 2021\n• Led the team.\n"
    assert (title, org) in _roles(text)


def test_org_like_weighs_names_not_titles() -> None:
    assert org_like("Kingsway NHS Trust")
    assert org_like("Brightwater Analytics, Inc.")
    assert not org_like("Senior Data Analyst")
    assert not org_like("Platform")


_SCHOOLS = st.sampled_from(
    ["University of California, Berkeley", "Ashgrove College, University of Texas"]
)


@settings(max_examples=10, deadline=None)
@given(
    _SCHOOLS,
    st.sampled_from(["BSc", "Bachelor of Science", "MSc"]),
    st.sampled_from(["Computer Science", "Economics", "Nursing"]),
)
def test_school_with_a_comma_and_a_degree_written_field_first(
    school: str, kind: str, area: str
) -> None:
    text = f"EDUCATION\n{area}, {kind}\n{school}\n2010 – 2014\n"
    resume = parse_resume(Document("r.txt", "txt", _HEAD + _FIRST + "\n" + text))
    assert [(e.institution, kind in (e.degree or "")) for e in resume.education] == [
        (school, True)
    ]


def _education(text: str) -> list[tuple[str | None, str | None]]:
    resume = parse_resume(
        Document("r.txt", "txt", _HEAD + _FIRST + "\nEDUCATION\n" + text)
    )
    return [(e.degree, e.institution) for e in resume.education]


@settings(max_examples=10, deadline=None)
@given(
    st.sampled_from(["PhD", "Bachelor of Science", "MSc"]),
    st.sampled_from(["Mechanical Engineering", "Computer Science", "Public Health"]),
    st.sampled_from(["University of Texas", "Northfield Institute of Technology"]),
)
def test_degree_written_field_first_wrapped_at_its_comma(
    kind: str, area: str, school: str
) -> None:
    text = f"{area},\n{kind}\n{school}\n2018 – 2022\n"
    text += "MA, Biology\nRedfern College\n2013 – 2017\n"
    assert _education(text)[0] == (kind, school)


@settings(max_examples=10, deadline=None)
@given(
    st.sampled_from(["Meridian", "Ashgrove", "King's"]),
    st.sampled_from(["University of London", "University of Northfield"]),
    st.sampled_from(["BEng", "PhD", "MA"]),
)
def test_college_within_a_university_on_one_line(
    college: str, university: str, kind: str
) -> None:
    school = f"{college} College, {university}"
    text = f"{kind}, Biology, {school}\t2009 – 2013\n"
    assert _education(text) == [(kind, school)]


@settings(max_examples=12, deadline=None)
@given(_TITLES, _NAMES, _KINDS, st.sampled_from(["Leeds", "Rosebank", "Lyon"]))
def test_place_line_under_a_role_is_not_the_next_roles_organisation(
    title: str, name: str, kind: str, place: str
) -> None:
    text = (
        f"Staff Nurse – Kingsway Hospital\tJan 2022 – Dec 2023\n{place}\n"
        f"{title} – {name} {kind}\tJan 2019 – Dec 2021\n• Led the team.\n"
    )
    assert (title, f"{name} {kind}") in _roles(text)


def test_one_word_organisation_over_a_title_and_its_team_is_kept() -> None:
    text = "Globex\nSenior Engineer, Platform\tJan 2019 – Dec 2021\n• Led the team.\n"
    assert ("Senior Engineer, Platform", "Globex") in _roles(text)


@settings(max_examples=10, deadline=None)
@given(_TITLES, _NAMES, _UNITS)
def test_second_role_at_an_organisation_with_a_dashed_unit(
    title: str, name: str, unit: str
) -> None:
    org = f"{name} Medical Center – {unit}"
    text = (
        f"Staff Nurse\n{org}\n10/2023 - Present\n"
        f"{title} - Platform\n{org}\n09/2022 - 09/2023\n• Led the team.\n"
    )
    assert (f"{title} - Platform", org) in _roles(text)


@settings(max_examples=10, deadline=None)
@given(_TITLES, _NAMES, _KINDS, st.sampled_from(["Patient Services", "Payments"]))
def test_bar_fields_keep_their_dashes_and_commas(
    title: str, name: str, kind: str, team: str
) -> None:
    org = f"{name} {kind}, IT Services"
    text = f"{title} – {team} | {org} | Jan 2019 - Dec 2021\n• Led the team.\n"
    assert (f"{title} – {team}", org) in _roles(text)


@settings(max_examples=10, deadline=None)
@given(_TITLES, _NAMES, _KINDS)
def test_organisation_line_with_a_services_unit_under_the_title(
    title: str, name: str, kind: str
) -> None:
    org = f"{name} {kind}, IT Services"
    text = f"{title}\n{org}\n01/2019 - 12/2021\n• Led the team.\n"
    assert (title, org) in _roles(text)


def test_a_bar_line_whose_title_field_holds_the_organisation_is_no_bar_header() -> None:
    assert bar_fields(["Software Engineer – Acme | Austin, TX |"]) is None
    assert bar_fields(["Engineer – Platform | Acme Labs, Payments |"]) == [
        "Engineer – Platform",
        "Acme Labs, Payments",
    ]


def test_two_word_labels_over_a_unit_stay_labels() -> None:
    assert not org_colon_unit("Key Clients: Citibank Group")
    assert not org_colon_unit("Reporting Line: Head of Sales Team")
    assert org_colon_unit("Silverline Media: Payments Division")


@settings(max_examples=10, deadline=None)
@given(_TITLES, _NAMES, st.sampled_from(["Media", "Robotics", "Energy"]))
def test_named_organisation_before_a_services_unit_on_one_line(
    title: str, name: str, kind: str
) -> None:
    org = f"{name} {kind}, IT Services"
    text = f"{title}, {org}\tJan 2019 – Dec 2021\n• Led the team.\n"
    assert (title, org) in _roles(text)


def test_a_trade_word_in_prose_names_no_organisation() -> None:
    assert org_like("Meridian Software")
    assert not org_like("Supervised software development lifecycle")
