"""Contact details on Word-style resumes (round 11, issue 14): a sidebar layout's
name block read after the sidebar may stand alone with the headline as a block of
its own before the heading; a role's place is not the person's location."""

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


ROLE = (
    "EXPERIENCE\n\nSenior Engineer, Acme\tJun 2023 – Present\nMoscow, Russia (remote)\n"
)


def test_a_roles_place_is_not_the_persons_location() -> None:
    head = "Jane Roe\nSenior Engineer\njane@roe.dev | https://roe.dev\n\n"
    assert _parse(head + ROLE).contact.location is None
    # a place in the header still is, and a place on a line of its own too
    head = "Jane Roe\nSenior Engineer\njane@roe.dev | Perm, Russia\n\n"
    assert _parse(head + ROLE).contact.location == "Perm, Russia"
    head = "Jane Roe\nPerm, Russia\njane@roe.dev\n\n"
    assert _parse(head + ROLE).contact.location == "Perm, Russia"


def test_place_with_small_words_and_a_region_code_on_the_contact_line() -> None:
    body = "\n\nSUMMARY\nData engineer.\n\n" + ROLE
    head = "Luis Barrera\njane@x.mx | +52 55 4848 1150 | Ciudad de México, CDMX"
    assert _parse(head + body).contact.location == "Ciudad de México, CDMX"
    head = "Luis Barrera\njane@x.mx\n+52 55 4848 1150\nFrankfurt am Main, HE"
    assert _parse(head + body).contact.location == "Frankfurt am Main, HE"
    # not on a line without contact details beside it: a skills pair is no place
    head = "Luis Barrera\nData Engineer\n\nStack\nPython, SQL | Java, AWS"
    assert _parse(head + body).contact.location is None
