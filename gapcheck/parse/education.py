"""Education entries of a resume: degree, field, institution and year, each entry
anchored on a line naming a degree (else on a block naming an institution)."""

from __future__ import annotations

import re
from dataclasses import replace

from gapcheck.parse.contact import find_location
from gapcheck.parse.dates import find_span
from gapcheck.parse.degree_text import degree_at, unglue_degree_words
from gapcheck.parse.education_entry import (
    YEAR_RE,
    build_entry,
    school_only_entry,
    undated,
)
from gapcheck.parse.education_layouts import GRADE as _GRADE
from gapcheck.parse.education_layouts import row as _row
from gapcheck.parse.education_layouts import school_rows, stacked_units, table_rows
from gapcheck.parse.education_parts import field_over_degree, school_parts
from gapcheck.parse.lines import blocks
from gapcheck.parse.parts import _is_place, drop_places, split_parts
from gapcheck.parse.schools import (
    INSTITUTION_RE,
    clean_school,
    dates_only,
    join_wrapped,
    school_in,
    with_campus,
)
from gapcheck.parse.sections import Line
from gapcheck.records import Education

__all__ = ["find_education", "unglue_degree_words"]


def find_education(
    lines: list[Line], *, raw: list[Line] | None = None
) -> list[Education]:
    """Education entries, each anchored on a line naming a degree. ``raw``: the
    section's lines before any wrapped header was joined, when ``lines`` are
    joined."""
    # rows of a school and its dates over the degree, read before wrapped lines
    # are joined (a degree line reads as a cell wrapped beside the next row)
    plain = field_over_degree([ln for ln in (raw or lines) if ln.text])
    lines = field_over_degree(lines)
    laid_out = table_rows(plain)
    if laid_out is None:
        laid_out = school_rows(plain)
    if laid_out is None:
        laid_out = stacked_units(plain)
    if laid_out is not None:
        return laid_out
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
        rows = _unanchored_rows(content, [])
        units = _unanchored_units(content, [])
        if rows:  # "Hack Reactor<TAB>2018" / "Foo University<TAB>2010 – 2014"
            return [_row_entry(content[i].text) for i in rows]
        if units:  # "Hack Reactor" / "2018" / "Foo University" / "2010 – 2014"
            return [_unit_entry(content, unit) for unit in units]
        return [
            build_entry(None, part)
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
    for unit in _units(content, anchors):
        # entries written as units ending on their dates: each line is its
        # unit's ("Caltech" / "Ph.D. in Physics" / "2006 – 2010" / "UC Berkeley" /
        # "B.A. in Physics" / "2002 – 2006": UC Berkeley is the B.A.'s school)
        mine = [k for k, a in enumerate(anchors) if a in unit]
        if len(mine) == 1:
            for i in unit:
                owner[i] = mine[0]
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
    units = [
        unit
        for unit in _unanchored_units(content, anchors)
        if not set(unit) & (set(earlier) | set(apart))
    ]
    taken = set(earlier) | set(apart) | {i for unit in units for i in unit}
    rows = [i for i in _unanchored_rows(content, anchors) if i not in taken]
    alone = taken | set(rows)
    entries = [
        build_entry(
            content[a],
            [ln for i, ln in enumerate(content) if owner[i] == k and i not in alone],
        )
        for k, a in enumerate(anchors)
    ]
    return (
        [build_entry(None, [content[i]]) for i in earlier]
        + entries
        + [school_only_entry(content[i].text) for i in apart]
        + [_unit_entry(content, unit) for unit in units]
        + [_row_entry(content[i].text) for i in rows]
    )


def _unit_entry(content: list[Line], unit: list[int]) -> Education:
    """An entry from a unit with no degree word: the name nearest its dates is the
    school ("Course, Web Development" / "FreeCodeCamp" / "2017" was studied at
    FreeCodeCamp), a first line naming no school what was studied there."""
    entry = build_entry(None, [content[i] for i in reversed(unit)])
    named = [
        content[i].text.strip()
        for i in unit
        if not dates_only(content[i].text) and not _GRADE.match(content[i].text)
    ]
    if _brand_first(named):
        # "HyperionDev" / "Full Stack developer" / "2019": a one-word name over a
        # phrase is the school (a brand), the phrase what was studied there
        return replace(entry, degree=named[1], institution=named[0])
    if len(named) >= 2 and not INSTITUTION_RE.search(named[0]):
        return replace(entry, degree=named[0])
    return entry


def _brand_first(named: list[str]) -> bool:
    """Whether a unit of two names with no degree or school word opens on its
    school written as one word ("HyperionDev", "Udemy") over a phrase of several
    ("Full Stack developer", "Angular & Node.js"): a school named without a school
    word is a brand's name, one word; what was studied is a phrase."""
    if len(named) != 2 or any(INSTITUTION_RE.search(t) for t in named):
        return False
    first, second = named
    return (
        len(first.split()) == 1
        and first[:1].isupper()
        and len(second.split()) >= 2
        and not degree_at(first)
        and not any(c in first for c in ",()")
    )


def _unanchored_rows(content: list[Line], anchors: list[int]) -> list[int]:
    """Where the section is rows only (each entry on one line, its dates in a
    right-hand cell; grade lines aside) and every degree line is one: the rows
    naming no degree, each an entry ("Online course, Machine Learning,
    Coursera<TAB>2018")."""
    if not content or not all(_row(ln.text) or _GRADE.match(ln.text) for ln in content):
        return []
    return [
        i
        for i, ln in enumerate(content)
        if i not in anchors and _row(ln.text) is not None
    ]


def _row_entry(text: str) -> Education:
    """An entry from a row with no degree word: what was studied, then where (the
    part naming a school, else the last), then the dates."""
    left, right = _row(text) or (text, "")
    parts = school_parts(left) or [left.strip()]
    at = next(
        (n for n, p in enumerate(parts) if INSTITUTION_RE.search(p)), len(parts) - 1
    )
    after = parts[at + 1] if at + 1 < len(parts) else None
    school = with_campus(
        clean_school(parts[at]), after, is_place=bool(after and _is_place(after))
    )
    years = YEAR_RE.findall(right)
    return Education(
        degree=", ".join(parts[:at]) or None,
        level=None,
        field=None,
        institution=school,
        year=max(years) if years else None,
    )


def _unanchored_units(content: list[Line], anchors: list[int]) -> list[list[int]]:
    """The units of :func:`_units` naming no degree ("Online course, Machine
    Learning" / "Coursera" / "2018")."""
    return [
        unit
        for unit in _units(content, anchors)
        if not set(unit) & set(anchors)
        and any(not dates_only(content[i].text) for i in unit)
    ]


def _units(content: list[Line], anchors: list[int]) -> list[list[int]]:
    """Entries written as units that each end on a line of their dates (and maybe
    a grade line), as JSON Resume themes and table layouts write them, as lists
    of line positions. None unless every unit ends so: two date lines or
    more, none opening the section (dates written over their entry are another
    layout) and none without a date line after it before the next degree; or one
    entry alone in its section, two lines or more over its dates ("Crash Course on
    Python" / "Google (Coursera)" / "2026": a sidebar's stacked entry)."""
    dates = [i for i, ln in enumerate(content) if dates_only(ln.text)]
    if not dates or dates[0] == 0 or (len(dates) == 1 and dates[0] < 2):
        return []
    bounds = [*anchors[1:], len(content)][: len(anchors)]
    if any(
        not any(a < d < b for d in dates) for a, b in zip(anchors, bounds, strict=True)
    ):
        return []
    units, start = [], 0
    for d in dates:
        end = d + 1
        while end < len(content) and _GRADE.match(content[end].text):
            end += 1
        units.append(list(range(start, end)))
        start = end
    if start < len(content):  # lines after the last dates: no unit of this form
        return []
    return units


def _other_schools(content: list[Line], anchors: list[int]) -> list[int]:
    """Lines after a degree that names its school which name another school and no
    degree ("Porter and Chester Institute Design Technology - Porter and Chester
    Institute 1985-1986"), or after the degree's own school and dates
    (:func:`_school_then_dates`): entries of their own."""
    out = []
    for i, ln in enumerate(content):
        owner = max((a for a in anchors if a < i), default=None)
        if (
            owner is None
            or i in anchors
            or not _school_line(ln.text)
            or not (
                _names_school(content[owner].text)
                or _school_then_dates(content[owner + 1 : i])
            )
            or _same_school(ln.text, content[owner].text)
            or len(ln.text.split()) > 25
        ):
            continue
        where = school_in(ln.text)
        if where is not None and where[0] == 0:  # the line opens with the school
            out.append(i)
    return out


def _school_then_dates(between: list[Line]) -> bool:
    """Whether a degree's own school line and then a line of its dates alone come
    before a line ("Bachelor, Computer Science" / "Foo University" / "2010 – 2014"
    / "Bar University"): a school named after them is another entry's."""
    school = next((n for n, ln in enumerate(between) if _school_line(ln.text)), None)
    return school is not None and any(
        find_span(ln.text) is not None and not undated(ln.text).strip(" ,;:-–|")
        for ln in between[school + 1 :]
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
            YEAR_RE.search(ln.text)
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
        _names_school(content[a].text) and YEAR_RE.search(content[a].text)
        for a in anchors
    ):
        return []
    out = []
    for i, ln in enumerate(content):
        text = ln.text
        where = school_in(text)
        if i in anchors or where is None or not YEAR_RE.search(text):
            continue
        lead = undated(text[: where[0]]).strip(" ,:;-–")
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


def _only_school(text: str) -> bool:
    """ "Lamar High School", "Windsor High School 2007": a line that only names a
    school (its degree word is part of the name) anchors no entry."""
    parts = drop_places(split_parts(undated(text)))
    for part in parts:
        where = school_in(part)
        if where is None or ":" in part or len(part.split()) < 3:
            return False
        if degree_at(part[: where[0]] + " " + part[where[1] :]):
            return False
    return bool(parts)
