"""The statutory registration a title's profession asks for (round 13b).

A posting for a "Staff Nurse" or a "Band 5 Physiotherapist" asks for the register
that profession practises under even when the text never names it: NMC
registration for nurses and midwives, HCPC registration for the allied health
professions and practitioner psychologists, GPhC registration for pharmacists. The
term is read from the title's profession (:data:`~.posting_keyphrases.PROFESSIONS`)
only when the posting names no register itself (its own words are then read as
written), and not for support, student or trainee posts, whose holders are not
registered ("Physiotherapy Assistant", "Student Nurse", "Nursery Nurse").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any, Final

from gapcheck.records import Mention, Posting

SOURCE: Final = "taxonomy"  # a taxonomy skill, read from the title

#: Title profession -> the register's skill (taxonomy names).
_REGISTER = (
    (r"nurse(?:\s+practitioner)?|midwife|midwives", "NMC registration"),
    (
        r"occupational\s+therapist|speech\s+and\s+language\s+therapist|"
        r"physiotherapist|radiographer|dietitian|dietician|paramedic|podiatrist|"
        r"chiropodist|biomedical\s+scientist|clinical\s+scientist|"
        r"operating\s+department\s+practitioner|orthoptist|prosthetist|orthotist|"
        r"(?:art|music|drama)\s+therapist|(?:clinical|counselling|forensic|"
        r"health|educational)\s+psychologist",
        "HCPC registration",
    ),
    (r"pharmacist", "GPhC registration"),
)
_PATTERNS = [(re.compile(rf"\b(?:{p})s?\b", re.IGNORECASE), s) for p, s in _REGISTER]
#: Posts whose holders are not (yet) on the register, or are on another one.
_NOT_REGISTERED = re.compile(
    r"\b(?:assistants?|support|students?|trainees?|apprentices?|cadets?|"
    r"associates?|nursery|dental|veterinary|vet|technicians?|helpers?|"
    r"aspirant|pre-?registration|volunteers?)\b",
    re.IGNORECASE,
)
#: Any register named in the text: the posting's own words are read instead.
_ANY_REGISTER = re.compile(
    r"\b(?:NMC|HCPC|HPC|GPhC|GMC|GDC|Nursing\s+and\s+Midwifery\s+Council|"
    r"Health\s+and\s+Care\s+Professions\s+Council|General\s+Pharmaceutical\s+Council|"
    r"Social\s+Work\s+England)\b",
    re.IGNORECASE,
)


def title_registration(
    posting: Posting, covered: Sequence[Mention], taxonomy: Any = None
) -> Mention | None:
    """The register the title's profession practises under, as a term on the
    title's profession, when the text names none (see the module)."""
    title = next((s for s in posting.sections if s.name == "title"), None)
    if title is None:
        return None
    text = posting.document.text
    head = text[title.start : title.end]
    if _NOT_REGISTERED.search(head) or _ANY_REGISTER.search(text):
        return None
    for pattern, skill in _PATTERNS:
        match = pattern.search(text, title.start, title.end)
        if match is None:
            continue
        if any((m.canonical or "").lower() == skill.lower() for m in covered):
            return None
        named = taxonomy.get(skill) if taxonomy is not None else None
        if taxonomy is not None and named is None:
            return None
        return Mention(
            match.start(), match.end(), skill, "SKILL", canonical=skill,
            category=getattr(named, "category", None),
            type=getattr(named, "type", None) or "hard", source=SOURCE,
            section="title",
        )  # fmt: skip
    return None
