"""Round 14: conditions of the work asked of the candidate that no other ``posting_*``
module names (issue 15, items 2 and 3).

:mod:`.posting_hours` and :mod:`.posting_conditions` read rotas, shifts and sites,
the parser reads a DBS check and a driving licence as certifications. Two more kinds
of condition recur among the essentials of real postings and were never terms:

* **Checks and entitlements** a condition of appointment names: "Applicants must
  have the right to work in the EU", "all posts are subject to a safer recruitment
  process, including the disclosure of criminal records", "a work permit is
  required", "background checks", "drug screening", "security clearance" (vetting
  stays the hiring process, as references do: ``test_posting_keyphrases``). The
  condition (a requirement line, or a sentence the parser keeps as a condition: the
  cue :data:`~gapcheck.parse.asking.CONDITION`) asks what it names.
* **Physical demands** of the work: "This role is physically demanding", "some tasks
  require you to be on your feet for a large portion of the day", "lifting up to
  20kg", "standing for long periods". A sentence that says them of the work, the
  role or the candidate asks them; one that offers, negates ("no heavy lifting") or
  says "if you" does not.

Never in the title, a benefits or a contact section (a posting's notes and job facts
may hold conditions). Each term is named by the posting's words, with the taxonomy's
skill as its canonical name where it lists them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any, Final

from gapcheck.parse.asking import (
    CONDITION,
    CONDITION_NOT,
    NOT_ASKING,
    PostingSection,
)
from gapcheck.parse.employer_cues import offers
from gapcheck.parse.prose import sentence_span
from gapcheck.records import Mention, Posting

SOURCE: Final = "keyphrase"
#: Checks and entitlements a condition of appointment names (a DBS check and a
#: driving licence are the parser's certifications).
CHECKS = re.compile(
    r"\b(?:right\s+to\s+work|(?:eligib(?:le|ility)|entitle(?:d|ment)|"
    r"permission)\s+to\s+work|work\s+permits?|(?:disclosure|checks?)\s+of\s+"
    r"criminal\s+records?|criminal\s+(?:records?|background)\s+(?:checks?|disclosures?)|"
    r"background\s+(?:checks?|screening|investigations?)|drug\s+(?:and\s+alcohol\s+)?"
    r"(?:screen(?:ing)?s?|test(?:ing|s)?)|"
    r"(?:security|SC|DV)\s+clearance)\b",
    re.IGNORECASE,
)
#: Physical demands of the work, as postings write them.
PHYSICAL = re.compile(
    r"\b(?:physically\s+(?:demanding|active|fit|strenuous|challenging|able)|"
    r"physical\s+(?:fitness|demands?|stamina|strength|effort)|"
    r"on\s+(?:your|their|his|her)\s+feet|(?:standing|walking)\s+for\s+(?:long|"
    r"prolonged|extended)\s+periods|heavy\s+lifting|lift(?:ing)?\s+(?:and\s+"
    r"carry(?:ing)?\s+)?(?:heavy\s+(?:[\w-]+\s+)?(?:items|loads|objects|weights|"
    r"equipment|boxes)|up\s+to\s+\d+\s*(?:kg|kgs|lbs?|pounds|kilos))|manual\s+handling"
    r"(?!\s+(?:training|course|assessments?|assessors?|trainers?|advis[eo]rs?|"
    r"co-?ordinators?|leads?|team|polic(?:y|ies)|equipment|aids?)))\b",
    re.IGNORECASE,
)
#: The taxonomy's skill a wording falls under when the taxonomy does not list the
#: wording itself (the term keeps the posting's words; a long one is named by it).
_KINDS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"to\s+work|permit", re.I), "work permit"),
    (re.compile(r"criminal", re.I), "criminal record check"),
    (re.compile(r"background|clearance", re.I), "background check"),
    (re.compile(r"drug", re.I), "drug screening"),
    (re.compile(r"lift|handling", re.I), "manual handling"),
    (re.compile(r"physical|feet|standing|walking", re.I), "physical stamina"),
)
#: Who or what the sentence says the demand of: the work, the role, the candidate.
_OF_WORK = re.compile(
    r"\b(?:role|job|post|position|work|duties|tasks?|you|your|candidates?|applicants?|"
    r"post[\s-]?holders?|postholders?|individuals?|requires?|required|requirement|must|"
    r"involves?|involving|essential|able\s+to|ability\s+to)\b",
    re.IGNORECASE,
)
#: "no heavy lifting", "not physically demanding", "a role with less physical demands"
#: (an offer).
_NOT = re.compile(
    r"\b(?:no|not|never|without|nor|less|fewer|reduced|lower|minimal)\s+"
    r"(?:[\w-]+\s+){0,2}$",
    re.I,
)
_IF_YOU = re.compile(r"\bif\s+you\b", re.IGNORECASE)
#: Sections no condition is asked in: benefits and contacts. A posting's notes and
#: job facts ("Location: ... the nature of the work will involve travelling to
#: Maidstone") may put the work under one.
QUIET = NOT_ASKING - {PostingSection.OTHER}


def _gives(sentence: str) -> bool:
    return offers(sentence)


def _key(surface: str) -> str:
    return re.sub(r"[\s-]+", " ", surface.lower())


def work_ask_mentions(
    posting: Posting, taxonomy: Any, covered: Sequence[Mention]
) -> list[Mention]:
    """Checks, entitlements and physical demands asked of the candidate (see the
    module), each wording once, none that a kept term already spans or that the
    parser already reads as a certification."""
    text = posting.document.text
    quiet = [
        (s.start, s.end)
        for s in posting.sections
        if s.name in QUIET or s.name == PostingSection.TITLE
    ]
    lines = [(r.start, r.end) for r in posting.requirements if r.end > r.start]
    notes = [(s.start, s.end) for s in posting.sections if s.name in NOT_ASKING]
    certs = {_key(c) for c in posting.certifications}
    seen: set[str] = set()
    out: list[Mention] = []

    def add(m: re.Match[str]) -> None:
        surface = m.group()
        key = _key(surface)
        if key in seen or key in certs:
            return
        if any(c.start < m.end() and m.start() < c.end for c in (*covered, *out)):
            return
        seen.add(key)
        skill = None
        if taxonomy is not None:
            skill = taxonomy.get(surface) or next(
                (taxonomy.get(n) for p, n in _KINDS if p.search(surface)), None
            )
        out.append(
            Mention(m.start(), m.end(), surface, "SKILL",
                    canonical=getattr(skill, "name", None),
                    category=getattr(skill, "category", None),
                    type=getattr(skill, "type", None) or "hard", source=SOURCE,
                    section=asked_section(m.start(), notes))
        )  # fmt: skip

    for pattern, asks in ((CHECKS, _condition_asks), (PHYSICAL, _demand_asks)):
        for m in pattern.finditer(text):
            if any(a <= m.start() < b for a, b in quiet):
                continue
            left, right = sentence_span(text, m.start(), m.end())
            sentence = text[left:right]
            if _gives(sentence) or _IF_YOU.search(sentence):
                continue
            if _NOT.search(text, max(left, m.start() - 30), m.start()):
                continue
            on_line = any(a <= m.start() < b for a, b in lines)
            if asks(sentence, text[left : m.start()], on_line):
                add(m)
    return out


def asked_section(start: int, notes: Sequence[tuple[int, int]]) -> str | None:
    """A condition asked in a posting's notes or job facts ("Applicants must have the
    right to work in the EU" after the equal-opportunity note) is a requirement: the
    score reads it as one, not as the note around it."""
    if any(a <= start < b for a, b in notes):
        return PostingSection.REQUIREMENTS
    return None


def _condition_asks(sentence: str, before: str, on_line: bool) -> bool:
    """A check or an entitlement is asked on a requirement line or in a condition of
    appointment ("subject to", "must have"), unless the sentence says who pays for
    it or holds it only "if the post is ..."."""
    if CONDITION_NOT.search(sentence):
        return False
    return on_line or CONDITION.search(sentence) is not None


def _demand_asks(sentence: str, before: str, on_line: bool) -> bool:
    """A physical demand is asked on a requirement line, or in a sentence that says
    it of the work, the role or the candidate ("This role is physically demanding",
    "require you to be on your feet")."""
    return on_line or _OF_WORK.search(sentence) is not None
