"""Records of the documents: what ingest reads (:class:`Document`), what parse makes of
it (:class:`Resume`, :class:`Posting`), what extract finds (:class:`Mention`) and the
three together (:class:`Analysis`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from gapcheck.records.base import Record

Kind = Literal["resume", "posting"]
Label = Literal["SKILL", "KNOWLEDGE"]
#: Where a mention comes from; "keyphrase": a posting's key phrase
#: (:mod:`gapcheck.extract.posting_keyphrases`), never in a stored analysis.
Source = Literal["taxonomy", "model", "keyword", "keyphrase"]

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


def warnings_of(record: Resume | Posting) -> tuple[Notice, ...]:
    """Every warning about a document: ingest's (file type, encoding, layout...)
    followed by the parser's."""
    return (*record.document.warnings, *record.warnings)
