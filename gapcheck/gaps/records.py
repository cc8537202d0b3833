"""Records of ``gapcheck report``: the skill-gap picture across many postings.

Frozen dataclasses with the shared :class:`~gapcheck.records.Record` mixin, so the
JSON output is ``GapReport.to_dict()`` inside the shared envelope (docs/json.md,
"gapcheck report"). Shares are fractions of the usable postings (0..1).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from gapcheck.records import DocumentError, DocumentSummary, Evidence, Notice, Record

Status = Literal["shown", "implied", "missing"]


@dataclass(frozen=True)
class SkillDemand(Record):
    """One skill the postings ask for, with how often, how strongly, and whether the
    resume shows it."""

    name: str  # canonical name, else the postings' most used wording
    key: str  # grouping key across postings (lowercased canonical or wording)
    canonical: str | None = None
    category: str = "technical"  # one of records.CATEGORIES
    type: Literal["hard", "soft"] = "hard"
    kind: str | None = None  # taxonomy kind: tool, technology, method, domain, ...
    postings: int = 0  # postings asking for it
    share: float = 0.0  # postings / usable postings
    required: int = 0  # postings where its strongest importance is "required"
    preferred: int = 0
    mentioned: int = 0
    importance: float = 0.0  # mean term weight where asked (score's term_weight)
    priority: float = 0.0  # sum of term weights / postings: demand x importance
    gap_priority: float = 0.0  # sum of weight x (1 - credit) / postings
    status: Status = "missing"
    match_type: str | None = None  # best match over the postings: exact/alias/implied
    matched_in: int = 0  # postings whose check found it in the resume
    evidence: tuple[Evidence, ...] = ()
    wording: tuple[str, ...] = ()  # how the postings write it, most used first
    where: str | None = None  # the best evidence's place: section and role, in words


@dataclass(frozen=True)
class CategoryCoverage(Record):
    """How much of one gap category's demand the resume shows."""

    category: str
    skills: int = 0  # distinct skills asked in this category
    shown: int = 0
    implied: int = 0
    missing: int = 0
    coverage: float | None = None  # demand-weighted: shown 1, implied 0.5, missing 0;
    # None when the postings ask for nothing in this category
    gaps_hard: tuple[str, ...] = ()  # missing/implied hard skills, by gap priority
    gaps_soft: tuple[str, ...] = ()


@dataclass(frozen=True)
class PostingScore(Record):
    """One posting's score for this resume."""

    rank: int
    id: str
    source: str
    title: str | None = None
    organization: str | None = None
    score: float = 0.0
    matched: int = 0
    missing: int = 0
    top_missing: tuple[str, ...] = ()
    warnings: tuple[Notice, ...] = ()  # the posting file's (W103 mislabelled...)


@dataclass(frozen=True)
class ScoreBin(Record):
    low: float
    high: float
    count: int = 0


@dataclass(frozen=True)
class Achievement(Record):
    """A quantified result from the resume: evidence of what the person has done."""

    text: str
    role: str | None = None  # "Title, Organization" of the role it belongs to
    quantities: tuple[str, ...] = ()


@dataclass(frozen=True)
class PlanItem(Record):
    """Next steps for one top gap. ``if_you_have_it`` is advice to show a skill the
    person already has; ``build`` is how to get it when they do not."""

    skill: str
    category: str
    type: str
    status: Status
    share: float
    postings: int
    if_you_have_it: str
    build: tuple[str, ...] = ()
    certifications: tuple[str, ...] = ()
    wording: tuple[str, ...] = ()


@dataclass(frozen=True)
class WeeklyGoal(Record):
    kind: Literal["apply", "network", "learn", "rewrite"]
    text: str
    count: int = 1


@dataclass(frozen=True)
class Plan(Record):
    items: tuple[PlanItem, ...] = ()
    weekly: tuple[WeeklyGoal, ...] = ()


@dataclass(frozen=True)
class GapSummary(Record):
    postings: int
    skipped: int = 0
    score_min: float = 0.0
    score_median: float = 0.0
    score_max: float = 0.0
    good_fit: int = 0  # postings scoring at least good_fit_threshold
    good_fit_threshold: float = 60.0
    top_gaps: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class GapReport(Record):
    """What ``gapcheck report`` found for one resume across many postings."""

    resume: DocumentSummary
    summary: GapSummary
    skills: tuple[SkillDemand, ...] = ()  # every asked skill, most asked first
    gaps: tuple[SkillDemand, ...] = ()  # missing or implied only, by gap priority
    categories: tuple[CategoryCoverage, ...] = ()  # the six, in CATEGORIES order
    postings: tuple[PostingScore, ...] = ()  # best fit first
    score_histogram: tuple[ScoreBin, ...] = ()
    strengths: tuple[SkillDemand, ...] = ()  # shown skills, by demand
    achievements: tuple[Achievement, ...] = ()
    plan: Plan = field(default_factory=Plan)
    skipped: tuple[DocumentError, ...] = ()
