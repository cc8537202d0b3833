"""Round 11 of issue 15: a bullet mark alone on its line (HTML lists flattened one
mark a line, as NHS Professionals' bank adverts are) joins the next non-empty line
as one bulleted item (gapcheck.ingest.normalize, rule 6), so postings read the
items as list items."""

from __future__ import annotations

from gapcheck.ingest import normalize_text, read_bytes
from gapcheck.parse import parse_posting

_PORTER = (
    "Bank Porter\n\nJob overview\n\nNHS Professionals are recruiting bank porters.\n\n"
    "The skills required are:\n\n-\n\nReliable, punctual and flexible\n\n-\n\n"
    "To move patients safely between wards\n\n-\n\nCollecting the waste from the "
    "wards\n\nBenefits\n\n-\n\nWeekly pay\n"
)


def test_a_lone_mark_joins_the_next_non_empty_line() -> None:
    for mark in ("-", "*", "o", "•", "·"):
        text = f"We ask:\n\n{mark}\n\nReliable\n{mark}\nPunctual\n"
        assert normalize_text(text) == "We ask:\n\n• Reliable\n• Punctual", mark


def test_a_marked_line_after_a_lone_mark_stays_as_written() -> None:
    assert normalize_text("-\n- Lifting\n-\n\n-\nDriving") == "- Lifting\n• Driving"
    assert normalize_text("Skills\n-") == "Skills"  # a mark with nothing after


def test_rules_and_dashes_in_a_line_are_no_lone_marks() -> None:
    text = "Skills\n---\n***\n--\nJan 2019 - Mar 2020\n- Python"
    assert normalize_text(text) == text


def test_a_posting_reads_lone_marked_items_as_its_requirements() -> None:
    posting = parse_posting(read_bytes(_PORTER.encode(), "porter.txt"))
    asked = [r.text for r in posting.requirements]
    assert asked == [
        "Reliable, punctual and flexible",
        "To move patients safely between wards",
        "Collecting the waste from the wards",
    ]


def test_what_we_offer_as_a_question_opens_the_benefits() -> None:
    text = _PORTER.replace("Benefits\n", "What we offer?\n")
    posting = parse_posting(read_bytes(text.encode(), "porter.txt"))
    assert [s.name for s in posting.sections][-1] == "benefits"
    assert "Weekly pay" not in [r.text for r in posting.requirements]
