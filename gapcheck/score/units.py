"""A skill's wording that names a unit or a programme, not the candidate's work
(round 11, evidence audit 8: ``/work/notes/evidence_audit_r11a.md``).

* **a counterpart unit**: the wording modifies a noun of an organisation's unit
  (team, department, committee...) that is the object of a preposition of dealing
  with someone ("writing e-mails to ... the construction management team", "meet
  deadlines for the construction management team", "liaise with the finance
  department"): the candidate deals with the people who do it. A verb before the
  noun is the candidate's doing ("Supervise team of four"). Led or joined
  ("Led the finance team", "member of the HR department") stays the candidate's;
* **a soft skill naming a unit**: a soft skill's wording (not a verb) right before
  such a noun that ends its phrase (a wrapped line going on in lower case does
  not end it) is that unit's name ("the Senior Leadership team
  in ...", "for creative departments."), no trait of the candidate ("Flexible team
  player" and "motivating teams" stay);
* **a named programme**: a soft skill's word written with a capital at the head of
  a name that ends, within two more capitalised words, in a noun of a programme,
  course or award ("Leadership Development Program", "Team Lead Award");
* **a name line** (round 12): a soft skill's word in a short line of capitalised
  words that ends in a place ("Organizational Management Nashua, NH", "Leadership
  Academy City , State"): a school's, an employer's or a degree's line, whose words
  are names, not the candidate's traits; a bullet that says what was done ("Organized
  events in Boston, MA") has a word in lower case and stays.
"""

from __future__ import annotations

import re

#: Nouns of an organisation's units.
UNIT = r"(?:teams?|departments?|depts?|divisions?|committees?|units?|offices?)"
_UNIT_AFTER = re.compile(rf"[ \t]+{UNIT}\b", re.I)
#: After the unit's noun, for a soft skill: the noun ends its phrase (punctuation, a
#: line end or a function word), so it is the head ("the leadership team in ...";
#: not "Flexible team player", "motivated team member").
_PHRASE_END = re.compile(
    r"(?:[ \t]*(?:[.,;:!?)&]|\n(?![ \t]*[a-z])|$)|[ \t]+(?:in|to|for|with|of|on|at|"
    r"and|or|by|about|who|that|which|where|during|from|as|is|are|was|were)\b)",
    re.I,
)
#: A verb's or a gerund's shape: its object follows ("motivating teams", "managed
#: teams", "Supervise team of four", "improve department's ..."), no unit's name.
_VERBAL = re.compile(r"(?:ing|ed|[^v]es?)$", re.I)
#: "to" right before a lower-case word: an infinitive ("to improve").
_INFINITIVE = re.compile(r"\bto[ \t]+$", re.I)
#: Before the wording: a preposition of dealing with someone, then at most a
#: determiner and two modifiers ("to the", "with our senior", "for various"),
#: the unit perhaps the last of a list ("to subcontractors, and the").
_COUNTERPART = re.compile(
    r"\b(?:to|for|with|from|between|among|alongside|across)[ \t]+"
    r"(?:(?:[\w&/-]+[ \t]+){0,2}[\w&/-]+,?[ \t]+(?:and|or|&)[ \t]+)?"
    r"(?:(?:the|our|their|its|his|her|all|other|various|several|multiple|both)[ \t]+)?"
    r"(?:[\w&/-]+[ \t]+){0,2}$",
    re.I,
)
_PROGRAMME_AFTER = re.compile(
    r"(?:[ \t]+[A-Z][\w&'-]*){0,2}[ \t]+(?:Program|Programme|Course|Award|Scheme|"
    r"Academy|Workshop|Seminar|Conference|Series|Fellowship|Institute|Summit)s?\b"
)


#: The end of a name line: a US state's code or the "City , State" of templates.
_PLACE_END = re.compile(r"(?:,[ \t]*[A-Z]{2}|\bCity[ \t]*,[ \t]*State)[ \t]*$")
_NAME_WORD = re.compile(r"^(?:[A-Z0-9][\w.&'/-]*,?|,|&|of|and|the|for|in|at|-|\u2013)$")
NAME_LINE_WORDS = 8


def names_heading(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` stands in a name line: a short line of
    capitalised words ending in a place (see the module)."""
    if end <= start:
        return False
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", end)
    line = text[lo : len(text) if hi < 0 else hi].strip()
    words = line.split()
    return (
        0 < len(words) <= NAME_LINE_WORDS
        and bool(_PLACE_END.search(line))
        and all(_NAME_WORD.match(w) for w in words)
    )


def names_unit(text: str, start: int, end: int, soft: bool) -> bool:
    """Whether ``text[start:end]`` modifies a unit's noun that is a counterpart
    (after a preposition of dealing with someone), or, for a soft skill, any unit's
    noun (see the module)."""
    unit = _UNIT_AFTER.match(text, end) if end > start else None
    words = text[start:end].split()
    if unit is None or not words:
        return False
    if soft:
        return not _VERBAL.search(words[-1]) and bool(
            _PHRASE_END.match(text, unit.end())
        )
    lo = text.rfind("\n", 0, start) + 1
    if _INFINITIVE.search(text[lo:start]) and words[0][:1].islower():
        return False  # "to improve department's process": the candidate's doing
    return bool(_COUNTERPART.search(text[lo:start]))


def names_programme(text: str, start: int, end: int) -> bool:
    """Whether a soft skill's wording ``text[start:end]``, written with a capital,
    heads the name of a programme, a course or an award (see the module)."""
    return (
        end > start
        and text[start : start + 1].isupper()
        and bool(_PROGRAMME_AFTER.match(text, end))
    )


__all__ = ["UNIT", "names_heading", "names_programme", "names_unit"]
