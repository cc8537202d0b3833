"""Resume fields on unseen layouts (round 12, issue 14): a sidebar layout's name
block right over its heading with no blank line between, or under a "Contact"
heading that holds no details."""

from __future__ import annotations

from datetime import date

from gapcheck.parse import parse_resume
from gapcheck.records import Document

MAIN = (
    "Work Experience\n\nOperations Manager\nFaraday\n11/2021 - Present\n"
    "• Documented core processes\n"
)


def _parse(text: str):  # type: ignore[no-untyped-def]
    return parse_resume(Document("r.pdf", "pdf", text), today=date(2026, 12, 1))


def test_name_block_right_over_its_heading() -> None:
    sidebar = "Contact\njane.roe@example.com\nNew York, NY\n\nSkills\nSQL, Python\n\n"
    text = sidebar + "Jane Ann Roe Diaz\nScientist\nProfile\nI study stars.\n" + MAIN
    resume = _parse(text)
    assert resume.contact.name == "Jane Ann Roe Diaz"
    assert resume.headline == "Scientist"
    # not a line of text that happens to look like a name over a heading
    text = sidebar + "I study stars.\nJane Roe\nProfile\nI study stars.\n" + MAIN
    assert _parse(text).contact.name is None


def test_name_block_under_an_empty_contact_heading() -> None:
    sidebar = "Contact\n\nEducation\nB.A., English\nRhodes College\n2012\n\n"
    text = sidebar + "Andrew Roe\nSenior Product Designer\n\nProfile\nI design.\n"
    resume = _parse(text + MAIN)
    assert resume.contact.name == "Andrew Roe"
    assert resume.headline == "Senior Product Designer"
    # no contact heading and no contact details: a name block in the text is no
    # owner's name
    text = "Education\nB.A., English\nRhodes College\n2012\n\n"
    text += "Andrew Roe\nSenior Product Designer\n\nProfile\nI design.\n"
    assert _parse(text + MAIN).contact.name != "Andrew Roe"
