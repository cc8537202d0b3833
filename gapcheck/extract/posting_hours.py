"""Working patterns a posting requires of the candidate: rotas, shifts, weekends.

NHS postings ask for them in prose, not in a list: "The post-holder will be required
to participate in the team 7-day rota", "The post holder is required to work on a
rotational basis ... across a seven-day working week", "... which may require the
post holder to ... cover all shifts". Such a sentence asks the taxonomy's
:data:`SHIFTS` (shift work, weekend availability), whatever words name the pattern.
A sentence that gives the pattern ("flexible shifts available", "no weekends",
"27 days annual leave plus bank holidays") or only says when the service opens asks
nothing: the sentence must require it in so many words (``worded_importance``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from gapcheck.parse.employer_cues import offers
from gapcheck.parse.posting import worded_importance
from gapcheck.records import Mention, Posting

#: The taxonomy's skill of working a rota, shifts, weekends or nights.
SHIFTS = "Shift flexibility"
#: Words naming a working pattern.
PATTERN = re.compile(
    r"\b(?:(?:7|seven)[\s-]day(?:\s+(?:rota|working(?:\s+week)?|week|service))?|"
    r"rotational\s+basis|rotas?|(?:(?:night|day|late|early|weekend|rotating|"
    r"rotational)\s+)?shifts?|weekends?|nights|bank\s+holidays|extended\s+hours|"
    r"out[\s-]of[\s-]hours|unsocial\s+hours)\b",
    re.IGNORECASE,
)
#: "no weekends", "not required to work nights": the pattern is not asked; nor is it
#: where it is the object of another task ("experience of coordinating shifts").
_NOT_WORKED = re.compile(
    r"\b(?:(?:no|not|never|without)\s+(?:[\w-]+\s+){0,4}|(?:coordinat|manag|plan|"
    r"organi[sz]|schedul|allocat|book|fill|staff)\w*\s+(?:the\s+)?(?:[\w-]+\s+)?)$",
    re.IGNORECASE,
)
#: "to meet the needs of this service", "to suit your needs": a noun, no ask.
_NEEDS_OF = re.compile(
    r"\bneeds\s+of\b|\b(?:your|their|our|the|its|service|patient)\s+(?:own\s+)?needs\b",
    re.IGNORECASE,
)
#: "come and see us if you ... require specific shifts" (the candidate's wish), "you
#: will not be required to work weekends or nights": no pattern asked.
_IF_YOU = re.compile(
    r"\bif\s+you\b|\b(?:not|never)\s+(?:be\s+)?(?:required|expected|asked)\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.;!?](?:\s|$)")


def _sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out, left = [], start
    for match in _SENTENCE_END.finditer(text, start, end):
        out.append((left, match.start()))
        left = match.end()
    if left < end:
        out.append((left, end))
    return out


def _gives(sentence: str) -> bool:
    return offers(sentence, quality=True)


def hours_mentions(
    posting: Posting, taxonomy: Any, covered: Sequence[Mention]
) -> list[Mention]:
    """:data:`SHIFTS` where a non-duty requirement line requires working a rota,
    shifts, weekends or nights (the pattern's words as the mention), unless a kept
    term names that skill already."""
    skill = taxonomy.get(SHIFTS) if taxonomy is not None else None
    if skill is None or any(m.canonical == skill.name for m in covered):
        return []
    text = posting.document.text
    for r in posting.requirements:
        if r.end <= r.start or r.kind == "duty":
            continue
        for start, end in _sentences(text, r.start, r.end):
            sentence = text[start:end]
            asks = worded_importance(_NEEDS_OF.sub(" ", sentence)) == "required"
            if not asks or _gives(sentence) or _IF_YOU.search(sentence):
                continue
            for match in PATTERN.finditer(text, start, end):
                before = max(start, match.start() - 40)
                if _NOT_WORKED.search(text, before, match.start()):
                    continue
                return [
                    Mention(match.start(), match.end(), match.group(), "SKILL",
                            canonical=skill.name, category=skill.category,
                            type=skill.type, source="keyphrase", section=r.section)
                ]  # fmt: skip
    return []
