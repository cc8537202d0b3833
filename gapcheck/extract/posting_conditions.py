"""Conditions of the work asked in a posting's prose, wherever it stands: shifts and
rotas, and covering other sites.

NHS adverts with sections keep such asks in their opening prose, not in the
requirement lists :mod:`.posting_hours` reads: "You would be Working as part of a
Roster to cover Mornings, afternoons, Evenings, and Weekends", "The successful
candidate will be expected to work in all areas and Early and Late shifts", "You may
be asked to cover multiple sites", "There is a requirement to work across all sites",
"the nature of the work ... will involve travelling to Maidstone". A sentence asks
the condition when it puts the candidate or the post to work under it (the cue
:data:`~gapcheck.parse.asking.WORK_ASKED`) and names it; not in the title, a
benefits, contact or notes section, nor where it gives the pattern ("you will be
offered a range of shifts"), negates it, or says "if you". The term is the
taxonomy's skill (:data:`~.posting_hours.SHIFTS`, :data:`TRAVEL`), named by the
sentence's words.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import Any

from gapcheck.extract.posting_hours import (
    _IF_YOU,
    _NEEDS_OF,
    _NOT_WORKED,
    PATTERN,
    SHIFTS,
)
from gapcheck.extract.posting_work_asks import QUIET, asked_section, work_ask_mentions
from gapcheck.parse.asking import (
    NOT_ASKING,
    WORK_ASKED,
)
from gapcheck.parse.employer_cues import offers
from gapcheck.records import Mention, Posting

#: The taxonomy's skill of working across sites and travelling for the work.
TRAVEL = "Willingness to travel"
#: A roster is a rota; early starts are a shift pattern.
_ROSTER = re.compile(
    r"\b(?:rosters?|early\s+starts|late\s+finishes|(?:(?:day|early|late)\s+and\s+)?"
    r"night\s+duties)\b",
    re.IGNORECASE,
)
#: Sites the work moves between: "cover other sites", "across all sites", "to
#: travel", "travelling to Maidstone" (not "travel expenses", "travel to interview":
#: the hiring's, not the job's).
_SITES = re.compile(
    r"\b(?:(?:across|between|to|at|cover(?:ing)?)\s+(?:all|other|multiple|various|"
    r"different|several|any|the\s+other)\s+(?:[\w'’-]+\s+){0,3}?(?:sites|locations|"
    r"bases|hospitals|premises|venues)|(?:(?<=to\s)travel|travell?ing)(?:\s+(?:to|"
    r"between|across|around|within)\s+(?:[\w'’-]+\s+){0,3}?(?:sites|locations|bases|"
    r"hospitals|premises|venues)\b)?(?!\s+(?:expenses|costs?|time|allowances?|"
    r"claims|arrangements|cards?|to\s+(?:the\s+|an?\s+|your\s+)?(?:interviews?|"
    r"assessments?))\b))",
    re.IGNORECASE,
)
#: The pattern's word names a unit or a system, not the work: "the Health Roster
#: team", "the rota coordinator", "the e-rostering system".
_UNIT = re.compile(
    r"\s+(?:team|system|software|tool|manager|coordinator|co-ordinator|officer|lead|"
    r"office|department|service|project|module)s?\b",
    re.IGNORECASE,
)
_NAME_BEFORE = re.compile(r"\b[A-Z][\w-]*\s+$")
_SPLIT = re.compile(r"[.;!?](?:\s|$)|\n")


def _sentences(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    left = start
    for match in _SPLIT.finditer(text, start, end):
        if match.start() > left:
            yield left, match.start()
        left = match.end()
    if left < end:
        yield left, end


def _gives(sentence: str) -> bool:
    return offers(sentence)


def condition_mentions(
    posting: Posting, taxonomy: Any, covered: Sequence[Mention]
) -> list[Mention]:
    """Shift flexibility and willingness to travel asked in prose (see the module),
    each once, unless a kept term names the skill already; then the checks,
    entitlements and physical demands of :mod:`.posting_work_asks`."""
    if taxonomy is None:
        return []
    wanted = {}
    for name, pattern in ((SHIFTS, None), (TRAVEL, _SITES)):
        skill = taxonomy.get(name)
        if skill is not None and not any(m.canonical == skill.name for m in covered):
            wanted[skill.name] = (skill, pattern)
    text = posting.document.text
    notes = [(s.start, s.end) for s in posting.sections if s.name in NOT_ASKING]
    out: list[Mention] = []
    for section in posting.sections:
        if section.name in QUIET or section.name == "title" or not wanted:
            continue
        for start, end in _sentences(text, section.start, section.end):
            sentence = text[start:end]
            ask = WORK_ASKED.search(_NEEDS_OF.sub(" ", sentence))
            if ask is None or _gives(sentence) or _IF_YOU.search(sentence):
                continue
            after = start + ask.start()  # the condition follows the ask
            for name, (skill, pattern) in list(wanted.items()):
                for match in _found(text, after, end, pattern):
                    before = max(start, match.start() - 40)
                    if _NOT_WORKED.search(text, before, match.start()):
                        continue
                    if _named(text, match):
                        continue
                    if any(match.start() <= m.start and m.end <= match.end()
                           for m in covered):  # fmt: skip
                        del wanted[name]  # a kept term names these words already
                        break
                    out.append(
                        Mention(match.start(), match.end(), match.group(), "SKILL",
                                canonical=skill.name, category=skill.category,
                                type=skill.type, source="keyphrase",
                                section=asked_section(match.start(), notes)
                                or section.name)
                    )  # fmt: skip
                    del wanted[name]
                    break
    return out + work_ask_mentions(posting, taxonomy, [*covered, *out])  # round 14


def _found(text: str, start: int, end: int, pattern: re.Pattern[str] | None):
    if pattern is not None:
        yield from pattern.finditer(text, start, end)
        return
    found = [*PATTERN.finditer(text, start, end), *_ROSTER.finditer(text, start, end)]
    yield from sorted(found, key=lambda m: m.start())


def _named(text: str, match: re.Match[str]) -> bool:
    """The pattern word names a unit or a system ("Health Roster team"), or stands in
    a Title Case name after another capitalised word ("Health Roster")."""
    if _UNIT.match(text, match.end()):
        return True
    title_case = match.group()[:1].isupper()
    before = text[max(0, match.start() - 40) : match.start()]
    return title_case and _NAME_BEFORE.search(before) is not None
