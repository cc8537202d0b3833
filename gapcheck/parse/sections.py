"""Lines, headings and sections of a normalized document.

A heading is a short line (1-5 words, no sentence punctuation) that names a section,
in any case, possibly decorated ("— EXPERIENCE —", "Skills:") or letter-spaced
("E X P E R I E N C E"). Known headings and their common variants map to the canonical
names of :data:`gapcheck.records.RESUME_SECTIONS` / :data:`POSTING_SECTIONS`. The
tests of a single line live in :mod:`gapcheck.parse.heading_line`; this module
splits a document into lines and cuts it into sections at them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from gapcheck.parse.bullets import is_bullet
from gapcheck.parse.heading_line import (
    DECORATION,
    Kind,
    canonical,
    heading_key,
    inline_heading,
    is_field,
    is_shouted,
    looks_like_heading,
    within_preferred,
)
from gapcheck.parse.headings import (
    HEADING_TABLES,
    ORG_WORDS,
    word_set,
)
from gapcheck.parse.posting_headings import (
    list_sub_heading,
    statement_opener,
)
from gapcheck.records import Section


def section_at(sections: Iterable[Section], offset: int) -> str | None:
    """Name of the section holding character ``offset`` (None outside every one)."""
    for section in sections:
        if section.start <= offset < section.end:
            return section.name
    return None


@dataclass(frozen=True)
class Line:
    """One line of ``Document.text``; ``text`` is stripped, offsets point at it."""

    index: int
    text: str
    start: int
    end: int

    @property
    def blank(self) -> bool:
        return not self.text


def split_lines(text: str) -> list[Line]:
    lines = []
    offset = 0
    for index, raw in enumerate(text.split("\n")):
        stripped = raw.strip()
        lead = len(raw) - len(raw.lstrip())
        start = offset + lead if stripped else offset
        lines.append(Line(index, stripped, start, start + len(stripped)))
        offset += len(raw) + 1
    return lines


@dataclass(frozen=True)
class HeadingHit:
    line: Line
    name: str
    heading: str
    body_start: int  # offset where the section's text starts


def find_headings(
    lines: list[Line], kind: Kind, *, skip: Iterable[int] = ()
) -> list[HeadingHit]:
    hits: list[HeadingHit] = []
    current: str | None = None
    resume: str | None = None  # the section a posting's field line interrupted
    wait = 0  # content lines still to go before ``resume`` is restored
    listing = 0  # 1: a lead-in line opened a list; 2: its list has begun
    listed = 0  # lines of a benefits or notes list seen since its heading
    skipped = set(skip)
    for pos, line in enumerate(lines):
        if line.blank or line.index in skipped:
            continue
        if listing and kind == "posting":
            if is_bullet(line.text):
                listing = 2
            elif (
                listing == 2
                and canonical(line.text, kind) is None
                and not (current in _LISTS_END and list_sub_heading(lines, pos))
            ):
                # the prose after a lead-in's list ("...benefits including:") is the
                # posting's body again; a benefits list's sub-heading is not
                hits.append(HeadingHit(line, "about", "", line.start))
                current, listing = "about", 0
        if kind == "posting" and current in _LISTS_END:
            if listed >= 2 and canonical(line.text, kind) is None and _prose(line.text):
                # "BENEFITS:" over short lines, then "You will be registered with
                # the NMC...": the list has ended, the body of the posting goes on
                hits.append(HeadingHit(line, "about", "", line.start))
                current, listed = "about", 0
            elif not _prose(line.text):
                listed += 1
        name = canonical(line.text, kind)
        if kind == "resume" and current in _LABELLED_IN and line.text[:1].islower():
            name = None  # "projects:" inside a role is a label, not a heading
        if name is not None and kind == "resume" and _name_goes_on(lines, pos):
            name = None
        if kind == "posting" and name == "requirements" and current == "preferred":
            name = within_preferred(line.text)
        if kind == "posting" and name is None and current not in (None, "title"):
            opens = statement_opener(line.text)
            if opens is not None and opens != current:
                # an equal-opportunity statement or an invitation to apply: its own
                # section, and the line after it goes back to the one it interrupted
                hits.append(HeadingHit(line, opens, "", line.start))
                resume, current = current, opens
                continue
        if name is not None and _standalone(lines, pos):
            lead = kind == "posting" and not looks_like_heading(line.text)
            listing = 1 if lead else 0
            hits.append(HeadingHit(line, name, line.text, _next_start(lines, pos)))
            listed = 0
            if kind == "posting" and is_field(heading_key(line.text)):
                # "LOCATION:" above one line of place: that line, then the body
                # of the posting again (a form of such fields ends no section)
                resume, wait = "about", 1
            else:
                resume = None
            current = name
            continue
        if wait:
            wait -= 1
            continue
        found = inline_heading(line.text, kind)
        field = (
            found is not None and kind == "posting" and is_field(heading_key(found[1]))
        )
        if resume is not None and not field:  # the line after a posting's field line
            hits.append(HeadingHit(line, resume, "", line.start))
            current, resume = resume, None
        if (
            found
            and (found[0] != current or field)
            and not (kind == "resume" and _row_of(current, found, line.text))
        ):
            name, head, at = found
            hits.append(HeadingHit(line, name, head, line.start + at))
            if field:  # "Salary: Band 7 ..." is one fact, not the heading of the rest
                resume = resume or current or "about"
            elif kind == "posting" and _amid_list(lines, pos, current, name):
                resume = current  # "Nice to have: Go, Rust" between a list's bullets
            elif kind == "posting" and name == "contact" and _prose(line.text[at:]):
                # "To apply: please email your resume to ... and indicate ..." is one
                # instruction, not the heading of the rest (round 13)
                resume = current or "about"
            current, listed = name, (listed if field else 0)
    return hits


def _amid_list(lines: list[Line], pos: int, current: str | None, name: str) -> bool:
    """An inline "Nice to have: Go, Rust" (or "Required: ...") line between two
    bullets of a requirements list is one line of it: the list goes on after it."""
    asks = {"requirements", "preferred"}
    if current not in asks or name not in asks or name == current:
        return False
    before = next((ln for ln in reversed(lines[:pos]) if not ln.blank), None)
    after = next((ln for ln in lines[pos + 1 :] if not ln.blank), None)
    return bool(before and after and is_bullet(before.text) and is_bullet(after.text))


#: Posting sections that hold a list (benefits, job details) and end where the
#: posting's prose resumes after it.
_LISTS_END = frozenset({"benefits", "other"})


def _prose(text: str) -> bool:
    """A line of the posting's prose: a sentence of 12 words or more, not a bullet."""
    return (
        not is_bullet(text)
        and len(text.split()) >= 12
        and re.search(r"[.!?]$", text.rstrip()) is not None
    )


#: Resume sections whose lines are often labelled ("Achievements: ...",
#: "Technologies: Python, Django"): such a row is part of the section.
_LABELLED_IN = frozenset({"experience", "projects", "volunteering"})
SPOKEN_LANGUAGES = word_set(
    "english spanish french german italian portuguese dutch russian polish ukrainian "
    "chinese mandarin cantonese japanese korean hindi urdu bengali punjabi tamil "
    "telugu marathi gujarati arabic hebrew turkish persian farsi greek swedish "
    "norwegian danish finnish czech slovak hungarian romanian bulgarian serbian "
    "croatian vietnamese thai indonesian malay tagalog filipino swahili afrikaans "
    "catalan basque irish welsh latin sign asl bsl"
)


def _row_of(current: str | None, found: tuple[str, str, int], text: str) -> bool:
    """Does a resume's inline "Label: value" row stay in the current section? Rows
    of an experience or projects section do; so does "Languages: Python, Go, C++"
    in a skills list (programming languages, not spoken ones)."""
    name, _, at = found
    if current in _LABELLED_IN:
        return True
    if current == "skills" and name == "languages":
        items = [w.strip(" .").lower() for w in re.split(r"[,;/|]", text[at:])]
        items = [w.split()[0] for w in items if w]
        spoken = sum(1 for w in items if w in SPOKEN_LANGUAGES)
        return spoken * 2 < len(items)
    if current == "skills" and name != "languages":
        # "Open Source: Rocky Linux Infra Lead, Fedora / EPEL Contributor, Release
        # Engineering": a list of three items or more is a skills row
        items = [w.strip() for w in text[at:].split(",")]
        return (
            len(items) >= 3
            and all(0 < len(w.split()) <= 5 for w in items)
            and not re.search(r"[.!?]$", text.rstrip())
        )
    return False


def _standalone(lines: list[Line], pos: int) -> bool:
    """A heading candidate in the middle of a wrapped sentence is not a heading."""
    prev = lines[pos - 1] if pos else None
    if prev is None or prev.blank:
        return True
    return not re.search(  # a name's small word of other languages too ("für")
        r"[,(&]$|\b(?:and|or|of|the|in|with|to|for|a|de|di|du|des|del|della|der|"
        r"da|dos|das|din|van|degli|f[üu]r)$",
        prev.text,
    )


def _name_goes_on(lines: list[Line], pos: int) -> bool:
    """A heading found by its keyword alone ("American Language") whose next line,
    with no blank between, opens with a name's word ("Institute & Study Abroad"):
    a name wrapped in a narrow column, not a heading. A heading of the tables
    ("Languages") stays one."""
    nxt = lines[pos + 1] if pos + 1 < len(lines) else None
    if nxt is None or nxt.blank or not nxt.text.split():
        return False
    if heading_key(lines[pos].text) in HEADING_TABLES["resume"]:
        return False
    first = nxt.text.split()[0]
    return first[:1].isupper() and first.lower().strip(".,") in ORG_WORDS


def _next_start(lines: list[Line], pos: int) -> int:
    for line in lines[pos + 1 :]:
        if not line.blank:
            return line.start
    return lines[pos].end


def split_sections(
    text: str,
    lines: list[Line],
    kind: Kind,
    *,
    lead_name: str = "contact",
    skip: Iterable[int] = (),
) -> list[Section]:
    """Cut the document at its headings (lines in ``skip`` are never headings). Text
    before the first heading is the ``lead_name`` section (the contact block of a
    resume) with heading ""."""
    hits = find_headings(lines, kind, skip=skip)
    sections: list[Section] = []
    first_line = hits[0].line.start if hits else len(text)
    lead = text[:first_line].strip()
    if lead:
        start = text.index(lead)
        sections.append(Section(lead_name, "", lead, start, start + len(lead)))
    for i, hit in enumerate(hits):
        stop = hits[i + 1].line.start if i + 1 < len(hits) else len(text)
        start = min(hit.body_start, stop)
        body = text[start:stop]
        stripped = body.rstrip()
        lead_ws = len(stripped) - len(stripped.lstrip())
        start += lead_ws
        sections.append(
            Section(
                hit.name,
                hit.heading,
                text[start : start + len(stripped) - lead_ws],
                start,
                start + len(stripped) - lead_ws,
            )
        )
    return sections


def section_lines(lines: list[Line], section: Section) -> list[Line]:
    """The lines of a section, the first one clipped when the section's text starts
    inside it (an inline heading such as "Skills: Python, Go")."""
    out = []
    for ln in lines:
        if ln.blank:
            if section.start < ln.start < section.end:
                out.append(ln)
            continue
        if ln.end <= section.start or ln.start >= section.end:
            continue
        if ln.start < section.start:
            ln = Line(
                ln.index, ln.text[section.start - ln.start :], section.start, ln.end
            )
        out.append(ln)
    return out


def unknown_headings(lines: Iterable[Line], kind: Kind, known: set[int]) -> list[Line]:
    """ALL CAPS heading-like lines that are not known headings (or their lines)."""
    out = []
    all_lines = list(lines)
    for pos, line in enumerate(all_lines):
        if line.blank or line.index in known or not looks_like_heading(line.text):
            continue
        if not is_shouted(line.text) and not line.text.rstrip().endswith(":"):
            continue
        if len(line.text.strip(DECORATION)) <= 4:
            continue  # "USA", "AWS": acronyms, not headings
        nxt = next((ln for ln in all_lines[pos + 1 :] if not ln.blank), None)
        if nxt is None:
            continue
        out.append(line)
    return out
