"""One education entry read from its lines: the degree, its field, the
institution and the year (``build_entry``), whatever order the resume writes them
in; the lines of each entry are found by ``gapcheck.parse.education``."""

from __future__ import annotations

import re

from gapcheck.parse.contact import is_region
from gapcheck.parse.dates import find_span
from gapcheck.parse.degree_text import (
    degree_at,
    field_once,
    from_degree,
    named_again,
    no_remarks,
    no_sentence,
    once,
)
from gapcheck.parse.education_parts import school_parts
from gapcheck.parse.parts import _is_place, drop_places, split_parts
from gapcheck.parse.roles import is_location_line
from gapcheck.parse.schools import (
    FIELD_WORDS,
    INSTITUTION_RE,
    clean_school,
    school_in,
    with_campus,
)
from gapcheck.parse.sections import Line
from gapcheck.records import Education

__all__ = ["YEAR_RE", "build_entry", "name_like_school", "school_only_entry", "undated"]

YEAR_RE = re.compile(r"\b(?:19[5-9]\d|20[0-4]\d)\b")


def undated(text: str) -> str:
    span = find_span(text)
    return text if span is None else text[: span.begin] + "  " + text[span.finish :]


def _name_line(line: Line) -> str | None:
    """The name on a short line of an entry with no digits, label or place ("Year
    Up", "UC Santa Barbara"), else None."""
    text = undated(line.text)
    parts = split_parts(text)
    if (
        not parts
        or re.search(r"\d|:|%", text)
        or len(line.text.split()) > 8
        or is_location_line(line.text)
    ):
        return None
    return parts[0]


def school_only_entry(text: str) -> Education:
    """An entry naming a school and, after it, what was studied there."""
    where = school_in(text) or (0, len(text))
    rest = split_parts(undated(text[where[1] :]))
    field = rest[0] if rest and not _is_place(rest[0]) else None
    years = YEAR_RE.findall(text)
    return Education(
        degree=None,
        level=None,
        field=field,
        institution=clean_school(text[where[0] : where[1]]),
        year=max(years) if years else None,
    )


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
#: full-width hyphen decoded as Windows-1252 is "ï¼"). A hyphen inside a word
#: ("Clermont-Ferrand", "Karl-Franzens") is no such dash.
_DASHED_CAMPUS = (
    r"\s*,\s*([A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2})(?:\s*(?:[–—]|ï¼)|\s+-(?!\w))"
)


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
    later = parts[at + 2] if 0 <= at < len(parts) - 2 else None
    return with_campus(
        school,
        after,
        is_place=place,
        field=field,
        then_place=later is not None and _is_place(later),
    )


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


#: A credential whose name ends on what it is ("... Professional Certificate").
_NAMED_CREDENTIAL = re.compile(r"(?i)\b(?:certificate|certification)$")


def _issuer(degree: str | None, part: str) -> bool:
    """Whether ``part``, after a certificate named in full, is its issuer ("Google",
    "IBM"): a capitalised name of one to three words that no field's words end."""
    words = part.split()
    return (
        bool(degree and _NAMED_CREDENTIAL.search(degree.strip()))
        and 1 <= len(words) <= 3
        and all(w[:1].isupper() for w in words)
        and words[-1].lower().strip(".,") not in FIELD_WORDS
        and re.search(r"(?:ology|istry|ics|ment|tion|ing|ism)$", words[-1].lower())
        is None
    )


#: A unit of a school named by what it teaches ("Institute of Physics", "School of
#: Engineering", "Department of History"): before the school's own name, not it.
_UNIT_OF = re.compile(
    r"(?i)(?:institute|department|dept\.?|faculty|school|college|centre|center"
    r"|laborator(?:y|ies))\s+(?:of|for)\s+[a-z]"
)


#: How a field of study's last word ends ("Musicology", "Economics", "Robotics").
_FIELD_TAIL = re.compile(
    r"(?:ology|istry|ics|ship|ment|tion|ing|ism|ure|ies|ence|ance)$"
)
#: A name's small words ("Bergen op Zoom", "Universidad de X").
_PARTICLES = frozenset(
    "op de del la le van der den di du da dos of and & y i am".split()  # noqa: SIM905
)


#: The end of a list of fields after a comma: capitalised words, "and" or "&",
#: capitalised words ("Electronic and Communication").
_LIST_TAIL = re.compile(
    r"[A-ZÀ-Ý][\w-]*(?:\s+[A-ZÀ-Ý][\w-]*){0,2}\s+(?:and|&)\s+"
    r"[A-ZÀ-Ý][\w-]*(?:\s+[A-ZÀ-Ý][\w-]*){0,2}"
)


def name_like_school(part: str) -> bool:
    """Whether the last part of a degree's line, which names no school word, is
    still a school's name rather than a field: an acronym ("UNED", "ISEFAC"), or
    two to six capitalised words (small words between them) none of which a field
    of study's words are or end like ("Mollerlyceum Bergen op Zoom", "Brooke
    Weston"; not "Computer Science & Engineering", "Media Design") (round 13)."""
    words = part.split()
    if len(words) == 1:
        return re.fullmatch(r"[A-ZÀ-Ý]{3,8}", part) is not None
    return (
        2 <= len(words) <= 6
        and words[0][:1].isupper()
        and words[-1][:1].isupper()
        and all(w[:1].isupper() or w.lower() in _PARTICLES for w in words)
        and not any(
            w.lower().strip(".,") in FIELD_WORDS
            or _FIELD_TAIL.search(w.lower().strip(".,"))
            for w in words
        )
        and not re.search(r"\d", part)
    )


def build_entry(anchor: Line | None, members: list[Line]) -> Education:
    degree = level = field = institution = None
    others = [ln for ln in members if anchor is None or ln.index != anchor.index]
    if anchor is not None:
        text = anchor.text
        span = find_span(text)
        if span:
            text = (text[: span.begin] + "  " + text[span.finish :]).strip()
            text = re.sub(r"\(\s*\)", "  ", text)  # "Certificate (2008)"
        parts = school_parts(text)
        found = degree_at(text)
        level = (found[0] or None) if found else None  # "": no level
        named = [i for i, p in enumerate(parts) if degree_at(p) and not _is_place(p)]
        if (
            parts
            and 0 not in named
            and found
            and found[1] == 0
            and found[2] <= len(parts[0])
            and text.startswith(parts[0])
        ):  # "Higher Education, A Levels": the credential the line opens on (named
            # only before its comma) is the entry's
            named.insert(0, 0)
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
        if degree and _LIST_TAIL.fullmatch(
            parts[at + 1] if at + 1 < len(parts) else ""
        ):
            tail = parts[at + 1]
            if (
                # a field named after "in"/"of" ("Master of Science", "Certificate
                # of Completion" name none)
                re.search(
                    r"\b(?:in|of)\s+(?!(?:applied\s+)?(?:science|arts|engineering"
                    r"|technology|philosophy)\b|" + _NO_FIELD + r")[A-Z]",
                    degree,
                    re.I,
                )
                and not INSTITUTION_RE.search(tail)
                and degree_at(tail) is None
                and not _is_place(tail)
            ):  # "... (B.E.) in Electrical, Electronic and Communication": the
                # fields' list goes on after the comma
                degree = f"{degree}, {tail}"
                del parts[at + 1]
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
                rest = degree[hit[2] :] if hit else ""
                if hit and degree[: hit[1]].count("(") > degree[: hit[1]].count(")"):
                    # "Engineer (≈M.Sc.), Mechatronics": a degree named in brackets
                    # (its equivalent) ends at the closing bracket
                    rest = rest.partition(")")[2]
                rest = rest.strip(" .,:-–")
                rest = re.sub(r"(?i)^degree\b[\s:]*", "", rest)  # "A.S. Degree : X"
                # the year of study after the degree ("Master 2 Communication",
                # "Licence 3 Informatique"): the field follows it
                rest = re.sub(
                    r"^[1-5]\s+(?=[A-ZÀ-Ý])(?!(?i:years?|yrs?|ans|semesters?)\b)",
                    "",
                    rest,
                )
                no_field = rf"(?i)(?:\d|science$|arts$|degree|{_NO_FIELD})"
                if rest and not re.match(no_field, rest):
                    field = rest
                attests = re.search(rf"(?i){_NO_FIELD}\W*(\w.*)$", rest)
                if attests:  # "Certificate of Completion -MSCE Prep Course"
                    field = attests.group(1)
        whole = _NAMED_DEGREE.match(degree or "")
        if whole:  # "Master of Social Work Clinical": the degree, then its field
            degree, field = whole.group(1), whole.group(2)
        second = parts[at + 1] if degree and at + 1 < len(parts) else ""
        if (
            second
            and (degree_at(second) or (None, 1))[1] == 0
            and not (INSTITUTION_RE.search(second))
        ):  # "BA Philosophy, BS Mathematics": a double degree, both named
            degree = f"{degree}, {once(second)}"
            del parts[at + 1]
        institution = lead_school or _placed_school(anchor.text, parts, at)
        guess = unit = None  # the last part names the school, unless places end it
        placed = len(drop_places(parts[at + 1 :])) < len(parts[at + 1 :])
        for p in drop_places(parts[at + 1 :]):
            p = re.sub(r"\s+\d{1,2}$", "", p)  # a month's number left by "8 2014"
            where = school_in(p) if field is None and institution is None else None
            lead = undated(p[: where[0]]).strip(" ,:;-–") if where else ""
            if where and lead and not re.search(r"[\d:]", lead) and not _is_place(lead):
                # "Master of Arts , Education- M.Ed. 2014 Mount St. Joseph
                # University": the field, then the school
                field, institution = lead, p[where[0] :]
            elif INSTITUTION_RE.search(p):
                if (
                    institution is not None
                    and institution == unit
                    and not _UNIT_OF.match(p)
                ):
                    # "PhD, Institute of Physics, Karl-Franzens University of
                    # Graz": the unit, then the school it belongs to
                    field, institution = field or institution, None
                if institution is None and _UNIT_OF.match(p):
                    unit = p
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
        if institution is None and field and _issuer(degree, field):
            # "Data Analytics Professional Certificate, Google": who issued it
            institution, field = field, None
        if (
            institution is None
            and field
            and parts
            and field == parts[-1]
            and name_like_school(field)
            and not any(
                INSTITUTION_RE.search(ln.text) or _name_line(ln) for ln in others
            )
        ):  # "VWO, Mollerlyceum Bergen op Zoom", "Degree, UNED": the school, last
            institution, field = field, None
        institution = institution or glued_school
    for ln in others:
        if institution:
            break
        line_parts = school_parts(ln.text)
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
    years = [y for ln in members for y in YEAR_RE.findall(ln.text)]
    return Education(
        degree=degree,
        level=level,
        field=field,
        institution=institution,
        year=max(years) if years else None,
    )
