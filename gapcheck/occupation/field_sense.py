"""A title read in the document's field (round 14b): when a title's reading sits
outside the field the document's words read as, and the title has a reading in that
field, that reading wins.

A title has several readings; the lexicon alone cannot choose among them. "Theatre
Manager" is an arts venue's manager (1431) and an operating theatre's (a clinical
manager, 1342); "Research Assistant" a research clerk (4226) and a clinical research
assistant (3212); "Neurology Consultant" reads as "neurologist", which the lexicon
files 0.8 under physicists (2111) and 0.2 under specialist doctors (2212). The
document says which: a posting or resume whose words read as health work
(``reads_as``: its content reading's best group is in the field's groups) reads its
titles in the health sense. The reading is, in order:

1. the reading's own groups in the field, when it has some ("neurologist" -> 2212);
2. a field word before the title's words, or before their shorter ends down to the
   head, that the lexicon reads in the field: "Research Assistant" -> "clinical
   research assistant" (3212), "Research Fellow" -> "clinical fellow" (2212),
   "Theatre Manager" -> "clinical manager" (1342); only a manager's head may be
   left alone (``MANAGING_HEADS``). A word may be left out only when
   it has a sense in the field (a two-word lexicon label it begins reads in the
   field: "theatre nurse"), or is a generic head;
   a word of another field keeps the reading ("Finance Manager" stays a finance
   manager).
3. else the reading as found.

Round 12b's ICT sense (``reading.in_ict_sense``) is the same rule for ICT work with
its own prefixes and words; it is kept as it was measured.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from gapcheck.occupation.lexicon import Lexicon, groups_of, lexicon
from gapcheck.occupation.titles import GENERIC_HEADS

#: ISCO-08 groups of health work: health services and aged care managers (1342,
#: 1343), health professionals (22), health associate professionals (32), personal
#: care workers in health services (532).
HEALTH_GROUPS = ("1342", "1343", "22", "32", "532")
#: Field words before a label that health labels of the lexicon begin with, in order.
HEALTH_PREFIXES = ("clinical", "health care", "healthcare", "health", "medical")
#: Heads that may stand alone after a health prefix, the title's field words left
#: out: a health document's manager of a function with no health label of its own
#: manages health services ("Theatre Manager", "Quality Improvement Lead" ->
#: "clinical manager", 1342); an officer or assistant of one is no doctor or care
#: worker ("Administrative Officer" read as "medical officer", 2211, was wrong in 4
#: of 4 NHS work titles).
MANAGING_HEADS = frozenset({"manager", "director"})
#: The lead words a title's head may be written as ("Quality Improvement Lead").
_LEADS = {"lead": "manager", "leader": "manager"}


def field_share(
    groups: dict[str, float], field: Sequence[str] = HEALTH_GROUPS
) -> float:
    """The share of a reading in the field's groups."""
    prefixes = tuple(field)
    return sum(v for g, v in groups.items() if g.startswith(prefixes))


def reads_as(
    dist: Sequence[float], codes: Sequence[str], field: Sequence[str] = HEALTH_GROUPS
) -> bool:
    """Whether a distribution over ``codes`` puts its most in one of the field's
    groups: a document whose words are the field's work."""
    if len(dist) == 0 or len(dist) != len(codes) or not any(dist):
        return False
    return codes[max(range(len(dist)), key=dist.__getitem__)].startswith(tuple(field))


@cache
def _field_words(titles_id: int) -> frozenset[str]:
    """Words that have a sense in health work: the first word of a two-word lexicon
    label read mostly in health groups ("theatre nurse", "research physician", "ward
    manager"; not "training" or "finance")."""
    lex = lexicon()
    out: set[str] = set()
    for label, entry in (lex.titles if lex else {}).items():
        words = label.split()
        if len(words) == 2 and field_share(groups_of(entry)) >= 0.5:
            out.add(words[0])
    return frozenset(out)


def _in_field(key: str, lex: Lexicon) -> dict[str, float] | None:
    if key not in lex.titles:
        return None
    groups = groups_of(lex.titles[key])
    return groups if field_share(groups) >= 0.5 else None


def field_reading(
    words: Sequence[str], lex: Lexicon
) -> tuple[str, dict[str, float]] | None:
    """A health prefix before ``words`` or the shorter ends of them (down to the head)
    that the lexicon reads in health groups; the words left out must have a sense in
    health work or be generic heads (``_field_words``)."""
    words = [*words[:-1], _LEADS.get(words[-1], words[-1])] if words else []
    known = _field_words(id(lex.titles))
    for start in range(len(words)):
        if any(w not in known and w not in GENERIC_HEADS for w in words[:start]):
            break  # "Finance Manager": "finance" is no health word
        if all(w in GENERIC_HEADS for w in words[start:]) and (
            words[-1] not in MANAGING_HEADS
        ):
            continue  # "Administrative Officer" is no "medical officer"
        end = " ".join(words[start:])
        for prefix in HEALTH_PREFIXES:
            groups = _in_field(f"{prefix} {end}", lex)
            if groups is not None:
                return f"{prefix} {end}", groups
    return None


def in_field_sense(
    words: Sequence[str],
    label: str,
    groups: dict[str, float],
    health: bool,
    lex: Lexicon,
) -> tuple[str, dict[str, float]]:
    """A title's reading (``label``, ``groups``; ``words``: the title's
    ``title_words``) in a document that reads as health work (``health``): the
    reading's own health groups, else a health reading of the title's words or the
    label's (``field_reading``), else the reading as found."""
    if not health or field_share(groups) >= 0.5:
        return label, groups
    own = {g: v for g, v in groups.items() if g.startswith(HEALTH_GROUPS)}
    if own:
        total = sum(own.values())
        return label, {g: v / total for g, v in own.items()}
    return (
        field_reading(words, lex)
        or field_reading(label.split(), lex)
        or (label, groups)
    )
