"""Round 13: items of a list run into an asking line, the minimum age asked, short
sentences that say what they ask is essential, an inline "To apply:" sentence."""

from __future__ import annotations

from gapcheck.extract.posting_age import age_mentions
from gapcheck.extract.posting_lists import list_phrases
from gapcheck.parse import parse_posting
from gapcheck.records import Document, Posting


def _posting(text: str) -> Posting:
    return parse_posting(Document("p.txt", "txt", text))


def _items(text: str) -> list[str]:
    return [m.text for m in list_phrases(_posting(text), [])]


def test_items_of_a_list_asked_by_knowledge_of() -> None:
    got = _items(
        "Cleaner\n\nRequirements:\n"
        "- Knowledge of cleaning procedures, chemicals, safe storage and floor care\n"
    )
    assert "chemicals" in got and "safe storage" in got and "floor care" in got


def test_no_items_of_a_list_no_ask_is_near() -> None:
    got = _items(
        "Manager\n\nRequirements:\n"
        "- We are looking for someone to help provide the support for the staff in "
        "the Operation, Facilities and Estates Department\n"
    )
    assert got == []


def test_verbs_and_kind_words_are_no_items() -> None:
    got = _items(
        "Porter\n\nRequirements:\n"
        "- Must be able to bend, stoop, squat and lift\n"
        "- Knowledge of tools, equipment and products\n"
    )
    assert got == []


def test_two_items_are_no_list() -> None:
    assert _items("Clerk\n\nRequirements:\n- Knowledge of payroll and pensions\n") == []


def test_minimum_age_asked() -> None:
    posting = _posting(
        "Barista\n\nRequirements:\n- Must be 18 years of age or older\n- 17+ only\n"
    )
    names = [m.text for m in age_mentions(posting, [])]
    assert names == ["Aged 18+", "Aged 17+"]


def test_age_of_others_is_no_ask() -> None:
    posting = _posting(
        "Teacher\n\nRequirements:\n- Experience with children aged 5 to 11\n"
    )
    assert age_mentions(posting, []) == []


def test_short_sentence_saying_essential_asks() -> None:
    posting = _posting(
        "Support Technician\n\nWe are a software company in Salem. "
        "Good communication is essential. We open at five.\n"
    )
    texts = [r.text for r in posting.requirements]
    assert "Good communication is essential." in texts


def test_inline_to_apply_sentence_heads_no_section() -> None:
    posting = _posting(
        "Support Technician\n\n"
        "To apply: please email your resume to jobs@example.com and indicate which "
        "position you are applying for.\n\n"
        "The ability to learn and solve problems is important. A high school diploma "
        "is required, as well as a minimum typing speed of 35 wpm.\n"
    )
    texts = " ".join(r.text for r in posting.requirements)
    assert "high school diploma" in texts


def test_checks_listed_after_the_ask() -> None:
    got = _items(
        "Carer\n\nAbout the role\n"
        "- In line with Care Inspectorate regulations, we require and will undertake "
        "Enhanced PVG, Right to Work, Reference and Employment History checks.\n"
    )
    assert "Enhanced PVG" in got and "Employment History checks" in got
    assert "Care Inspectorate regulations" not in got


def test_what_the_person_sought_should_be_asks() -> None:
    posting = _posting(
        "Head Cook\n\nLooking for a Chef for an upcoming resort.\n\n"
        "He should be pro in cuisine like Indian, Chinese, Tandoor & Conti.\n\n"
        "Accommodation will be provided.\n"
    )
    texts = [r.text for r in posting.requirements]
    assert any(t.startswith("He should be pro") for t in texts)
    assert "Tandoor" in [m.text for m in list_phrases(posting, [])]
