"""Titles of who practises a field named by the field: "Consultant in Gastroenterology",
"Rheumatology Consultant", "Locum SHO for Paediatrics" -> the field's practitioner.

A doctor's grade (consultant, fellow, registrar, ST4, SHO) names no occupation alone,
and the lexicon lists the practitioner ("gastroenterologist", "psychiatrist",
"dentist"), not "<grade> in <field>". English derives the practitioner from the
field by its ending (-ology -> -ologist, -iatry -> -iatrist, -ics -> -ician, -thesia
-> -thetist, -therapy -> -therapist, -acy -> -acist, -istry -> -ist); a British
"ae" is read as "e" ("paediatrics" -> "pediatrician"). The derived word counts only
when it is a lexicon label, and only for a title whose person words are grades or
practising heads (``PRACTISING``): "Radiology Manager" manages a department and
"Neurophysiology Technician" is a technician, neither is the field's doctor.

Round 14 (issue 16): on the NHS work-stratum titles 86 of 555 unread titles name a
field so; docs/scoring.md ("Round 14: titles") has the figures.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from gapcheck.occupation.lexicon import Lexicon, groups_of

#: (field ending, practitioner ending), longest field ending first.
_DERIVED = (
    ("thetics", "thetist"),
    ("iatrics", "iatrician"),
    ("therapy", "therapist"),
    ("thesia", "thetist"),
    ("thetic", "thetist"),
    ("ology", "ologist"),
    ("iatry", "iatrist"),
    ("istry", "ist"),
    ("acy", "acist"),
    ("ics", "ician"),
    ("ic", "ician"),
)
#: Person words of a title that practise the field it names: clinical grades and the
#: practising heads (anything else, "manager", "technician", "administrator", is
#: another occupation in the field's department).
PRACTISING = frozenset(
    """consultant specialist practitioner fellow registrar doctor clinician physician
    trainee locum sho spr str las fy1 fy2 ct1 ct2 ct3 st1 st2 st3 st4 st5 st6 st7 st8
    senior junior associate principal clinical specialty trust grade staff
    speciality sub""".split()  # noqa: SIM905
)
_GRADE = re.compile(r"^(?:st|ct|fy|f)\d+$")
#: Person words that name a doctor's grade (round 14b): a title with one is a
#: doctor, so a practitioner the lexicon files partly with medical doctors (221)
#: reads as the doctor only: "Neurology Consultant" is no physicist ("neurologist"
#: is filed 0.8 under 2111, 0.2 under 2212), "Consultant in Immunology" no
#: life scientist (2131). Not "fellow" or "specialist": research fellows and
#: specialists of a science need not be doctors.
DOCTOR_GRADES = frozenset(
    """consultant registrar doctor physician clinician locum sho spr str las""".split()  # noqa: SIM905
)
DOCTORS = "221"


def practitioner(word: str, titles: dict[str, str]) -> str | None:
    """The lexicon label of who practises the field ``word`` names, else None."""
    for spelling in dict.fromkeys((word, word.replace("ae", "e"))):
        for field, person in _DERIVED:
            if spelling.endswith(field) and len(spelling) > len(field) + 2:
                label = spelling[: -len(field)] + person
                if label in titles:
                    return label
    return None


def as_practitioner(
    words: Sequence[str], lex: Lexicon
) -> tuple[str, dict[str, float]] | None:
    """(label, groups) of the field's practitioner for a title whose words
    (``titles.title_words``) are a field and grades or practising heads only; the
    field word nearest the end wins ("Fellow in Paediatric Anaesthesia": an
    anaesthetist). None when a word is neither, or no field word derives a label."""
    found: str | None = None
    for word in words:
        label = practitioner(word, lex.titles)
        if label is not None:
            found = label
        elif not (word in PRACTISING or _GRADE.match(word) or _modifier(word)):
            return None
    if found is None:
        return None
    groups = groups_of(lex.titles[found])
    if any(w in DOCTOR_GRADES or _GRADE.match(w) for w in words):
        doctor = {g: v for g, v in groups.items() if g.startswith(DOCTORS)}
        total = sum(doctor.values())
        if total > 0:
            groups = {g: v / total for g, v in doctor.items()}
    return found, groups


#: Words of a field's kind or setting that may stand before or between its words
#: ("Interventional Cardiology", "Old Age Psychiatry", "General Adult Psychiatry").
def _modifier(word: str) -> bool:
    return word.endswith(("al", "ive", "ric", "ed")) or word in _SETTING


_SETTING = frozenset(
    """adult old age child children adolescent acute general community inpatient
    outpatient medical""".split()  # noqa: SIM905
)
