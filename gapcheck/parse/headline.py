"""The headline of a resume: the title line under (or beside, or over) the person's
name ("Senior Software Engineer", "Associate Director | PPLI Strategy & Pricing")."""

from __future__ import annotations

import re

from gapcheck.parse.contact import (
    _STREET,
    EMAIL_RE,
    PLACEHOLDER_RE,
    URL_RE,
    _segments,
    find_location,
    find_phone,
    looks_like_name,
    place_line,
    town,
)
from gapcheck.parse.headings import TITLE_WORDS
from gapcheck.parse.sections import Line, canonical


def _headline_of(line: str) -> str | None:
    """The headline a line under the name gives: its first part ("Data Engineer |
    Berlin"), or the whole line when every part names a role ("Full Stack Developer
    | Web3 Specialist")."""
    parts = _segments(line)
    if not parts or not _headline_like(parts[0]):
        return None
    if (
        len(parts) > 1
        and all(_titled(p) or _ACRONYM.fullmatch(p) for p in parts)
        and sum(_titled(p) for p in parts) >= 2
    ):  # "Technical Project Manager | Business Analyst | Program Manager | PMO"
        return line.strip()
    if (
        len(parts) > 1
        and re.search(r"\s\|\s", line)
        and _titled(parts[0])
        and all(_headline_like(p) and not town(p) for p in parts[1:])
    ):
        # "Associate Director | PPLI Strategy & Pricing", "Applied Mathematician |
        # Atmospheric Scientist | Scientific Computing & ML": a title and its field
        # between bars, no place or contact detail among them, is one headline
        return line.strip()
    return parts[0]


#: A role written as its initials among titles ("PMO", "SRE", "CTO").
_ACRONYM = re.compile(r"[A-Z]{2,5}")
#: The pieces of a headline written as a list ("Architect / Developer / Fixer Of
#: Problems", "Developer. Enthusiast. Perfectionist.", "Postdoctoral Researcher,
#: Robotics.").
_LIST_SEP = re.compile(r"\s+/\s+|\.\s+|,\s+")


def _title_list(text: str) -> bool:
    """A headline written as a list of short capitalised pieces, one naming a role:
    it may end on a period and run past eight words."""
    pieces = [p.strip(" .") for p in _LIST_SEP.split(text.strip())]
    pieces = [p for p in pieces if p]
    return (
        1 <= len(pieces) <= 5
        and all(len(p.split()) <= 4 and p[:1].isupper() for p in pieces)
        and any(
            TITLE_WORDS & {w.lower().strip(",.()&") for w in p.split()} for p in pieces
        )
    )


def _titled(text: str) -> bool:
    """A part of a headline line that names a role ("Web3 Specialist"), not a place,
    a contact detail or a phrase ("6+ years of experience")."""
    return _headline_like(text) and bool(
        TITLE_WORDS & {w.lower().strip(",.()") for w in text.split()}
    )


def _headline_like(text: str) -> bool:
    """A short title line: no contact details, no sentence, not a heading."""
    listed = _title_list(text)
    if text.endswith(".") and len(text.split()[-1]) > 5 and not listed:
        return False  # a sentence, not "Software Eng."
    return not (
        not text
        or EMAIL_RE.search(text)
        or find_phone(text)
        # "@" of a handle, not the "at" of "Engineer @ IBM"
        or re.search(r"^\d|@(?!\s)|https?:|www\.", text)
        or _STREET.search(text)
        or URL_RE.search(text)
        or find_location(text)
        or place_line(text)
        or canonical(text, "resume")
        or PLACEHOLDER_RE.search(text)
        or (len(text.split()) > 8 and not listed)
    )


def find_headline(
    lines: list[Line], name_pos: int | None, name: str | None = None
) -> str | None:
    """The title line under the name ("Senior Software Engineer"), or beside it
    ("Jan Küster · Consultant · Bremen"). Without a name (an anonymised resume), the
    first line when it reads as a title ("STAFF ACCOUNTANT")."""
    if name_pos is None:
        first = next(
            (
                ln
                for ln in lines[:4]
                if ln.text
                and not canonical(ln.text, "resume")
                and not PLACEHOLDER_RE.fullmatch(ln.text)
            ),
            None,
        )
        if first is None:
            return None
        text = first.text.strip(" :")
        if _headline_like(text) and (text.isupper() or not looks_like_name(text)):
            return text
        return None
    beside = _segments(lines[name_pos].text)[1:2]
    if beside and _headline_like(beside[0]):
        return beside[0]
    for line in lines[name_pos + 1 : name_pos + 4]:
        if line.blank:
            continue
        found = _headline_of(line.text)
        if found:
            return found
        if not (EMAIL_RE.search(line.text) or find_phone(line.text)):
            break  # past a line of contact details ("✉ jane@... ☎ ...")
    before = [ln for ln in lines[:name_pos] if ln.text]
    if before:  # the title over the name ("OPERATIONS ASSOCIATE" / "Lisa Phinney")
        text = (_segments(before[-1].text) or [""])[0]
        if (
            _headline_like(text)
            and not looks_like_name(text)
            and text not in (name or "")  # "JANE" over "DOE"
        ):
            return text
    return None
