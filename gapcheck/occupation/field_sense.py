"""A title read in the document's field (round 14b): when a title's reading sits
outside the field the document's words read as, and the title has a reading in that
field, that reading wins.

A title has several readings; the lexicon alone cannot choose among them. "Theatre
Manager" is an arts venue's manager (1431) and an operating theatre's (a clinical
manager, 1342); "Research Assistant" a research clerk (4226) and a clinical research
assistant (3212); "Neurology Consultant" reads as "neurologist", which the lexicon
files 0.8 under physicists (2111) and 0.2 under specialist doctors (2212). The
document says which: a posting or resume whose words read as health work
(``document_field``: its content reading's best group is in the field's groups)
reads its titles in the health sense. The reading is, in order:

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

A field is a ``Field`` (its ISCO groups and prefixes); ``FIELDS`` holds health only
(teaching and finance were tried: see its comment).

Round 12b's ICT sense (``ict_sense.in_ict_sense``) is the same rule for ICT work with
its own prefixes and words; it is kept as it was measured.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from gapcheck.occupation.lexicon import Lexicon, groups_of, lexicon
from gapcheck.occupation.titles import GENERIC_HEADS


@dataclass(frozen=True)
class Field:
    """A field of work: its ISCO-08 groups (prefixes) and the field words before a
    label that its labels in the lexicon begin with, in order."""

    name: str
    groups: tuple[str, ...]
    prefixes: tuple[str, ...]

    def to_dict(self) -> dict[str, object]:
        return {"name": self.name, "groups": self.groups, "prefixes": self.prefixes}


#: Health work: health services and aged care managers (1342, 1343), health
#: professionals (22), health associate professionals (32), personal care workers in
#: health services (532).
HEALTH = Field(
    "health",
    ("1342", "1343", "22", "32", "532"),
    ("clinical", "health care", "healthcare", "health", "medical"),
)
#: The fields read so. Round 14b tried teaching (1345, 23, 5312; "school",
#: "education", "teaching") and finance (1211, 241, 331, 431; "finance",
#: "financial", "accounting") too: of the 12 NHS and resume titles they changed, 3
#: were better and 8 worse (NHS "Clinical Fellow" posts on training read as teaching
#: fellows, 2310; "Director, Independent Contractor for Pampered Chef" a school
#: director), and dev's posting view rose only 0.919 -> 0.920: the words of a
#: clinical post on teaching or budgets read as those fields, a hospital's as health.
FIELDS = (HEALTH,)
#: Heads that may stand alone after a health prefix, the title's field words left
#: out: a health document's manager of a function with no health label of its own
#: manages health services ("Theatre Manager", "Quality Improvement Lead" ->
#: "clinical manager", 1342); an officer or assistant of one is no doctor or care
#: worker ("Administrative Officer" read as "medical officer", 2211, was wrong in 4
#: of 4 NHS work titles).
MANAGING_HEADS = frozenset({"manager", "director"})
#: The lead words a title's head may be written as ("Quality Improvement Lead").
_LEADS = {"lead": "manager", "leader": "manager"}


def field_share(groups: dict[str, float], field: Field = HEALTH) -> float:
    """The share of a reading in the field's groups."""
    return sum(v for g, v in groups.items() if g.startswith(field.groups))


def document_field(dist: Sequence[float], codes: Sequence[str]) -> Field | None:
    """The field whose groups hold a distribution's best group (over ``codes``): the
    field of a document whose words read so; None for no field of ``FIELDS``."""
    if len(dist) == 0 or len(dist) != len(codes) or not any(dist):
        return None
    best = codes[max(range(len(dist)), key=dist.__getitem__)]
    return next((f for f in FIELDS if best.startswith(f.groups)), None)


@cache
def _field_words(titles_id: int, field: Field) -> frozenset[str]:
    """Words that have a sense in the field's work: the first word of a two-word
    lexicon label read mostly in its groups (health: "theatre nurse", "research
    physician", "ward manager"; not "training" or "finance")."""
    lex = lexicon()
    out: set[str] = set()
    for label, entry in (lex.titles if lex else {}).items():
        words = label.split()
        if len(words) == 2 and field_share(groups_of(entry), field) >= 0.5:
            out.add(words[0])
    return frozenset(out)


def _in_field(key: str, field: Field, lex: Lexicon) -> dict[str, float] | None:
    if key not in lex.titles:
        return None
    groups = groups_of(lex.titles[key])
    return groups if field_share(groups, field) >= 0.5 else None


def field_reading(
    words: Sequence[str], field: Field, lex: Lexicon
) -> tuple[str, dict[str, float]] | None:
    """A field prefix before ``words`` or the shorter ends of them (down to the head)
    that the lexicon reads in the field's groups; the words left out must have a
    sense in the field's work or be generic heads (``_field_words``)."""
    words = [*words[:-1], _LEADS.get(words[-1], words[-1])] if words else []
    known = _field_words(id(lex.titles), field)
    for start in range(len(words)):
        if any(w not in known and w not in GENERIC_HEADS for w in words[:start]):
            break  # "Finance Manager": "finance" is no health word
        if all(w in GENERIC_HEADS for w in words[start:]) and (
            words[-1] not in MANAGING_HEADS
        ):
            continue  # "Administrative Officer" is no "medical officer"
        end = " ".join(words[start:])
        for prefix in field.prefixes:
            groups = _in_field(f"{prefix} {end}", field, lex)
            if groups is not None:
                return f"{prefix} {end}", groups
    return None


def in_field_sense(
    words: Sequence[str],
    label: str,
    groups: dict[str, float],
    field: Field | None,
    lex: Lexicon,
) -> tuple[str, dict[str, float]]:
    """A title's reading (``label``, ``groups``; ``words``: the title's
    ``title_words``) in a document whose words read as a field's work (``field``,
    ``document_field``): the reading's own groups in the field, else the field's
    reading of the title's words or the label's (``field_reading``), else the
    reading as found."""
    if field is None or field_share(groups, field) >= 0.5:
        return label, groups
    own = {g: v for g, v in groups.items() if g.startswith(field.groups)}
    if own:
        total = sum(own.values())
        return label, {g: v / total for g, v in own.items()}
    return (
        field_reading(words, field, lex)
        or field_reading(label.split(), field, lex)
        or (label, groups)
    )
