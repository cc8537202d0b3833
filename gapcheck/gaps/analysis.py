"""Analyses in, :class:`GapReport` out: demand, coverage, gaps, strengths, scores.

Each posting is scored against the resume with the score stage's own functions (the
resume's profile is built once; each posting's terms and weights come from
:func:`gapcheck.score.requirements.posting_profile`, so a term's importance and weight
are exactly what ``gapcheck check`` uses). Across postings, terms are grouped by the
score stage's key (canonical skill name, else the normalised wording):

* ``share``: postings asking / usable postings;
* ``priority``: sum of the term's weight over the postings / usable postings, i.e.
  demand x importance (a skill required by every posting outranks one preferred by a
  few);
* ``gap_priority``: sum of weight x (1 - credit) / usable postings, where credit is the
  check's credit for the resume's evidence (0 when missing, 0.5 x location for an
  implied match);
* ``status``: ``shown`` when some posting's check matched it exactly or by alias,
  ``implied`` when only implied by another skill, else ``missing``.
"""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from gapcheck.gaps.evidence import evidence_place
from gapcheck.gaps.plan import improvement_plan
from gapcheck.gaps.records import (
    Achievement,
    CategoryCoverage,
    GapReport,
    GapSummary,
    PostingScore,
    ScoreBin,
    SkillDemand,
    Status,
)
from gapcheck.records import (
    CATEGORIES,
    Analysis,
    DocumentError,
    Posting,
    Resume,
    SkillMatch,
    warnings_of,
)

#: A posting scoring at least this is a good fit (the weekly goals count them).
GOOD_FIT = 60.0
MAX_EVIDENCE = 2
TOP_MISSING = 3
MAX_STRENGTHS = 12
#: Coverage credit per status (category coverage).
STATUS_CREDIT: dict[str, float] = {"shown": 1.0, "implied": 0.5, "missing": 0.0}
MATCH_ORDER = {"exact": 0, "alias": 1, "implied": 2}


def skill_key(match: SkillMatch) -> str:
    """The score stage's grouping key of a term (see requirements.posting_profile)."""
    from gapcheck.score.text import norm

    return (match.canonical or "").lower() or norm(match.name)


@dataclass
class _Acc:
    """Per-skill accumulator across postings."""

    key: str
    canonical: str | None = None
    soft: bool = True
    postings: int = 0
    importance: Counter[str] = field(default_factory=Counter)
    weight: float = 0.0
    missing_weight: float = 0.0
    matched_in: int = 0
    best: SkillMatch | None = None
    wording: Counter[str] = field(default_factory=Counter)

    def add(self, m: SkillMatch) -> None:
        self.canonical = self.canonical or m.canonical
        self.soft = self.soft and m.soft
        self.postings += 1
        self.importance[m.importance] += 1
        self.weight += m.weight
        self.missing_weight += m.weight * (1.0 - m.credit)
        self.wording[m.name] += 1
        if m.match_type is not None:
            self.matched_in += 1
            if self.best is None or _better(m, self.best):
                self.best = m


def _better(a: SkillMatch, b: SkillMatch) -> bool:
    assert a.match_type is not None and b.match_type is not None
    return (MATCH_ORDER[a.match_type], -a.credit) < (
        MATCH_ORDER[b.match_type],
        -b.credit,
    )


@dataclass(frozen=True)
class Scored:
    """One posting's check: its score and every term, matched or missing."""

    id: str
    analysis: Analysis
    score: float
    matches: tuple[SkillMatch, ...]


def score_postings(
    resume: Analysis,
    postings: Sequence[tuple[str, Analysis]],
    taxonomy: Any = None,
) -> tuple[Any, list[Scored]]:
    """Score every posting against the resume as ``gapcheck.score.check`` does (same
    scores and skill matches; the resume's profile is built once, fixes are skipped)."""
    from gapcheck.score import resolve_taxonomy
    from gapcheck.score.core import score_profiles
    from gapcheck.score.evidence import resume_profile
    from gapcheck.score.requirements import posting_profile

    tax = resolve_taxonomy(taxonomy)
    profile = resume_profile(resume, tax)
    out = []
    for ident, analysis in postings:
        scored = score_profiles(profile, posting_profile(analysis, tax))
        out.append(
            Scored(
                ident,
                analysis,
                round(scored.score, 1),
                (*scored.matched, *scored.implied, *scored.missing),
            )
        )
    return profile, out


def _mention_facts(
    postings: Sequence[Scored],
) -> dict[str, tuple[str | None, str | None]]:
    """key -> (category, type) from the postings' mentions (the extractor's labels)."""
    from gapcheck.score.text import norm

    facts: dict[str, tuple[str | None, str | None]] = {}
    for scored in postings:
        for m in scored.analysis.mentions:
            key = (m.canonical or "").lower() or norm(m.text)
            old = facts.get(key, (None, None))
            facts[key] = (old[0] or m.category, old[1] or m.type)
    return facts


def _taxonomy_skill(taxonomy: Any, name: str | None) -> Any:
    if taxonomy is None or not name:
        return None
    try:
        return taxonomy.get(name)
    except Exception:
        return None


def _demand(
    acc: _Acc,
    n: int,
    facts: dict[str, tuple[str | None, str | None]],
    taxonomy: Any,
    resume: Resume | None = None,
) -> SkillDemand:
    skill = _taxonomy_skill(taxonomy, acc.canonical)
    category, mtype = facts.get(acc.key, (None, None))
    category = category or getattr(skill, "category", None)
    if category not in CATEGORIES:
        category = CATEGORIES[0]
    kind = getattr(skill, "kind", None)
    soft = acc.soft or mtype == "soft" or getattr(skill, "type", None) == "soft"
    status: Status = "missing"
    match_type = acc.best.match_type if acc.best else None
    if match_type in ("exact", "alias"):
        status = "shown"
    elif match_type == "implied":
        status = "implied"
    importance = {k: acc.importance.get(k, 0) for k in ("required", "preferred")}
    wording = tuple(w for w, _ in acc.wording.most_common())
    return SkillDemand(
        name=acc.canonical or wording[0],
        key=acc.key,
        canonical=acc.canonical,
        category=category,
        type="soft" if soft else "hard",
        kind=kind,
        postings=acc.postings,
        share=round(acc.postings / n, 4),
        required=importance["required"],
        preferred=importance["preferred"],
        mentioned=acc.postings - importance["required"] - importance["preferred"],
        importance=round(acc.weight / acc.postings, 4),
        priority=round(acc.weight / n, 4),
        gap_priority=round(acc.missing_weight / n, 4) if status != "shown" else 0.0,
        status=status,
        match_type=match_type,
        matched_in=acc.matched_in,
        evidence=tuple(acc.best.evidence[:MAX_EVIDENCE]) if acc.best else (),
        where=(
            evidence_place(acc.best.evidence[0], resume)
            if acc.best and acc.best.evidence and resume is not None
            else None
        ),
        wording=wording,
    )


def skill_demand(
    postings: Sequence[Scored], taxonomy: Any = None, resume: Resume | None = None
) -> list[SkillDemand]:
    """Every asked skill across ``postings``, most asked (then most weighty) first."""
    accs: dict[str, _Acc] = {}
    for scored in postings:
        seen: set[str] = set()
        for m in scored.matches:
            key = skill_key(m)
            if key in seen:  # one vote per posting
                continue
            seen.add(key)
            accs.setdefault(key, _Acc(key)).add(m)
    facts = _mention_facts(postings)
    n = max(1, len(postings))
    skills = [_demand(a, n, facts, taxonomy, resume) for a in accs.values()]
    skills.sort(key=lambda s: (-s.share, -s.priority, s.name.lower()))
    return skills


def gaps_of(skills: Sequence[SkillDemand]) -> list[SkillDemand]:
    """Missing or implied-only skills, by gap priority (demand x importance)."""
    gaps = [s for s in skills if s.status != "shown"]
    gaps.sort(key=lambda s: (-s.gap_priority, -s.share, s.name.lower()))
    return gaps


def category_coverage(skills: Sequence[SkillDemand]) -> list[CategoryCoverage]:
    out = []
    gaps = gaps_of(skills)
    for category in CATEGORIES:
        mine = [s for s in skills if s.category == category]
        total = sum(s.priority for s in mine)
        covered = sum(s.priority * STATUS_CREDIT[s.status] for s in mine)
        counts = Counter(s.status for s in mine)
        out.append(
            CategoryCoverage(
                category=category,
                skills=len(mine),
                shown=counts["shown"],
                implied=counts["implied"],
                missing=counts["missing"],
                coverage=round(covered / total, 4) if total else None,
                gaps_hard=tuple(
                    g.name for g in gaps if g.category == category and g.type == "hard"
                ),
                gaps_soft=tuple(
                    g.name for g in gaps if g.category == category and g.type == "soft"
                ),
            )
        )
    return out


def posting_scores(postings: Sequence[Scored]) -> list[PostingScore]:
    rows = []
    for scored in postings:
        record = scored.analysis.record
        missing = sorted(
            (m for m in scored.matches if m.match_type is None),
            key=lambda m: (-m.weight, m.name.lower()),
        )
        rows.append(
            (
                scored,
                record,
                len(scored.matches) - len(missing),
                [m.name for m in missing],
            )
        )
    rows.sort(key=lambda r: (-r[0].score, r[0].id))
    return [
        PostingScore(
            rank=i,
            id=scored.id,
            source=record.document.source,
            title=record.title if isinstance(record, Posting) else None,
            organization=record.organization if isinstance(record, Posting) else None,
            score=scored.score,
            matched=matched,
            missing=len(missing),
            top_missing=tuple(missing[:TOP_MISSING]),
            warnings=warnings_of(record),
        )
        for i, (scored, record, matched, missing) in enumerate(rows, start=1)
    ]


def histogram(scores: Sequence[float], width: float = 10.0) -> list[ScoreBin]:
    """Counts of scores in [0, 10), [10, 20) ... [90, 100] (100 in the last bin)."""
    bins = int(100 / width)
    counts = [0] * bins
    for s in scores:
        counts[min(bins - 1, max(0, int(s // width)))] += 1
    return [ScoreBin(i * width, (i + 1) * width, c) for i, c in enumerate(counts)]


def achievements_of(profile: Any) -> list[Achievement]:
    resume: Resume = profile.resume
    out = []
    for b in profile.achievements.bullets:
        if not b.quantified:
            continue
        role = None
        if b.role is not None and 0 <= b.role < len(resume.roles):
            r = resume.roles[b.role]
            role = ", ".join(x for x in (r.title, r.organization) if x) or None
        out.append(Achievement(text=b.text, role=role, quantities=tuple(b.quantities)))
    return out


def _notes(n: int, skipped: int) -> list[str]:
    notes = []
    if n == 1:
        notes.append(
            "Only one posting: each demand share is 0 or 1 (asked or not). Give more "
            "postings of the roles you target to see which skills keep coming back."
        )
    elif n < 5:
        notes.append(
            f"Only {n} postings: shares move in steps of {round(100 / n)}%; more "
            "postings give a steadier picture."
        )
    if skipped:
        notes.append(f"{skipped} file(s) could not be read and were skipped (listed).")
    return notes


def resume_summary(resume: Analysis) -> Any:
    from gapcheck.score import document_summary

    return document_summary(resume.record)


def build_report(
    resume: Analysis,
    postings: Sequence[tuple[str, Analysis]],
    *,
    taxonomy: Any = None,
    skipped: Sequence[DocumentError] = (),
) -> GapReport:
    """The gap report of ``resume`` across ``postings`` ((id, Analysis) pairs)."""
    from gapcheck.score import resolve_taxonomy

    tax = resolve_taxonomy(taxonomy)
    profile, scored = score_postings(resume, postings, tax)
    resume_record = resume.record if isinstance(resume.record, Resume) else None
    skills = skill_demand(scored, tax, resume_record)
    gaps = gaps_of(skills)
    table = posting_scores(scored)
    scores = [p.score for p in table]
    good = sum(s >= GOOD_FIT for s in scores)
    strengths = [s for s in skills if s.status == "shown"]
    strengths.sort(key=lambda s: (-s.priority, s.name.lower()))
    plan = improvement_plan(gaps, table, profile, tax, good_fit=good)
    summary = GapSummary(
        postings=len(scored),
        skipped=len(skipped),
        score_min=min(scores, default=0.0),
        score_median=round(statistics.median(scores), 1) if scores else 0.0,
        score_max=max(scores, default=0.0),
        good_fit=good,
        good_fit_threshold=GOOD_FIT,
        top_gaps=tuple(g.name for g in gaps[:3]),
        notes=tuple(_notes(len(scored), len(skipped))),
    )
    return GapReport(
        resume=resume_summary(resume),
        summary=summary,
        skills=tuple(skills),
        gaps=tuple(gaps),
        categories=tuple(category_coverage(skills)),
        postings=tuple(table),
        score_histogram=tuple(histogram(scores)),
        strengths=tuple(strengths[:MAX_STRENGTHS]),
        achievements=tuple(achievements_of(profile)),
        plan=plan,
        skipped=tuple(skipped),
    )
