"""Records of the score (``gapcheck check``): evidence, matches, the score components
and their inputs, fixes and the verdict (:class:`CheckResult`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal, Union

from gapcheck.records.base import Record
from gapcheck.records.documents import Kind, Notice

# --- scoring records (gapcheck check) -------------------------------------------------

MatchType = Literal["exact", "alias", "implied"]
Importance = Literal["required", "preferred", "mentioned"]
Severity = Literal["high", "medium", "low"]


#: What related evidence is (``Evidence.via`` of an ``implied`` match that names the
#: skill without showing it, :mod:`gapcheck.score.related`), keyed by kind.
RELATED_VIA: dict[str, str] = {
    "claim": "a claim with no act shown",
    "neighbour": "a neighbouring skill's words",
    "course": "a course or degree name",
    "title": "a job title",
}


@dataclass(frozen=True)
class Evidence(Record):
    """Where in the resume a posting term was found."""

    text: str  # the words as the resume writes them
    section: str | None
    match_type: MatchType = "exact"
    role: int | None = None  # index into Resume.roles
    bullet: int | None = None  # index into Resume.bullets
    start: int = 0
    end: int = 0
    snippet: str = ""  # the line around it
    factor: float = 1.0  # location factor (recent-role bullet 1.0 ... skills list 0.6)
    via: str | None = None  # for implied matches: the resume skill that implies it

    def how(self) -> str:
        """How the evidence shows the skill, for a reader: the match type, the resume
        skill an implied match goes through, and the resume's own words whenever
        they are not the posting's ("alias 'Ambitious'"), so a reader sees the link
        even where the snippet is cut around other words."""
        how = f"{self.match_type} via {self.via}" if self.via else self.match_type
        words = " ".join(self.text.split())
        if self.match_type == "exact" or not words:
            return how
        if self.via and words.lower() == self.via.lower():
            return how
        return f"{how} '{words}'"

    @property
    def related(self) -> bool:
        """Whether the evidence names the skill without showing it (a claim, a
        neighbouring skill's words, a course's name): see :data:`RELATED_VIA`."""
        return self.match_type == "implied" and self.via in RELATED_VIA.values()


@dataclass(frozen=True)
class SkillMatch(Record):
    """A posting term, matched or missing, with what it is worth."""

    name: str  # as the posting writes it
    importance: Importance = "required"
    weight: float = 1.0
    posting_mentions: int = 1
    canonical: str | None = None
    required: bool = True
    match_type: MatchType | None = None  # None: missing
    credit: float = 0.0  # 0..1
    points: float = 0.0  # score points earned
    evidence: tuple[Evidence, ...] = ()
    forms: tuple[str, ...] = ()  # every way the posting writes it
    soft: bool = False


@dataclass(frozen=True)
class SkillReport(Record):
    """The posting's terms: ``matched`` (the resume names the skill: exact or alias
    evidence), ``implied`` (not named; only a skill that usually goes with it is:
    partial credit, shown apart so no reader takes it as shown) and ``missing``."""

    matched: tuple[SkillMatch, ...] = ()
    missing: tuple[SkillMatch, ...] = ()
    implied: tuple[SkillMatch, ...] = ()


# --- the inputs of each score component (Component.details), one record each ----------


@dataclass(frozen=True)
class SkillsDetails(Record):
    terms: int = 0
    matched: int = 0
    required: int = 0
    required_matched: int = 0
    total_weight: float = 0.0
    implied: int = 0  # terms only implied (not counted in ``matched``)
    required_implied: int = 0
    uncovered_requirement_lines: tuple[str, ...] = ()
    kind: Literal["skills"] = "skills"


@dataclass(frozen=True)
class RequirementLine(Record):
    text: str
    importance: str
    credit: float
    missing_words: tuple[str, ...] = ()


@dataclass(frozen=True)
class RequirementsDetails(Record):
    lines: tuple[RequirementLine, ...] = ()
    kind: Literal["requirements"] = "requirements"


@dataclass(frozen=True)
class TitleMatch(Record):
    title: str
    where: str  # "headline" or "role N"
    factor: float
    #: matched by the posting title's words, or by naming the same or a close
    #: occupation (``occupation``: the lexicon label the resume title reads as)
    by: Literal["words", "occupation"] = "words"
    occupation: str | None = None
    #: by occupation: the same occupation (else a related one)
    same: bool = False


@dataclass(frozen=True)
class TitleDetails(Record):
    posting_title: str | None = None
    posting_words: dict[str, float] = field(default_factory=dict)
    best: TitleMatch | None = None
    kind: Literal["title"] = "title"


@dataclass(frozen=True)
class OccupationDetails(Record):
    resume: Occupation = field(default_factory=lambda: Occupation())
    posting: Occupation = field(default_factory=lambda: Occupation())
    #: factor of the occupation credit for the resume's evidence (docs/scoring.md,
    #: round 11): 1 once it shows some of what the posting asks
    evidence: float = 1.0
    kind: Literal["occupation"] = "occupation"


@dataclass(frozen=True)
class ExperienceDetails(Record):
    resume_years: float = 0.0
    asked_years: float = 0.0
    relevance: float = 1.0  # the fit gate (docs/scoring.md)
    kind: Literal["experience"] = "experience"


@dataclass(frozen=True)
class EducationDetails(Record):
    resume_levels: tuple[str, ...] = ()
    asked: tuple[str, ...] = ()
    relevance: float = 1.0
    kind: Literal["education"] = "education"


@dataclass(frozen=True)
class CertificationsDetails(Record):
    asked: tuple[str, ...] = ()
    found: tuple[str, ...] = ()
    kind: Literal["certifications"] = "certifications"


@dataclass(frozen=True)
class AchievementsDetails(Record):
    quantified: int = 0
    total: int = 0
    density: float = 0.0
    duties: int = 0
    full_density: float = 0.5
    relevance: float = 1.0
    kind: Literal["achievements"] = "achievements"


@dataclass(frozen=True)
class FormatDetails(Record):
    issues: tuple[str, ...] = ()
    relevance: float = 1.0
    kind: Literal["format"] = "format"


@dataclass(frozen=True)
class TextSimilarityDetails(Record):
    bm25: float = 0.0
    full_at: float = 0.2
    kind: Literal["text_similarity"] = "text_similarity"


ComponentDetails = Union[  # noqa: UP007 (from_dict resolves it at run time)
    SkillsDetails,
    RequirementsDetails,
    TitleDetails,
    OccupationDetails,
    ExperienceDetails,
    EducationDetails,
    CertificationsDetails,
    AchievementsDetails,
    FormatDetails,
    TextSimilarityDetails,
]


@dataclass(frozen=True)
class Component(Record):
    """One part of the score: ``points = 100 * weight * score``."""

    name: str
    weight: float  # effective weight (renormalised over the components that apply)
    score: float  # 0..1
    points: float
    details: ComponentDetails | None = None  # the inputs it used
    applies: bool = True


@dataclass(frozen=True)
class BulletAssessment(Record):
    index: int  # into Resume.bullets
    text: str
    role: int | None = None
    kind: Literal["achievement", "duty"] = "duty"
    quantified: bool = False
    quantities: tuple[str, ...] = ()
    star: bool = False
    flags: tuple[
        str, ...
    ] = ()  # duty_phrase, weak_verb, passive, no_action_verb, too_long
    words: int = 0


@dataclass(frozen=True)
class AchievementSummary(Record):
    bullets: tuple[BulletAssessment, ...] = ()
    quantified: int = 0
    total: int = 0
    density: float = 0.0
    star: int = 0
    flagged: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class FormatIssue(Record):
    code: str  # stable, e.g. "F101"
    severity: Severity
    message: str
    fix: str
    penalty: float = 0.0  # share of the format component it costs


@dataclass(frozen=True)
class Fix(Record):
    """One concrete change, with how many score points it is worth."""

    kind: str  # add_skill, mirror_wording, show_in_bullet, title, certification, ...
    message: str
    gain: float
    where: dict[str, Any] = field(default_factory=dict)
    skill: str | None = None
    if_you_have_it: bool = False
    estimated: bool = False


@dataclass(frozen=True)
class Verdict(Record):
    label: Literal["keyword_alignment", "parse_risk", "weak_evidence", "fine"]
    summary: str
    actions: tuple[str, ...] = ()


@dataclass(frozen=True)
class OccupationGuess(Record):
    """One occupation a document reads as: an ISCO-08 unit group and its share."""

    code: str  # ISCO-08 unit group, e.g. "2411"
    name: str  # e.g. "accountant"
    share: float  # 0..1, the shares of a document's guesses sum to at most 1


@dataclass(frozen=True)
class Occupation(Record):
    """The occupation a document reads as, and why (see gapcheck.occupation)."""

    guesses: tuple[OccupationGuess, ...] = ()  # best first
    title: str | None = None  # the title, as written, that named it
    label: str | None = None  # the occupation label that title matched
    source: Literal["title", "content", "none"] = "none"
    #: the first guess is read with confidence (a title names it); when False it is
    #: only a lean of the words and is not shown as the occupation
    sure: bool = False

    @property
    def name(self) -> str | None:
        return self.guesses[0].name if self.guesses else None


@dataclass(frozen=True)
class DocumentSummary(Record):
    source: str
    kind: Kind
    format: str = ""
    title: str | None = None
    pages: int = 1
    words: int = 0
    warnings: tuple[Notice, ...] = ()
    occupation: Occupation | None = None


@dataclass(frozen=True)
class CheckResult(Record):
    """What ``gapcheck check`` found for one resume against one posting."""

    score: float
    components: tuple[Component, ...] = ()
    skills: SkillReport = field(default_factory=SkillReport)
    achievements: AchievementSummary = field(default_factory=AchievementSummary)
    format_issues: tuple[FormatIssue, ...] = ()
    fixes: tuple[Fix, ...] = ()
    verdict: Verdict | None = None
    resume: DocumentSummary | None = None
    posting: DocumentSummary | None = None
