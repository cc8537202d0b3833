"""``gapcheck taxonomy lookup``: what a term maps to, by name, alias or the phrases
found in it. Above both the taxonomy and its matcher (the matcher reads the
taxonomy; the taxonomy never reads the matcher).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from gapcheck.extract.matcher import match_text
from gapcheck.extract.taxonomy import LookupResult, load_taxonomy


def lookup_term(term: str, path: str | Path | None = None) -> LookupResult:
    """The canonical skill a term names (name or alias), or the skills found in it."""
    tax = load_taxonomy(path)
    term = " ".join(term.split())
    skill = tax.get(term)
    candidates = tax.ambiguous.get(term.casefold(), ())
    mentions: tuple[Any, ...] = ()
    matched_as = None
    if skill is not None:
        matched_as = "name" if skill.name.casefold() == term.casefold() else "alias"
    elif term:
        mentions = tuple(match_text(term, tax))
        if len(mentions) == 1:
            skill = tax.get(mentions[0].canonical or "")
        matched_as = "text" if mentions else None
    if skill is None:
        return LookupResult(
            term, bool(mentions), matched_as, None, candidates=candidates,
            mentions=mentions,
        )  # fmt: skip
    return LookupResult(
        term=term,
        found=True,
        matched_as=matched_as,
        skill=skill,
        implied=tuple(sorted(tax.implied(skill.name))),
        broader=tax.broader(skill.name, transitive=True),
        narrower=tax.narrower(skill.name),
        candidates=candidates,
        mentions=mentions,
    )
