"""Where the resume shows a posting term, and how much that evidence is worth.

credit(term) = best over the evidence of MATCH[match_type] * location factor, plus
SPREAD when the term is shown in more than one section (a bullet *and* the skills list),
capped at 1. Match types: ``exact`` (the posting's wording, what a literal ATS
matches), ``alias`` (same canonical skill, other wording), ``implied`` (a resume skill
that implies it: React implies JavaScript).
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from gapcheck.extract.matchkeys import written_as_skill
from gapcheck.parse.sections import section_at
from gapcheck.records import (
    AchievementSummary,
    Analysis,
    Bullet,
    Evidence,
    FormatIssue,
    Occupation,
    Resume,
    Role,
)
from gapcheck.score.achievements import summarise
from gapcheck.score.format import format_issues
from gapcheck.score.requirements import Line, Term, stem
from gapcheck.score.sense import (
    addressed_spans,
    foreign_compound,
    misread,
    names_another,
)
from gapcheck.score.text import (
    STOPWORDS,
    NgramIndex,
    content_counts,
    idf,
    line_at,
    norm,
)
from gapcheck.score.wordforms import (
    family,
    family_index,
    head_family,
    is_verb,
    object_follows,
    plural,
    singular,
    verb_object,
)

MATCH: dict[str, float] = {"exact": 1.0, "alias": 0.85, "implied": 0.5}
SPREAD = 0.1
#: Location factors: a bullet of the most recent role counts most.
ROLE_FACTORS: tuple[float, ...] = (1.0, 0.9, 0.8)
SECTION_FACTORS: dict[str, float] = {
    "experience": 0.85,  # experience text not tied to a known role
    "projects": 0.85,
    "volunteering": 0.8,
    "certifications": 0.8,
    "awards": 0.75,
    "publications": 0.75,
    "summary": 0.8,
    "education": 0.7,
    "skills": 0.7,
    "contact": 0.3,
}
OTHER_FACTOR = 0.6


@dataclass(frozen=True)
class Hit:
    """One piece of evidence: a wording at a place in the resume."""

    form: str  # normalised words
    text: str
    section: str | None
    factor: float
    start: int = 0
    end: int = 0
    role: int | None = None
    bullet: int | None = None
    canonical: str | None = None
    snippet: str = ""

    def evidence(self, match_type: str, via: str | None = None) -> Evidence:
        return Evidence(
            text=self.text,
            section=self.section,
            match_type=match_type,  # type: ignore[arg-type]
            role=self.role,
            bullet=self.bullet,
            start=self.start,
            end=self.end,
            snippet=self.snippet,
            factor=self.factor,
            via=via,
        )


@dataclass
class ResumeProfile:
    """Everything the scorers need from one resume, computed once."""

    resume: Resume
    index: NgramIndex
    role_rank: dict[int, int]
    role_spans: list[tuple[int, int, int]]  # (start, end, role index)
    canon_hits: dict[str, list[Hit]]
    implied_hits: dict[str, list[tuple[Hit, str]]]
    achievements: AchievementSummary
    issues: tuple[FormatIssue, ...]
    counts: Any
    occupation: Occupation = field(default_factory=Occupation)
    occupation_dist: tuple[
        float, ...
    ] = ()  # share per ISCO group (gapcheck.occupation)
    added: tuple[Hit, ...] = ()  # synthetic evidence (what-if fixes)
    taxonomy: Any = None  # the taxonomy the resume's mentions were named with
    addressed: tuple[tuple[int, int], ...] = ()  # text that speaks to "you"
    _form_cache: dict[str, list[Hit]] = field(default_factory=dict)
    _families: dict[str, list[tuple[int, int]]] | None = None
    _words: frozenset[str] | None = None

    @property
    def text(self) -> str:
        return self.resume.document.text

    @property
    def words(self) -> frozenset[str]:
        """The resume's words, stemmed like requirement-line words."""
        if self._words is None:
            self._words = frozenset(stem(k) for k in self.index.spans if " " not in k)
        if not self.added:
            return self._words
        return self._words | {stem(w) for h in self.added for w in h.form.split()}

    def locate(self, start: int, end: int, text: str | None = None) -> Hit:
        """A hit for ``text[start:end]`` with its section, bullet, role and factor."""
        resume = self.resume
        section = section_at(resume.sections, start)
        bullet = next(
            (
                i
                for i, b in enumerate(resume.bullets)
                if b.start <= start < max(b.end, b.start + 1)
            ),
            None,
        )
        role = resume.bullets[bullet].role if bullet is not None else None
        if role is None and section == "experience":
            role = next((r for s, e, r in self.role_spans if s <= start < e), None)
        words = self.text[start:end] if text is None else text
        return Hit(
            form=norm(words),
            text=words,
            section=section,
            factor=self.factor(section, role),
            start=start,
            end=end,
            role=role,
            bullet=bullet,
            snippet=line_at(self.text, start, end) if text is None else words,
        )

    def factor(self, section: str | None, role: int | None) -> float:
        if role is not None and section in (None, "experience"):
            rank = self.role_rank.get(role, len(ROLE_FACTORS) - 1)
            return ROLE_FACTORS[min(rank, len(ROLE_FACTORS) - 1)]
        return SECTION_FACTORS.get(section or "", OTHER_FACTOR)

    def employer(self, hit: Hit) -> bool:
        """Whether ``hit`` is the name of one of the resume's employers, written
        outside the skills list ("Account Manager, Asana"): the company, not a skill
        (a skills list names tools, even one's employer's)."""
        if hit.section == "skills":
            return False
        return hit.form in {norm(r.organization or "") for r in self.resume.roles}

    def form_hits(self, form: str) -> list[Hit]:
        if form not in self._form_cache:
            hits = [self.locate(s.start, s.end) for s in self.index.spans.get(form, [])]
            self._form_cache[form] = [h for h in hits if not self.employer(h)]
        return self._form_cache[form] + [h for h in self.added if h.form == form]

    @property
    def families(self) -> dict[str, list[tuple[int, int]]]:
        """The resume's one-word tokens by verb family (:mod:`.wordforms`)."""
        if self._families is None:
            self._families = family_index(
                (k, s.start, s.end)
                for k, spans in self.index.spans.items()
                if " " not in k
                for s in spans
            )
        return self._families

    def variant_hits(
        self,
        forms: Sequence[str],
        aliases: Sequence[str],
        canonical: str | None,
        soft: bool,
    ) -> list[Hit]:
        """Where the resume writes a wording of the skill ``canonical`` (the
        posting's ``forms``, the taxonomy's ``aliases``) in another form: as its
        head word's verb or noun ("negotiated" for "negotiation skills",
        "negotiations" for "negotiate"), as its verb and object ("managed a $2M
        budget" for "budget management"), or, for the posting's own wordings, in
        the other number; see :mod:`.wordforms`. An alias in the other number is
        often another thing ("Teams" the product, "team"), and so is one word of
        a longer wording ("teams" of "Microsoft teams") or one word that is no
        hard skill ("communications" is a field, not Communication).
        Never a word that names a skill of another family ("motivated" is
        Initiative, not Motivating others)."""
        spans: list[tuple[int, int]] = []
        one_word = all(" " not in f for f in forms)  # else a word is a fragment
        for form in forms:
            named = " " in form or (one_word and canonical is not None and not soft)
            for other in (plural(form), singular(form)) if named else ():
                if other not in forms:
                    spans += [(h.start, h.end) for h in self.form_hits(other)]
        for form in (*forms, *aliases):
            head = head_family(form)
            if head is not None:
                spans += [
                    (s, e)
                    for s, e in self.families.get(head[0], ())
                    if head[1] or is_verb(self.text[s:e])
                ]
            pair = verb_object(form)
            for s, e in self.families.get(pair[0], ()) if pair else ():
                end = object_follows(self.text, e, pair[1]) if pair else None
                if end is not None and is_verb(self.text[s:e]):
                    spans.append((s, end))
        hits = [
            self.locate(s, e)
            for s, e in spans
            if not self._names_other(s, e, canonical)
        ]
        return [h for h in hits if not self.employer(h)]

    def _names_other(self, start: int, end: int, canonical: str | None) -> bool:
        """Whether the first word at ``start`` is a name of a skill other than
        ``canonical`` and of another word family ("motivated": Initiative)."""
        get = getattr(self.taxonomy, "get", None)
        word = re.match(r"[\w'-]+", self.text[start:end])
        other = get(word.group(0)) if get is not None and word else None
        if other is None or other.name.lower() == (canonical or "").lower():
            return False
        # "negotiations" names Negotiation, of its own family: still a form of it
        return family(other.name.split()[0]) != family(word.group(0))  # type: ignore[union-attr]


def recency_rank(roles: Sequence[Role]) -> dict[int, int]:
    """Role index -> 0 for the most recent role, 1 for the next (dates, then order)."""

    def key(i: int) -> tuple[int, str, str, int]:
        r = roles[i]
        end = "9999-99" if r.current else (r.end or r.start or "")
        return (1 if r.current else 0, end, r.start or "", -i)

    dated = any(r.start or r.end or r.current for r in roles)
    order = (
        sorted(range(len(roles)), key=key, reverse=True) if dated else range(len(roles))
    )
    return {i: rank for rank, i in enumerate(order)}


def _role_spans(resume: Resume) -> list[tuple[int, int, int]]:
    """Rough spans of each role in the text, found by its title or organisation."""
    text = resume.document.text.lower()
    exp = [s for s in resume.sections if s.name == "experience"]
    found: list[tuple[int, int]] = []
    for i, role in enumerate(resume.roles):
        for s in exp:
            for name in (role.title, role.organization):
                if name and (pos := text.find(name.lower(), s.start, s.end)) >= 0:
                    found.append((pos, i))
                    break
            else:
                continue
            break
    found.sort()
    ends = [s.end for s in exp]
    spans = []
    for k, (pos, i) in enumerate(found):
        stop = (
            found[k + 1][0]
            if k + 1 < len(found)
            else min((e for e in ends if e > pos), default=len(text))
        )
        spans.append((pos, stop, i))
    return spans


def resume_profile(analysis: Analysis, taxonomy: Any = None) -> ResumeProfile:
    resume = analysis.record
    if not isinstance(resume, Resume):
        raise TypeError(f"expected a resume analysis, got a {resume.kind}")
    profile = ResumeProfile(
        resume=resume,
        index=NgramIndex.build(resume.document.text),
        role_rank=recency_rank(resume.roles),
        role_spans=_role_spans(resume),
        canon_hits={},
        implied_hits={},
        achievements=summarise(resume.bullets),
        issues=format_issues(resume),
        counts=content_counts(resume.document.text),
        taxonomy=taxonomy,
        addressed=addressed_spans(resume.document.text, resume.sections),
    )
    dist, occupation = resume_occupation(resume, profile.role_rank)
    profile.occupation, profile.occupation_dist = occupation, tuple(dist)
    for m in analysis.mentions:
        if not m.canonical:
            continue
        shown = _shown_at(profile.text, m.start, m.end, _names(taxonomy, m.canonical))
        if shown is None:
            continue
        hit = profile.locate(*shown)
        if profile.employer(hit):
            continue
        hit = Hit(**{**hit.__dict__, "canonical": m.canonical})
        profile.canon_hits.setdefault(m.canonical.lower(), []).append(hit)
    if taxonomy is not None:
        for canonical, hits in list(profile.canon_hits.items()):
            for implied in _implied(taxonomy, hits[0].canonical or canonical):
                key = implied.lower()
                if key != canonical:
                    profile.implied_hits.setdefault(key, []).extend(
                        (h, hits[0].canonical or canonical) for h in hits
                    )
    return profile


#: (taxonomy, canonical) -> pattern; the taxonomy object is held with its entries so
#: an id is never reused by another taxonomy while cached.
_NAMES: dict[tuple[int, str], tuple[Any, re.Pattern[str] | None]] = {}
MAX_CACHED_NAMES = 20000


def _names(taxonomy: Any, canonical: str) -> re.Pattern[str] | None:
    """A pattern of the ways a taxonomy skill is written (its name and aliases, as
    whole words, any case and spacing, a plural allowed); None without a taxonomy
    entry."""
    key = (id(taxonomy), canonical)
    cached = _NAMES.get(key)
    if cached is not None and cached[0] is taxonomy:
        return cached[1]
    skill = _get(taxonomy, canonical) if taxonomy is not None else None
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


def _shown_at(
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


#: How much each title counts in inferring a resume's occupation: the headline, then
#: the roles from the most recent.
TITLE_WEIGHTS: tuple[float, ...] = (1.0, 0.8, 0.6, 0.5)


def resume_occupation(
    resume: Resume, role_rank: dict[int, int], added: str = ""
) -> tuple[list[float], Occupation]:
    """The occupation a resume reads as, from its headline (else a known title among
    its opening lines), its recent role titles and its words."""
    from gapcheck.occupation import distribution, opening_title

    titles: list[tuple[str | None, float]] = []
    headline = resume.headline or opening_title(resume.document.text)
    if headline:
        titles.append((headline, TITLE_WEIGHTS[0]))
    for i, rank in sorted(role_rank.items(), key=lambda kv: kv[1])[
        : len(TITLE_WEIGHTS) - 1
    ]:
        titles.append((resume.roles[i].title, TITLE_WEIGHTS[rank + 1]))
    return distribution(titles, resume.document.text, added)


def _implied(taxonomy: Any, name: str) -> Iterable[str]:
    """Skills a resume skill implies (React -> JavaScript) or is a kind of
    (React -> JavaScript frameworks), transitively."""
    found: list[str] = []
    skill = _get(taxonomy, name)
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
            direct = _branches(taxonomy, name)
            found += [
                b
                for b in broader(name, transitive=True) or ()
                if b in direct or getattr(_get(taxonomy, b), "kind", None) != "domain"
            ]
    return found


def _branches(taxonomy: Any, name: str) -> set[str]:
    """The skills ``name`` is filed under, and the disciplines above each one that
    is itself a discipline (a branch of a broader discipline)."""
    found: set[str] = set()
    todo = list(taxonomy.broader(name) or ())
    while todo:
        b = todo.pop()
        if b in found:
            continue
        found.add(b)
        if getattr(_get(taxonomy, b), "kind", None) == "domain":
            todo += list(taxonomy.broader(b) or ())
    return found


def _get(taxonomy: Any, name: str) -> Any:
    get = getattr(taxonomy, "get", None)
    return get(name) if get is not None else None


def with_added(profile: ResumeProfile, hits: Iterable[Hit]) -> ResumeProfile:
    """A copy of ``profile`` with synthetic evidence added (for what-if fixes)."""
    hits = tuple(hits)
    counts = profile.counts.copy()
    for hit in hits:  # the words are in the text now, for the text similarity too
        counts.update(content_counts(hit.text))
    added = profile.added + hits
    dist, occupation = resume_occupation(  # the words move the occupation too
        profile.resume, profile.role_rank, "\n".join(h.text for h in added)
    )
    new = ResumeProfile(
        **{
            **profile.__dict__,
            "added": added,
            "counts": counts,
            "occupation": occupation,
            "occupation_dist": tuple(dist),
        }
    )
    new._form_cache = profile._form_cache
    return new


def _acronym(term: Term) -> bool:
    """A term the posting writes in capitals only ("IT", "HR"): its lower-case
    wording is another, common word."""
    name = term.name.strip()
    return name.isupper() and len(name) <= 5 and name.lower() in STOPWORDS


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
    # a function word ("it" of "basic IT packages") shows the skill only in capitals
    out = [f for f in out if f[0].end <= f[0].start or written_as_skill(f[0].text)]
    out = [
        f
        for f in out
        if not any(s <= f[0].start < e for s, e in profile.addressed)
        and not foreign_compound(
            profile.text, f[0].start, f[0].end, term.asked, profile.taxonomy
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


__all__ = ["MATCH", "Hit", "ResumeProfile", "credit", "resume_profile", "term_evidence"]
