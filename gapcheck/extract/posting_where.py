"""Where the work is and what the employer gives: never a term asked of the candidate.

Three kinds of a posting's words name no skill, tool or qualification the candidate
must bring, whatever the taxonomy or the model reads in them:

* **a place**: a capitalised name with no taxonomy sense in a run of names after a
  preposition of place ("based at Basingstoke and Andover", "easily commutable from
  Bloxwich, Walsall", "flights from Humberside Airport");
* **a list of where one may work**: the items under a lead-in that names places or
  specialties of work and asks nothing ("shifts across, but not limited to, the
  following specialties:" then "- Anaesthetics", "- General Surgery"), and a
  specialty in a run after "across" ("spend across Critical Care, Theatres and
  Anaesthetics");
* **what is offered**: a line or clause that gives ("Generous learning and
  development opportunities e.g. conferences, DBT training", "with the opportunity
  of being mentored", "Dedicated mentoring for applicants", "Practical experience
  will be delivered via simulation") and does not ask.
"""

from __future__ import annotations

import re

from gapcheck.parse.asking import (
    CLAUSE_ASKS,
    COMMITTED,
    GIVES,
    HIRING,
    OFFER_LEAD,
    OFFER_QUESTION,
    WHERE_LEAD_ASKS,
)
from gapcheck.parse.bullets import LIST_ITEM_RE, list_lead_in
from gapcheck.records import Mention

#: A run of capitalised names after a preposition of place, up to the mention.
_PLACE_RUN = re.compile(
    r"(?i:\b(?:at|from|near|around|across|based\s+in|located\s+in|sites?\s+in))\s+"
    r"(?:the\s+)?(?:[A-Z][\w'’-]*(?:\s*,\s*|\s+and\s+|\s+&\s+|\s+))*$"
)
#: A lead-in naming where the work is: "across the following specialties:"; or
#: listing the vacancies themselves (round 14): "Current Adult Staff Nurse
#: Vacancies", "the areas we are currently recruiting for:" (the items are the
#: wards and units with a post, not what the candidate must know).
_WHERE_LEAD = re.compile(
    r"\b(?:across|at|in|within|between|following)\b[^:\n]*\b(?:specialt(?:y|ies)|"
    r"specialit(?:y|ies)|areas?|wards?|departments?|sites?|locations?|units?|"
    r"clinics?|hospitals?|settings?)\b[^:\n]*:\s*$"
    r"|\bvacanc(?:y|ies)\s*:?\s*$|\b(?:recruiting|recruit)\s+(?:for|to|into)\s*:?\s*$",
    re.IGNORECASE,
)
_ACROSS_RUN = re.compile(
    r"(?:\bacross|\brotation(?:al)?\s+(?:\w+\s+)?(?:in|through|across|including)|"
    r"\bareas?\s+such\s+as|\b(?:teams|wards|specialties|departments)\s*\()\s+"
    r"(?:the\s+)?(?:[\w&'’-]+(?:\s*,\s*|\s+and\s+|\s+&\s+|\s+)){0,6}$",
    re.IGNORECASE,
)


def _line(text: str, start: int, end: int) -> tuple[int, str]:
    left = text.rfind("\n", 0, start) + 1
    right = text.find("\n", end)
    return left, text[left : right if right >= 0 else len(text)]


def place_name(m: Mention, text: str) -> bool:
    """A capitalised name with no sense, in a run of names after "at", "from" ..."""
    words = m.text.split()
    if m.canonical or not 1 <= len(words) <= 3:
        return False
    if not all(w[:1].isupper() and not w.isupper() for w in words):
        return False
    left = text[max(0, m.start - 160) : m.start]
    left = left[max(left.rfind(c) for c in ".;:\n") + 1 :]
    return _PLACE_RUN.search(left) is not None


def where_listed(m: Mention, text: str, domain: bool) -> bool:
    """An item of a list of where one may work, or a specialty after "across"."""
    start, line = _line(text, m.start, m.end)
    if LIST_ITEM_RE.match(line):
        lead = re.split(r"(?<=[.!?])\s+", list_lead_in(text, start).strip())[-1]
        if _WHERE_LEAD.search(lead) and not WHERE_LEAD_ASKS.search(lead):
            return True
    if not (domain or not m.canonical) or not m.text[:1].isupper():
        return False  # a named unit: "across Critical Care, Theatres", not "pharmacy"
    left = text[max(0, m.start - 120) : m.start]
    left = left[max(left.rfind(c) for c in ".;:\n") + 1 :]
    asks = CLAUSE_ASKS.search(re.sub(r"(?i)rotation(?:al)?\s+experience", "", left))
    return _ACROSS_RUN.search(left) is not None and not asks


def offered(m: Mention, text: str, clause: str) -> bool:
    """A mention in a line or clause that gives and does not ask, or that the
    employer says it is committed to."""
    if COMMITTED.search(text, max(0, m.start - 80), m.start):
        return True
    start, line = _line(text, m.start, m.end)
    where = line if LIST_ITEM_RE.match(line) else clause
    if GIVES.search(where) is not None and not CLAUSE_ASKS.search(where):
        return True
    if LIST_ITEM_RE.match(line) and not CLAUSE_ASKS.search(line):
        lead = re.split(r"(?<=[.!?])\s+", list_lead_in(text, start).strip())[-1]
        return OFFER_LEAD.search(lead) is not None and not CLAUSE_ASKS.search(lead)
    return False


#: A capitalised name before the title of a post: "the Infection Prevention Nurse
#: Manager", "the Allscripts technical lead", "a Finance Manager" (a person worked
#: with, not a skill asked).
_POST_AFTER = re.compile(
    r"[ \t]+(?:[A-Za-z&]+[ \t]+)?(?:manager|lead|director|officer|matron|"
    r"co-?ordinator)s?\b",
    re.IGNORECASE,
)


def offer_question(sentence: str) -> bool:
    return OFFER_QUESTION.match(sentence) is not None


_DETERMINER = re.compile(
    r"\b(?:the|a|an|our|your|their)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE
)


def names_a_post(m: Mention, text: str, title: str = "") -> bool:
    """A capitalised name (or acronym) in the title of another person's post: "the
    Infection Prevention Nurse Manager", not the post's own field (in its title)."""
    if not m.text[:1].isupper() or m.text.lower() in title.lower():
        return False
    after = _POST_AFTER.match(text, m.end)
    if after is None or "\n" in after.group():
        return False
    return _DETERMINER.search(text, max(0, m.start - 40), m.start) is not None


def hiring_process(m: Mention, sentence: str, certification: bool) -> bool:
    """A mention in a sentence on how the employer selects (tests, interviews,
    checks, references): no skill asked, but a certification named there may be."""
    return not certification and HIRING.search(sentence) is not None


#: Heads of a phrase that, with only vague words before them, name nothing a resume
#: can show: "technical skills", "specialist knowledge", "appropriate training",
#: "progressive environment", "effective care".
_GENERIC_HEAD = frozenset(
    """skills knowledge training development environment care outcomes
    procedures practices capacity records agencies""".split()  # noqa: SIM905
)
_VAGUE_MODIFIER = frozenset(
    """technical specialist specialised specialized critical appropriate relevant
    continued continuing ongoing effective good excellent high progressive dynamic
    focused professional new existing various wide key core necessary general
    overall current nhs the a an all any other""".split()  # noqa: SIM905
)


def generic_phrase(m: Mention) -> bool:
    """A phrase no taxonomy names, of vague words before a generic head."""
    words = m.text.lower().split()
    return (
        not m.canonical
        and 2 <= len(words) <= 4
        and words[-1] in _GENERIC_HEAD
        and all(w in _VAGUE_MODIFIER for w in words[:-1])
    )


#: People one works beside: "alongside Consultant Surgeons, Physiotherapists,
#: Occupational Therapists and the wider team" names colleagues, not what is asked.
_ALONGSIDE = re.compile(
    r"\balongside\s+(?:[\w'’-]+(?:\s*,\s*|\s+and\s+|\s+&\s+|\s+)){0,8}$",
    re.IGNORECASE,
)
#: A field named in a list of staff: "patients, nursing, dental, medical and other
#: staff" (which staff, not a skill).
_STAFF_LIST = re.compile(
    r"(?:\s*,\s*[\w-]+|\s+(?:and|or|&)\s+[\w-]+){1,5}\s+(?:other\s+)?"
    r"(?:staff|colleagues|professionals|professions)\b",
    re.IGNORECASE,
)


#: The members of a team: "an MDT consisting of ... nurses and psychologist", "a
#: team comprising of a Consultant Psychiatrist, Registered Nurses", "under the
#: supervision of a registered nurse".
_MEMBERS = re.compile(
    r"\b(?:compris\w*|consist\w*|made\s+up|under\s+the\s+(?:direct\s+)?"
    r"supervision)\s+of\s+(?:[\w'’-]+(?:\s*,\s*|\s+and\s+|\s+&\s+|\s+)){0,10}$",
    re.IGNORECASE,
)
_PERSON = re.compile(
    r"(?:ists?|nurses?|doctors?|workers?|assistants?|technicians?|midwi(?:fe|ves)|"
    r"surgeons?|consultants?|practitioners?|officers?|managers?|therapists?)$",
    re.IGNORECASE,
)


def colleagues(m: Mention, text: str) -> bool:
    """People worked beside, or a field naming a kind of staff in a list."""
    last = m.text.split()[-1] if m.text.split() else ""
    left = text[max(0, m.start - 160) : m.start]
    left = left[max(left.rfind(c) for c in ".;:\n") + 1 :]
    if last.lower().endswith("s") and not m.text.isupper() and _ALONGSIDE.search(left):
        return True
    if _PERSON.search(last) and _MEMBERS.search(left):
        return True
    run = _STAFF_LIST.match(text, m.end)
    if run is None or len(m.text.split()) > 2:
        return False
    # "teaching, assessing & mentoring staff": duties done to staff, not kinds of staff
    return not any(w.endswith("ing") for w in re.findall(r"[\w-]+", run.group()))
