"""How a taxonomy skill is written, where a resume's mention shows it, and what it
implies: the taxonomy's side of the resume's evidence (:mod:`.profile`)."""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterable
from typing import Any

#: (taxonomy, canonical) -> pattern; the taxonomy object is held with its entries so
#: an id is never reused by another taxonomy while cached.
_NAMES: dict[tuple[int, str], tuple[Any, re.Pattern[str] | None]] = {}
MAX_CACHED_NAMES = 20000


def skill_names(taxonomy: Any, canonical: str) -> re.Pattern[str] | None:
    """A pattern of the ways a taxonomy skill is written (its name and aliases, as
    whole words, any case and spacing, a plural allowed); None without a taxonomy
    entry."""
    key = (id(taxonomy), canonical)
    cached = _NAMES.get(key)
    if cached is not None and cached[0] is taxonomy:
        return cached[1]
    skill = skill_entry(taxonomy, canonical) if taxonomy is not None else None
    pattern = None
    if skill is not None:
        names = [canonical, skill.name, *(getattr(skill, "aliases", ()) or ())]
        forms = sorted({n.strip() for n in names if n.strip()}, key=len, reverse=True)
        pattern = re.compile(
            "|".join(
                r"(?<!\w)"
                + r"[\s-]+".join(map(re.escape, f.split()))
                + r"(?:e?s)?(?!\w)"  # "billings" names Billing
                for f in forms
            ),
            re.I,
        )
    if len(_NAMES) >= MAX_CACHED_NAMES:
        _NAMES.clear()
    _NAMES[key] = (taxonomy, pattern)
    return pattern


def shown_at(
    text: str, start: int, end: int, names: re.Pattern[str] | None
) -> tuple[int, int] | None:
    """Where a mention of a taxonomy skill shows one of the skill's names: the
    mention itself, else the name written inside it ("continuous integration" of
    "Set up continuous integration"), else the name written on the mention's line
    (an extractor span a few characters off, or a phrase around the name), else
    None: a span that never names the skill ("termination" for Employee relations,
    "Works with management team" for Teamwork) is no evidence a reader can see."""
    if names is None or names.fullmatch(text[start:end].strip()):
        return start, end
    inside = names.search(text, start, end)
    if inside:  # the name itself, not the phrase around it: the words a reader sees
        return inside.start(), inside.end()
    left = text.rfind("\n", 0, start) + 1
    right = text.find("\n", end)
    found = names.search(text, left, len(text) if right < 0 else right)
    return (found.start(), found.end()) if found else None


def implied_by(taxonomy: Any, name: str) -> Iterable[str]:
    """Skills a resume skill implies (React -> JavaScript) or is a kind of
    (React -> JavaScript frameworks), transitively."""
    found: list[str] = []
    skill = skill_entry(taxonomy, name)
    if getattr(skill, "kind", None) == "soft":
        # a soft skill shows itself only: its broader skill is the heading it is filed
        # under ("dependable" shows Reliability, not Teamwork) and what it implies is
        # another quality a reader does not see ("coordination of trades" is no
        # evidence of Teamwork)
        return found
    with contextlib.suppress(Exception):
        found += list(taxonomy.implied(name) or ())
    broader = getattr(taxonomy, "broader", None)
    if broader is not None:
        # a tool or method is an instance of its broader skill (Python -> Programming
        # languages); a discipline (kind "domain") is shown only by its own members
        # and the members of its branches (Accounts payable -> Financial accounting
        # -> Accounting), not by a tool of one of its methods (AutoCAD -> Technical
        # drawing -> Mechanical engineering: architects and surveyors draw too)
        with contextlib.suppress(Exception):
            direct = branches(taxonomy, name)
            found += [
                b
                for b in broader(name, transitive=True) or ()
                if b in direct
                or getattr(skill_entry(taxonomy, b), "kind", None) != "domain"
            ]
    # a soft skill is shown by a skill that names it directly (De-escalation ->
    # Conflict resolution), not through another soft skill's heading or what that
    # implies (De-escalation -> Conflict resolution -> Teamwork; "Patient
    # prioritization" -> Prioritization -> Time management -> Initiative): the chain
    # stops at a soft skill, as it does for a soft skill read in the resume (round 12)
    first = set(getattr(skill, "implies", ()) or ())
    with contextlib.suppress(Exception):
        first |= set(broader(name) or ()) if broader is not None else set()
    return [
        f
        for f in found
        if f in first or getattr(skill_entry(taxonomy, f), "kind", None) != "soft"
    ]


def branches(taxonomy: Any, name: str) -> set[str]:
    """The skills ``name`` is filed under, and the disciplines above each one that
    is itself a discipline (a branch of a broader discipline)."""
    found: set[str] = set()
    todo = list(taxonomy.broader(name) or ())
    while todo:
        b = todo.pop()
        if b in found:
            continue
        found.add(b)
        if getattr(skill_entry(taxonomy, b), "kind", None) == "domain":
            todo += list(taxonomy.broader(b) or ())
    return found


def skill_entry(taxonomy: Any, name: str) -> Any:
    get = getattr(taxonomy, "get", None)
    return get(name) if get is not None else None


__all__ = ["branches", "implied_by", "shown_at", "skill_entry", "skill_names"]
