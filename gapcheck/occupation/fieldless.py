"""Titles that name a kind of professional but not the field: "Engineer", "Staff
Engineer", "Scientist", "Analytics Engineer" read only by its head.

An engineer, a scientist or a technologist works in a field that another word of
the title names ("civil engineer", "data scientist", "medical laboratory
technologist"). When the lexicon reads a title only as that head, with no field word
("Senior Engineer" -> "engineer"; "Analytics Engineer" and "Spring/JavaEE Engineer"
-> "engineer", their field word unknown to the lexicon), the reading is a guess: ESCO
and O*NET file a bare "engineer" under fifteen ISCO groups (research engineers 0.4),
"scientist" under biologists and "technologist" under electronics technicians, so a
site reliability engineer headed "Staff Engineer" read as a sensor engineer and a
solar physicist headed "Scientist" as a biologist (round 11, docs/scoring.md). Such a
title names no occupation: the document's other titles and its words decide, and it
earns no title credit by occupation.

Level and generic words ("senior", "staff", "lead", "consultant": ``GENERIC_HEADS``)
are left out before the test, so "Staff Engineer" (an O*NET label of sensor
engineers) is as fieldless as "Engineer".
"""

from __future__ import annotations

from functools import lru_cache

from gapcheck.occupation.titles import GENERIC_HEADS

#: Heads of professional titles whose field is always another word of the title.
FIELDLESS_HEADS = frozenset({"engineer", "scientist", "technologist"})


@lru_cache(maxsize=4096)
def names_field(title: str | None) -> bool:
    """False when the lexicon reads ``title`` only as a fieldless head (with level or
    generic words at most); True otherwise (including titles it reads as nothing)."""
    from gapcheck.occupation.model import title_occupation

    found = title_occupation(title)
    if not found:
        return True
    words = [w for w in found[0].split() if w not in GENERIC_HEADS]
    return not (len(words) == 1 and words[0] in FIELDLESS_HEADS)


def field_title(title: str | None) -> str | None:
    """``title`` when it names a field (or reads as nothing), else None."""
    return title if names_field(title) else None


__all__ = ["FIELDLESS_HEADS", "field_title", "names_field"]
