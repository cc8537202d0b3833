"""A sidebar layout's name block read after the sidebar (round 11, issue 14): the
name may stand alone with the headline as a block of its own before the heading."""

from __future__ import annotations

from datetime import date

from gapcheck.parse import parse_resume
from gapcheck.records import Document

SIDEBAR = (
    "CONTACT\njane.roe@example.com\nNew York, NY\n\nSkills\nSQL, Python\n\n"
    "Languages\nEnglish – Native\n\n"
)
MAIN = (
    "Work Experience\n\nOperations Manager\t11/2021 – Present\nFaraday\n"
    "• Documented core processes\n"
)


def _parse(text: str):  # type: ignore[no-untyped-def]
    return parse_resume(Document("r.pdf", "pdf", text), today=date(2026, 12, 1))


def test_name_alone_then_headline_block_then_heading() -> None:
    resume = _parse(
        SIDEBAR + "Jane Roe\n\nOperations Manager\n\nProfile\nI run ops.\n" + MAIN
    )
    assert resume.contact.name == "Jane Roe"
    assert resume.headline == "Operations Manager"


def test_name_block_needs_its_heading() -> None:
    # a lone name-like line over a one-line block that is no headline, or a headline
    # block not followed by a heading: no name block
    text = SIDEBAR + "Jane Roe\n\nOperations Manager\n\nI run ops.\n" + MAIN
    assert _parse(text).contact.name is None
    text = SIDEBAR + "Jane Roe\n\nacme.example.com\n\nProfile\nI run ops.\n" + MAIN
    assert _parse(text).contact.name is None
