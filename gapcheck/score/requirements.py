"""What the posting asks for: its terms, each weighted by importance and prominence.

A term is every mention the extractor found in the posting, grouped by canonical skill
name (or by normalised text when the extractor knows no canonical name). Its weight:

    weight = IMPORTANCE[importance] * (1 + REPEAT * min(mentions - 1, MAX_REPEAT))
             * (PROMINENT if in the title or the first section else 1)
             * (SOFT if a soft skill else 1)

Importance comes from the parser's requirement lines (required / preferred /
mentioned) that hold the mention, else from the section it sits in.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from gapcheck.occupation import distribution
from gapcheck.occupation.fieldless import field_title
from gapcheck.parse.asking import NOT_ASKING, SECTION_IMPORTANCE
from gapcheck.parse.sections import section_at
from gapcheck.records import Analysis, Importance, Mention, Occupation, Posting, Section
from gapcheck.score.sense import fields, own_sense
from gapcheck.score.text import STOPWORDS, content_counts, norm, tokens, unique

IMPORTANCE: dict[str, float] = {"required": 3.0, "preferred": 1.5, "mentioned": 1.0}
RANK: dict[str, int] = {"required": 2, "preferred": 1, "mentioned": 0}
REPEAT = 0.25
MAX_REPEAT = 3
PROMINENT = 1.25
SOFT = 0.5
#: Posting wordings longer than this many words are shown by their canonical name.
LONG_SURFACE = 3
_EDGE = " \t()[]{},.;:!?'\"•-–"
#: Posting sections whose words are not asked of the candidate (parse decides).
IGNORED_SECTIONS = NOT_ASKING


@dataclass(frozen=True)
class Term:
    key: str
    name: str  # the posting's most used wording
    canonical: str | None
    forms: tuple[str, ...]  # normalised posting wordings (what a literal ATS matches)
    alias_forms: tuple[str, ...]  # normalised taxonomy aliases of the same skill
    importance: Importance
    mentions: int
    prominent: bool
    soft: bool
    weight: float
    kind: str | None = None  # the taxonomy's kind, e.g. "certification"
    # a one-word term with no skill: the posting's fields (score.sense.fields)
    asked: frozenset[str] = frozenset()

    @property
    def signature(self) -> tuple[Any, ...]:
        """What the resume's credit for this term depends on."""
        return (
            self.forms,
            self.alias_forms,
            (self.canonical or "").lower(),
            self.asked,
        )


@dataclass(frozen=True)
class Line:
    """A requirement line in which the extractor found no term: scored by its words."""

    text: str
    importance: Importance
    words: tuple[str, ...]  # content words, stemmed (see ``line_words``)
    weight: float


@dataclass(frozen=True)
class PostingProfile:
    source: str
    title: str | None
    terms: tuple[Term, ...]
    years_required: float | None
    education: tuple[str, ...]
    certifications: tuple[str, ...]
    counts: Counter[str] = field(default_factory=Counter)
    uncovered: tuple[str, ...] = ()  # requirement lines with no term in them
    lines: tuple[
        Line, ...
    ] = ()  # the uncovered lines the requirements component scores
    occupation: Occupation = field(default_factory=Occupation)
    occupation_dist: tuple[
        float, ...
    ] = ()  # share per ISCO group (gapcheck.occupation)


def _importance(m: Mention, posting: Posting, section: str | None) -> Importance:
    for req in posting.requirements:
        if req.end > req.start and req.start <= m.start < req.end:
            return req.importance
    return SECTION_IMPORTANCE.get(section or "", "mentioned")


def _asked(
    mentions: Sequence[Mention], posting: Posting, taxonomy: Any
) -> list[Mention]:
    """The mentions that are terms the posting asks for (what parse decided; see
    :mod:`gapcheck.extract.posting_terms`), all of them without the extract stage."""
    try:
        from gapcheck.extract.posting_terms import asked_mentions
    except ImportError:
        return list(mentions)
    return asked_mentions(mentions, posting, taxonomy)


def _first_section(posting: Posting) -> Section | None:
    body = [s for s in posting.sections if s.name != "title" and s.text.strip()]
    return min(body, key=lambda s: s.start) if body else None


def _skill(canonical: str | None, taxonomy: Any) -> Any:
    if not canonical or taxonomy is None:
        return None
    try:
        return taxonomy.get(canonical)
    except Exception:
        return None


def _alias_forms(
    canonical: str | None, forms: Sequence[str], taxonomy: Any
) -> list[str]:
    if not canonical or taxonomy is None:
        return []
    names = [canonical]
    skill = _skill(canonical, taxonomy)
    if skill is not None:
        names += [getattr(skill, "name", canonical), *getattr(skill, "aliases", ())]
    found = [norm(n) for n in names]
    return [f for f in unique(found) if f and f not in forms]


def _plural_modifier(text: str, taxonomy: Any) -> str | None:
    """The taxonomy skill a wording with no skill of its own names once its modifiers
    are written in the singular ("communications skills" -> Communication, as
    "communication skills" is; "systems administration"), else None: a plural
    before the head is the same skill. The head word keeps its number
    ("communications" alone is a field)."""
    words = text.split()
    if len(words) < 2 or taxonomy is None:
        return None
    single = [
        w[:-3] + "y"
        if w.lower().endswith("ies") and len(w) > 4
        else w[:-1]
        if w.lower().endswith("s")
        and not w.lower().endswith(("ss", "us", "is"))
        and len(w) > 3
        else w
        for w in words[:-1]
    ]
    if single == words[:-1]:
        return None
    skill = _skill(" ".join([*single, words[-1]]), taxonomy)
    return getattr(skill, "name", None)


def _written(text: str, m: Mention) -> str:
    """The posting's own words at ``m``'s place, normalised, when ``m`` is named
    otherwise and they are a short name (at most 3 words); else ""."""
    span = text[m.start : m.end].strip() if 0 <= m.start < m.end <= len(text) else ""
    if not span or norm(span) == norm(m.text) or len(span.split()) > 3:
        return ""
    return norm(span)


def term_weight(importance: str, mentions: int, prominent: bool, soft: bool) -> float:
    weight = IMPORTANCE[importance] * (1 + REPEAT * min(mentions - 1, MAX_REPEAT))
    return weight * (PROMINENT if prominent else 1.0) * (SOFT if soft else 1.0)


def posting_profile(analysis: Analysis, taxonomy: Any = None) -> PostingProfile:
    posting = analysis.record
    if not isinstance(posting, Posting):
        raise TypeError(f"expected a posting analysis, got a {posting.kind}")
    first = _first_section(posting)
    title_norm = f" {norm(posting.title or '')} "
    groups: dict[str, list[tuple[Mention, Importance, bool]]] = defaultdict(list)
    seen_spans: set[tuple[str, int, int]] = set()
    for m in _asked(analysis.mentions, posting, taxonomy):
        section = m.section or section_at(posting.sections, m.start)
        if section in IGNORED_SECTIONS:
            continue
        if not m.canonical and (named := _plural_modifier(m.text, taxonomy)):
            kind = getattr(_skill(named, taxonomy), "kind", None)
            m = replace(m, canonical=named, type="soft" if kind == "soft" else "hard")
        key = (m.canonical or "").lower() or norm(m.text)
        if not key or (key, m.start, m.end) in seen_spans:
            continue
        seen_spans.add((key, m.start, m.end))
        prominent = section == "title" or (
            first is not None and first.start <= m.start < first.end
        )
        prominent = prominent or f" {norm(m.text)} " in title_norm
        groups[key].append((m, _importance(m, posting, section), prominent))
    terms = []
    phrases: list[Line] = []
    employer = norm(posting.organization or "")
    text = posting.document.text
    for key, items in groups.items():
        # a leading dot is part of a name (".NET"), a trailing one is punctuation
        surfaces = Counter(
            m.text.rstrip(_EDGE).lstrip(_EDGE.replace(".", "")) for m, _, _ in items
        )
        name = max(surfaces, key=lambda s: (surfaces[s], -len(s)))
        canonical = next((m.canonical for m, _, _ in items if m.canonical), None)
        importance = max((imp for _, imp, _ in items), key=RANK.__getitem__)
        if _OTHER.search(name) and not canonical:
            continue  # "Bachelor's degree", "5 years": the other components score them
        if employer and norm(name) == employer:
            continue  # the employer's own name is not asked of anyone
        if not canonical and _made_of(NOT_ASKED, name):
            continue  # "Hands-on", "a good laptop": nothing a resume can add
        if len(norm(name).split()) > LONG_SURFACE:
            if not canonical:  # a described ability, not a keyword: scored by its words
                words = line_words(name)
                if len(words) >= MIN_LINE_WORDS:
                    phrases.append(
                        Line(name, importance, words, IMPORTANCE[importance])
                    )
                continue
            name = canonical  # "Educate patients and families" -> "Patient education"
        forms = tuple(unique(norm(s) for s in surfaces if norm(s)))
        # a name the posting does not write at its place (the title's trade named as
        # the work: "Back-end development" for "Backend"): the posting's own words
        # there are its wording too, what a literal ATS looks for
        written = {_written(text, m) for m, _, _ in items} - {""}
        forms += tuple(f for f in unique(sorted(written)) if f not in forms)
        aliases = _alias_forms(canonical, forms, taxonomy)
        # a name of the skill written inside the posting's wording ("CI/CD" in "CI/CD
        # pipelines") is the posting's wording too: a literal ATS finds it
        inside = [a for a in aliases if any(f" {a} " in f" {f} " for f in forms)]
        forms += tuple(inside)
        aliases = [a for a in aliases if a not in inside]
        prominent = any(p for _, _, p in items)
        soft = all(m.type == "soft" for m, _, _ in items)
        terms.append(
            Term(
                key=key,
                name=name,
                canonical=canonical,
                forms=forms,
                alias_forms=tuple(aliases),
                importance=importance,
                mentions=len(items),
                prominent=prominent,
                soft=soft,
                weight=term_weight(importance, len(items), prominent, soft),
                kind=getattr(_skill(canonical, taxonomy), "kind", None),
            )
        )
    asked = fields(taxonomy, [t.canonical for t in terms if t.canonical])
    terms = [
        replace(t, asked=asked)
        if not t.canonical
        and len(t.forms) == 1
        and " " not in t.forms[0]
        and own_sense(taxonomy, asked, t.forms[0])
        else t
        for t in terms
    ]
    terms.sort(key=lambda t: (-t.weight, t.key))
    uncovered = [
        r
        for r in posting.requirements
        if not any(
            r.start <= m.start < r.end for ms in groups.values() for m, _, _ in ms
        )
    ]
    lines = list(phrases)
    for r in uncovered:
        words = line_words(r.text)
        other = r.years is not None or _OTHER.search(r.text) or _BENEFIT.search(r.text)
        if len(words) >= MIN_LINE_WORDS and not other:
            lines.append(Line(r.text, r.importance, words, IMPORTANCE[r.importance]))
    # a title read only as "engineer" names no field: the words decide (fieldless.py)
    title = field_title(posting.title)
    dist, occupation = distribution([(title, 1.0)], _asked_text(posting))
    return PostingProfile(
        source=posting.document.source,
        title=posting.title,
        terms=tuple(terms),
        years_required=posting.years_required,
        education=tuple(posting.education),
        certifications=tuple(posting.certifications),
        counts=content_counts(_asked_text(posting)),
        uncovered=tuple(r.text for r in uncovered),
        lines=tuple(lines),
        occupation=occupation,
        occupation_dist=tuple(dist),
    )


#: Words that say how much, not what: left out of requirement-line matching.
GENERIC = frozenset(
    """experience experienced knowledge skill skills ability abilities proven
    understanding familiarity familiar proficiency proficient etc related field similar
    equivalent demonstrated solid hands-on minimum least degree qualification
    qualifications track record background excellent desirable essential advantage
    bonus ideally expert expertise environment environments level high highly
    comfortable""".split()  # noqa: SIM905
)
#: Home-office kit some postings list among their prerequisites ("A good laptop or
#: tablet, functioning webcam, good speaker"). The extractor may take it for skills
#: (SkillSpan-style spans); a term made only of these words (and with no canonical
#: skill) is not one a resume can add, so the posting does not ask for it.
EQUIPMENT = frozenset(
    """laptop laptops notebook desktop pc pcs tablet tablets ipad smartphone smartphones
    phone phones webcam webcams camera headset headsets headphones earphones microphone
    mic speaker speakers internet connection connectivity broadband wifi wi-fi router
    hi-speed high-speed speed fast stable reliable good functioning working strong
    fully""".split()  # noqa: SIM905
)
#: A term made only of these words (stopwords aside) and with no canonical skill is
#: not one the posting asks for: how much ("Hands-on", "proven"), or kit.
NOT_ASKED = GENERIC | EQUIPMENT
MIN_LINE_WORDS = 2


def _made_of(words: frozenset[str], name: str) -> bool:
    """Whether every word of ``name`` but its stopwords is one of ``words``."""
    content = [w for w in norm(name).split() if w not in STOPWORDS]
    return bool(content) and all(w in words for w in content)


#: Lines other components score (education, certifications, years).
_OTHER = re.compile(
    r"\b(?:degree|bachelor|master|phd|doctorate|diploma|certif\w*|licen[cs]e\w*|"
    r"years?)\b",
    re.I,
)


#: What an employer offers or schedules, not asks (benefits, hours, pay lines that
#: the parser kept as requirements).
_BENEFIT = re.compile(
    r"\b(?:we offer|salary|401\(?k\)?|bonus|paid time off|pto|insurance|perks|"
    r"equal opportunity|benefits package|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|a\.m|p\.m|per hour|per annum|remuneration)\b",
    re.I,
)


def stem(word: str) -> str:
    """A light plural stem, the same on both sides: "pipelines" -> "pipeline"."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def line_words(text: str) -> tuple[str, ...]:
    words = [stem(t) for t in tokens(text) if t not in STOPWORDS and t not in GENERIC]
    return tuple(unique(w for w in words if len(w) > 2 and not w.isdigit()))


def _asked_text(posting: Posting) -> str:
    if not posting.sections:
        return posting.document.text
    return "\n".join(s.text for s in posting.sections if s.name not in IGNORED_SECTIONS)
