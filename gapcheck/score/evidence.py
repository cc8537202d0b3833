"""Where the resume shows a posting term, and how much that evidence is worth.

credit(term) = best over the evidence of MATCH[match_type] * location factor, plus
SPREAD when the term is shown in more than one section (a bullet *and* the skills list),
capped at 1. Match types: ``exact`` (the posting's wording, what a literal ATS
matches), ``alias`` (same canonical skill, other wording), ``implied`` (a resume skill
that implies it: React implies JavaScript).

The resume as the scorers see it (:class:`ResumeProfile`, :class:`Hit`, location
factors) is :mod:`.profile`; a taxonomy skill's names and what it implies are
:mod:`.taxnames`; what a credential or a soft skill needs of its evidence is
:mod:`.claims`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from gapcheck.extract.match_context import AMBIGUOUS_WORDS
from gapcheck.extract.matchkeys import written_as_skill
from gapcheck.records import RELATED_VIA, Bullet
from gapcheck.score.claims import (
    PRACTICES,
    credential_term,
    done_by_other,
    names_place,
    names_thing,
    names_work,
    qualifies_knowing,
    received,
    states_credential,
    studied,
    thing_described,
)
from gapcheck.score.profile import (
    SECTION_FACTORS,
    TITLE_WEIGHTS,
    Hit,
    ResumeProfile,
    resume_profile,
    with_added,
)
from gapcheck.score.related import bare_claim, course_name, names_role, neighbour
from gapcheck.score.requirements import Line, Term
from gapcheck.score.sense import (
    acts_on_other,
    foreign_compound,
    heads_another_skill,
    misread,
    names_another,
    taken_in,
)
from gapcheck.score.standins import (
    asked_by_trait_word,
    in_address,
    names_team,
    trait_stand_in,
)
from gapcheck.score.text import STOPWORDS, idf
from gapcheck.score.units import names_heading, names_programme, names_unit
from gapcheck.score.wordforms import singular

MATCH: dict[str, float] = {"exact": 1.0, "alias": 0.85, "implied": 0.5}
#: Taxonomy kinds of a named tool or language ("Microsoft Teams", "Ruby").
TOOL_KINDS = frozenset({"tool", "technology", "language"})
SPREAD = 0.1


def _acronym(term: Term) -> bool:
    """A term the posting writes in capitals only ("IT", "HR"): its lower-case
    wording is another, common word."""
    name = term.name.strip()
    return name.isupper() and len(name) <= 5 and name.lower() in STOPWORDS


#: Around a list's item: a line's start or end, or a list separator.
_ITEM_BEFORE = re.compile(r"(?:^|[,;/|(\u2022*:])[ \t]*$")
_ITEM_AFTER = re.compile(r"[ \t]*(?:$|[,;/|)])")
#: A tool's word worked in, ending its clause: "database management in excel.".
_WORKED_IN = re.compile(r"\b(?:in|using|into|via)[ \t]+$", re.I)
_CLAUSE_END = re.compile(r"[ \t]*(?:$|[.,;:)])")


def _named_tool(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is written as a name: an item of a list or a line
    of its own ("Excel / Word / Powerpoint", "Power point, outlook, computer
    savvy"), the one word, singular, that the candidate works in at the end of a
    clause ("database management in excel."), or with a capital, not first in its
    line or sentence ("MS Office, Outlook and Teams"); not "Fun teams formed",
    "collaboration between care teams,", nor "Excel at ..." opening a bullet."""
    if end <= start:
        return False
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", end)
    hi = len(text) if hi < 0 else hi
    if _ITEM_BEFORE.search(text[lo:start]) and _ITEM_AFTER.match(text[end:hi]):
        return True
    word = text[start:end]
    if not word.endswith("s") and (
        _WORKED_IN.search(text[lo:start]) and _CLAUSE_END.match(text[end:hi])
    ):
        return True  # the tool one works in, one word ending the clause
    if not text[start:end][:1].isupper():
        return False
    before = text[lo:start].rstrip(" \t")
    return bool(before) and before[-1] not in ".!?:;\u2022*-"


def _ordinary_word(
    term: Term, found: list[tuple[Hit, str, str | None]], profile: ResumeProfile
) -> list[tuple[Hit, str, str | None]]:
    """A tool's one-word name that is also an ordinary English word
    (:data:`AMBIGUOUS_WORDS`: "Teams" of "MS Teams", "Word", "Access", "Project")
    shows the tool, in either number ("excels at prioritizing"), only where the
    resume's own reading found the tool there (the
    extractor asks a technical context of such words) or where it is written as a
    name (:func:`_named_tool`)."""
    key = (term.canonical or "").lower()
    tool = {(h.start, h.end) for h in profile.canon_hits.get(key, ())} if key else set()
    return [
        (h, kind, via)
        for h, kind, via in found
        if kind == "implied"
        or h.end <= h.start
        or (h.form not in AMBIGUOUS_WORDS and singular(h.form) not in AMBIGUOUS_WORDS)
        or (h.start, h.end) in tool
        or _named_tool(profile.text, h.start, h.end)
    ]


def term_evidence(
    term: Term, profile: ResumeProfile
) -> list[tuple[Hit, str, str | None]]:
    """Every (hit, match type, via) for ``term`` in the resume; an acronym that is
    also a common word ("IT") only where the resume writes it in capitals."""
    out: list[tuple[Hit, str, str | None]] = []
    forms = set(term.forms)
    for form in term.forms:
        if names_another(profile.taxonomy, form, term.canonical):
            continue  # "java" of the posting's "java script": Java, not JavaScript
        out += [(h, "exact", None) for h in profile.form_hits(form)]
    for form in term.alias_forms:
        out += [(h, "alias", None) for h in profile.form_hits(form)]
    soft = term.soft or term.kind == "soft"
    variants = profile.variant_hits(term.forms, term.alias_forms, term.canonical, soft)
    out += [(h, "alias", None) for h in variants]
    key = (term.canonical or "").lower()
    if key:
        out += [
            (h, "alias", None)
            for h in profile.canon_hits.get(key, ())
            if h.form not in forms
        ]
        out += [(h, "implied", via) for h, via in profile.implied_hits.get(key, ())]
        out += [
            (h, "alias", None)
            for h in profile.added
            if h.canonical and h.canonical.lower() == key and h.form not in forms
        ]
    if _acronym(term):
        out = [f for f in out if f[0].text.isupper() or f[0].end <= f[0].start]
    if term.kind in TOOL_KINDS:
        out = _ordinary_word(term, out, profile)
    # a function word ("it" of "basic IT packages") shows the skill only in capitals
    out = [f for f in out if f[0].end <= f[0].start or written_as_skill(f[0].text)]
    out = [
        f
        for f in out
        if not any(s <= f[0].start < e for s, e in profile.addressed)
        and not foreign_compound(
            profile.text, f[0].start, f[0].end, term.asked, profile.taxonomy
        )
        and not (  # an alias heading another skill's name: that skill's work
            f[1] == "alias"
            and heads_another_skill(
                profile.text, f[0].start, f[0].end, term.canonical, profile.taxonomy
            )
        )
        and not (  # an action noun on its object: "benefits administration"
            f[1] != "implied"
            and acts_on_other(
                profile.text, f[0].start, f[0].end, term.canonical, profile.taxonomy
            )
        )
        and not misread(
            profile.text,
            f[0].start,
            f[0].end,
            f[0].canonical or term.canonical or term.name,
            soft,
            profile.taxonomy,
            f[0].section,
        )
    ]
    out = _claimed(term, out, profile.text, soft, profile.taxonomy)
    # a trait asked by its own word is shown by that word, not by another trait;
    # a team's capitalised name and a web or mail address show nothing
    asked = asked_by_trait_word(term.forms, term.canonical) if soft else set()
    out = [
        f
        for f in out
        if not (f[0].end > f[0].start and trait_stand_in(f[0].text, asked))
        and not names_team(profile.text, f[0].start, f[0].end)
        and not in_address(profile.text, f[0].start, f[0].end)
    ]
    soft = soft or _kind(profile.taxonomy, term.canonical) == "soft"
    titles = [r.title for r in profile.resume.roles]
    discipline = _kind(profile.taxonomy, term.canonical) == "domain"
    out = [_related(term, f, profile.text, soft, titles, discipline) for f in out]
    seen: set[tuple[int, int, str]] = set()
    unique = []
    for hit, kind, via in out:
        mark = (
            (hit.start, hit.end, hit.form)
            if hit.end > hit.start
            else (-1, id(hit), kind)
        )
        if mark not in seen:
            seen.add(mark)
            unique.append((hit, kind, via))
    return unique


def _related(
    term: Term,
    found: tuple[Hit, str, str | None],
    text: str,
    soft: bool,
    titles: Sequence[str | None],
    discipline: bool = False,
) -> tuple[Hit, str, str | None]:
    """Named evidence that does not show the skill (:mod:`.related`) as related
    evidence: ``implied``, its via saying what it is (:data:`RELATED_VIA`). A
    discipline's name on a degree's line is the degree asked ("Bachelor's degree in
    Computer Science"), so the course rule spares a ``discipline``."""
    hit, kind, _ = found
    if kind == "implied" or hit.end <= hit.start:
        return found
    if (
        soft
        and kind == "alias"
        and neighbour(text, hit.start, hit.end, term.forms, term.canonical)
    ):
        return hit, "implied", RELATED_VIA["neighbour"]
    if soft and bare_claim(text, hit.start, hit.end, hit.section):
        return hit, "implied", RELATED_VIA["claim"]
    if credential_term(term.name, term.kind):
        return found  # a credential's own rule (:mod:`.claims`) governs it
    if not discipline and course_name(text, hit.start, hit.end, hit.section):
        return hit, "implied", RELATED_VIA["course"]
    if names_role(text, hit.start, hit.end, titles):
        return hit, "implied", RELATED_VIA["title"]
    return found


def _kind(taxonomy: Any, name: str | None) -> str | None:
    get = getattr(taxonomy, "get", None)
    skill = get(name) if get is not None and name else None
    return getattr(skill, "kind", None)


def _claimed(
    term: Term,
    found: list[tuple[Hit, str, str | None]],
    text: str,
    soft: bool,
    taxonomy: Any,
) -> list[tuple[Hit, str, str | None]]:
    """The evidence a credential or a soft skill needs (:mod:`.claims`): a way of
    working that names the workplace ("Agile environment") implies nothing and a soft
    skill's word naming it shows nothing (a tool's "AWS environment" still does); a
    soft skill's word describing a thing, received ("minimal supervision") or heading
    a work's name ("Influence: The Psychology of Persuasion") or a programme's
    ("Leadership Development Program") shows nothing, nor a wording naming a unit
    the candidate deals with ("for the construction management team"), nor
    does a way of working named as a subject studied ("Masters of Business
    Administration") or a soft skill's word of how well something is known
    ("Thorough knowledge"); a
    credential's field word not stated as held is related evidence only (implied
    through the field), never the credential."""
    credential = credential_term(term.name, term.kind)
    kept = []
    for hit, kind, via in found:
        practice = kind == "implied" and _kind(taxonomy, via) in PRACTICES
        one_word = soft and " " not in hit.text.strip()
        if (one_word or practice) and names_place(text, hit.start, hit.end):
            continue
        if kind == "implied" and hit.end > hit.start and taken_in(text, hit.start):
            continue  # an implying skill read about or met, not done
        if names_unit(text, hit.start, hit.end, soft):
            continue  # "for the construction management team": the people who do it
        if soft and (
            thing_described(text, hit.start, hit.end)
            or received(text, hit.start, hit.end)
            or names_work(text, hit.start, hit.end)
            or names_programme(text, hit.start, hit.end)
            or (one_word and names_heading(text, hit.start, hit.end))
            or (one_word and qualifies_knowing(text, hit.start, hit.end))
            or (one_word and names_thing(text, hit.start, hit.end))
            or (one_word and done_by_other(text, hit.start, hit.end))
        ):
            continue
        if (soft or term.kind in PRACTICES) and studied(
            text, hit.start, hit.end, soft, hit.section
        ):
            continue
        if (
            credential
            and kind != "implied"
            and not states_credential(text, hit.start, hit.end, hit.section, term.name)
        ):
            kind, via = "implied", hit.canonical or term.canonical or hit.text
        kept.append((hit, kind, via))
    return kept


def credit(found: Sequence[tuple[Hit, str, str | None]]) -> tuple[float, str | None]:
    """(credit 0..1, best match type) for a term's evidence."""
    if not found:
        return 0.0, None
    best_hit, best_kind, _ = max(found, key=lambda f: MATCH[f[1]] * f[0].factor)
    value = MATCH[best_kind] * best_hit.factor
    if len({h.section for h, _, _ in found}) > 1:
        value += SPREAD
    return min(1.0, value), best_kind


def line_credit(line: Line, profile: ResumeProfile) -> float:
    """Share of a requirement line's content words found in the resume."""
    if not line.words:
        return 0.0
    have = profile.words
    total = sum(idf(w) for w in line.words)
    return sum(idf(w) for w in line.words if w in have) / total


def bullet_of(bullets: Sequence[Bullet], role: int) -> int | None:
    return next((i for i, b in enumerate(bullets) if b.role == role), None)


__all__ = [
    "MATCH",
    "SECTION_FACTORS",
    "TITLE_WEIGHTS",
    "Hit",
    "ResumeProfile",
    "bullet_of",
    "credit",
    "line_credit",
    "resume_profile",
    "term_evidence",
    "with_added",
]
