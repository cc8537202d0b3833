"""Education entries of a resume: degree, field, institution and year, each entry
anchored on a line naming a degree (else on a block naming an institution)."""

from __future__ import annotations

import re

from gapcheck.parse.dates import find_span
from gapcheck.parse.degrees import degree_match
from gapcheck.parse.lines import blocks
from gapcheck.parse.roles import drop_places, is_location_line, split_parts
from gapcheck.parse.sections import Line
from gapcheck.records import Education

INSTITUTION_RE = re.compile(
    r"\b(?:university|universit[äa]t|universidad|college|institute|school|academy|"
    r"polytechnic|univ\.?|iit|mit|ucla|nyu|conservatory|seminary)\b",
    re.IGNORECASE,
)
_YEAR_RE = re.compile(r"\b(?:19[5-9]\d|20[0-4]\d)\b")


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


def _undated(text: str) -> str:
    span = find_span(text)
    return text if span is None else text[: span.begin] + "  " + text[span.finish :]


def _from_degree(part: str) -> str:
    """ "Graduated as M.Sc. Digital Media" -> "M.Sc. Digital Media"."""
    hit = degree_match(part)
    lead = part[: hit[1]] if hit else ""
    if lead and re.fullmatch(
        r"(?i)\s*(?:graduated|completed|earned|awarded|received)"
        r"(?:\s+(?:as|with|a|an|the|my))*\s*",
        lead,
    ):
        return part[hit[1] :] if hit else part
    return part


#: A name that ends as a school's does: "... University", "College of Nursing".
_ENDS_IN_SCHOOL = re.compile(
    INSTITUTION_RE.pattern + r"(?:\s+(?:of|for)(?:\s+[A-Z][\w&.'-]*)+)?\s*$",
    re.IGNORECASE,
)


def _unglue_institution(part: str, later: list[str]) -> list[str]:
    """ "Master's : Business Administration Troy University" with the field written
    again after it ("... City , State Business Administration", as HTML exports of a
    form do), in the same part or a later one: the degree and the institution as two
    parts. The institution must end as a school's name does."""
    head, colon, rest = part.partition(":")
    if not colon or not INSTITUTION_RE.search(rest):
        return [part]
    rest = " ".join(rest.split())
    words = rest.split()
    after = " ".join(later)
    for k in range(min(6, len(words) - 1), 0, -1):
        field = " ".join(words[:k])
        word = rf"(?:^|\s){re.escape(field)}(?=\s|$)"
        again = re.compile(word, re.IGNORECASE).search(rest, len(field))
        if again:  # "Chemistry Pacific Lutheran University Chemistry"
            school = rest[len(field) : again.start()].strip()
        elif re.search(word, after, re.IGNORECASE):  # "... City , State Chemistry"
            school = rest[len(field) :].strip()
        else:
            continue
        if _ENDS_IN_SCHOOL.search(school) and not re.search(r"[\d:]", school):
            return [f"{head.strip()} : {field}", school]
    return [part]


def _once(text: str) -> str:
    """ "High School Diploma : General Studies General Studies": words written twice
    at the end, once."""
    return re.sub(r"\b(\w[\w&/ ]*\w) \1$", r"\1", text)


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
        named = [i for i, p in enumerate(parts) if degree_match(p)]
        # "Windsor High School" is where, "High School Diploma : ..." what
        at = next((i for i in named if not _ENDS_IN_SCHOOL.search(parts[i])), 0)
        at = at if named and at in named else (named[0] if named else 0)
        if parts:
            parts[at] = _from_degree(parts[at])
            parts[at : at + 1] = _unglue_institution(parts[at], parts[at + 1 :])
        degree = _once(parts[at]) if parts else None
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
                rest = degree[hit[2] :].strip(" .,:-–") if hit else ""
                rest = re.sub(r"(?i)^degree\b[\s:]*", "", rest)  # "A.S. Degree : X"
                if rest and not re.match(r"(?i)(?:\d|science$|arts$|degree)", rest):
                    field = rest
        for p in drop_places(parts[at + 1 :]):
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
                split_parts(_undated(ln.text))[0]
                for ln in others
                if split_parts(_undated(ln.text))
                and not re.search(r"\d|:|%", _undated(ln.text))
                and len(ln.text.split()) <= 8
                and not is_location_line(ln.text)
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
