"""Document -> Resume: sections, contact, bullets, roles, education, certifications."""

from __future__ import annotations

import dataclasses
import re
from datetime import date

from gapcheck.parse.contact import (
    EMAIL_RE,
    find_location,
    find_phone,
    parse_contact,
    place_line,
    wrapped_place,
)
from gapcheck.parse.dates import find_span, union_months
from gapcheck.parse.degrees import find_certifications
from gapcheck.parse.education import find_education
from gapcheck.parse.headings import ORG_WORDS, TITLE_WORDS
from gapcheck.parse.headline import find_headline
from gapcheck.parse.lines import Item, items, wrap_width
from gapcheck.parse.name_block import find_name_block
from gapcheck.parse.parts import split_parts
from gapcheck.parse.role_lines import join_dangling
from gapcheck.parse.roles import (
    RoleHit,
    find_roles,
)
from gapcheck.parse.sections import (
    Line,
    canonical,
    is_shouted,
    looks_like_heading,
    section_lines,
    split_lines,
    split_sections,
    unknown_headings,
)
from gapcheck.records import Bullet, Document, Education, Notice, Resume, Role, Section

ROLE_SECTIONS = ("experience", "volunteering")
#: Sections whose unmarked lines are achievements, one per line or paragraph.
PROSE_SECTIONS = ("experience", "projects", "volunteering")

#: Sections where dated roles turn up under a heading that is not "Experience"
#: ("HIGHLIGHTS", a summary whose "Experience" heading was lost).
STRAY_ROLE_SECTIONS = ("summary", "skills", "awards", "other")

W_UNUSUAL_HEADING = "W401"
W_NO_SECTIONS = "W403"
W_NO_DATED_ROLES = "W404"


def parse_resume(doc: Document, *, today: date | None = None) -> Resume:
    """Parse a resume. ``today`` fixes the end of current roles (tests)."""
    text = repair_wrapped_ranges(repair_dashes(doc.text))
    lines = split_lines(text)
    sections = split_sections(text, lines, "resume", lead_name="contact")
    if text != doc.text:  # a section's text is the document's, as written
        sections = [
            dataclasses.replace(s, text=doc.text[s.start : s.end]) for s in sections
        ]
    width = wrap_width(lines)

    header = next((s for s in sections if s.name == "contact"), None)
    header_lines = section_lines(lines, header) if header else lines[:10]
    contact, name_pos = parse_contact(header_lines, text)
    headline = find_headline(header_lines, name_pos, contact.name)
    head_text = "\n".join(ln.text for ln in header_lines)
    if contact.location is None or contact.location not in head_text:
        # a "Contact" heading's own section after the lead (a table's cell under
        # the name, a sidebar read after the main column): a place alone on one of
        # its lines, rather than one found in the lines of a role
        more = [
            ln
            for s in sections
            if s.name == "contact" and s is not header
            for ln in section_lines(lines, s)
        ]
        place = next(
            (
                p
                for ln in more
                if (p := place_line(ln.text) or find_location(ln.text, codes=True))
            ),
            None,
        )
        if place is not None:
            contact = dataclasses.replace(contact, location=place)
    if contact.location is not None:
        place = wrapped_place(contact.location, text)
        contact = dataclasses.replace(contact, location=place)
    skip_lines: set[int] = set()  # the name block of a sidebar layout
    block = None if contact.name else find_name_block(lines)
    if block is not None and (
        contact.email
        or contact.phone
        or contact.links
        or any(s.name == "contact" and s.heading for s in sections)
    ):
        # the resume's own details, or a "Contact" heading (a sidebar whose owner
        # gives only a town, or nothing), make the block its owner's name; an
        # anonymised resume with neither gets none
        contact = dataclasses.replace(contact, name=block[0])
        headline, skip_lines = headline or block[1], block[2]

    roles: list[Role] = []
    role_hits: list[RoleHit] = []
    bullets: list[Bullet] = []
    education: list[Education] = []
    certs: list[str] = []
    for section in sections:
        if section.name == "contact":
            continue
        raw_lines = [
            ln for ln in section_lines(lines, section) if ln.index not in skip_lines
        ]
        sec_lines = join_dangling(raw_lines)
        if section.name in PROSE_SECTIONS:
            hits = find_roles(sec_lines, section.name, today)
            if (
                section.name == "projects"
                and _after_experience(sections, section)
                and _same_shape(hits, role_hits)
            ):
                # "Projects:" / "RELEVANT COURSE PROJECTS" opened inside the
                # experience section, over more dated jobs: they are experience
                hits = _stray_roles(hits, org=True) or hits
        elif section.name in STRAY_ROLE_SECTIONS:
            hits = _stray_roles(find_roles(sec_lines, section.name, today))
        else:
            hits = []
        if section.name not in ROLE_SECTIONS and not (
            hits and hits[0].role.section == "experience"
        ):  # project headers are not roles
            skip_only, hits = hits, []
        else:
            skip_only = []
        offset = len(roles)
        roles.extend(h.role for h in hits)
        role_hits.extend(hits)
        header_idx = frozenset(i for h in [*hits, *skip_only] for i in h.lines)
        found = items(
            sec_lines,
            doc,
            width=width,
            skip=header_idx,
            plain=section.name in PROSE_SECTIONS,
        )
        if section.name in PROSE_SECTIONS:
            found = [it for it in found if it.marked or _achievement(it.text)]
        for item in found:
            role = _role_of(item, hits, offset)
            bullets.append(Bullet(item.text, section.name, role, item.start, item.end))
        if section.name == "education":
            education.extend(find_education(sec_lines, raw=raw_lines))
        elif section.name == "certifications":
            certs.extend(_cert_lines(sec_lines, found, doc, width))
        else:
            certs.extend(find_certifications(section.text, known=False))

    months = union_months(
        [(r.start, r.end, r.current) for r in roles if r.section == "experience"], today
    )
    dated = any(r.start for r in roles if r.section == "experience")
    warnings = _warnings(lines, sections, role_hits, header_lines)
    return Resume(
        document=doc,
        sections=tuple(sections),
        contact=contact,
        headline=headline,
        bullets=tuple(bullets),
        roles=tuple(roles),
        education=tuple(education),
        certifications=tuple(dict.fromkeys(c for c in certs if c)),
        years_experience=round(months / 12, 1) if dated else None,
        warnings=tuple(warnings),
    )


#: Dashes of UTF-8 text decoded as Windows-1252 by an HTML exporter: an en or em
#: dash ("Company Name â€“ City") or a full-width hyphen ("Company Name ï¼ City").
_MOJIBAKE_DASH = re.compile('â€[\u201c\u201d\u0093\u0094"]|ï¼[\u200b\x8d]?')
#: A no-break space or a Latin-1 sign decoded the same way ("assigned.Â",
#: "Â· Answered calls"): the stray "Â" goes.
_MOJIBAKE_SPACE = re.compile("Â(?=[\\s\u00a0-\u00bf]|$)", re.MULTILINE)


def repair_dashes(text: str) -> str:
    """Mis-decoded dashes made " – " again and no-break spaces a space, padded to
    their length so that offsets into the document's text stay right."""
    text = _MOJIBAKE_SPACE.sub(" ", text)
    return _MOJIBAKE_DASH.sub(lambda m: " –" + " " * (len(m.group(0)) - 2), text)


_DATE = (
    r"(?:(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?|"
    r"\d{1,2}/)\s?)?(?:19|20)\d\d"
)
#: A line ending in the open start of a date range ("... NYU Tandon 2023 –").
#: The end's month may have stayed on the first line ("Jan 2005 – Jul" over
#: "...⇥2012"): its year is then the next line's last field.
_OPEN_RANGE = re.compile(
    rf"(?<![\w/])(?P<start>{_DATE})\s*(?P<dash>[–—-]|to)"
    r"(?:\s+(?P<month>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?))?$"
)
#: The next line's last field, after a tab: the range's end ("...\t2025").
_RANGE_END = re.compile(rf"\t(?P<end>{_DATE}|[Pp]resent|[Cc]urrent|[Nn]ow)$")


def repair_wrapped_ranges(text: str) -> str:
    """A right-aligned date cell wrapped beside a wrapped left cell ("Master of
    Science, NYU Tandon 2023 –" over "School of Engineering⇥2025") is read row by
    row; the range goes whole to the second line's end ("NYU Tandon" over "School of
    Engineering⇥2023 – 2025"). The two lines keep their joint length (padded with
    spaces), so offsets into the document's text after them stay right."""
    if "\t" not in text:
        return text
    lines = text.split("\n")
    for n in range(len(lines) - 1):
        first, second = lines[n].rstrip(), lines[n + 1].rstrip()
        opened, closed = _OPEN_RANGE.search(first), _RANGE_END.search(second)
        if opened is None or closed is None:
            continue
        if opened["month"] and not re.fullmatch(r"(?:19|20)\d\d", closed["end"]):
            continue  # "– Jul" over "...⇥2012" only: the month's year
        left = first[: opened.start()].rstrip(" \t")
        if not left or not second[: closed.start()].strip():
            continue
        end = f"{opened['month']} {closed['end']}" if opened["month"] else closed["end"]
        span = f"{opened['start']} {opened['dash']} {end}"
        moved = f"{second[: closed.start()]}\t{span}"
        pad = len(lines[n]) + len(lines[n + 1]) - len(left) - len(moved)
        if pad >= 0:
            lines[n], lines[n + 1] = left, moved + " " * pad
    return "\n".join(lines)


def _stray_roles(hits: list[RoleHit], *, org: bool = False) -> list[RoleHit]:
    """Roles outside an experience section count when there are at least two with a
    job title and a date range (and, with ``org``, an organisation): they are then
    experience."""
    real = [
        h
        for h in hits
        if h.role.start
        and re.search(r"(?i)[-–—]|\bto\b|\bsince\b", h.role.dates)
        and h.role.title
        and TITLE_WORDS & {w.lower().strip(",.()") for w in h.role.title.split()}
        and (h.role.organization or not org)
    ]
    if len(real) < 2:
        return []
    return [
        dataclasses.replace(h, role=dataclasses.replace(h.role, section="experience"))
        for h in real
    ]


def _after_experience(sections: list[Section], section: Section) -> bool:
    """Whether ``section`` comes right after an experience section."""
    at = sections.index(section)
    return at > 0 and sections[at - 1].name == "experience"


def _same_shape(hits: list[RoleHit], before: list[RoleHit]) -> bool:
    """Whether ``hits`` have headers of as many lines as the jobs before them (jobs
    go on under a "Projects" heading), not one-line project headers under
    three-line job headers ("Exteractive – Full Stack Developer (Jul 2020 –
    Present)" after "Unity Developer" / "UCSD Qualcomm Institute" / "10/2018 -
    Present")."""
    jobs = [len(h.lines) for h in before if h.role.section == "experience"]
    if not jobs or not hits:
        return True
    usual = max(set(jobs), key=jobs.count)
    return any(len(h.lines) == usual for h in hits)


def _achievement(text: str) -> bool:
    """An unmarked line in an experience section that reads as an achievement (not a
    project name, a location or a one-word label)."""
    return len(text.split()) >= 5 or text.endswith(".")


def _role_of(item: Item, hits: list[RoleHit], offset: int) -> int | None:
    role = None
    for n, hit in enumerate(hits):
        if min(hit.lines) <= item.first_line:
            role = offset + n
    return role


def _cert_lines(
    lines: list[Line], found: list[Item], doc: Document, width: int
) -> list[str]:
    """Each bullet or line of a certifications section, without trailing dates."""
    entries = [it.text for it in found] or [ln.text for ln in lines if ln.text]
    out = []
    for entry in entries:
        span = find_span(entry)
        if span and span.finish >= len(entry.rstrip(" .)")) - 1:
            entry = entry[: span.begin]
        out.append(entry.strip(" ,;:-–—|("))
    return out


def _warnings(
    lines: list[Line],
    sections: list[Section],
    role_hits: list[RoleHit],
    header_lines: list[Line],
) -> list[Notice]:
    notices: list[Notice] = []
    named = [s for s in sections if s.name != "contact"]
    if not named:
        notices.append(Notice(
            W_NO_SECTIONS,
            "no section heading an ATS recognises was found; use headings such as "
            "'Experience', 'Education' and 'Skills'",
        ))  # fmt: skip
    role_lines = {  # header lines that gave the role its title or organisation
        i
        for h in role_hits
        for i in h.lines
        if i == h.anchor
        or lines[i].text.strip(" :") in f"{h.role.title} {h.role.organization}"
    }
    heading_lines = {
        ln.index for ln in lines if ln.text and canonical(ln.text, "resume")
    }
    skip = role_lines | heading_lines | _header_part(header_lines)
    candidates = unknown_headings(lines, "resume", skip)
    candidates += _plain_headings(lines, sections, skip | {c.index for c in candidates})
    for line in sorted(candidates, key=lambda ln: ln.index):
        if TITLE_WORDS.intersection(w.lower() for w in line.text.split()):
            continue
        nxt = next((ln for ln in lines[line.index + 1 :] if ln.text), None)
        span = find_span(nxt.text, single=False) if nxt is not None else None
        if nxt is not None and span is not None:
            rest = nxt.text[: span.begin] + "  " + nxt.text[span.finish :]
            if len(split_parts(rest)) < 2:
                continue  # an organisation over its title and dates
        owner = _section_at(sections, line.start)
        if owner != "contact" and line.text.endswith(":") and not is_shouted(line.text):
            continue  # "Project Management:" labelling items of a section
        notices.append(Notice(
            W_UNUSUAL_HEADING,
            f"section heading '{line.text.strip(' :')}' is not one an ATS recognises "
            f"(its text is read as part of '{owner}'); use "
            f"'{_suggest(lines, line)}'",
        ))  # fmt: skip
    experience = [s for s in sections if s.name == "experience"]
    if experience and not any(h.role.section == "experience" for h in role_hits):
        notices.append(Notice(
            W_NO_DATED_ROLES,
            "no dated roles found in the experience section; write each role as "
            "'Title, Company, Mon YYYY – Mon YYYY'",
        ))  # fmt: skip
    return notices


def _plain_headings(
    lines: list[Line], sections: list[Section], skip: set[int]
) -> list[Line]:
    """Title Case lines standing alone ("My Journey") over dated roles, outside the
    sections where such lines are company or project names."""
    out = []
    for line in lines:
        if line.blank or line.index in skip or not looks_like_heading(line.text):
            continue
        words = line.text.strip(" :").split()
        if not all(
            w[0].isupper() or w in {"&", "and", "of", "my", "the"} for w in words
        ):
            continue
        if (TITLE_WORDS | ORG_WORDS) & {w.lower() for w in words}:
            continue
        before = lines[line.index - 1] if line.index else None
        if before is not None and not before.blank:
            continue
        if _section_at(sections, line.start) in (
            *PROSE_SECTIONS,
            "education",
            "awards",
        ):
            continue
        below = []
        for ln in lines[line.index + 1 : line.index + 40]:
            if ln.text and canonical(ln.text, "resume"):
                break
            below.append(ln)
        dated = sum(1 for ln in below if ln.text and find_span(ln.text, single=False))
        if dated >= 2 and below and below[0].text:
            out.append(line)
    return out


def _header_part(header_lines: list[Line]) -> set[int]:
    """Header lines up to the last one with contact details: the name and headline
    are often in capitals and are not headings."""
    last = -1
    for pos, line in enumerate(header_lines):
        if (
            EMAIL_RE.search(line.text)
            or find_phone(line.text)
            or "linkedin" in line.text
        ):
            last = pos
    if last < 0:
        last = min(len(header_lines), 3) - 1
    return {ln.index for ln in header_lines[: last + 1]}


def _section_at(sections: list[Section], offset: int) -> str:
    owner = "contact"
    for section in sections:
        if section.start <= offset:
            owner = section.name
    return owner


def _suggest(lines: list[Line], heading: Line) -> str:
    """Guess the standard heading from the text under an unusual one."""
    below = []
    for line in lines[heading.index + 1 : heading.index + 15]:
        if line.text and looks_like_heading(line.text) and line.text.isupper():
            break
        below.append(line.text)
    text = "\n".join(below)
    if sum(1 for ln in below if find_span(ln, single=False)) >= 1:
        return "Experience"
    if re.search(r"(?i)\b(?:university|college|bachelor|master|degree|school)\b", text):
        return "Education"
    if text.count(",") >= 3 and text.count(".") <= 1:
        return "Skills"
    return "Experience, Education, Skills or another standard heading"
