"""Where the work is and what the employer gives are never terms asked of the candidate
(gapcheck/extract/posting_where.py, issue 15 round 5 part 2); the last test holds the
fresh3 judged set (models/posting_judgements/*_fresh3.tsv), unseen while these rules
were written."""

from __future__ import annotations

import pytest

from gapcheck.extract.posting_where import (
    colleagues,
    generic_phrase,
    hiring_process,
    names_a_post,
    offer_question,
    offered,
    place_name,
    where_listed,
)
from gapcheck.parse.never_asked import describes_entity
from gapcheck.records import Mention
from tests.test_posting_structure import judged_figures

FRESH3_PRECISION = 0.68
FRESH3_RECALL = 0.83


def _m(text: str, part: str, canonical: str | None = None, nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(part, start + 1)
    return Mention(start, start + len(part), part, "SKILL", canonical=canonical)


@pytest.mark.parametrize(
    ("text", "part", "expected"),
    [
        ("- Easily commutable from Bloxwich, Walsall and around.", "Walsall", True),
        ("Work at other sites at Basingstoke and Andover.", "Andover", True),
        ("Flights from Humberside Airport.", "Humberside Airport", True),
        ("Experience in Python, Pandas and SQL is essential.", "Pandas", False),
        ("The ability to speak Welsh is desirable.", "Welsh", False),
    ],
)
def test_a_place_after_a_preposition_of_place_is_no_term(
    text: str, part: str, expected: bool
) -> None:
    assert place_name(_m(text, part), text) is expected


def test_a_named_skill_is_never_a_place() -> None:
    text = "Moving from Oracle to PostgreSQL."
    assert not place_name(_m(text, "Oracle", canonical="Oracle"), text)


def test_a_list_of_specialties_where_one_may_work_asks_nothing() -> None:
    text = (
        "We are looking for Doctors on a bank basis, across, but not limited to, the "
        "following specialties:\n\n- Anaesthetics\n\n- General Surgery\n"
    )
    assert where_listed(_m(text, "General Surgery"), text, domain=True)
    asked = "You will have experience in the following areas:\n- Anaesthetics\n"
    assert not where_listed(_m(asked, "Anaesthetics"), asked, domain=True)
    duties = "Key areas of responsibility:\n- Budget setting\n"
    assert not where_listed(_m(duties, "Budget setting"), duties, domain=False)


def test_a_named_unit_after_across_is_where_not_what() -> None:
    text = "- Securing value for money across Critical Care, Theatres and Anaesthetics"
    assert where_listed(_m(text, "Anaesthetics"), text, domain=True)
    plain = "Manage TPMs working across all core networking groups."
    assert not where_listed(_m(plain, "networking"), plain, domain=True)


@pytest.mark.parametrize(
    ("text", "part", "expected"),
    [
        ("- Generous learning opportunities e.g. DBT training", "DBT", True),
        ("With the opportunity of being mentored.", "mentored", True),
        ("Dedicated mentoring for applicants.", "mentoring", True),
        ("Experience will be delivered via simulation.", "simulation", True),
        ("We offer the successful candidate support for DBT.", "DBT", True),
        ("The Trust is committed to safeguarding adults.", "safeguarding", True),
        ("You must have completed DBT training.", "DBT", False),
        ("Applicants who are committed to safeguarding.", "safeguarding", False),
    ],
)
def test_what_the_employer_gives_is_not_asked(
    text: str, part: str, expected: bool
) -> None:
    m = _m(text, part)
    assert offered(m, text, text) is expected


@pytest.mark.parametrize(
    ("surface", "canonical", "expected"),
    [
        ("technical skills", None, True),
        ("progressive environment", None, True),
        ("appropriate training", None, True),
        ("acute respiratory skills", None, False),
        ("positive approach", None, False),
        ("technical skills", "Technical skills", False),
    ],
)
def test_vague_words_before_a_generic_head_name_nothing(
    surface: str, canonical: str | None, expected: bool
) -> None:
    m = Mention(0, len(surface), surface, "SKILL", canonical=canonical)
    assert generic_phrase(m) is expected


def test_colleagues_and_kinds_of_staff_are_not_asked() -> None:
    text = (
        "You will work alongside Consultant Surgeons, Physiotherapists, "
        "Occupational Therapists and the team."
    )
    assert colleagues(_m(text, "Occupational Therapists"), text)
    staff = "communicating with patients, nursing, dental, medical and other staff"
    assert colleagues(_m(staff, "nursing"), staff)
    duty = "The role involves teaching, assessing & mentoring staff."
    assert not colleagues(_m(duty, "teaching"), duty)
    joined = "The candidate will join a team of Senior Physiotherapists."
    assert not colleagues(_m(joined, "Physiotherapists"), joined)


def test_a_specialty_in_a_rotation_or_an_areas_list_is_where() -> None:
    text = (
        "This is a rotational experience in Critical Care, Paediatrics, Surgical Wards"
    )
    assert where_listed(_m(text, "Paediatrics"), text, domain=True)
    areas = "you will be responsible for system areas such as Pathology & Cardiology"
    assert where_listed(_m(areas, "Cardiology"), areas, domain=False)
    asked = "You must have experience in Critical Care, Paediatrics and Surgery"
    assert not where_listed(_m(asked, "Paediatrics"), asked, domain=True)


def test_the_items_of_an_offer_lead_in_are_offered() -> None:
    text = (
        "Livewell Southwest values its staff and makes investment in:\n"
        "- Coaching and mentoring\n- Robust Preceptorship\n"
    )
    assert offered(_m(text, "Preceptorship"), text, "- Robust Preceptorship")
    asked = "You will have:\n- Coaching and mentoring skills\n"
    assert not offered(_m(asked, "Coaching"), asked, "- Coaching and mentoring skills")


@pytest.mark.parametrize(
    ("sentence", "part", "certification", "expected"),
    [
        ("Shortlisted candidates will undertake online psychometric tests",
         "psychometric", False, True),
        ("Interviews may be conducted remotely via Microsoft Teams",
         "Microsoft Teams", False, True),
        ("All candidates will be subject to an enhanced DBS check", "DBS", True, False),
        ("Experience of Microsoft Teams is essential", "Microsoft Teams", False, False),
    ],
)  # fmt: skip
def test_how_the_employer_selects_asks_no_skill(
    sentence: str, part: str, certification: bool, expected: bool
) -> None:
    assert hiring_process(_m(sentence, part), sentence, certification) is expected


def test_a_question_offering_growth_asks_nothing() -> None:
    assert offer_question(
        "Would you like to develop your leadership and teaching skills"
    )
    assert offer_question("Do you need access to flexible working hours")
    assert not offer_question("Do you have experience of Python")


def test_a_named_place_saying_what_it_is_asks_nothing() -> None:
    assert describes_entity(
        "Conifer Lodge is a care home with nursing that provides care"
    )
    assert not describes_entity("SQL Server is a plus")
    assert not describes_entity(
        "Conifer Lodge is a home; you must hold NMC registration"
    )
    assert not describes_entity("The Trainee Nursing Associate is a band 3 role")


def test_a_name_before_another_persons_post_is_no_term() -> None:
    text = "support the Infection Prevention Nurse Manager in guiding strategy"
    assert names_a_post(_m(text, "Infection Prevention"), text, "TB Lead Nurse")
    own = "As a highly talented Digital Transformation Programme Manager you"
    title = "Digital Transformation Programme Manager"
    assert not names_a_post(_m(own, "Digital Transformation"), own, title)


def test_the_members_of_a_team_are_colleagues() -> None:
    text = "an MDT consisting of occupational therapists, nurses and psychologist"
    assert colleagues(_m(text, "psychologist"), text)
    sup = "clinical care under the supervision of a registered nurse within each"
    assert colleagues(_m(sup, "registered nurse"), sup)


# -- the fresh3 judged set -----------------------------------------------------------


def test_fresh3_real_postings_hold_their_floor() -> None:
    """The fresh3 set (24 NHS postings of 12 groups, select.py --plan fresh3 --seed
    5377, gold written before gapcheck ran on them, every term judged by hand):
    precision 0.69, essential recall 0.80 at main fcb411d; 0.70 and 0.82 after this
    round; 0.78 and 0.85 after round 9's key phrases (floors a small margin below)."""
    precision, recall = judged_figures("fresh3")
    assert precision >= FRESH3_PRECISION
    assert recall >= FRESH3_RECALL
