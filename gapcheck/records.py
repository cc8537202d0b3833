"""Frozen domain records passed between the pipeline stages.

Every record has one ``to_dict()`` path, which is what JSON output is made of. Offsets
(``start``/``end``) are character offsets into ``Document.text``, end exclusive.
Records only ever gain fields with defaults; renaming one is a schema change.
"""

from __future__ import annotations

import dataclasses
import functools
import types
import typing
from dataclasses import dataclass, field
from typing import Any, Literal, TypeVar, Union

Kind = Literal["resume", "posting"]
Label = Literal["SKILL", "KNOWLEDGE"]
Source = Literal["taxonomy", "model", "keyword"]

#: The six skill-gap categories, in the order reports show them.
CATEGORIES: tuple[str, ...] = (
    "technical",
    "communication and presentation",
    "problem-solving and critical thinking",
    "teamwork and collaboration",
    "adaptability and flexibility",
    "leadership and initiative",
)

#: Canonical resume section names.
RESUME_SECTIONS: tuple[str, ...] = (
    "contact",
    "summary",
    "experience",
    "education",
    "skills",
    "projects",
    "certifications",
    "awards",
    "publications",
    "volunteering",
    "languages",
    "interests",
    "references",
    "other",
)

#: Canonical posting section names.
POSTING_SECTIONS: tuple[str, ...] = (
    "title",
    "about",
    "responsibilities",
    "requirements",
    "preferred",
    "benefits",
    "contact",
    "other",
)


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        to_dict = getattr(value, "to_dict", None)
        if to_dict is not None:
            return to_dict()
        return {
            f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)
        }
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    return value


R = TypeVar("R", bound="Record")


def _build(tp: Any, value: Any) -> Any:
    """Rebuild a value of type ``tp`` from its ``to_dict()`` form."""
    if value is None:
        return None
    origin = typing.get_origin(tp)
    if origin in (Union, types.UnionType):
        options = [a for a in typing.get_args(tp) if a is not type(None)]
        if len(options) == 1:
            return _build(options[0], value)
        if isinstance(value, dict) and "kind" in value:
            for option in options:
                hints = _hints(option) if isinstance(option, type) else {}
                if "kind" in hints:
                    default = {f.name: f.default for f in dataclasses.fields(option)}
                    if default.get("kind") == value["kind"]:
                        return _build(option, value)
        for option in options:
            if isinstance(option, type) and isinstance(value, option):
                return value
        return value
    if origin is tuple:
        (item, *_rest) = typing.get_args(tp) or (Any,)
        return tuple(_build(item, v) for v in value)
    if origin is Literal or tp is Any:
        return value
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        hints = _hints(tp)
        names = {f.name for f in dataclasses.fields(tp)}
        return tp(**{k: _build(hints[k], v) for k, v in value.items() if k in names})
    return value


@functools.cache
def _hints(cls: type) -> dict[str, Any]:
    # cached: resolving string annotations dominated rebuilding cached analyses
    return typing.get_type_hints(cls, globalns=globals())


class Record:
    """Mixin: ``to_dict()`` turns a record, recursively, into JSON-ready data, and
    ``from_dict()`` rebuilds it (used by the batch cache)."""

    #: Field names left out of ``to_dict()`` (big or internal values).
    _private: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            f.name: _plain(getattr(self, f.name))
            for f in dataclasses.fields(self)  # type: ignore[arg-type]
            if f.name not in self._private and not f.name.startswith("_")
        }

    @classmethod
    def from_dict(cls: type[R], data: dict[str, Any]) -> R:
        result: R = _build(cls, data)
        return result


@dataclass(frozen=True)
class Notice(Record):
    """A warning about a document: not fatal, but worth telling the user."""

    code: str  # stable, e.g. "W101"
    message: str


@dataclass(frozen=True)
class DocumentError(Record):
    """A document that could not be used (batch, report, the application log), and
    why: the error's code and its one-line message."""

    path: str
    kind: str
    code: str
    message: str


@dataclass(frozen=True)
class Layout(Record):
    """Facts about how a document is laid out, as an ATS would meet it."""

    pages: int = 1
    columns: int = 1  # most columns found side by side on any page/region
    multi_column_pages: int = 0
    tables: int = 0
    images: int = 0
    text_boxes: int = 0  # DOCX text boxes, which many ATS skip
    header_footer_text: tuple[str, ...] = ()  # text found in header/footer bands
    fonts: tuple[str, ...] = ()
    icon_glyphs: int = 0  # private-use glyphs (icon fonts) removed
    has_text_layer: bool = True
    producer: str | None = None
    words: int = 0


@dataclass(frozen=True)
class PostingData(Record):
    """Fields of a schema.org JobPosting found in JSON or JSON-LD."""

    title: str | None = None
    organization: str | None = None
    location: str | None = None
    employment_type: str | None = None
    date_posted: str | None = None
    description: str | None = None
    skills: tuple[str, ...] = ()
    qualifications: tuple[str, ...] = ()
    responsibilities: tuple[str, ...] = ()
    education_requirements: tuple[str, ...] = ()
    experience_requirements: tuple[str, ...] = ()


@dataclass(frozen=True)
class Document(Record):
    """A file as normalized text in reading order (the ingest stage's output)."""

    source: str  # the path as the user gave it
    format: str  # real type sniffed from bytes: pdf, docx, txt, md, html, json
    text: str  # normalized text, reading order; blocks separated by blank lines
    layout: Layout = field(default_factory=Layout)
    warnings: tuple[Notice, ...] = ()
    posting_data: PostingData | None = None
    sha256: str = ""  # of the file's bytes
    language: str | None = "en"


@dataclass(frozen=True)
class Section(Record):
    name: str  # canonical name, see RESUME_SECTIONS / POSTING_SECTIONS
    heading: str  # the heading as written ("" when there is none)
    text: str
    start: int = 0
    end: int = 0


@dataclass(frozen=True)
class Contact(Record):
    name: str | None = None
    email: str | None = None
    phone: str | None = None
    location: str | None = None
    links: tuple[str, ...] = ()


@dataclass(frozen=True)
class Bullet(Record):
    text: str
    section: str
    role: int | None = None  # index into Resume.roles
    start: int = 0
    end: int = 0


@dataclass(frozen=True)
class Role(Record):
    title: str | None
    organization: str | None
    start: str | None = None  # "YYYY-MM" (month 01 when only a year is known)
    end: str | None = None  # "YYYY-MM"; None with current=True
    current: bool = False
    dates: str = ""  # the dates as written
    months: int | None = None
    section: str = "experience"


@dataclass(frozen=True)
class Education(Record):
    degree: str | None = None  # as written, e.g. "B.Sc. Computer Science"
    level: str | None = (
        None  # normalized: high school, associate, bachelor, master, doctorate
    )
    field: str | None = None
    institution: str | None = None
    year: str | None = None


@dataclass(frozen=True)
class Resume(Record):
    document: Document
    sections: tuple[Section, ...] = ()
    contact: Contact = field(default_factory=Contact)
    headline: str | None = None  # title line under the name, if any
    bullets: tuple[Bullet, ...] = ()
    roles: tuple[Role, ...] = ()
    education: tuple[Education, ...] = ()
    certifications: tuple[str, ...] = ()
    years_experience: float | None = None
    warnings: tuple[Notice, ...] = ()

    kind: Kind = "resume"


@dataclass(frozen=True)
class Requirement(Record):
    """One requirement line of a posting."""

    text: str
    section: str
    importance: Literal["required", "preferred", "mentioned"] = "required"
    years: float | None = None  # "3+ years of Python" -> 3.0
    start: int = 0
    end: int = 0
    #: What the line asks: "certification" (a registration, licence, certificate),
    #: "education" (a degree or level), "experience" (years or a setting), "skill",
    #: "duty" (a responsibility), or "other".
    kind: str = "skill"


@dataclass(frozen=True)
class Posting(Record):
    document: Document
    title: str | None = None
    organization: str | None = None
    sections: tuple[Section, ...] = ()
    requirements: tuple[Requirement, ...] = ()
    years_required: float | None = None
    education: tuple[str, ...] = ()  # levels asked, e.g. ("bachelor",)
    certifications: tuple[str, ...] = ()
    warnings: tuple[Notice, ...] = ()

    kind: Kind = "posting"


@dataclass(frozen=True)
class Mention(Record):
    """A skill or keyword found in a text."""

    start: int
    end: int
    text: str
    label: Label
    canonical: str | None = None
    category: str | None = None  # one of CATEGORIES
    type: Literal["hard", "soft"] | None = None
    source: Source = "model"
    section: str | None = None
    score: float = 1.0


@dataclass(frozen=True)
class Analysis(Record):
    """A parsed document with the skills and keywords found in it.

    This is the unit of work that ``check``, ``batch`` and ``report`` share, and what
    the batch cache stores (keyed by file hash and gapcheck/model versions).
    """

    record: Resume | Posting
    mentions: tuple[Mention, ...] = ()

    @property
    def kind(self) -> Kind:
        return self.record.kind


# --- scoring records (gapcheck check) -------------------------------------------------

MatchType = Literal["exact", "alias", "implied"]
Importance = Literal["required", "preferred", "mentioned"]
Severity = Literal["high", "medium", "low"]


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
    matched: tuple[SkillMatch, ...] = ()
    missing: tuple[SkillMatch, ...] = ()


# --- the inputs of each score component (Component.details), one record each ----------


@dataclass(frozen=True)
class SkillsDetails(Record):
    terms: int = 0
    matched: int = 0
    required: int = 0
    required_matched: int = 0
    total_weight: float = 0.0
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


def warnings_of(record: Resume | Posting) -> tuple[Notice, ...]:
    """Every warning about a document: ingest's (file type, encoding, layout...)
    followed by the parser's."""
    return (*record.document.warnings, *record.warnings)
