"""Education entries of a resume: degree, field, institution and year, each entry
anchored on a line naming a degree (else on a block naming an institution)."""

from __future__ import annotations

import re

from gapcheck.parse.contact import find_location, is_region
from gapcheck.parse.dates import find_span
from gapcheck.parse.degree_text import (
    degree_at,
    field_once,
    from_degree,
    named_again,
    no_remarks,
    no_sentence,
    once,
    unglue_degree_words,
)
from gapcheck.parse.lines import blocks
from gapcheck.parse.parts import _is_place, drop_places, split_parts
from gapcheck.parse.roles import is_location_line
from gapcheck.parse.schools import (
    FIELD_WORDS,
    INSTITUTION_RE,
    clean_school,
    join_wrapped,
    school_in,
    with_campus,
)
from gapcheck.parse.sections import Line
from gapcheck.records import Education

__all__ = ["find_education", "unglue_degree_words"]

_YEAR_RE = re.compile(r"\b(?:19[5-9]\d|20[0-4]\d)\b")


def find_education(lines: list[Line]) -> list[Education]:
    """Education entries, each anchored on a line naming a degree."""
    lines = join_wrapped(
        [Line(ln.index, unglue_degree_words(ln.text), ln.start, ln.end) for ln in lines]
    )
    lines = [part for ln in lines for part in _two_credentials(ln)]
    content = [ln for ln in lines if ln.text]
    anchors = [
        i
        for i, ln in enumerate(content)
        if degree_at(ln.text) and not _only_school(ln.text)
    ]
    if not anchors:
        return [
            _entry(None, part)
            for block in blocks(lines)
            for part in _per_school(block)
            if any(INSTITUTION_RE.search(ln.text) for ln in part)
        ]
    anchors = sorted(anchors + _unnamed_credentials(content, anchors))
    block_of = {ln.index: n for n, block in enumerate(blocks(lines)) for ln in block}
    owner = [0] * len(content)
    # "Franklin University 2014" over "Master of Business Administration": each
    # school line is written before its degree
    school_first = _school_lines_first(content, anchors[0]) and not (
        # unless the last degree has its school after it: then each degree has
        # ("University of Colorado Denver" / "2012 – 2013" / "Associates of
        # Science" / "Front Range Community College": a school of its own first)
        anchors[-1] + 1 < len(content) and _school_line(content[anchors[-1] + 1].text)
    )
    # "AOS : Culinary Arts , 1997" / "California Culinary Academy - City" / "High
    # School Diploma : 1993" / "Mary Star ... High School - City": every degree
    # line has its school on the next line, whatever the blank lines say
    school_next = not school_first and all(
        a + 1 < len(content)
        and (a + 1 not in anchors)
        and _school_line(content[a + 1].text)
        for a in anchors
    )
    for k in range(1, len(anchors)):
        prev, this = content[anchors[k - 1]], content[anchors[k]]
        for i in range(anchors[k - 1] + 1, len(content)):
            ln = content[i]
            later = (
                i >= anchors[k]
                or school_first
                or (
                    not school_next
                    and block_of[ln.index] == block_of[this.index]
                    and block_of[ln.index] != block_of[prev.index]
                )
            )
            if later:
                owner[i] = k
        # "Bachelor of science Shepherd University" / "2000" / "... Hagerstown
        # Community College" / "Associate of science": the previous degree has its
        # school on its own line, this one's is the school line before it
        if _names_school(prev.text) and not _names_school(this.text):
            between = range(anchors[k - 1] + 1, anchors[k])
            schools = [i for i in between if _school_line(content[i].text)]
            for i in range(schools[-1] if schools else anchors[k], anchors[k]):
                owner[i] = k
    # schools before the first degree's own school line: entries of their own
    own = 0
    if school_first:
        own = max(i for i in range(anchors[0]) if _school_line(content[i].text))
    elif school_next or _names_school(content[anchors[0]].text):
        # (or every degree has its school on the next line: the schools before the
        # first degree are not its school: "Incomplete, Applied Mathematics" /
        # "University of Colorado Denver" / "Associates of Science" / "Front Range
        # Community College")
        # "May 2011" / "Tarrant County College" / ... / "Bachelor of Arts : X Elon
        # University": the first degree names its own school, so the schools
        # before it are entries with no degree
        own = anchors[0]
    earlier = [
        i
        for i in range(own)
        if _school_line(content[i].text)
        and len(content[i].text.split()) <= 8
        and (school_first or not _same_school(content[i].text, content[own].text))
    ]
    apart = _other_schools(content, anchors)
    alone = set(earlier) | set(apart)
    entries = [
        _entry(
            content[a],
            [ln for i, ln in enumerate(content) if owner[i] == k and i not in alone],
        )
        for k, a in enumerate(anchors)
    ]
    return (
        [_entry(None, [content[i]]) for i in earlier]
        + entries
        + [_school_only(content[i].text) for i in apart]
    )


def _other_schools(content: list[Line], anchors: list[int]) -> list[int]:
    """Lines after a degree that names its school which name another school and no
    degree ("Porter and Chester Institute Design Technology - Porter and Chester
    Institute 1985-1986"): entries of their own."""
    out = []
    for i, ln in enumerate(content):
        owner = max((a for a in anchors if a < i), default=None)
        if (
            owner is None
            or i in anchors
            or not _school_line(ln.text)
            or not _names_school(content[owner].text)
            or _same_school(ln.text, content[owner].text)
            or len(ln.text.split()) > 25
        ):
            continue
        where = school_in(ln.text)
        if where is not None and where[0] == 0:  # the line opens with the school
            out.append(i)
    return out


def _school_only(text: str) -> Education:
    """An entry naming a school and, after it, what was studied there."""
    where = school_in(text) or (0, len(text))
    rest = split_parts(_undated(text[where[1] :]))
    field = rest[0] if rest and not _is_place(rest[0]) else None
    years = _YEAR_RE.findall(text)
    return Education(
        degree=None,
        level=None,
        field=field,
        institution=clean_school(text[where[0] : where[1]]),
        year=max(years) if years else None,
    )


def _two_credentials(line: Line) -> list[Line]:
    """ "Web/ IVR Certificate (2008) Central Piedmont Community College Charlotte,
    NC: Career Readiness Silver Certificate 2013": two entries on one line, cut
    where the second credential's name starts (after the first one's school)."""
    text = line.text
    first = degree_at(text)
    if first is None:
        return [line]
    school = school_in(text, first[2])
    if school is None:
        return [line]
    second = degree_at(text[school[1] :])
    if second is None or second[0] != "certificate" or first[0] != "certificate":
        return [line]
    cut = school[1] + second[1]
    head, tail = text[:cut].rstrip(), text[cut:]
    return [
        Line(line.index, head, line.start, line.start + len(head)),
        Line(line.index, tail, line.start + cut, line.end),
    ]


def _same_school(line: str, other: str) -> bool:
    """Whether the school named in ``line`` is named in ``other`` too ("Harbour
    University" over "Master of Engineering Harbour University")."""
    where = school_in(line)
    return where is not None and line[where[0] : where[1]].lower() in other.lower()


def _per_school(block: list[Line]) -> list[list[Line]]:
    """A block with no degree cut before each line naming a school and a year or a
    place, when two or more lines do ("leadership University of Virginia – City ,
    State" / "Digital Electronics 1981 DeVry Institute of Technology"): one entry
    per school."""
    cuts = [
        i
        for i, ln in enumerate(block)
        if INSTITUTION_RE.search(ln.text)
        and (
            _YEAR_RE.search(ln.text)
            or find_location(ln.text)
            or re.search(r",\s*State\b", ln.text)
        )
    ]
    if len(cuts) < 2:
        return [block]
    starts = [0, *cuts[1:]]
    return [block[a:b] for a, b in zip(starts, [*starts[1:], len(block)], strict=True)]


def _unnamed_credentials(content: list[Line], anchors: list[int]) -> list[int]:
    """ "MLIS , Library and Information Science 2001 University of Pittsburgh":
    where every degree line is a one-line entry (the degree, its year and its
    school), a line of that form whose credential has no degree word we know is
    an entry too."""
    if not all(
        _names_school(content[a].text) and _YEAR_RE.search(content[a].text)
        for a in anchors
    ):
        return []
    out = []
    for i, ln in enumerate(content):
        text = ln.text
        where = school_in(text)
        if i in anchors or where is None or not _YEAR_RE.search(text):
            continue
        lead = _undated(text[: where[0]]).strip(" ,:;-–")
        if (
            lead
            and len(text.split()) <= 20
            and len(lead.split()) <= 8
            and lead[:1].isupper()
            and not re.search(r"\d", lead)
            and not _is_place(lead)
        ):
            out.append(i)
    return out


def _names_school(text: str) -> bool:
    """Whether ``text`` names a school besides its degree's own words ("High
    School Diploma" names none)."""
    hit = degree_at(text)
    rest = text if hit is None else text[: hit[1]] + " " + text[hit[2] :]
    return INSTITUTION_RE.search(rest) is not None


def _school_line(text: str) -> bool:
    """A line naming a school and no degree (its own degree word aside: "Lamar
    High School")."""
    return INSTITUTION_RE.search(text) is not None and (
        degree_at(text) is None or _only_school(text)
    )


def _school_lines_first(content: list[Line], first: int) -> bool:
    """Whether each school line is written before its degree line: "Franklin
    University 2014" over "Master of Business Administration", or "2004" /
    "Montana State University" / "City , State Range Science" / "Bachelor of
    Science". The first degree line names no school and a line before it, with
    only dates, places and a field between them, names one."""
    if INSTITUTION_RE.search(content[first].text):
        return False
    for ln in reversed(content[:first]):
        if _school_line(ln.text):
            return True
        if degree_at(ln.text):
            return False
        if len(ln.text.split()) > 8:  # a sentence, not a date or a place
            return False
    return False


def _name_line(line: Line) -> str | None:
    """The name on a short line of an entry with no digits, label or place ("Year
    Up", "UC Santa Barbara"), else None."""
    text = _undated(line.text)
    parts = split_parts(text)
    if (
        not parts
        or re.search(r"\d|:|%", text)
        or len(line.text.split()) > 8
        or is_location_line(line.text)
    ):
        return None
    return parts[0]


def _only_school(text: str) -> bool:
    """ "Lamar High School", "Windsor High School 2007": a line that only names a
    school (its degree word is part of the name) anchors no entry."""
    parts = drop_places(split_parts(_undated(text)))
    for part in parts:
        where = school_in(part)
        if where is None or ":" in part or len(part.split()) < 3:
            return False
        if degree_at(part[: where[0]] + " " + part[where[1] :]):
            return False
    return bool(parts)


def _undated(text: str) -> str:
    span = find_span(text)
    return text if span is None else text[: span.begin] + "  " + text[span.finish :]


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


def _school_first(part: str) -> tuple[str, str | None]:
    """ "HUDSON COUNTY COMMUNITY COLLEGE High School Diploma : Liberal Arts": the
    school written before the degree, and the degree."""
    hit = degree_at(part)
    if hit is None or hit[1] == 0:
        return part, None
    lead = part[: hit[1]]
    if _is_place(lead.strip()):  # "India Bachelor of Technology", "US BS : Nursing"
        return part[hit[1] :], None
    if ":" in lead or not INSTITUTION_RE.search(lead):
        return part, None
    return part[hit[1] :], clean_school(lead) or None


def _school_after(degree: str) -> tuple[str, str | None]:
    """ "Associate of Science : Marketing Management Bronx Community College": the
    degree, cut where a school's name starts, and that name; then the degree's
    name or field written again, or a sentence run on after it, cut off."""
    hit = degree_at(degree)
    if hit is None:
        return degree, None
    school = None
    where = school_in(degree, hit[2])
    if where is not None and degree[: where[0]].strip(" ,:;-–"):
        school = clean_school(degree[where[0] : where[1]]) or None
        degree = degree[: where[0]].rstrip(" ,:;-–")
    again = named_again(degree, hit)
    if again is not None:
        degree = degree[:again].rstrip(" ,:;-–")
    return field_once(no_sentence(no_remarks(degree))), school


#: "California State University, Northridge – City , State": a campus after a
#: comma and before the dash that leads to the school's place (an HTML export's
#: full-width hyphen decoded as Windows-1252 is "ï¼").
_DASHED_CAMPUS = r"\s*,\s*([A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2})\s*(?:[-–—]|ï¼)"


def _campus(school: str, parts: list[str], field: str | None, text: str = "") -> str:
    """ "University of California" + "Berkeley": the campus kept with it."""
    dashed = re.search(re.escape(school) + _DASHED_CAMPUS, text)
    if dashed and not _is_place(dashed.group(1)) and not degree_at(dashed.group(1)):
        return f"{school}, {dashed.group(1)}"
    at = parts.index(school) if school in parts else -1
    after = parts[at + 1] if 0 <= at < len(parts) - 1 else None
    place = after is not None and _is_place(after.split()[0])
    where = school_in(school)
    city = school[where[1] :].split() if where else []
    if (
        after is not None
        and is_region(after.split()[0])  # a state, not the "City" of a form
        and where
        and 1 <= len(city) <= 3
        and all(w[:1].isupper() and w.isalpha() for w in city)
        and not INSTITUTION_RE.search(" ".join(city))
        and not degree_at(" ".join(city))
    ):  # "Maric College San Diego, CA": the city before the state is no name
        return school[: where[1]]
    field = field.split(":")[-1].strip() if field else None
    if field and school.lower().endswith(" " + field.lower()):
        kept = school[: -len(field)].strip()  # "... at Austin Public Relations"
        if not re.search(r"\b(?:of|for|at|in|and|&)$", kept):
            school = kept
    return with_campus(school, after, is_place=place, field=field)


#: A school's name without a school word: capitalised words ("HR Block",
#: "Accounting Training Center").
_NAME = re.compile(r"[A-Z][\w&.'-]*(?:\s+(?:[A-Z][\w&.'-]*|of|the|and|&|for))*")


def _placed_school(text: str, parts: list[str], at: int) -> str | None:
    """ "Certification 2016 Accounting Training Center , City , State": after a
    degree and its year, the name before the place is the school, although it has
    no school word (a field is written before the year, not after it); so is a
    name that opens the line before a place and the degree ("San Diego Job Corps
    City , State , US Certificate : Office Business")."""
    if INSTITUTION_RE.search(" ".join(parts[:at] + parts[at + 1 :])):
        return None
    if (
        at >= 2
        and _NAME.fullmatch(parts[0])
        and all(_is_place(p) for p in parts[1:at])
        and not _is_place(parts[0])
        and not degree_at(parts[0])
    ):
        return parts[0]
    span = find_span(text)
    if span is None:
        return None
    head, rest = text[: span.begin], text[span.finish :]
    hit = degree_at(head)
    if hit is None or head[hit[2] :].strip(" ,:;-–"):
        return None  # a field or more between the degree and its year
    tail = split_parts(rest)
    placed = len(tail) >= 2 and (
        _is_place(tail[1])  # "City , State", "Denver , CO"
        or (len(tail) > 2 and bool(tail[2]) and is_region(tail[2].split()[0]))
    )
    if not placed or not _NAME.fullmatch(tail[0]):
        return None
    if _is_place(tail[0]) or degree_at(tail[0]):
        return None
    return tail[0]


#: Degrees whose name holds their field ("Master of Social Work"), with a
#: concentration written after them without a colon.
_NAMED_DEGREE = re.compile(
    r"^((?:Master|Bachelor|Doctor)'?s?\s+of\s+(?:Social\s+Work|Public\s+Health|"
    r"Business\s+Administration|Public\s+Administration|Fine\s+Arts|Public\s+Policy|"
    r"Health\s+Administration|Laws))\s+([A-Z][\w&/-]*(?:\s+[A-Z][\w&/-]*){0,3})$"
)


#: What a certificate attests, not a field: "Certificate of Completion".
_NO_FIELD = r"(?:completion|achievement|attendance|participation)\b"


def _entry(anchor: Line | None, members: list[Line]) -> Education:
    degree = level = field = institution = None
    others = [ln for ln in members if anchor is None or ln.index != anchor.index]
    if anchor is not None:
        text = anchor.text
        span = find_span(text)
        if span:
            text = (text[: span.begin] + "  " + text[span.finish :]).strip()
            text = re.sub(r"\(\s*\)", "  ", text)  # "Certificate (2008)"
        parts = split_parts(text)
        found = degree_at(text)
        level = found[0] if found else None
        named = [i for i, p in enumerate(parts) if degree_at(p) and not _is_place(p)]
        # "Windsor High School" is where, "High School Diploma : ..." what
        at = next((i for i in named if not _ENDS_IN_SCHOOL.search(parts[i])), 0)
        at = at if named and at in named else (named[0] if named else 0)
        lead_school = glued_school = None
        if parts:
            parts[at] = from_degree(parts[at])
            parts[at], lead_school = _school_first(parts[at])
            parts[at : at + 1] = _unglue_institution(parts[at], parts[at + 1 :])
        degree = once(parts[at]) if parts else None
        if degree:
            degree, glued_school = _school_after(degree)
        if degree:
            m = re.search(
                r"\b(?:in|of)\s+(?!(?:applied\s+)?"
                r"(?:science|arts|engineering|technology|philosophy)"
                # "Certificate of Completion": no field
                r"\b|" + _NO_FIELD + r")(.+)$",
                degree,
                re.I,
            )
            if m:
                field = m.group(1).strip()
            else:  # "B.A. Economics", "BSc Physics"
                hit = degree_at(degree)
                rest = degree[hit[2] :].strip(" .,:-–") if hit else ""
                rest = re.sub(r"(?i)^degree\b[\s:]*", "", rest)  # "A.S. Degree : X"
                no_field = rf"(?i)(?:\d|science$|arts$|degree|{_NO_FIELD})"
                if rest and not re.match(no_field, rest):
                    field = rest
                attests = re.search(rf"(?i){_NO_FIELD}\W*(\w.*)$", rest)
                if attests:  # "Certificate of Completion -MSCE Prep Course"
                    field = attests.group(1)
        whole = _NAMED_DEGREE.match(degree or "")
        if whole:  # "Master of Social Work Clinical": the degree, then its field
            degree, field = whole.group(1), whole.group(2)
        institution = lead_school or _placed_school(anchor.text, parts, at)
        guess = None  # the last part names the school, unless places end the line
        placed = len(drop_places(parts[at + 1 :])) < len(parts[at + 1 :])
        for p in drop_places(parts[at + 1 :]):
            p = re.sub(r"\s+\d{1,2}$", "", p)  # a month's number left by "8 2014"
            where = school_in(p) if field is None and institution is None else None
            lead = _undated(p[: where[0]]).strip(" ,:;-–") if where else ""
            if where and lead and not re.search(r"[\d:]", lead) and not _is_place(lead):
                # "Master of Arts , Education- M.Ed. 2014 Mount St. Joseph
                # University": the field, then the school
                field, institution = lead, p[where[0] :]
            elif INSTITUTION_RE.search(p):
                institution = institution or _campus(p, parts, field, anchor.text)
            elif re.search(
                r"\d|gpa|grade|cgpa|honou?rs|^(?:present|current|expected|ongoing)$",
                p,
                re.I,
            ):
                continue
            elif field is None and institution is None:
                field = p
            elif (
                institution in (None, guess if not placed else None)
                and not degree_at(p)
                and not (  # a field ("Philosophy & Mathematics") over a name line
                    p.split()[-1].lower().strip(".,") in FIELD_WORDS
                    and any(_name_line(ln) for ln in others)
                )
                and not INSTITUTION_RE.search(
                    " ".join(parts + [ln.text for ln in others])
                )
            ):  # "PhD in Physics, CalTech" (no school named on the entry's lines):
                # the last part ("BA Philosophy, BS Mathematics, Philosophy &
                # Mathematics, UC Santa Barbara"), never a degree
                institution = guess = p
        if institution is None:
            institution = next(
                (p for p in parts[:at] if INSTITUTION_RE.search(p)), None
            )
        institution = institution or glued_school
    for ln in others:
        if institution:
            break
        line_parts = split_parts(ln.text)
        for p in line_parts:
            if INSTITUTION_RE.search(p):
                where = school_in(p)
                if where and re.search(r"\d|^[a-z]", p[: where[0]]):
                    # "Hagerstown MD 21742 Hagerstown College", "leadership
                    # University of Virginia": the school's name alone
                    p = p[where[0] :]
                # "University of California, San Diego" on a line of its own
                institution = _campus(p, line_parts, field, ln.text)
                break
    if institution is None:
        institution = next((_name_line(ln) for ln in others if _name_line(ln)), None)
    if (
        institution is None
        and level == "high school"
        and degree
        and not re.search(r"(?i)\b(?:diploma|ged|certificat)", degree)
    ):  # "Select One : General St. Jago High School": a school's name, not a degree
        where = school_in(degree)
        if where and not degree[where[1] :].strip(" ,;:-–"):
            institution = degree[where[0] :]
            degree = degree[: where[0]].strip(" ,:;-–") or None
    if institution:
        institution = clean_school(institution) or institution
    years = [y for ln in members for y in _YEAR_RE.findall(ln.text)]
    return Education(
        degree=degree,
        level=level,
        field=field,
        institution=institution,
        year=max(years) if years else None,
    )
