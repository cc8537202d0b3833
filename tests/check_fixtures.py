"""Hand-built resumes and postings for the scoring tests (no ingest/parse/model needed).

``build_resume``/``build_posting`` write a text and the records a parser would make of
it, with exact offsets; ``FakeExtractor`` finds a small fixed vocabulary of skills and
``FakeTaxonomy`` knows their aliases and what implies what (React -> JavaScript).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from gapcheck.pipeline import with_sections
from gapcheck.records import (
    Analysis,
    Bullet,
    Contact,
    Document,
    Education,
    Layout,
    Mention,
    Posting,
    Requirement,
    Resume,
    Role,
    Section,
)

#: A bachelor's degree in computer science, as the backend resumes of the tests hold.
EDU = [Education("B.Sc. Computer Science", "bachelor", "CS", "State U", "2016")]

SKILLS: dict[str, str] = {
    "python": "Python",
    "kubernetes": "Kubernetes",
    "k8s": "Kubernetes",
    "react": "React",
    "react.js": "React",
    "javascript": "JavaScript",
    "ci/cd": "CI/CD",
    "continuous integration": "CI/CD",
    "docker": "Docker",
    "sql": "SQL",
    "postgresql": "PostgreSQL",
    "aws": "AWS",
    "amazon web services": "AWS",
    "terraform": "Terraform",
    "java": "Java",
    "spring boot": "Spring Boot",
    "excel": "Excel",
    "payroll": "Payroll",
    "recruiting": "Recruiting",
    "onboarding": "Onboarding",
    "communication": "Communication",
    "go": "Go",
    "kafka": "Kafka",
    "graphql": "GraphQL",
    "pmp": "PMP",
}
CERTIFICATIONS = {"PMP"}
SOFT = {"Communication"}
IMPLIES: dict[str, set[str]] = {"React": {"JavaScript"}, "PostgreSQL": {"SQL"}}


@dataclass(frozen=True)
class FakeSkill:
    name: str
    aliases: tuple[str, ...] = ()
    kind: str = "skill"


class FakeTaxonomy:
    def get(self, name: str) -> FakeSkill | None:
        canonical = SKILLS.get(name.lower()) or next(
            (c for c in SKILLS.values() if c.lower() == name.lower()), None
        )
        if canonical is None:
            return None
        aliases = tuple(
            k for k, v in SKILLS.items() if v == canonical and k != canonical.lower()
        )
        kind = "certification" if canonical in CERTIFICATIONS else "skill"
        return FakeSkill(canonical, aliases, kind)

    def implied(self, name: str) -> set[str]:
        return set(IMPLIES.get(name, set()))


class FakeExtractor:
    """Finds the SKILLS vocabulary, longest match first, case-insensitively."""

    def __init__(self) -> None:
        alternation = "|".join(
            re.escape(k) for k in sorted(SKILLS, key=len, reverse=True)
        )
        self.pattern = re.compile(
            rf"(?<![\w/.+#])(?:{alternation})(?![\w/+#]|\.\w)", re.I
        )

    def extract(self, text: str) -> list[Mention]:
        out = []
        for m in self.pattern.finditer(text):
            canonical = SKILLS[m.group(0).lower()]
            out.append(
                Mention(
                    start=m.start(),
                    end=m.end(),
                    text=m.group(0),
                    label="SKILL",
                    canonical=canonical,
                    type="soft" if canonical in SOFT else "hard",
                    source="taxonomy",
                )
            )
        return out


@dataclass
class _Writer:
    parts: list[str] = field(default_factory=list)
    pos: int = 0

    def add(self, text: str) -> tuple[int, int]:
        start = self.pos
        self.parts.append(text)
        self.pos += len(text)
        return start, start + len(text.rstrip("\n"))

    @property
    def text(self) -> str:
        return "".join(self.parts)


@dataclass
class RoleSpec:
    title: str
    organization: str
    start: str
    end: str | None
    bullets: Sequence[str]
    dates: str = ""


def build_resume(
    *,
    headline: str | None = "Software Engineer",
    summary: str = "",
    roles: Sequence[RoleSpec] = (),
    skills: Sequence[str] = (),
    education: Sequence[Education] = (),
    certifications: Sequence[str] = (),
    email: str | None = "jo@example.com",
    phone: str | None = "+1 555 123 4567",
    layout: Layout | None = None,
    fmt: str = "pdf",
    years: float | None = None,
    source: str = "resume.pdf",
) -> Analysis:
    w = _Writer()
    sections: list[Section] = []
    contact_lines = ["Jo Example\n"] + ([f"{headline}\n"] if headline else [])
    contact_lines += [f"{x}\n" for x in (email, phone) if x]
    start, _ = w.add("".join(contact_lines))
    sections.append(Section("contact", "", w.text[start:], start, w.pos))
    bullets: list[Bullet] = []
    roles_out: list[Role] = []

    def section(name: str, heading: str, body: list[tuple[str, int | None]]) -> None:
        w.add("\n")
        s0, _ = w.add(f"{heading}\n")
        for line, role in body:
            b0, b1 = w.add(line + "\n")
            if line.startswith("• "):
                bullets.append(Bullet(line[2:], name, role, b0 + 2, b1))
        sections.append(Section(name, heading, w.text[s0 : w.pos], s0, w.pos))

    if summary:
        section("summary", "Summary", [(summary, None)])
    if roles:
        body: list[tuple[str, int | None]] = []
        for i, r in enumerate(roles):
            dates = r.dates or f"{r.start} – {r.end or 'Present'}"
            body.append((f"{r.title}, {r.organization}, {dates}", None))
            body += [(f"• {b}", i) for b in r.bullets]
            months = _months(r.start, r.end)
            roles_out.append(
                Role(
                    r.title,
                    r.organization,
                    r.start,
                    r.end,
                    r.end is None,
                    dates,
                    months,
                )
            )
        section("experience", "Experience", body)
    if skills:
        section("skills", "Skills", [(", ".join(skills), None)])
    if education:
        section(
            "education",
            "Education",
            [(f"{e.degree}, {e.institution}, {e.year}", None) for e in education],
        )
    if certifications:
        section("certifications", "Certifications", [(c, None) for c in certifications])
    text = w.text
    total = years if years is not None else sum(r.months or 0 for r in roles_out) / 12
    doc = Document(
        source=source,
        format=fmt,
        text=text,
        layout=layout or Layout(words=len(text.split())),
    )
    resume = Resume(
        document=doc,
        sections=tuple(sections),
        contact=Contact(name="Jo Example", email=email, phone=phone),
        headline=headline,
        bullets=tuple(bullets),
        roles=tuple(roles_out),
        education=tuple(education),
        certifications=tuple(certifications),
        years_experience=round(total, 1) if roles_out or years is not None else None,
    )
    return _analyse(resume, text, sections)


def _months(start: str, end: str | None) -> int:
    y0, m0 = (int(x) for x in start.split("-"))
    y1, m1 = (int(x) for x in (end or "2026-11").split("-"))
    return (y1 - y0) * 12 + (m1 - m0)


def build_posting(
    *,
    title: str = "Senior Backend Engineer",
    about: str = "We build tools for clinics.",
    responsibilities: Sequence[str] = (),
    required: Sequence[str] = (),
    preferred: Sequence[str] = (),
    benefits: Sequence[str] = ("Health insurance", "Python books budget"),
    years: float | None = None,
    education: Sequence[str] = (),
    certifications: Sequence[str] = (),
    source: str = "posting.txt",
    organization: str | None = None,
) -> Analysis:
    w = _Writer()
    sections: list[Section] = []
    reqs: list[Requirement] = []
    s0, _ = w.add(f"{title}\n")
    sections.append(Section("title", "", title, s0, w.pos))

    def section(
        name: str, heading: str, lines: Sequence[str], importance: str | None
    ) -> None:
        if not lines:
            return
        w.add("\n")
        a, _ = w.add(f"{heading}\n")
        for line in lines:
            b0, b1 = w.add(f"• {line}\n")
            if importance:
                yrs = re.search(r"(\d+)\+? years", line)
                reqs.append(
                    Requirement(
                        line,
                        name,
                        importance,  # type: ignore[arg-type]
                        float(yrs.group(1)) if yrs else None,
                        b0 + 2,
                        b1,
                    )
                )
        sections.append(Section(name, heading, w.text[a : w.pos], a, w.pos))

    w.add("\n")
    a, _ = w.add(f"About us\n{about}\n")
    sections.append(Section("about", "About us", w.text[a : w.pos], a, w.pos))
    section("responsibilities", "Responsibilities", responsibilities, "mentioned")
    section("requirements", "Requirements", required, "required")
    section("preferred", "Nice to have", preferred, "preferred")
    section("benefits", "Benefits", benefits, None)
    text = w.text
    doc = Document(
        source=source, format="txt", text=text, layout=Layout(words=len(text.split()))
    )
    posting = Posting(
        document=doc,
        title=title,
        organization=organization,
        sections=tuple(sections),
        requirements=tuple(reqs),
        years_required=years,
        education=tuple(education),
        certifications=tuple(certifications),
    )
    return _analyse(posting, text, sections)


def _analyse(
    record: Resume | Posting, text: str, sections: Sequence[Section]
) -> Analysis:
    return Analysis(
        record=record,
        mentions=tuple(with_sections(FakeExtractor().extract(text), sections)),
    )


BACKEND_POSTING = dict(
    title="Senior Backend Engineer",
    responsibilities=["Build Python services on Kubernetes", "Own our CI/CD pipelines"],
    required=[
        "5+ years of Python",
        "Kubernetes and Docker in production",
        "SQL and PostgreSQL",
        "CI/CD",
        "Strong communication",
    ],
    preferred=["Terraform", "AWS"],
    years=5.0,
    education=["bachelor"],
)

BACKEND_ROLES = [
    RoleSpec(
        "Backend Engineer",
        "Acme",
        "2021-03",
        None,
        [
            "Built Python services handling 2M requests a day on Docker",
            "Cut deploy time by 40% with continuous integration on GitHub",
            "Responsible for the PostgreSQL database",
        ],
    ),
    RoleSpec(
        "Software Developer",
        "Initech",
        "2017-01",
        "2021-02",
        [
            "Developed Java and Python tools for billing",
            "Helped with on-call duties",
        ],
    ),
]


def real_extractor() -> tuple[object, object]:
    """The project's extractor and taxonomy: with the trained model when it is
    installed, else the taxonomy matcher alone (so tests run before training)."""
    from gapcheck.extract import Extractor, get_extractor
    from gapcheck.extract.model import model_path
    from gapcheck.extract.taxonomy import load_taxonomy

    taxonomy = load_taxonomy()
    if model_path().exists():
        return get_extractor(), taxonomy
    return Extractor(taxonomy, use_model=False), taxonomy
