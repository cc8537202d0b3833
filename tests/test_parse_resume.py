"""Resume parsing: headings, contact, roles, bullets, education, real files."""

from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gapcheck.errors import GapcheckError
from gapcheck.ingest import read_bytes
from gapcheck.parse import parse_document, parse_file, parse_resume
from gapcheck.parse.contact import find_location, find_phone
from gapcheck.parse.sections import canonical
from gapcheck.records import Document, Resume
from tests.conftest import require_shared

TODAY = date(2024, 6, 1)


def resume(text: str) -> Resume:
    return parse_resume(Document(source="r.txt", format="txt", text=text), today=TODAY)


SAMPLE = """JANE Q. SMITH
Senior Software Engineer
jane.smith@mail.com | +1 (415) 555-0142 | Austin, TX | linkedin.com/in/janeqsmith

PROFESSIONAL SUMMARY
Engineer with 9 years of experience in payments.

WORK EXPERIENCE
Senior Engineer, Acme Corp — Jan 2015 – Present
• Built a fraud pipeline processing 50K transactions per second using Kafka and
Go, reducing fraud by 18%
• Led migration to microservices
Globex Inc | Software Engineer | 05/2012 to 08/2015
- Wrote services in Python.

Data Analyst
Initech, Austin, TX                     2010 - 2012
Built dashboards in Tableau for the sales team every week.

MY JOURNEY
Many things happened.

E D U C A T I O N
UC Berkeley
Bachelor of Science, Computer Science
2010

Certifications & Licenses
• AWS Certified Solutions Architect – Associate, 2021

Technical Skills: Go, Python, Kafka
"""


@pytest.fixture(scope="module")
def sample() -> Resume:
    return resume(SAMPLE)


@pytest.mark.parametrize(
    ("heading", "name"),
    [
        ("Professional Experience", "experience"),
        ("WORK EXPERIENCE", "experience"),
        ("Employment History", "experience"),
        ("Career History:", "experience"),
        ("— EXPERIENCE —", "experience"),
        ("E X P E R I E N C E", "experience"),
        ("Relevant Experience", "experience"),
        ("Professional Summary", "summary"),
        ("Profile", "summary"),
        ("About Me", "summary"),
        ("OBJECTIVE", "summary"),
        ("Summary of Qualifications", "summary"),
        ("Technical Skills", "skills"),
        ("Core Competencies", "skills"),
        ("Skills & Abilities", "skills"),
        ("Education and Training", "education"),
        ("Academic Background", "education"),
        ("Certifications & Licenses", "certifications"),
        ("Licenses", "certifications"),
        ("Honors & Awards", "awards"),
        ("Achievements", "awards"),
        ("Volunteer Experience", "volunteering"),
        ("Community Involvement", "volunteering"),
        ("Publications", "publications"),
        ("Personal Projects", "projects"),
        ("Languages", "languages"),
        ("Hobbies", "interests"),
        ("References", "references"),
        ("Experiance", "experience"),  # a typo an ATS would still take
    ],
)
def test_heading_variants(heading: str, name: str) -> None:
    assert canonical(heading, "resume") == name


@pytest.mark.parametrize(
    "line",
    [
        "Project Manager",
        "Skills Trainer",
        "Built a team of five engineers.",
        "Acme Corp",
        "Massachusetts Institute of Technology",
        "Education Services Group",
    ],
)
def test_not_headings(line: str) -> None:
    assert canonical(line, "resume") is None


@pytest.mark.parametrize(
    ("heading", "name"),
    [
        ("What you'll do", "responsibilities"),
        ("Key Responsibilities", "responsibilities"),
        ("Duties", "responsibilities"),
        ("What we're looking for", "requirements"),
        ("Minimum Qualifications", "requirements"),
        ("Basic Qualifications", "requirements"),
        ("Must have", "requirements"),
        ("Preferred Qualifications", "preferred"),
        ("Nice to have", "preferred"),
        ("Bonus points", "preferred"),
        ("Pluses", "preferred"),
        ("Perks", "benefits"),
        ("What we offer", "benefits"),
        ("About us", "about"),
        ("About the role", "about"),
        ("Qulification:", "requirements"),
        ("Responsibilities –", "responsibilities"),
    ],
)
def test_posting_heading_variants(heading: str, name: str) -> None:
    assert canonical(heading, "posting") == name


def test_sections_and_offsets(sample: Resume) -> None:
    names = [s.name for s in sample.sections]
    assert names == [
        "contact", "summary", "experience", "education", "certifications", "skills",
    ]  # fmt: skip
    for section in sample.sections:
        assert sample.document.text[section.start : section.end] == section.text
    skills = sample.sections[-1]
    assert (skills.heading, skills.text) == ("Technical Skills", "Go, Python, Kafka")
    assert "PROFESSIONAL SUMMARY" not in sample.sections[1].text


def test_contact(sample: Resume) -> None:
    c = sample.contact
    assert c.name == "JANE Q. SMITH"
    assert c.email == "jane.smith@mail.com"
    assert c.phone == "+1 (415) 555-0142"
    assert c.location == "Austin, TX"
    assert c.links == ("linkedin.com/in/janeqsmith",)
    assert sample.headline == "Senior Software Engineer"


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("Call +44 20 7946 0958", "+44 20 7946 0958"),
        ("tel 555-123-4567", "555-123-4567"),
        ("+91-9876543210", "+91-9876543210"),
        ("2015/06 - 2017/01", None),
        ("2019 2020 2021", None),
    ],
)
def test_phones(text: str, phone: str | None) -> None:
    assert find_phone(text) == phone


def test_locations() -> None:
    assert find_location("123 Main St, Springfield, USA") == "Springfield, USA"
    assert find_location("Berlin, Germany") == "Berlin, Germany"
    assert find_location("Python, Java") is None


def test_roles_in_three_shapes(sample: Resume) -> None:
    got = [(r.title, r.organization, r.start, r.end, r.current) for r in sample.roles]
    assert got == [
        ("Senior Engineer", "Acme Corp", "2015-01", None, True),
        ("Software Engineer", "Globex Inc", "2012-05", "2015-08", False),
        ("Data Analyst", "Initech", "2010-01", "2012-12", False),
    ]
    assert sample.roles[0].months == 114
    assert sample.roles[0].dates == "Jan 2015 – Present"


def test_years_experience_is_the_union(sample: Resume) -> None:
    # 2010-01 .. 2024-06 with no gaps: 174 months
    assert sample.years_experience == 14.5
    overlap = resume(
        "EXPERIENCE\nEngineer, A Corp, 2018 - 2020\n\nAnalyst, B Corp, 2019 - 2021\n"
    )
    assert overlap.years_experience == 4.0  # 2018-01 .. 2021-12, not 6 years


def test_bullets_join_wrapped_lines_and_know_their_role(sample: Resume) -> None:
    exp = [b for b in sample.bullets if b.section == "experience"]
    assert exp[0].text.endswith("Kafka and Go, reducing fraud by 18%")
    assert [b.role for b in exp] == [0, 0, 1, 2, 2]
    assert exp[2].text == "Wrote services in Python."
    text = sample.document.text
    assert text[exp[1].start : exp[1].end] == "Led migration to microservices"


def test_education_and_certifications(sample: Resume) -> None:
    (edu,) = sample.education
    assert (edu.level, edu.degree, edu.field, edu.institution, edu.year) == (
        "bachelor", "Bachelor of Science", "Computer Science", "UC Berkeley", "2010",
    )  # fmt: skip
    assert sample.certifications == ("AWS Certified Solutions Architect – Associate",)


def test_unusual_heading_warns(sample: Resume) -> None:
    codes = {w.code: w.message for w in sample.warnings}
    assert "W401" in codes and "MY JOURNEY" in codes["W401"]


def test_title_case_unusual_heading_over_roles_warns() -> None:
    r = resume(
        "Jane Doe\njane@doe.io\n\nSummary\nEngineer for ten years.\n\nMy Journey\n"
        "Senior Engineer, Acme Corp, 2019 - Present\n• Built things\n"
        "Engineer, Initech, 2015 - 2019\n• Built more\n\nEducation\nBS, MIT, 2015\n"
    )
    (notice,) = [w for w in r.warnings if w.code == "W401"]
    assert "'My Journey'" in notice.message and "'Experience'" in notice.message
    # a company over its title and dates is not a heading
    r = resume("EXPERIENCE\nACME CORP\nEngineer  2019 - 2021\n• Did things\n")
    assert not [w for w in r.warnings if w.code == "W401"]


def test_no_headings_warns() -> None:
    r = resume("Jane Doe\njane@x.io\nI did many things for many years.\n")
    assert [w.code for w in r.warnings] == ["W403"]


@pytest.mark.parametrize(
    ("lines", "title", "org"),
    [
        (["Software Engineer", "Acme Corp   Mar 2019 - Jun 2021"],
         "Software Engineer", "Acme Corp"),
        (["Product Designer    2019 – 2021", "Initech LLC, Remote"],
         "Product Designer", "Initech LLC"),
        (["Acme Corp | Data Scientist | Summer 2022"], "Data Scientist", "Acme Corp"),
        (["Nurse at City Hospital, Q3 2020 - present"], "Nurse", "City Hospital"),
        (["June 2020 – Developer, OpenAI, San Francisco, CA", "Present Built it."],
         "Developer", "OpenAI"),
        (["Jan 2020 – Present", "Senior Engineer", "Acme Corp, Boston, MA"],
         "Senior Engineer", "Acme Corp"),
    ],
)  # fmt: skip
def test_role_line_shapes(lines: list[str], title: str, org: str) -> None:
    r = resume("EXPERIENCE\n" + "\n".join(lines) + "\n• Did things with people\n")
    assert [(x.title, x.organization) for x in r.roles] == [(title, org)]
    assert r.roles[0].start is not None


def test_kind_mismatch_is_a_warning_not_a_failure() -> None:
    posting = Document(
        "p.txt", "txt",
        "Data Engineer\n\nAbout us\nWe are looking for a data engineer.\n\n"
        "Responsibilities\n- You will build pipelines\n\nRequirements\n"
        "- 3+ years of Python\n- Must know SQL\n\nBenefits\n- Remote\n",
    )  # fmt: skip
    record = parse_document(posting, "resume")
    assert record.kind == "resume"
    assert record.warnings[0].code == "W402"
    assert parse_document(posting).kind == "posting"


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=600))
def test_never_crashes_on_arbitrary_text(text: str) -> None:
    doc = Document("x.txt", "txt", text)
    for kind in ("resume", "posting", "auto"):
        record = parse_document(doc, kind, today=TODAY)  # type: ignore[arg-type]
        for section in record.sections:
            assert text[section.start : section.end] == section.text


LINE = st.sampled_from([
    "EXPERIENCE", "Education", "Skills:", "• Built things", "- Led a team of 4",
    "Engineer, Acme Corp, Jan 2019 - Present", "2019 – 2021", "Acme | Dev | 2020",
    "jane@x.io | (555) 123-4567", "", "Summer 2022", "B.Sc. Physics, MIT, 2015",
    "Requirements", "3+ years of Python required", "1. First", "   ",
])  # fmt: skip


@settings(max_examples=60, deadline=None)
@given(st.lists(LINE, max_size=25))
def test_never_crashes_on_resume_like_text(lines: list[str]) -> None:
    text = "\n".join(lines)
    r = resume(text)
    for b in r.bullets:
        assert 0 <= b.start <= b.end <= len(text)
        assert b.role is None or 0 <= b.role < len(r.roles)
    assert r.years_experience is None or r.years_experience >= 0


@settings(max_examples=40, deadline=None)
@given(
    st.one_of(
        st.binary(max_size=400),
        st.text(max_size=400).map(lambda t: t.encode("utf-8")),
        st.sampled_from(
            [b"%PDF-1.4\n", b"PK\x03\x04", b'{"title": 1}', b"<html>"]
        ).flatmap(lambda head: st.binary(max_size=200).map(lambda tail: head + tail)),
    ),
    st.sampled_from(["x.txt", "x.pdf", "x.docx", "x.json", "x.html", "x"]),
)
def test_arbitrary_bytes_only_raise_gapcheck_errors(data: bytes, name: str) -> None:
    try:
        doc = read_bytes(data, name)
    except GapcheckError:
        return
    record = parse_document(doc, today=TODAY)
    assert record.kind in ("resume", "posting")


# --- real files (../shared/data) ---------------------------------------------------


def _words(text: str) -> set[str]:
    return set(re.findall(r"[a-z0-9]+", text.lower().replace("-", "")))


def test_templates_head_layouts_read_the_same() -> None:
    """The same resume in four layouts: same section names, same words in each.

    The layouts are not byte-identical sources (the two-column ones drop the
    'Technical Skills:' label and the awards line, add a 'Links' box), so the text of
    each section is compared as a set of words (Jaccard >= 0.8) rather than verbatim;
    a reader that mixed columns would move words between sections and fail this.
    """
    folder = require_shared("resumes", "templates_head")
    parsed = {
        p.name: parse_file(p, "resume", today=TODAY)
        for p in sorted(folder.glob("*.pdf"))
    }
    assert len(parsed) == 4
    base = parsed["single-column.pdf"]
    base_words = {s.name: _words(s.text) for s in base.sections}
    for name, record in parsed.items():
        assert {s.name for s in record.sections} == set(base_words), name
        words: dict[str, set[str]] = {}
        for s in record.sections:
            words.setdefault(s.name, set()).update(_words(s.text))
        for section, expected in base_words.items():
            got = words[section]
            if section == "contact":
                got = _words(
                    " ".join(s.text for s in record.sections if s.name == "contact")
                )
            jaccard = len(expected & got) / len(expected | got)
            assert jaccard >= 0.8, (name, section, jaccard)
        assert record.contact.email == "john.doe@email.com"
        orgs = [r.organization or "" for r in record.roles]
        assert [o.split()[0] for o in orgs if o] == ["Stripe", "Figma", "Notion"], orgs


def test_sb2nov_against_its_tex_source() -> None:
    folder = require_shared("resumes", "sb2nov")
    tex = (folder / "sourabh_bajaj_resume.tex").read_text(encoding="utf-8")
    tex = "\n".join(
        line for line in tex.splitlines() if not line.lstrip().startswith("%")
    )
    sections = re.findall(r"\\section\{([^}]*)\}", tex)
    headers = re.findall(
        r"\\resumeSubheading\s*\{([^}]*)\}\{[^}]*\}\s*\{([^}]*)\}\{([^}]*)\}", tex
    )
    email = re.search(r"mailto:([^}]+)\}", tex)
    assert email and sections and headers
    r = parse_file(folder / "sourabh_bajaj_resume.pdf", "resume", today=TODAY)
    assert isinstance(r, Resume)
    assert [s.heading for s in r.sections if s.heading] == sections
    assert r.contact.email == email.group(1)
    exp_start = tex.index("\\section{Experience}")
    exp_headers = re.findall(
        r"\\resumeSubheading\s*\{([^}]*)\}\{[^}]*\}\s*\{([^}]*)\}", tex[exp_start:]
    )
    exp_headers = exp_headers[: len(exp_headers)]
    assert len(r.roles) == len(exp_headers)
    for role, (org, title) in zip(r.roles, exp_headers, strict=True):
        assert role.title == title
        assert role.organization is not None and role.organization.startswith(org)
        assert role.start is not None


def test_fictional_resumes_have_dated_roles() -> None:
    folder = require_shared("resumes", "fictional_2024")
    files = sorted(folder.glob("*.pdf"))
    assert len(files) == 5
    for path in files:
        r = parse_file(path, today=TODAY)
        assert isinstance(r, Resume), path.name
        assert r.roles, path.name
        for role in r.roles:
            assert role.title and role.start and (role.end or role.current), path.name
        assert r.contact.email and r.contact.name, path.name
        assert r.years_experience and r.years_experience > 0
