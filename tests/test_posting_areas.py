"""Round 11 of issue 15 (clinical recall): areas of practice asked in sentence form
(gapcheck.extract.posting_areas), the post's duties told in prose and headings over
nothing (gapcheck.parse.posting), professional bodies (the UK health taxonomy)."""

from __future__ import annotations

import pytest

from gapcheck.extract.posting_areas import area_mentions
from gapcheck.extract.posting_terms import asked_mentions
from gapcheck.parse import parse_posting
from gapcheck.parse.posting import empty_section, post_duties
from gapcheck.records import Document, Mention, Posting


def _posting(text: str) -> Posting:
    return parse_posting(Document("p.txt", "txt", text))


def _areas(text: str, taxonomy: object = None) -> list[str]:
    return [m.text for m in area_mentions(_posting(text), [], taxonomy)]


@pytest.fixture(scope="module")
def taxonomy() -> object:
    from gapcheck.score import resolve_taxonomy

    return resolve_taxonomy()


_HEAD = (
    "Mental Health Nurse\n\nJob overview\n\n{}\n\n"
    "Main duties of the job\n\n- Deliver care.\n"
)


def test_the_condition_of_the_people_one_works_with_is_asked() -> None:
    got = _areas(_HEAD.format(
        "You should have experience of working with people who experience serious "
        "mental health problems, experience of managing crisis for people with a "
        "severe mental illness."
    ))  # fmt: skip
    assert got == ["mental health problems", "severe mental illness"]
    got = _areas(_HEAD.format(
        "You must have evidence of working with people who have experienced a "
        "mental health problem."
    ))  # fmt: skip
    assert got == ["mental health problem"]


def test_a_condition_on_a_duty_line_or_in_the_employers_words_is_not() -> None:
    duty = (
        "Staff Nurse\n\nMain duties of the job\n\n"
        "- Provide care to patients with dementia on the ward.\n"
    )
    assert _areas(duty) == []
    employer = _HEAD.format(
        "The service supports older people with dementia in their own homes."
    )
    assert _areas(employer) == []
    ours = (
        "Staff Nurse\n\nEssential criteria\n\n- Ward experience is essential.\n"
        "- We care for patients with a range of Respiratory conditions.\n"
    )
    assert _areas(ours) == []


def test_a_skill_written_as_a_noun_before_skills_or_knowledge_is_asked() -> None:
    got = _areas(_HEAD.format(
        "The role requires: key consultancy skills; good neurodevelopmental "
        "knowledge."
    ))  # fmt: skip
    assert got == ["consultancy skills", "neurodevelopmental knowledge"]


def test_framing_words_verbs_and_participles_are_no_skill() -> None:
    for text in (
        "You must have the opportunity to develop skills.",
        "You will need excellent skills and adequate knowledge.",
        "You must bring specialist knowledge.",
        "Essential: a fully equipped life skills kitchen.",
        "Essential: community outreach to develop social skills.",
        "You must be ready to enhance your existing assessment skills.",
        "If you have the pre-requisite skills, apply.",
    ):
        got = _areas(_HEAD.format(text))
        assert got == [], text


def test_the_titles_profession_by_its_field_when_the_text_names_it(
    taxonomy: object,
) -> None:
    text = (
        "Phlebotomist\n\nWe have an opportunity for a qualified Phlebotomist to join "
        "our team. You must be willing to work from any of our sites.\n"
    )
    got = area_mentions(_posting(text), [], taxonomy)
    assert [(m.text, m.canonical) for m in got] == [("Phlebotomist", "Phlebotomy")]
    titled = (
        "Chief Cardiac Physiologist - Band 7\n\nYou must be an experienced cardiac "
        "physiologist with echocardiography accreditation.\n"
    )
    assert [m.text for m in area_mentions(_posting(titled), [], taxonomy)] == [
        "Cardiac Physiologist"
    ]
    graded = (
        "Highly Specialised Respiratory Physiologist\n\nYou must be a respiratory "
        "physiologist.\n"
    )
    assert [m.text for m in area_mentions(_posting(graded), [], taxonomy)] == [
        "Respiratory Physiologist"
    ]


def test_the_titles_profession_is_not_asked_by_the_title_alone(
    taxonomy: object,
) -> None:
    text = "Phlebotomist\n\nYou must be willing to work from any of our sites.\n"
    assert area_mentions(_posting(text), [], taxonomy) == []
    covered = [Mention(0, 12, "Phlebotomist", "SKILL", canonical="Phlebotomy")]
    named = "Phlebotomist\n\nWe need a qualified Phlebotomist.\n"
    assert area_mentions(_posting(named), covered, taxonomy) == []


def test_the_posts_duties_told_in_prose_are_a_duty_line() -> None:
    assert post_duties("As a PWP you will support the delivery of CBT interventions.")
    assert post_duties("Your main duties will be to collect blood samples.")
    assert post_duties("Responsibilities will include the supervision of junior staff.")
    assert post_duties("You will be responsible for the ward's rota.")
    assert not post_duties("As a member of our team you will be supported by a mentor.")
    assert not post_duties("As a Trust we will offer you a pension.")
    posting = _posting(
        "Wellbeing Practitioner\n\nAbout us\n\nWe are a large charity.\n\n"
        "As a PWP you will support the delivery of Cognitive Behavioural Therapy.\n\n"
        "To succeed you will need:\n\n- A BPS accredited certificate.\n"
        "- Experience of working to targets.\n"
    )
    duty = [r for r in posting.requirements if "As a PWP" in r.text]
    assert len(duty) == 1 and duty[0].kind == "duty"


def test_a_heading_over_no_words_does_not_make_the_prose_strict() -> None:
    text = (
        "Phlebotomist\n\nWe are a GP practice of five sites.\n\n"
        "Your main duties will be to collect blood samples from patients.\n\n"
        "We can offer you:\n\n-\nOpportunity to develop skills\n\n-\nNHS pension\n"
    )
    posting = _posting(text)
    empty = [s for s in posting.sections if empty_section(s)]
    found = [r.text for r in posting.requirements]
    assert any("collect blood samples" in t for t in found), (empty, found)


def test_membership_of_a_professions_body_is_asked(taxonomy: object) -> None:
    text = (
        "Physiotherapist\n\nEssential criteria\n\n- Must hold a Physiotherapy degree "
        "and the appropriate registrations (HCPC, Member of Chartered Society of "
        "Physiotherapy).\n"
    )
    from gapcheck.pipeline import analyse_document

    analysis = analyse_document(
        Document("p.txt", "txt", text), "posting", taxonomy=taxonomy
    )
    assert isinstance(analysis.record, Posting)
    asked = asked_mentions(analysis.mentions, analysis.record, taxonomy)
    assert "Chartered Society of Physiotherapy" in {m.canonical for m in asked}


def test_a_car_driver_or_owner_is_a_driving_licence_asked() -> None:
    posting = _posting(
        "Care Coordinator\n\nAbout the role\n\nYou will hold a designated caseload."
        "\n\nA car driver/owner is essential.\n"
    )
    assert any("driv" in c.lower() for c in posting.certifications)


def test_an_ability_ends_at_the_next_one() -> None:
    from gapcheck.extract.posting_keyphrases import object_span

    text = "be willing to work flexibly and able to supervise students on placements"
    span = object_span(text, text.index("work"), len(text))
    assert span is not None and text[span[0] : span[1]] == "work flexibly"


def test_a_condition_ends_before_where_and_needs_a_condition() -> None:
    got = _areas(_HEAD.format(
        "Essential: experience caring for older people with mental health problems "
        "in a range of clinical settings."
    ))  # fmt: skip
    assert got == ["mental health problems"]
    for text in (
        "You must support patients who have completed primary treatment.",
        "You must know care homes, homes for people with learning disabilities.",
        "You should possess knowledge of the Mental Health Act.",
        "You must have an interest in working with adults with severe, complex, "
        "and enduring mental illness.",
    ):
        assert _areas(_HEAD.format(text)) == [], text


def test_a_framing_word_comes_off_the_name() -> None:
    got = _areas(
        _HEAD.format("You must show understanding, alongside empathetic skills.")
    )
    assert got == ["empathetic skills"]
