"""Roles as render_resumes.py lays out the round-13b roles stress set (issue 14):
one synthetic test per rule, none reading a real file."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from gapcheck.parse import parse_resume
from gapcheck.records import Document

_ORGS = st.sampled_from(
    ["Applied Data Trends, Inc.", "Marketing Intelligence Agency, Inc.", "Acme Ltd."]
)
_TITLES = st.sampled_from(["Senior Developer", "Data Analyst", "Support Consultant"])


def _roles(text: str) -> list[tuple[str | None, str | None, str | None]]:
    resume = parse_resume(Document("r.txt", "txt", "Jane Doe\njane@x.com\n\n" + text))
    return [
        (r.title, r.organization, r.dates)
        for r in resume.roles
        if r.section == "experience"
    ]


@settings(max_examples=15, deadline=None)
@given(_TITLES, _ORGS)
def test_one_date_header_ending_on_an_abbreviation_is_a_role(
    title: str, org: str
) -> None:
    text = (
        "EXPERIENCE\nBackroom Associate, Startup Tour\tApr 2023 – Jan 2025\n"
        "• Remote and on-site training\n"
        f"{title}, {org}\tDec 2016\n• Built a pipeline of automated tests.\n"
    )
    assert (title, org, "Dec 2016") in _roles(text)


def test_a_sentence_with_a_lone_date_is_still_no_role() -> None:
    text = (
        "EXPERIENCE\nBackroom Associate, Startup Tour\tApr 2023 – Jan 2025\n"
        "• Remote and on-site training\n"
        "Launched the new product line for the company.\tDec 2016\n"
    )
    assert len(_roles(text)) == 1


@settings(max_examples=10, deadline=None)
@given(st.sampled_from(["Productowner", "SLA & Software Development", "Chargée"]))
def test_one_date_role_stacked_as_the_ranged_ones(title: str) -> None:
    text = (
        "Work Experience\n\nGraduate Teaching Assistant\nUniversité de Strasbourg\n"
        "08/2016 - 12/2018\n• Helped students\n\n"
        f"{title}\nMachine Learning Programs\n10/2011\n• Designed a system\n"
    )
    assert (title, "Machine Learning Programs", "10/2011") in _roles(text)


def test_separators_are_no_words_of_a_header_line() -> None:
    text = (
        "Work Experience\n\nInvestigadora a tiempo parcial\n"
        "US Army & US Department of State · New York, NY / Remote\n2024 - Present\n\n"
        "Settlement Specialist\nCovalto, Inc.\n08/2019 - 02/2022\n"
        "• Designed dashboards\n"
    )
    got = _roles(text)
    assert got[0][:2] == (
        "Investigadora a tiempo parcial",
        "US Army & US Department of State",
    )
