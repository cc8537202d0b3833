"""Records of ``gapcheck diagnose``: what the application log says, across
applications. JSON is ``Diagnosis.to_dict()`` in the shared envelope (docs/json.md,
"gapcheck diagnose")."""

from __future__ import annotations

from dataclasses import dataclass, field

from gapcheck.gaps.records import Achievement
from gapcheck.occupation.fit import OccupationFit
from gapcheck.records import Record

__all__ = [
    "Achievement",
    "Diagnosis",
    "DiagnosisPlan",
    "EarlyStage",
    "FinalStage",
    "FormatIssueCount",
    "Funnel",
    "MissingTerm",
    "OccupationFit",
    "PlanStep",
    "ScoreGroup",
    "Scores",
    "Theme",
    "Week",
]


@dataclass(frozen=True)
class Funnel(Record):
    """How many applications reached each stage (an offer counts as reaching the
    final round)."""

    applied: int = 0
    screen: int = 0
    interview: int = 0
    final: int = 0
    offer: int = 0


@dataclass(frozen=True)
class MissingTerm(Record):
    """A requirement the resume lacked: in how many early rejections and in how many
    applications that advanced to an interview."""

    term: str
    rejected: int = 0
    advanced: int = 0
    asked: int = 0  # applications whose posting asked for it
    category: str | None = None
    forms: tuple[str, ...] = ()  # how the postings wrote it


@dataclass(frozen=True)
class FormatIssueCount(Record):
    code: str
    severity: str
    message: str
    fix: str
    resumes: int = 0  # resume versions with it
    applications: int = 0  # applications sent with it


@dataclass(frozen=True)
class EarlyStage(Record):
    rejections: int = 0
    missing_terms: tuple[MissingTerm, ...] = ()
    format_issues: tuple[FormatIssueCount, ...] = ()


@dataclass(frozen=True)
class Theme(Record):
    category: str  # one of gapcheck.feedback.LABELS
    count: int = 0  # feedback sentences
    applications: int = 0  # rejected applications whose feedback has it
    examples: tuple[str, ...] = ()


@dataclass(frozen=True)
class FinalStage(Record):
    rejections: int = 0
    with_feedback: int = 0
    sentences: int = 0
    themes: tuple[Theme, ...] = ()


@dataclass(frozen=True)
class ScoreGroup(Record):
    group: str  # early_rejection, final_rejection, advanced, no_answer, open
    applications: int = 0
    mean: float | None = None
    min: float | None = None
    max: float | None = None


@dataclass(frozen=True)
class Scores(Record):
    """gapcheck check's score at application time, against what happened."""

    groups: tuple[ScoreGroup, ...] = ()
    note: str = ""


@dataclass(frozen=True)
class PlanStep(Record):
    """One gap to work on and the concrete actions for it."""

    title: str
    source: str  # early_stage, final_stage or format
    why: str
    actions: tuple[str, ...] = ()
    certifications: tuple[str, ...] = ()


@dataclass(frozen=True)
class Week(Record):
    week: int
    goals: tuple[str, ...] = ()


@dataclass(frozen=True)
class DiagnosisPlan(Record):
    steps: tuple[PlanStep, ...] = ()
    weeks: tuple[Week, ...] = ()
    wins: tuple[Achievement, ...] = ()  # the resume's quantified achievements


@dataclass(frozen=True)
class Diagnosis(Record):
    applications: int
    funnel: Funnel = field(default_factory=Funnel)
    early_rejections: int = 0
    final_rejections: int = 0
    offers: int = 0
    open: int = 0
    no_answer: int = 0  # open with no news for stale_days: flagged, not rejected
    stale_days: int = 30
    early_stage: EarlyStage = field(default_factory=EarlyStage)
    final_stage: FinalStage = field(default_factory=FinalStage)
    scores: Scores = field(default_factory=Scores)
    occupations: tuple[OccupationFit, ...] = ()
    plan: DiagnosisPlan = field(default_factory=DiagnosisPlan)
    notes: tuple[str, ...] = ()
    resume: str | None = None  # the latest resume version's source
