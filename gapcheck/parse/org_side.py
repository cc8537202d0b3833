"""Which side of a role header looks like an organisation (round 14, issue 14).

A header is cut at its separators ("Senior Engineer – Platform – Oakridge Systems",
"Kingsway NHS Trust: Cardiology"), and the cut is right only when the piece taken as
the organisation looks like one. :func:`org_like` says so from the piece alone: an
organisation word ("Hospital", "Systems", "Inc."), a word naming an organisation's
kind or trade as a noun ("Trust", "Council", "Analytics", "Logistics"), or a legal
form at its end. It names no job (a job-title word is the title's side).

Leaf module: it imports only the word lists.
"""

from __future__ import annotations

import re

from gapcheck.parse.headings import ORG_WORDS, TITLE_WORDS, word_set

#: Words that name an organisation by its kind or trade, used as a noun at the end
#: of a name or before "of" ("Kingsway NHS Trust", "Meridian Logistics", "Ministry
#: of Health"). Not in ``ORG_WORDS``: that list is read by many rules; this one only
#: weighs one side of a header against the other. Words naming a unit of an
#: organisation ("Department", "Office", "Board") or a field ("Surgery", "Retail")
#: are left out: they stand on the unit's or the title's side as often.
ORG_KIND = word_set(
    "trust nhs council authority ministry agency association society "
    "federation union museum library academy hospice pharmacy charity "
    "commission bureau court parliament government "
    "analytics logistics media foods robotics software energy networks capital "
    "pharmaceuticals pharma biotech therapeutics insurance bancorp financial "
    "industries enterprises international global works motors airlines airways "
    "telecom communications entertainment publishing press consultancy "
    "infirmary medical firm stores restaurant "
    "restaurants hotel hotels resort church district county city state army navy "
    "force police"
)
_LEGAL_END = re.compile(
    r"(?:,\s*|\s)(?:Inc|LLC|Ltd|Corp|Co|PLC|plc|GmbH|AG|SA|S\.A|BV|NV|LLP|Pty|AB|AS|Oy)"
    r"\.?$"
)


def _word_list(text: str) -> list[str]:
    return [w.lower().strip(".,()'’") for w in text.replace("/", " ").split()]


def org_like(text: str) -> bool:
    """Does ``text`` look like an organisation's name, and not like a job title?"""
    words = _word_list(text)
    if not words or TITLE_WORDS & set(words):
        return False
    if _LEGAL_END.search(text.strip()):
        return True
    # a kind or trade names an organisation inside a name, capitalised ("Meridian
    # Software"), not in prose ("software development lifecycle")
    named = {
        w.lower().strip(".,()'’")
        for w in text.replace("/", " ").split()
        if w[:1].isupper()
    }
    return bool(ORG_WORDS & set(words) or ORG_KIND & named)


#: A unit's name after an organisation's colon: up to five capitalised words (small
#: joining words allowed), no comma, no sentence.
_UNIT_NAME = re.compile(
    r"[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|and|of|&|for|the|de)){0,4}"
)


def org_colon_unit(text: str) -> bool:
    """ "Kingsway NHS Trust: Cardiology", "Silverline Media: Payments Division": an
    organisation, a colon and its unit, not a "Label: value" line ("Client: Citi",
    "Technologies: Python, Go", "Key Clients: Citibank Group"): the name before the
    colon, of two capitalised words or more, looks like an organisation, and the
    part after it, up to five capitalised words, holds no job-title word."""
    head, sep, tail = text.partition(":")
    # a place after the unit, set apart ("...: IT Services · Toronto, ON")
    tail = re.split(r"\s*\t\s*|\s+[·|•]\s+", tail)[0]
    # ... or its region after a comma ("...: IT Services Toronto, ON")
    tail = re.sub(r",\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,2}$", "", tail)
    head, tail = head.strip(), tail.strip()
    if not sep or ":" in tail or not tail or not _UNIT_NAME.fullmatch(tail):
        return False
    if len(head.split()) < 2 or not all(
        w[:1].isupper() or w in {"of", "and", "&", "for", "the", "de"}
        for w in head.split()
    ):
        return False
    # a label names no organisation: "Key Clients: Citibank Group", "Reporting
    # Line: Head of Sales Team" stay labels
    return org_like(head) and not TITLE_WORDS & set(_word_list(tail))
