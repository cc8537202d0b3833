"""ATS formatting checks, from the layout facts of ingest and what the parser found.

Each issue has a stable code, a severity and a one-line fix. The format component of
the score is ``max(0, 1 - sum(penalties))`` with the penalty set by severity.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from gapcheck.records import FormatIssue, Resume, Severity

PENALTY: dict[str, float] = {"high": 0.35, "medium": 0.15, "low": 0.05}
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
_PHONE = re.compile(r"\+?\(?\d[\d\s().-]{7,}\d")
GOOD_FORMATS = frozenset({"pdf", "docx"})
#: Ingest's notice that a file's extension disagrees with its bytes.
W_MISLABELLED = "W103"
#: Parser notices about headings: W401 unusual heading, W403 no sections recognised.
HEADING_NOTICES = frozenset({"W401", "W403"})
#: Tools whose PDFs are often drawn as shapes and free text boxes.
DESIGN_PRODUCERS = ("canva", "figma", "illustrator", "indesign", "photoshop", "sketch")
_DATE_STYLES: Sequence[tuple[str, re.Pattern[str]]] = (
    ("Month YYYY", re.compile(r"^[A-Za-z]{4,}\.? \d{4}$")),
    ("Mon YYYY", re.compile(r"^[A-Za-z]{3}\.? \d{4}$")),
    ("MM/YYYY", re.compile(r"^\d{1,2}[/.-]\d{4}$")),
    ("YYYY-MM", re.compile(r"^\d{4}[/.-]\d{1,2}$")),
    ("YYYY", re.compile(r"^\d{4}$")),
)


def _issue(code: str, severity: Severity, message: str, fix: str) -> FormatIssue:
    return FormatIssue(code, severity, message, fix, PENALTY[severity])


def date_style(dates: str) -> str | None:
    """The style of the first date in a role's dates as written ("Jan 2020 – ...")."""
    first = re.split(r"\s*(?:[–—-]|\bto\b|\buntil\b)\s*", dates.strip(), maxsplit=1)[0]
    first = first.strip(" ,()")
    for name, pattern in _DATE_STYLES:
        if pattern.match(first):
            return name
    return None


def format_issues(resume: Resume) -> tuple[FormatIssue, ...]:
    doc = resume.document
    layout = doc.layout
    out: list[FormatIssue] = []
    if layout.columns > 1:
        out.append(
            _issue(
                "F101",
                "high",
                f"{layout.columns} columns side by side"
                + (
                    f" on {layout.multi_column_pages} page(s)"
                    if layout.multi_column_pages
                    else ""
                )
                + ": many ATS read across columns and mix up sections",
                "Use one column; put skills and contact details in the main flow",
            )
        )
    if layout.tables:
        out.append(
            _issue(
                "F102",
                "medium",
                f"{layout.tables} table(s): some ATS skip or scramble tables",
                "Replace tables with plain lines and bullets",
            )
        )
    band = " ".join(layout.header_footer_text)
    if band.strip():
        has_contact = bool(_EMAIL.search(band) or _PHONE.search(band))
        out.append(
            _issue(
                "F103",
                "high" if has_contact else "low",
                "contact details are in the page header/footer, which many ATS ignore"
                if has_contact
                else "text in the page header/footer, which many ATS ignore",
                "Move everything from the header/footer into the body of the page",
            )
        )
    if layout.icon_glyphs:
        out.append(
            _issue(
                "F104",
                "medium",
                f"{layout.icon_glyphs} icon glyph(s) (icon fonts), often next to "
                "contact details: an ATS reads them as junk or drops the line",
                "Replace icons with words: 'Email:', 'Phone:', 'LinkedIn:'",
            )
        )
    if layout.images:
        out.append(
            _issue(
                "F105",
                "low",
                f"{layout.images} image(s): an ATS reads no text in images",
                "Keep no information only in images (logos, skill bars, photos)",
            )
        )
    if layout.text_boxes:
        out.append(
            _issue(
                "F106",
                "high",
                f"{layout.text_boxes} text box(es): many ATS skip text boxes",
                "Move text out of text boxes into ordinary paragraphs",
            )
        )
    heading_notes = [
        w
        for w in resume.warnings
        if w.code in HEADING_NOTICES or "heading" in w.message.lower()
    ]
    names = {s.name for s in resume.sections}
    if heading_notes or (resume.sections and "experience" not in names):
        detail = heading_notes[0].message if heading_notes else "no Experience heading"
        out.append(
            _issue(
                "F107",
                "medium",
                f"unusual section headings ({detail})",
                "Use standard headings: Summary, Experience, Education, Skills",
            )
        )
    if not resume.contact.email:
        out.append(
            _issue(
                "F108",
                "high",
                "no email address found in the text",
                "Write your email address as plain text near your name",
            )
        )
    if not resume.contact.phone:
        out.append(
            _issue(
                "F109",
                "medium",
                "no phone number found in the text",
                "Write your phone number as plain text near your name",
            )
        )
    mislabelled = next((w for w in doc.warnings if w.code == W_MISLABELLED), None)
    if mislabelled is not None:
        out.append(
            _issue(
                "F115",
                "high",
                f"the file's name lies about its type ({mislabelled.message}): an "
                "ATS trusts the extension and rejects or garbles such a file",
                "Export the resume as a real .pdf or .docx (or give it the extension "
                "of its real type)",
            )
        )
    if doc.format not in GOOD_FORMATS:
        out.append(
            _issue(
                "F110",
                "low",
                f"file type .{doc.format}: ATS portals expect .docx or .pdf",
                "Upload a .docx or a text-based .pdf",
            )
        )
    producer = (layout.producer or "").lower()
    if any(p in producer for p in DESIGN_PRODUCERS):
        out.append(
            _issue(
                "F111",
                "low",
                f"made with {layout.producer}: design tools often write text "
                "as shapes and free-floating boxes",
                "Export from a word processor, or check the text with `gapcheck parse`",
            )
        )
    out += _length_issues(resume)
    styles = {s for r in resume.roles if r.dates and (s := date_style(r.dates))}
    if len(styles) > 1:
        out.append(
            _issue(
                "F114",
                "low",
                f"dates written in {len(styles)} styles ({', '.join(sorted(styles))})",
                "Write every date the same way, e.g. 'Jan 2020 – Mar 2023'",
            )
        )
    return tuple(out)


def _length_issues(resume: Resume) -> list[FormatIssue]:
    layout = resume.document.layout
    words = layout.words or len(resume.document.text.split())
    years = resume.years_experience or 0.0
    pages = (
        layout.pages if resume.document.format in GOOD_FORMATS else max(1, words // 550)
    )
    out = []
    if words < 200:
        out.append(
            _issue(
                "F112",
                "medium",
                f"only {words} words: too little for an ATS to match on",
                "Describe each role with 3–6 bullets naming the tools and results",
            )
        )
    elif (pages > 2 and years < 10) or pages > 3:
        out.append(
            _issue(
                "F113",
                "low",
                f"{pages} pages for {years:g} years of experience",
                "Keep to 1 page under 5 years of experience and 2 pages under 10",
            )
        )
    return out


def format_score(issues: Sequence[FormatIssue]) -> float:
    return max(0.0, 1.0 - sum(i.penalty for i in issues))
