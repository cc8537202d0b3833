"""Round 13 (issue 15): what the prose sentences of a posting's requirements ask,
clause by clause, what a short bullet of any requirement kind asks, and traits asked
of support grades."""

from __future__ import annotations

import pytest

from gapcheck.extract.posting_prose_objects import (
    bullet_phrases,
    clause_spans,
    prose_object_phrases,
)
from gapcheck.extract.posting_traits import trait_mentions
from gapcheck.parse import parse_posting
from gapcheck.records import Document
from gapcheck.score import resolve_taxonomy

TAXONOMY = resolve_taxonomy()


def _clauses(sentence: str) -> list[str]:
    return [
        sentence[s:e] for s, e in clause_spans(sentence, 0, len(sentence), TAXONOMY)
    ]


@pytest.mark.parametrize(
    ("sentence", "terms"),
    [
        (
            "These could include typing clinical correspondence, clinic preparation, "
            "appointment scheduling and diary management.",
            ["typing clinical correspondence", "clinic preparation",
             "appointment scheduling", "diary management"],
        ),
        (
            "The successful candidates will be able to initiate laboratory and "
            "radiological investigations, make referrals and prescribe treatments.",
            ["radiological investigations"],
        ),
        (
            "You will support patients in various ways such as toileting, bed making "
            "and washing.",
            ["bed making"],
        ),
    ],
)  # fmt: skip
def test_a_clause_gives_its_items(sentence: str, terms: list[str]) -> None:
    got = _clauses(sentence)
    for term in terms:
        assert term in got


@pytest.mark.parametrize(
    "sentence",
    [
        # the employer, an offer, an invitation, training given, instructions
        "If you would like to know a little more about how we use your information.",
        "In return you will receive generous annual leave, including bank holidays.",
        "You will be invited to work with our team of Clinical and Forensic "
        "Psychologists.",
        "Willing to undergo suitable training such as manual handling and advanced "
        "driving where needed.",
        "Please check your emails regularly, including your junk/spam regularly.",
        "As a district hospital we are able to deliver other therapies including gene "
        "therapies and immunotherapies.",
        "This role involves supporting a band 5 dietitian on an oncology rotation.",
    ],
)
def test_no_clause_item_where_nothing_is_asked(sentence: str) -> None:
    assert _clauses(sentence) == []


def test_a_short_sentence_is_left_to_the_line_rules() -> None:
    assert _clauses("You will manage diary management.") == []


POSTING = (
    "Health Care Assistant\n\n"
    "Job overview\n\n"
    "We are looking for caring, compassionate and enthusiastic Health Care Assistants "
    "with an interest in patient care.\n\n"
    "Main duties of the job\n\n"
    "Responsibilities of this role cover a wide range of duties. These could include "
    "clinic preparation, appointment scheduling and waiting list management.\n\n"
    "You will need:\n\n"
    "- Logging mileage and completing expense forms to ensure reimbursement of "
    "expenses.\n"
    "Our latest achievements include:\n\n"
    "- Trust rates Outstanding by the CQC\n"
)


def test_the_prose_and_bullet_items_of_a_posting() -> None:
    posting = parse_posting(Document("p.txt", "txt", POSTING))
    prose = [m.text for m in prose_object_phrases(posting, [], TAXONOMY)]
    assert "clinic preparation" in prose
    # a kept mention over an item gives no second phrase
    assert (
        prose_object_phrases(
            posting, prose_object_phrases(posting, [], TAXONOMY), TAXONOMY
        )
        == []
    )
    bullets = [m.text for m in bullet_phrases(posting, [], TAXONOMY)]
    assert "Logging mileage" in bullets
    assert not any("Outstanding" in b for b in bullets)  # the employer's list


def test_traits_asked_of_support_grades() -> None:
    posting = parse_posting(Document("p.txt", "txt", POSTING))
    traits = {m.text.lower() for m in trait_mentions(posting, TAXONOMY, [])}
    assert {"caring", "enthusiastic"} <= traits
    text = (
        "Community Staff Nurse\n\nWe are inviting applications for a highly motivated "
        "and dynamic staff nurse to join the Community Nursing Service.\n"
    )
    posting = parse_posting(Document("p.txt", "txt", text))
    assert "dynamic" in {m.text.lower() for m in trait_mentions(posting, TAXONOMY, [])}
