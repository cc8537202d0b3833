"""Roles (title, organisation, dates) in experience sections, and education entries.

A role is anchored on a line with a date or date range that is not a bullet. Its
title and organisation come from the rest of that line and from up to two short
lines right above it (or the block just above, when the dates stand alone), or the
line right below when the dates sit on the title line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from gapcheck.parse.contact import US_STATES, _is_country, find_location
from gapcheck.parse.dates import DATE_RE, DateSpan, dangling_range, find_span
from gapcheck.parse.degrees import degree_match
from gapcheck.parse.lines import blocks
from gapcheck.parse.sections import (
    ORG_WORDS,
    TITLE_WORDS,
    Line,
    is_bullet,
    strip_bullet,
)
from gapcheck.records import Education, Role

INSTITUTION_RE = re.compile(
    r"\b(?:university|universit[äa]t|universidad|college|institute|school|academy|"
    r"polytechnic|univ\.?|iit|mit|ucla|nyu|conservatory|seminary)\b",
    re.IGNORECASE,
)
_SPLIT = re.compile(r"\s+[|·•—–]\s+|\s+-\s+|\s*\|\s*|[,;]\s+|\s+at\s+|\s+@\s+|\s{2,}")
_SUFFIX = re.compile(r"^(?:inc|llc|ltd|corp|co|plc|gmbh|pvt|llp|s\.?a|ag)\.?$", re.I)
_PLACE_WORDS = frozenset({"remote", "hybrid", "on-site", "onsite", "worldwide"})
_YEAR_RE = re.compile(r"\b(?:19[5-9]\d|20[0-4]\d)\b")


@dataclass(frozen=True)
class RoleHit:
    role: Role
    lines: frozenset[int]  # Line.index of the header lines
    anchor: int  # Line.index of the dates line


def _words(text: str) -> set[str]:
    return {w.lower().strip(".,()") for w in text.split()}


def split_parts(text: str) -> list[str]:
    parts: list[str] = []
    for raw in _SPLIT.split(strip_bullet(text)):
        part = raw.strip(" ,;:|-–—")
        if not part:
            continue
        if parts and _SUFFIX.match(part):
            parts[-1] = f"{parts[-1]}, {part}"
            continue
        parts.append(part)
    return parts


def _is_place(part: str) -> bool:
    return part in US_STATES or _is_country(part) or part.lower() in _PLACE_WORDS


def _drop_places(parts: list[str]) -> list[str]:
    parts = list(parts)
    popped = False
    while parts and _is_place(parts[-1]):
        parts.pop()
        popped = True
    if popped and len(parts) > 2:
        parts.pop()  # the city before "CA" / "USA"
    return [p for p in parts if not _is_place(p)]


def title_and_org(parts: list[str]) -> tuple[str | None, str | None]:
    parts = _drop_places(parts)
    if not parts:
        return None, None
    titled = [p for p in parts if TITLE_WORDS & _words(p) or "intern" in p.lower()]
    title = titled[0] if titled else None
    others = [p for p in parts if p != title]
    org_like = [p for p in others if ORG_WORDS & _words(p)]
    org = org_like[0] if org_like else (others[0] if others else None)
    if title is None:
        if org_like:
            rest = [p for p in parts if p != org]
            title = rest[0] if rest else None
        else:
            title, org = parts[0], (parts[1] if len(parts) > 1 else None)
    return title, org


def _short(line: Line) -> bool:
    """A line that can be part of a role header: short, not a sentence, no dates
    (a bullet only when very short: LaTeX templates put the company on an item)."""
    text = line.text
    if strip_bullet(text)[:1].islower():
        return False  # the wrapped end of the previous bullet
    if is_bullet(text) and (
        len(text.split()) > 7
        or ":" in text
        or not (find_location(text) or ORG_WORDS & _words(text))
    ):
        return False
    return (
        len(text.split()) <= 12
        and not re.search(r"[.!?]$", text)
        and find_span(text) is None
    )


def _role_span(line: Line) -> DateSpan | None:
    if is_bullet(line.text):
        return None
    span = find_span(line.text)
    if span is None:
        return None
    rest = (line.text[: span.begin] + " " + line.text[span.finish :]).strip()
    lone = span.start == span.end or span.text.strip().isdigit()
    if lone and (len(rest.split()) > 12 or rest.endswith(".")):
        return None  # a lone date only counts on a short line, not in a sentence
    if len(rest.split()) > 16:
        return None
    return span


def join_dangling(lines: list[Line]) -> list[Line]:
    """Rewrite "June 2020 – Title" over "Present Did things" (a dates column read
    line by line) as "June 2020 – Present Title" over "Did things"."""
    out = list(lines)
    for i in range(len(out) - 1):
        first, second = out[i], out[i + 1]
        if first.blank or second.blank:
            continue
        found = dangling_range(first.text, second.text)
        if found is None:
            continue
        head, tail = found
        end = second.text[:tail].strip()
        text = f"{first.text[:head].strip()} {end} {first.text[head:]}"
        out[i] = Line(first.index, text, first.start, first.end)
        out[i + 1] = Line(
            second.index, second.text[tail:], second.start + tail, second.end
        )
    return out


def find_roles(
    lines: list[Line], section: str, today: date | None = None
) -> list[RoleHit]:
    hits: list[RoleHit] = []
    used: set[int] = set()
    grouped = blocks(lines)
    for b, block in enumerate(grouped):
        for pos, line in enumerate(block):
            if line.index in used:
                continue
            span = _role_span(line)
            if span is None:
                continue
            rest = (line.text[: span.begin] + "  " + line.text[span.finish :]).strip()
            rest = DATE_RE.sub(" ", rest)  # "Summer 2012 and 2013"
            rest = re.sub(r"(?i)^(?:from|since)\b|\b(?:from|since|and|&)\s*$", "", rest)
            header = [line]
            above: list[Line] = []
            for ln in reversed(block[:pos]):
                if ln.index in used or len(above) == 2 or not _short(ln):
                    break
                above.insert(0, ln)
            if above:
                header = [*above, line]
            elif not above and pos == 0 and not rest and b > 0:
                prev = [ln for ln in grouped[b - 1] if ln.index not in used]
                if (
                    prev
                    and len(prev) == len(grouped[b - 1]) <= 2
                    and all(_short(ln) for ln in prev)
                ):
                    header = [*prev, line]
            parts = [p for ln in header[:-1] for p in split_parts(ln.text)]
            parts += split_parts(rest)
            # dates on their own line: title and company may both be below it
            room = 2 if len(header) == 1 and not parts else 1
            for below in block[pos + 1 : pos + 1 + room]:
                if len(_drop_places(parts)) >= 2:
                    break
                if not _short(below) or _is_location_line(below.text):
                    break
                header.append(below)
                parts += split_parts(below.text)
            title, org = title_and_org(parts)
            used.update(ln.index for ln in header)
            role = Role(
                title=title,
                organization=org,
                start=span.start,
                end=span.end,
                current=span.current,
                dates=span.text,
                months=span.months(today),
                section=section,
            )
            hits.append(RoleHit(role, frozenset(ln.index for ln in header), line.index))
    return hits


def _is_location_line(text: str) -> bool:
    """ "San Francisco, CA" or "Remote", but not "Initech LLC, Remote" nor
    "Stripe San Francisco, CA" (a company and its city, read as one line)."""
    parts = split_parts(text)
    if not parts:
        return False
    if all(_is_place(p) for p in parts):
        return True
    head = parts[0]
    return (
        len(parts) == 2
        and _is_place(parts[1])
        and len(head.split()) <= 2
        and not ORG_WORDS & _words(head)
    )


def find_education(lines: list[Line]) -> list[Education]:
    """Education entries, each anchored on a line naming a degree."""
    content = [ln for ln in lines if ln.text]
    anchors = [i for i, ln in enumerate(content) if degree_match(ln.text)]
    if not anchors:
        return [
            _entry(None, block)
            for block in blocks(lines)
            if any(INSTITUTION_RE.search(ln.text) for ln in block)
        ]
    block_of = {ln.index: n for n, block in enumerate(blocks(lines)) for ln in block}
    owner = [0] * len(content)
    for k in range(1, len(anchors)):
        prev, this = content[anchors[k - 1]], content[anchors[k]]
        for i in range(anchors[k - 1] + 1, len(content)):
            ln = content[i]
            later = i >= anchors[k] or (
                block_of[ln.index] == block_of[this.index]
                and block_of[ln.index] != block_of[prev.index]
            )
            if later:
                owner[i] = k
    return [
        _entry(content[a], [ln for i, ln in enumerate(content) if owner[i] == k])
        for k, a in enumerate(anchors)
    ]


def _entry(anchor: Line | None, members: list[Line]) -> Education:
    degree = level = field = institution = None
    others = [ln for ln in members if anchor is None or ln.index != anchor.index]
    if anchor is not None:
        text = anchor.text
        span = find_span(text)
        if span:
            text = (text[: span.begin] + "  " + text[span.finish :]).strip()
        parts = split_parts(text)
        found = degree_match(text)
        level = found[0] if found else None
        at = next((i for i, p in enumerate(parts) if degree_match(p)), 0)
        degree = parts[at] if parts else None
        if degree:
            m = re.search(
                r"\b(?:in|of)\s+(?!(?:science|arts|engineering|technology|philosophy)"
                r"\b)(.+)$",
                degree,
                re.I,
            )
            if m:
                field = m.group(1).strip()
            else:  # "B.A. Economics", "BSc Physics"
                hit = degree_match(degree)
                rest = degree[hit[2] :].strip(" .,-–") if hit else ""
                if rest and not re.match(r"(?i)(?:\d|science$|arts$|degree)", rest):
                    field = rest
        for p in _drop_places(parts[at + 1 :]):
            if INSTITUTION_RE.search(p):
                institution = institution or p
            elif re.search(r"\d|gpa|grade|cgpa|honou?rs", p, re.I):
                continue
            elif field is None and institution is None:
                field = p
            elif institution is None and not INSTITUTION_RE.search(" ".join(parts)):
                institution = p  # "PhD in Physics, CalTech"
        if institution is None:
            institution = next(
                (p for p in parts[:at] if INSTITUTION_RE.search(p)), None
            )
    for ln in others:
        if institution:
            break
        for p in split_parts(ln.text):
            if INSTITUTION_RE.search(p):
                institution = p
                break
    if institution is None:
        institution = next(
            (
                split_parts(ln.text)[0]
                for ln in others
                if split_parts(ln.text)
                and not re.search(r"\d|:|%", ln.text)
                and len(ln.text.split()) <= 8
                and not _is_location_line(ln.text)
            ),
            None,
        )
    years = [y for ln in members for y in _YEAR_RE.findall(ln.text)]
    return Education(
        degree=degree,
        level=level,
        field=field,
        institution=institution,
        year=max(years) if years else None,
    )
