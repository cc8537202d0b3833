"""Round 12 of issue 15 (NHS recall): the person sought written as a vacancy that
"has arisen for" them, team working said of the candidate in prose, a lead-in that
says what the candidate will possess, and NHS terms the taxonomy lacked."""

from __future__ import annotations

import pytest

from gapcheck.extract.posting_filter import rules_only
from gapcheck.extract.posting_terms import asked_mentions
from gapcheck.extract.posting_traits import trait_mentions
from gapcheck.extract.taxonomy import load_taxonomy
from gapcheck.parse import parse_posting
from gapcheck.parse.posting_headings import lead_in
from gapcheck.records import Document, Posting

_HEAD = (
    "{title}\n\nJob overview\n\n{body}\n\nMain duties of the job\n\n- Deliver care.\n"
)


def _posting(body: str, title: str = "Occupational Therapist") -> Posting:
    return parse_posting(Document("p.txt", "txt", _HEAD.format(title=title, body=body)))


def _traits(body: str, title: str = "Occupational Therapist") -> list[str]:
    return [m.text for m in trait_mentions(_posting(body, title), None, [])]


def test_the_qualities_of_the_person_a_vacancy_has_arisen_for_are_asked() -> None:
    assert _traits(
        "An exciting post has arisen for an enthusiastic and highly motivated Band 6 "
        "Occupational Therapist to join the stroke unit."
    ) == ["enthusiastic", "motivated"]
    assert _traits(
        "Applications are invited from enthusiastic, energetic and highly motivated "
        "individuals who are passionate about patient care."
    ) == ["enthusiastic", "energetic", "motivated", "passionate"]
    assert _traits(
        "We are in need of a fun, enthusiastic and highly motivated colleague."
    ) == ["enthusiastic", "motivated"]
    assert _traits("We are looking for motivated staff.") == ["motivated"]


def test_a_quality_of_the_team_a_vacancy_has_arisen_in_is_not_asked() -> None:
    text = "A vacancy has arisen for a Band 5 nurse to join our dynamic team."
    assert _traits(text) == []


def _teamwork(body: str, title: str = "Outpatient Support Clerk") -> bool:
    with rules_only():
        found = asked_mentions([], _posting(body, title), load_taxonomy())
    return any(m.canonical == "Teamwork" for m in found)


@pytest.mark.parametrize(
    "body",
    [
        "We are looking to appoint a proactive Outpatient Support Clerk to work as "
        "part of a team to provide administrative support.",
        "The post holder will work as part of a dynamic team in delivering advice.",
        "The successful applicants will be working as part of a team of 10 registrars.",
        "The post holder will be an integral part of the team.",
    ],
)
def test_team_working_said_of_the_candidate_in_prose_is_teamwork(body: str) -> None:
    assert _teamwork(body)


@pytest.mark.parametrize(
    "body",
    [
        "This post offers an excellent opportunity to join our team.",
        "Our clerks work as part of a team of ten.",
        "You will have the opportunity to work as part of a research team.",
        "Patients are cared for within a multidisciplinary team.",
    ],
)
def test_a_team_joined_offered_or_of_others_is_no_teamwork(body: str) -> None:
    assert not _teamwork(body)


def test_a_lead_in_saying_what_the_candidate_will_possess_opens_requirements() -> None:
    assert lead_in("In addition to your strong clinical skills you will possess:") == (
        "requirements"
    )
    assert lead_in("You will bring the following:") == "requirements"


@pytest.mark.parametrize(
    ("wording", "name"),
    [
        ("non-admitted PTL", "Patient tracking list"),
        ("case notes", "Medical records"),
        ("medical gases", "Medical gases"),
        ("COSHH", "COSHH"),
        ("clinical skills", "Clinical skills"),
        ("EPR", "Electronic health records"),
        ("IT skills", "Office productivity"),
        ("NHS performer number", "NHS performers list"),
        ("dysarthria", "Dysarthria"),
        ("telephone enquiries", "Telephone skills"),
        ("catering", "Catering"),
    ],
)
def test_nhs_wordings_name_their_skill(wording: str, name: str) -> None:
    skill = load_taxonomy().get(wording)
    assert skill is not None and skill.name == name
