"""Terms that are no term by their form alone: an adjective, an adverb or vague words.

A posting's term names a skill, a tool, a method, a qualification or an area of
experience: a noun phrase. A single word no taxonomy knows that is an adjective or an
adverb by its form ("progressive", "hot" of "hot, cold, and ambient items",
"theoretical", "clearly") names none of them, and neither does a phrase of vague
words only ("following skills", "core skills"). Known skills keep their sense
("Analytical" -> Analytical thinking); capitalised names and acronyms are left to the
name rules.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

#: Endings of English adjectives and adverbs ("-ment", "-ant", "-ist" make nouns).
_ADJECTIVE_END = re.compile(
    r"(?:ly|ive|ous|ful|less|al|dent|cient|lent|rent|stent|petent)$"
)
#: Nouns and verbs with those endings, which may name a skill or a thing asked.
_NOT_ADJECTIVE = frozenset(
    """initiative objective executive representative drive archive incentive
    directive alternative narrative perspective motive operative hospital referral
    approval proposal appraisal manual journal tutorial portal terminal capital
    arrival removal disposal renewal trial supply assembly family anomaly apply
    reply wireless""".split()  # noqa: SIM905
)
#: Plain adjectives with none of those endings, common in postings' descriptions of
#: the work, the food, the service or the place ("hot, cold, and ambient items").
PLAIN_ADJECTIVES = frozenset(
    """hot cold warm hard soft ambient genuine holistic busy varied vibrant diverse
    fast new old big small large wide broad high low full real true keen able""".split()  # noqa: SIM905
)


#: What an adjective before it makes a skill of: "organisational and communication
#: skills", "analytical, numerical skills".
_SKILL_AFTER = re.compile(
    r"(?:[ \t]*(?:,|and|&|/|or)[ \t]*[\w-]+)*[ \t]+(?:skills?|abilit(?:y|ies))\b",
    re.IGNORECASE,
)
#: Generic heads that vague words make no term of: "following skills".
_GENERIC_HEADS = frozenset(
    "skills skill knowledge experience ability abilities qualities attributes".split()  # noqa: SIM905
)


def adjective_only(surface: str, canonical: str | None, text: str, end: int) -> bool:
    """One lower-case word with no taxonomy sense that is an adjective or an adverb
    by its form ("progressive", "hot", "reactive", "clearly"), unless the skill it
    names follows ("organisational skills")."""
    if canonical or not surface.isalpha() or not surface.islower():
        return False
    word = surface.lower()
    if word not in PLAIN_ADJECTIVES and (
        not _ADJECTIVE_END.search(word) or word in _NOT_ADJECTIVE
    ):
        return False
    return _SKILL_AFTER.match(text, end) is None


def vague_only(content: Sequence[str], vague: Collection[str]) -> bool:
    """A generic head after vague words only: "following skills", "core skills"
    (not "service development", a field of work)."""
    return (
        len(content) >= 2
        and content[-1] in _GENERIC_HEADS
        and all(w in vague for w in content)
    )


#: "Management" naming the managers, not a skill: after "by" with no object ("when
#: considered necessary by management and ..."), or after "to", "from", "with", "the"
#: or "senior" and before a verb, "team" or the end of a clause ("report to senior
#: management.", "the management team will").
_BY = re.compile(r"\bby\s+$", re.I)
_PEOPLE_BEFORE = re.compile(r"(?:\bto|\bfrom|\bwith|\bthe|\bsenior)\s+$", re.I)
_OBJECT_AFTER = re.compile(r"\s+(?:of|skills?|experience|systems?|techniques?)\b", re.I)
_PEOPLE_AFTER = re.compile(
    r"\s*(?:$|[.,;:)!?\n]|(?:team|teams|will|may|can|must|is|are|has|have|who|"
    r"and\s+staff|and\s+colleagues)\b)",
    re.I,
)


def managers_named(surface: str, text: str, start: int, end: int) -> bool:
    """A bare "management" that names the people who manage ("by management",
    "to senior management", "the management team"): no skill is asked."""
    if surface.lower() != "management":
        return False
    before = text[max(0, start - 12) : start]
    if _BY.search(before):
        return _OBJECT_AFTER.match(text, end) is None
    return bool(_PEOPLE_BEFORE.search(before)) and bool(_PEOPLE_AFTER.match(text, end))


def no_term_by_form(
    surface: str, canonical: str | None, text: str, start: int, end: int
) -> bool:
    """An adjective or adverb only, or "management" naming the managers."""
    return adjective_only(surface, canonical, text, end) or managers_named(
        surface, text, start, end
    )
