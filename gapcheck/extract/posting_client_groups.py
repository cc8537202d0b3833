"""Client groups, conditions and settings asked of the candidate (round 13b).

Health and care postings ask for experience of a kind of patient, a condition or a
setting as often as for a skill: "experience of working with older people",
"knowledge of long-term conditions", "post-qualification experience in both acute
and community settings", "you will work directly with young people and their
families", "managing a caseload of chronic pain patients". The taxonomy names few
of these and the skill model cuts them rarely; :mod:`.posting_areas` reads only
"working with / supporting PEOPLE with CONDITION".

A phrase is read here when a closed list names it as a client group, a condition or
a setting (:data:`_AREA`), and an ask of the candidate comes before it in the same
sentence of a requirement line (:data:`_ASK`: experience / knowledge / understanding
/ background of or in it, "you / the post holder will work with", "a caseload of",
"relate to"). The employer's list of its own services and wards is no ask: a
sentence the employer speaks (``describes_employer``) or one where "we / our" stand
between the ask and the phrase is skipped, and every term then passes the rules of
:mod:`.posting_terms` and :mod:`.posting_voice` like any other mention. The term is
named as the posting names it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any, Final

from gapcheck.parse.never_asked import describes_employer
from gapcheck.parse.prose import sentence_span
from gapcheck.records import Mention, Posting

SOURCE: Final = "keyphrase"

_CONDITION = (
    r"(?:complex\s+)?long[\s-]term\s+(?:health\s+)?conditions?|dementia|"
    r"learning\s+disabilit(?:y|ies)|physical\s+disabilit(?:y|ies)|"
    r"(?:severe\s+|serious\s+|complex\s+)?mental\s+(?:health\s+(?:problems|needs|"
    r"conditions|difficulties|issues)|illness(?:es)?)|psychiatric\s+disorders?|"
    r"substance\s+misuse|drug\s+and\s+alcohol(?:\s+misuse)?|autism|"
    r"chronic\s+pain|frailty|neurological\s+conditions|eating\s+disorders?|"
    r"personality\s+disorders?|challenging\s+behaviours?|end\s+of\s+life\s+care|"
    r"palliative\s+care|dysphagia|diabetes|stroke"
)
_GROUP = (
    r"(?:older|younger)\s+(?:people|adults|persons)|older\s+adults?|"
    r"children(?:\s*,?\s*(?:and\s+)?(?:young\s+people|(?:their\s+)?families))*|"
    r"young\s+people(?:\s+and\s+(?:their\s+)?families)?|"
    r"families(?:\s+and\s+carers)?|all\s+age\s+groups|people\s+of\s+all\s+ages|"
    r"(?:different|diverse)\s+patient\s+groups|"
    r"vulnerable\s+(?:adults|people|children|groups)|"
    r"(?:stroke|chronic\s+pain|cancer|cardiac|respiratory|surgical|orthopaedic|"
    r"trauma|elderly|paediatric|neurological|renal|diabetic|acutely\s+ill|"
    r"critically\s+ill)\s+patients"
)
_SETTING = (
    r"(?:(?:acute|community|primary\s+care|secondary\s+care|inpatient|in-patient|"
    r"outpatient|out-patient|hospital|mental\s+health|care\s+home|residential|"
    r"forensic|prison|school|critical\s+care|emergency)\s+"
    r"(?:(?:and|or|/)\s*(?:acute|community|primary\s+care|secondary\s+care|"
    r"inpatient|outpatient|hospital)\s+)?(?:settings?|environments?))|"
    r"primary\s+care|secondary\s+care|general\s+practice|the\s+community"
)
#: A client group, a condition or a setting, as the posting names it.
_AREA = re.compile(rf"\b(?:{_GROUP}|{_CONDITION}|{_SETTING})\b(?!['’])", re.IGNORECASE)
#: A name goes on after the phrase: "Children Act", "Stroke Service" (a law, a unit).
_NAME_ON = re.compile(r"[ \t]+[A-Z][a-z]")
#: The phrase is the object of a skill's name ("safeguarding children") or a word of
#: a title-cased name ("Working Together to Safeguard Children").
_NAMED_BEFORE = re.compile(
    r"(?:\b(?:safeguard(?:ing)?|protect(?:ing|ion\s+of)?)|\b[A-Z][a-z]+)[ \t]+\Z",
)
#: An ask of the candidate whose object may be such a phrase, in the same sentence
#: before it.
_ASK = re.compile(
    r"\b(?:experience[ds]?|knowledge(?:able)?|understanding|background|"
    r"familiar(?:ity)?|expertise|caseload|"
    r"(?:you|post\s*holder|successful\s+(?:candidate|applicant))\s+will\s+"
    r"(?:be\s+)?(?:work(?:ing)?|support(?:ing)?|car(?:e|ing))|relate\s+to)\b",
    re.IGNORECASE,
)
#: The employer or another party between the ask and the phrase: not the
#: candidate's object any more ("experience ... we provide care for older people").
_BREAK = re.compile(
    r"\b(?:we|our|us|who|which|where|services?|units?|wards?|teams?)\b|[;:]",
    re.IGNORECASE,
)
_WORDS = re.compile(r"[A-Za-z][\w'-]*|/")
_LONGEST: Final = 3
_DEGREE = frozenset("complex severe serious".split())  # noqa: SIM905
_JOINS = frozenset("and or / their".split())  # noqa: SIM905
_HEADS = frozenset("setting environment".split())  # noqa: SIM905
#: How far (characters) after the ask the phrase may start.
_REACH: Final = 90


def client_group_mentions(
    posting: Posting, covered: Sequence[Mention], taxonomy: Any = None
) -> list[Mention]:
    """The client groups, conditions and settings asked of the candidate that no
    kept mention names (see the module)."""
    del taxonomy  # named as written; the rules of posting_terms judge them
    text = posting.document.text
    out: list[Mention] = []
    for req in posting.requirements:
        if req.end <= req.start:
            continue
        for match in _AREA.finditer(text, req.start, req.end):
            start, end = match.span()
            if _NAME_ON.match(text, end) or _NAMED_BEFORE.search(
                text[max(0, start - 30) : start]
            ):
                continue
            if text[start:end].lower().startswith("the "):
                start += 4
            start, end = _short(text, start, end)
            if _overlaps((start, end), [*(c for c in covered if _term(c)), *out]):
                continue
            left, right = sentence_span(text, start, end)
            sentence = text[left:right]
            if describes_employer(sentence):
                continue
            if not _asked_before(text, max(left, req.start), match.start()):
                continue
            out.append(
                Mention(start, end, text[start:end], "SKILL", source=SOURCE,
                        section=req.section)
            )  # fmt: skip
    return out


def _term(m: Mention) -> bool:
    """Whether a covering mention stays a term: a profile keeps a long surface with
    no skill's name as a described line, not a term (``LONG_SURFACE``)."""
    return bool(m.canonical) or len(_WORDS.findall(m.text)) <= _LONGEST


def _short(text: str, start: int, end: int) -> tuple[int, int]:
    """The phrase cut to a term's length (at most three words): degree words off
    its start ("complex long term conditions"), a coordination to its last item and
    head ("acute and community settings" -> "community settings") when it ends on
    a setting's head, else to its first item ("children and young people" ->
    "children")."""
    words = list(_WORDS.finditer(text, start, end))
    while len(words) > _LONGEST and words[0].group().lower() in _DEGREE:
        words.pop(0)
    if len(words) > _LONGEST:
        joins = [i for i, w in enumerate(words) if w.group().lower() in _JOINS]
        if joins and words[-1].group().lower().rstrip("s") in _HEADS:
            words = words[joins[-1] + 1 :]
        elif joins:
            words = words[: joins[0]]
    return words[0].start(), words[-1].end()


def _asked_before(text: str, left: int, at: int) -> bool:
    """An ask stands before ``at`` in the sentence, near enough, with no party or
    clause break between."""
    window_start = max(left, at - _REACH)
    asks = list(_ASK.finditer(text, window_start, at))
    if not asks:
        return False
    between = text[asks[-1].end() : at]
    return _BREAK.search(between) is None


def _overlaps(span: tuple[int, int], mentions: Sequence[Mention]) -> bool:
    return any(m.start < span[1] and span[0] < m.end for m in mentions)
