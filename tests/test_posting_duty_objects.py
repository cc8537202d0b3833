"""Round 12 (issue 15): what a duty line asks when no known skill names it, the
kind of an experience asked ("Management experience"), the qualities of service
work, and the licences and checks of trades, driving, care and hospitality."""

from __future__ import annotations

import pytest

from gapcheck.extract.posting_duty_objects import (
    duty_object,
    duty_phrases,
    list_item_phrases,
)
from gapcheck.extract.posting_keyphrases import object_span
from gapcheck.extract.posting_terms import asked_mentions
from gapcheck.extract.posting_traits import trait_mentions
from gapcheck.parse import parse_posting
from gapcheck.records import Document
from gapcheck.score import resolve_taxonomy

TAXONOMY = resolve_taxonomy()


def _object(line: str) -> str | None:
    text = f"- {line}\n"
    span = duty_object(text, 2, len(text) - 1, TAXONOMY)
    return None if span is None else text[span[0] : span[1]]


@pytest.mark.parametrize(
    ("line", "term"),
    [
        ("Watering", "Watering"),
        ("Meal preparation", "Meal preparation"),
        ("Cash tracking and weekly deposits", "Cash tracking"),
        (
            "Sanitization of all public and staff spaces throughout the day.",
            "Sanitization",
        ),
        (
            "Review and process passport applications including verification of forms",
            "passport applications",
        ),
        ("Assist with loading products into customer vehicles", "loading products"),
        ("Help with fountain maintenance", "fountain maintenance"),
        ("Assist with outdoor plantings and plant replacements", "outdoor plantings"),
        ("Ordering yard art inventory", "yard art inventory"),
        (
            "Coordinating and executing outdoor seasonal planting schedule",
            "seasonal planting schedule",
        ),
        ("Keeping accurate records of care provided", "accurate records"),
    ],
)
def test_a_duty_asks_its_noun_of_work_or_its_object(line: str, term: str) -> None:
    assert _object(line) == term


@pytest.mark.parametrize(
    "line",
    [
        "Greet customers",  # a person as the object
        "Help customers find items they are looking for",
        "Supporting our clients with their personal care",  # the employer's own
        "Execute standard tasks",  # a generic head
        "Other duties as assigned",
        "Deliver pots, fountains to homes and businesses",  # a lone unknown word
        "Maintaining a clean and safe environment for residents",  # a cut coordination
        "Follow Manager Task List (daily, weekly, monthly, yearly)",  # no skill asked
        "Ensure all dishes are properly stored",
        "Clean, restock, and sanitize all bathrooms hourly",  # a list of verbs
        "Preparation of meals for residents",  # "of" after a word no skill names
        "Answer questions associated with the application process",
        "Mentor a junior Data Analyst",  # a person by rank
        "Contribute to the teams' supervision and training",
        "Carry out the safe removal of clinical waste",  # "removal of" cut off
        "Maintains quality service by establishing standards",  # a template's verb
        "Manages the learning and growth needs of resources",
        "As a Band 6 OT, you will have an active role",  # no verb opens it
    ],
)
def test_no_duty_term_where_the_object_names_no_work(line: str) -> None:
    assert _object(line) is None


POSTING = (
    "Passport Acceptance Agent\n\nDarien Library is seeking a part-time agent.\n\n"
    "Duties & Responsibilities\n\n"
    "- Review and process passport applications including verification of forms\n"
    "- Greet customers\n\n"
    "Skills & Qualifications\n\n- Excellent customer service skills\n"
)


def test_a_duty_line_with_a_kept_term_gives_no_phrase() -> None:
    posting = parse_posting(Document("p.txt", "txt", POSTING))
    names = [m.text for m in duty_phrases(posting, [], TAXONOMY)]
    assert names == ["passport applications"]
    covered = duty_phrases(posting, [], TAXONOMY)
    assert duty_phrases(posting, covered, TAXONOMY) == []


def test_the_duty_phrase_is_a_term_of_the_posting() -> None:
    posting = parse_posting(Document("p.txt", "txt", POSTING))
    terms = [m.text for m in asked_mentions([], posting, TAXONOMY)]
    assert "passport applications" in terms


@pytest.mark.parametrize(
    ("line", "term"),
    [
        ("1 year+ Management experience", "Management experience"),
        ("Previous care experience", "care experience"),
        ("Minimum 3-5 years bookkeeping experience", "bookkeeping experience"),
        ("Relevant clinical experience", None),  # an adjective names no field
        ("Previous experience", None),
    ],
)
def test_an_experience_line_asks_its_kind(line: str, term: str | None) -> None:
    span = object_span(line, 0, len(line))
    assert (None if span is None else line[span[0] : span[1]]) == term


def _traits(text: str) -> list[str]:
    posting = parse_posting(Document("p.txt", "txt", text))
    return [m.text for m in trait_mentions(posting, TAXONOMY, [])]


def test_qualities_of_service_work_are_traits_where_asked() -> None:
    text = (
        "Bookkeeper\n\nWe are looking for a friendly, vibrant new member of staff.\n\n"
        "Skills & Attributes\n\n- Highly organized, with attention to detail\n"
        "- Punctual\n"
    )
    assert _traits(text) == ["friendly", "Highly organized", "Punctual"]
    assert _traits("Cook\n\nJoin our friendly team in the kitchen.\n") == []


@pytest.mark.parametrize(
    ("wording", "skill"),
    [
        ("Food Hygiene Level 2", "Food handler certification"),
        ("18th Edition", "BS 7671 Wiring Regulations"),
        ("HGV", "HGV licence"),
        ("CDL", "Commercial driver's license"),
        ("FLT licence", "Forklift certification"),
        ("Care Certificate", "Care Certificate"),
        ("Level 3 Diploma in Health and Social Care", "Health and social care diploma"),
        ("QCF Level 2", "Health and social care diploma"),
        ("Driver CPC", "Driver CPC"),
        ("personal care", "Personal care"),
        ("moving and handling", "Manual handling"),
        ("working with vulnerable adults", "Safeguarding adults"),
        ("criminal background check", "Background check"),
        ("outdoor conditions", "Working outdoors"),
    ],
)
def test_licences_and_duties_of_non_nhs_vacancies_are_known(
    wording: str, skill: str
) -> None:
    found = TAXONOMY.get(wording)
    assert found is not None and found.name == skill


def test_a_duties_line_that_asks_of_the_person_gives_its_traits() -> None:
    text = (
        "Custodian\n\nDuties & Responsibilities\n\n- Clean all bathrooms hourly.\n"
        "- Must be punctual and committed to the Library's standards.\n"
    )
    assert _traits(text) == ["punctual", "committed"]


def test_a_sub_heading_inside_a_benefits_list_stays_in_the_list() -> None:
    text = (
        "Support Worker\n\nMain duties of the job\n- Help with personal care\n\n"
        "What we offer?\n- 27 days annual leave\nTraining and Development\n"
        "- Care Certificate\nHealth and Wellbeing\n- Mindfulness training\n\n"
        "Person specification\n- Full UK driving licence\n"
    )
    posting = parse_posting(Document("p.txt", "txt", text))
    names = [s.name for s in posting.sections]
    assert names == ["title", "responsibilities", "benefits", "requirements"]
    asked = [r.text for r in posting.requirements]
    assert "Care Certificate" not in asked and "Mindfulness training" not in asked


# Round 12b: duty lists and "duties will include ..." prose.
LIST_POSTING = (
    "Ward Clerk\n\nJob overview\nWe are looking for a ward clerk. Your main duties"
    " will include answering the telephone, filing, clinic typing and booking"
    " appointments.\n"
)

BULLETS_POSTING = """Healthcare Assistant

About the Job
- Undertake Covid-19 swab tests on patients in their own homes
- Perform initial assessments on patients in a courteous manner
"""


def test_the_items_of_a_duties_list_in_prose_are_terms() -> None:
    posting = parse_posting(Document("p.txt", "txt", LIST_POSTING))
    names = [m.text for m in list_item_phrases(posting, [], TAXONOMY)]
    assert "answering the telephone" in names
    assert "clinic typing" in names
    assert "booking appointments" in names
    assert (
        list_item_phrases(posting, list_item_phrases(posting, [], TAXONOMY), TAXONOMY)
        == []
    )


def test_an_imperative_list_item_under_any_heading_is_a_duty() -> None:
    posting = parse_posting(Document("p.txt", "txt", BULLETS_POSTING))
    kinds = {
        posting.document.text[r.start : r.end][:9]: r.kind for r in posting.requirements
    }
    assert kinds.get("Undertake") == "duty"  # Covid-19 as the work, not a COVID note
    assert kinds.get("Perform i") == "duty"
    terms = [m.text for m in asked_mentions([], posting, TAXONOMY)]
    assert "Covid-19 swab tests" in terms
    assert "initial assessments" in terms


def test_a_covid_arrangement_is_still_a_note() -> None:
    text = "Nurse\n\nRequirements\n- Due to COVID-19 interviews will be held online\n"
    posting = parse_posting(Document("p.txt", "txt", text))
    assert not any("COVID" in r.text for r in posting.requirements)
