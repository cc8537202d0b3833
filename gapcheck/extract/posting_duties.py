"""A duty line names its skill by its verb: "Clean and replenish patient water jugs"
asks for cleaning, "Cook meals to recipes" for cooking, "Audit the ledgers" for
auditing.

A posting's list of duties says what the job does, verb first; the skill is the
verb's noun ("-ing"), where the taxonomy names it as a hard skill. Soft and generic
verbs ("plan", "schedule", "support") are left to the rest of the reading.
"""

from __future__ import annotations

import re
from typing import Any

from gapcheck.records import Mention, Posting

#: One or two verbs opening a line: "Clean and replenish", "Cook".
_VERBS = re.compile(r"([A-Z][a-z]{2,})(?:\s*(?:,|and|&|/)\s*([a-z]{3,}))?\b")
#: Verbs whose "-ing" names another field's skill ("code" -> Programming in a
#: clinical coder's duties).
_OTHER_SENSE = frozenset({"code", "type", "design"})


def _noun(verb: str, taxonomy: Any) -> tuple[str, Any] | None:
    """The verb's "-ing" noun and the hard skill the taxonomy names by it."""
    v = verb.lower()
    forms = (v + "ing", v[:-1] + "ing" if v.endswith("e") else "", v + v[-1] + "ing")
    for form in forms:
        skill = taxonomy.get(form) if form else None
        if skill is not None and getattr(skill, "type", None) == "hard":
            return form, skill
    return None


def duty_mentions(posting: Posting, taxonomy: Any) -> list[Mention]:
    """The skills the duty lines of ``posting`` name by their opening verbs."""
    if taxonomy is None:
        return []
    text = posting.document.text
    out = []
    for req in posting.requirements:
        if req.kind != "duty" or req.end <= req.start:
            continue
        match = _VERBS.match(text, req.start)
        if match is None:
            continue
        for group in (1, 2):
            verb = match.group(group)
            if not verb or verb.lower() in _OTHER_SENSE:
                continue
            found = _noun(verb, taxonomy)
            if found is not None:  # named as the noun: "cleaning", not "Clean"
                form, skill = found
                start = match.start(group)
                out.append(
                    Mention(start, start + len(verb), form, "SKILL",
                            canonical=skill.name, category=skill.category,
                            type="hard", source="taxonomy")
                )  # fmt: skip
    return out
