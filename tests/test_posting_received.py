"""What the post receives, what the employer has won and what a posting rules out are
no terms asked (gapcheck/extract/posting_received.py, issue 15 round 12); a Scrum
Master is no master's degree, and a heading over the employer's values or offer opens
a section that asks nothing (gapcheck/parse/posting_headings.py)."""

from __future__ import annotations

import pytest

from gapcheck.extract.posting_received import (
    awarded,
    cut_from_prefix,
    legal_form,
    not_asked,
    received,
    ruled_out,
    team_member,
    unit_acronym,
)
from gapcheck.parse.degrees import degree_levels
from gapcheck.parse.sections import canonical
from gapcheck.records import Mention


def _m(text: str, part: str, nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(part, start + 1)
    return Mention(start=start, end=start + len(part), text=part, label="SKILL")


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("As a PCH nurse you will gain expertise in many clinical skills including "
         "wound care; leg ulcer assessment.", "wound care"),
        ("There will be support given to obtain competencies as per the AIM and GIM "
         "curriculum.", "GIM"),
        ("With great education and development opportunities, along with induction, "
         "orientation and preceptorship, we will make you welcome.", "preceptorship"),
        ("You will have access to support and supervision from the nurse manager.",
         "supervision"),
        ("Unsocial hours enhancements are paid.", "Unsocial hours"),
        ("We have experienced staff able to support newly qualified staff through "
         "their preceptorship.", "preceptorship"),
        ("You will develop new skills and knowledge whilst working with an "
         "established team.", "team"),
    ],
)  # fmt: skip
def test_what_the_post_receives_is_not_asked(text: str, part: str) -> None:
    assert received(_m(text, part), text)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("You will provide clinical supervision to junior staff.",
         "clinical supervision"),
        ("You will develop care plans for patients with wound care needs.",
         "wound care"),
        ("You will be supported to develop, but you must have experience of wound "
         "care.", "wound care"),
        ("Experience of delivering training programmes in Python is essential.",
         "Python"),
        ("We will expect the successful candidate to engage with professional "
         "development opportunities such as delivering teaching.",
         "delivering teaching"),
    ],
)  # fmt: skip
def test_what_is_asked_stays(text: str, part: str) -> None:
    assert not received(_m(text, part), text)


def test_the_employers_awards_are_not_asked() -> None:
    text = (
        "In the latest NHS Staff Survey, we were in the top 10 acute trusts for staff "
        "engagement.\n- Safety culture (best score for 2nd year running)\n"
        "We are a Dementia Friendly hospital.\n"
        "You must have experience of safety culture audits.\n"
        "Having been awarded Outstanding by the CQC, we are looking for an "
        "occupational therapist."
    )
    assert awarded(_m(text, "staff engagement"), text)
    assert awarded(_m(text, "Safety culture"), text)
    assert awarded(_m(text, "Dementia"), text)
    assert not awarded(_m(text, "safety culture", 0), text)
    assert not awarded(_m(text, "occupational therapist"), text)


def test_team_members_are_people_not_skills() -> None:
    text = (
        "Nurses are valued members of the multi-disciplinary team which also "
        "includes Medics, Psychologists, Social Workers and OT's. You must be a "
        "Registered Nurse."
    )
    assert team_member(_m(text, "Social Workers"), text)
    assert not team_member(_m(text, "Registered Nurse"), text)


def test_what_a_posting_rules_out_is_not_asked() -> None:
    text = (
        "This role is sales only: no lead generation, no dashboards. We're not using "
        "React. You need no less than 3 years of Python and experience of Django."
    )
    assert ruled_out(_m(text, "lead generation"), text)
    assert ruled_out(_m(text, "dashboards"), text)
    assert ruled_out(_m(text, "React"), text)
    assert not ruled_out(_m(text, "Python"), text)
    assert not ruled_out(_m(text, "Django"), text)


def test_cut_words_units_and_legal_forms() -> None:
    text = (
        "Non medical prescribing is desirable. Based at St Ann's Hospital. "
        "Cook at Assessment and Treatment Service (ATS), Leeds. ATS is a 7 bedded "
        "unit. DHU 111 (East Midlands) CIC is looking for nurses; Applicant Tracking "
        "System (ATS) experience."
    )
    assert cut_from_prefix(_m(text, "medical prescribing"), text)
    assert cut_from_prefix(_m(text, "Ann"), text)
    ats = _m(text, "ATS", 1)
    assert unit_acronym(
        Mention(**{**ats.__dict__, "canonical": "Applicant Tracking System"}), text
    )
    assert not unit_acronym(ats, text)  # no sense of its own: left to the noise rule
    assert legal_form(_m(text, "CIC"), text)
    assert not not_asked(_m(text, "nurses"), text)
    dbs = "Disclosure and Barring Service (DBS) check. The DBS is paid by you."
    found = _m(dbs, "DBS", 1)
    checked = Mention(**{**found.__dict__, "canonical": "DBS check"})
    assert not unit_acronym(checked, dbs)


def test_a_units_specialty_is_where_the_post_is() -> None:
    from gapcheck.extract.posting_received import unit_specialty

    text = (
        "Ward 22 is a medical ward specializing in Respiratory Medicine. We offer a "
        "range of specialities - Obstetric, head and neck, gynaecology. You must have "
        "experience in Respiratory Medicine."
    )
    assert unit_specialty(_m(text, "Respiratory Medicine"), text)
    assert unit_specialty(_m(text, "gynaecology"), text)
    assert not unit_specialty(_m(text, "Respiratory Medicine", 1), text)
    band = "Band C Specialist Dentist in Paediatric Dentistry"
    assert cut_from_prefix(_m(band, "C Specialist Dentist"), band)
    assert not cut_from_prefix(_m(band, "Paediatric Dentistry"), band)


def test_a_committee_is_who_meets() -> None:
    from gapcheck.extract.posting_received import committee

    text = "Report to the Audit Committee and the MDT Risk Forum; audit experience."
    assert committee(_m(text, "Audit"), text)
    assert committee(_m(text, "Risk"), text)
    assert not committee(_m(text, "audit"), text)


def test_a_scrum_master_is_no_masters_degree() -> None:
    assert degree_levels("Scrum Master certification (PSM I)") == []
    assert degree_levels("Master Plumber wanted") == []
    assert degree_levels("A Master degree in Computer Science") == ["master"]
    assert degree_levels("Bachelor or Master in Economics") == ["bachelor", "master"]


@pytest.mark.parametrize(
    ("heading", "section"),
    [
        ("what you will find in our Bright Team", "benefits"),
        ("What you can expect once you join the team:", "benefits"),
        ("get to know our values", "other"),
        ("Our Culture", "other"),
        ("Life at Acme", "about"),
    ],
)
def test_a_heading_over_the_employers_culture_asks_nothing(
    heading: str, section: str
) -> None:
    assert canonical(heading, "posting") == section


def test_who_we_are_looking_for_asks() -> None:
    assert canonical("Who We Are Looking For", "posting") != "about"


def test_a_role_or_a_field_is_no_doctorate() -> None:
    assert degree_levels("It requires thorough DBA knowledge and experience") == []
    assert degree_levels("A Doctor of Philosophy or an MBA") == [
        "master",
        "doctorate",
    ]
