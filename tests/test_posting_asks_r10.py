"""Round 10 of issue 15: essential asks written outside the requirement lines."""

from __future__ import annotations

from gapcheck.parse import parse_posting
from gapcheck.records import Document, Posting


def _posting(text: str) -> Posting:
    return parse_posting(Document("p.txt", "txt", text))


# -- conditions of appointment, in any section ---------------------------------------

_CLOSING = """Paramedic Call Handler

What we'll need from you

- Be a registered Paramedic (with HCPC registration)
- Have good IT and keyboard skills

Additional Information

{note}

Practice Plus Group is proud to be an equal opportunity employer.
"""


def test_a_check_the_post_is_subject_to_is_asked_in_closing_notes() -> None:
    note = (
        "Please note that offers of employment are subject to receipt of "
        "satisfactory references and a DBS check."
    )
    posting = _posting(_CLOSING.format(note=note))
    assert "DBS" in posting.certifications
    asked = [r for r in posting.requirements if "DBS" in r.text]
    assert asked and asked[0].importance == "required"
    assert asked[0].kind == "certification"


def test_a_check_in_the_opening_prose_is_asked() -> None:
    posting = _posting(
        "Mental Health Practitioner\n\n"
        "Join our Mental Health Support Team working with schools across the city. "
        "This post is subject to an enhanced Disclosure and Barring Service (DBS) "
        "Check.\n\n"
        "Essential criteria\n\n"
        "- Registered mental health nurse or social worker\n"
        "- Experience of working with children and young people\n"
    )
    assert "DBS" in posting.certifications


def test_a_check_that_is_given_or_names_nothing_held_asks_nothing() -> None:
    for note in (
        "We offer a free DBS check to every new starter.",
        "Offers of employment are subject to satisfactory references.",
        "The cost of the DBS must be met by the successful candidate.",
        "If the post is subject to the Rehabilitation of Offenders Act, a DBS "
        "check will be required.",
    ):
        posting = _posting(_CLOSING.format(note=note))
        assert "DBS" not in posting.certifications, note
        assert not any(note in r.text for r in posting.requirements), note
