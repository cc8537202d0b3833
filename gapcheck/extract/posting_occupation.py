"""The trade a posting's title names: a "Plumber" asks for plumbing, a "Cleaner" for
cleaning, an "Administrator" for administration.

A title's worker noun (an agent noun: -er, -or, -ant, -ist) names the work the post
does; when the work's noun ("plumbing", "administration", "accountancy") is a skill
the taxonomy knows as a hard method or field, the post asks for it, named as the
work ("Plumbing", "Cleaning", "Back-end development"), not as the title ("Plumber",
"Backend Engineer"): a fix that says "add Plumber to your skills" asks for the
title, which the title fix handles. The mention keeps the title's span. Registered
professions are :func:`~gapcheck.extract.posting_keyphrases.title_profession`'s;
ranks and roles of the hierarchy ("Supervisor", "Manager", "Director") name no trade:
the taxonomy knows their nouns as soft skills or not at all, so they yield nothing
here.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import Any

from gapcheck.records import Mention, Posting

#: A title word that may name a worker: letters, at least five of them.
_WORD = re.compile(r"\b[A-Za-z]{5,}\b")
#: Agent-noun endings and the work nouns they come from ("plumb-er" -> "plumb-ing",
#: "carpent-er" -> "carpent-ry", "porter" -> "porter-ing", "administrat-or" ->
#: "administrat-ion", "account-ant" -> "account-ancy", "therap-ist" -> "therap-y").
_ENDINGS = (
    ("ers", ("ing", "ry")),
    ("er", ("ing", "ry")),
    ("ors", ("ion", "ing")),
    ("or", ("ion", "ing")),
    ("ants", ("ancy",)),
    ("ant", ("ancy",)),
    ("ists", ("y",)),
    ("ist", ("y",)),
)
#: The taxonomy's kinds that name work done (not a tool or product, not a trait).
_WORK_KINDS = frozenset({"method", "domain"})


def _work_nouns(word: str) -> Iterator[str]:
    lowered = word.lower()
    for ending, nouns in _ENDINGS:
        if lowered.endswith(ending) and len(lowered) - len(ending) >= 3:
            stem = lowered[: -len(ending)]
            for noun in nouns:
                yield stem + noun
                if noun == "ing" and stem.endswith("e"):
                    yield stem[:-1] + noun
            if ending.startswith("er"):
                yield lowered[: len(lowered) - len(ending) + 2] + "ing"  # portering
            return


def title_occupation(
    posting: Posting, covered: Sequence[Mention], taxonomy: Any
) -> list[Mention]:
    """The trades the title's worker nouns name (see the module), unless a kept term
    names the same skill or spans the word already."""
    if taxonomy is None:
        return []
    title = next((s for s in posting.sections if s.name == "title"), None)
    if title is None:
        return []
    text = posting.document.text
    named = {m.canonical for m in covered if m.canonical}
    out: list[Mention] = []
    previous = None
    for match in _WORD.finditer(text, title.start, title.end):
        before, previous = previous, match
        if any(m.start <= match.start() and match.end() <= m.end for m in covered):
            continue
        for noun in _work_nouns(match.group()):
            skill = taxonomy.get(noun)
            start = match.start()
            if before is not None and not text[before.end() : start].strip():
                compound = taxonomy.get(f"{before.group()} {noun}")
                if compound is not None:  # "Systems Administrator"
                    skill, start = compound, before.start()
            if (
                skill is None
                or getattr(skill, "type", None) != "hard"
                or getattr(skill, "kind", None) not in _WORK_KINDS
                or skill.name in named
            ):
                continue
            named.add(skill.name)
            out.append(
                Mention(start, match.end(), skill.name, "SKILL",
                        canonical=skill.name, category=skill.category, type="hard",
                        source="keyphrase", section="title")
            )  # fmt: skip
            break
    return out
