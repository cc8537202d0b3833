"""Education sections laid out one of two ways, read by their layout rather than by
their words: rows of a school and its dates at a right tab stop over the degree
(``school_rows``, Word templates) and entries stacked a line a field in a narrow
column, each ending on a line of its dates (``stacked_units``, sidebars), where a
wrapped school's name or degree spans lines."""

from __future__ import annotations

import re

from gapcheck.parse.dates import CURRENT, find_span
from gapcheck.parse.degree_text import degree_at
from gapcheck.parse.education_entry import YEAR_RE, build_entry, name_like_school
from gapcheck.parse.education_parts import school_parts
from gapcheck.parse.parts import drop_places, split_parts
from gapcheck.parse.schools import (
    FIELD_WORDS,
    INSTITUTION_RE,
    clean_school,
    dates_only,
    school_in,
)
from gapcheck.parse.sections import Line
from gapcheck.records import Education

__all__ = ["GRADE", "row", "school_rows", "stacked_units", "table_rows"]

#: A grade line after an entry's dates: "GPA: 3.8", "Score: 18/20".
GRADE = re.compile(r"(?i)^\s*(?:c?gpa|grade|score|mark)s?\b")


def row(text: str) -> tuple[str, str] | None:
    """A row of an entry: its text, then a tab and its dates alone ("Hack
    Reactor<TAB>2015 – 2016"), as (text, dates); else None."""
    if "\t" not in text:
        return None
    left, right = text.rsplit("\t", 1)
    if not left.strip() or not dates_only(right):
        return None
    if YEAR_RE.search(left) or find_span(left) or re.search(r"\d[.,/]\d", left):
        return None  # dates or a grade in the left cell: no row of this form
    # (a number in a name stays: "École 42 - Paris")
    return left, right


def school_rows(content: list[Line]) -> list[Education] | None:
    """Entries that each open on a row of the school and its dates at a right tab
    stop, over the degree ("Sciences Po<TAB>2017 – 2019" / "Master, Affaires
    publiques"; "University of Toronto, Toronto, Canada<TAB>2008 – 2012" / "BASc,
    Electrical Engineering"), as Word templates lay them out: each row's left cell is
    its entry's school, whether or not it has a school word, the lines under it up to
    the next row the degree and field (grade lines aside). None unless the section
    is rows of this form only: it opens on a row, every row has one to three lines
    under it, none dated, no row's left cell names a degree, and at least half the
    rows name a school or have a degree under them. A school's line over a line of
    its dates alone is such a row too."""
    if not content or not any(row(ln.text) for ln in content):
        return None
    joined: list[Line] = []
    for ln in content:
        last = joined[-1] if joined else None
        if (
            last is not None
            and dates_only(ln.text)
            and "\t" not in last.text
            and find_span(last.text) is None
            and INSTITUTION_RE.search(last.text)
            and degree_at(last.text) is None
        ):  # "Staffordshire University" over "2017 – 2018": a row read as two lines
            text = f"{last.text}\t{ln.text.strip()}"
            joined[-1] = Line(last.index, text, last.start, ln.end)
        else:
            joined.append(ln)
    content = joined
    undated = {i for i in range(len(content)) if _undated_row(content, i)}
    if row(content[0].text) is None and 0 not in undated:
        return None
    opens = [
        i for i, ln in enumerate(content) if row(ln.text) is not None or i in undated
    ]
    out, named = [], 0
    for a, b in zip(opens, [*opens[1:], len(content)], strict=True):
        left, right = row(content[a].text) or (content[a].text.strip(), "")
        under = [
            ln.text.strip() for ln in content[a + 1 : b] if not GRADE.match(ln.text)
        ]
        if not under or len(under) > 3 or degree_at(left) is not None:
            return None
        if any(find_span(text) for text in under):
            return None
        said = " ".join(under)
        named += bool(INSTITUTION_RE.search(left) or degree_at(under[0]))
        out.append(_entry(left, said, content[a + 1].index, right))
    # most rows name a school or have a degree under them ("Coursera<TAB>2018" /
    # "Specialization, Deep Learning" among them)
    return out if 2 * named >= len(out) else None


def _undated_row(content: list[Line], i: int) -> bool:
    """Whether line ``i`` is the row of a school written without its dates among
    rows of a school and its dates ("Ludwig-Maximilians-Universität" over
    "Associates, Robotics", then "Polotsk State University<TAB>2005 – 2009"): a
    school's name alone (no tab, dates or degree) over a line opening on a degree
    (round 13)."""
    text = content[i].text
    nxt = content[i + 1].text if i + 1 < len(content) else ""
    return (
        "\t" not in text
        and find_span(text) is None
        and degree_at(text) is None
        and bool(INSTITUTION_RE.search(text) or name_like_school(text.strip()))
        and (degree_at(nxt) or (None, 1))[1] == 0
        and (i == 0 or row(content[i - 1].text) is None)
    )


_CURRENT_CELL = re.compile(rf"(?i)\s*{CURRENT}\s*")
#: Between a table's cells: a tab (a PDF's cell gap) or " | " (a .docx table's
#: cells as the reader joins them).
_CELL = re.compile(r"\t| \| ")


def table_rows(content: list[Line]) -> list[Education] | None:
    """Entries written as the rows of a table of three cells (a tab or " | "
    between them): the
    dates, the degree and the school, in one order for the section ("2018 –
    2021<TAB>Bachelor, Information Technology<TAB>Kristiania" / "2016 –
    2017<TAB>Årsenhet, Communication and Media Studies<TAB>Høgskulen i Volda"):
    which text cell is the school is told by the rows whose words say it (a
    school's word in one cell, or a degree in the other), and every row is read
    in that order, whatever its words (a degree no list knows, "Exchange", a
    course's name). None unless every line of the section (grade lines aside) is
    such a row, the rows that say agree and one does."""
    rows: list[tuple[int, str, list[str]]] = []
    for ln in content:
        if GRADE.match(ln.text):
            continue
        cells = [c.strip() for c in _CELL.split(ln.text) if c.strip()]
        dated = [
            i
            for i, c in enumerate(cells)
            if dates_only(c) or _CURRENT_CELL.fullmatch(c)
        ]
        if len(cells) != 3 or len(dated) != 1:
            return None
        rows.append(
            (ln.index, cells[dated[0]], cells[: dated[0]] + cells[dated[0] + 1 :])
        )
    said: set[int] = set()  # where the school is, as the rows that say it have it
    for _, _, (a, b) in rows:
        school_a = INSTITUTION_RE.search(a) is not None and degree_at(a) is None
        school_b = INSTITUTION_RE.search(b) is not None and degree_at(b) is None
        if (school_b or degree_at(a)) and not (school_a or degree_at(b)):
            said.add(1)
        elif (school_a or degree_at(b)) and not (school_b or degree_at(a)):
            said.add(0)
    if len(said) != 1:
        return None
    (at,) = said
    return [
        _entry(cells[at], cells[1 - at], index, dates) for index, dates, cells in rows
    ]


def _entry(school: str, said: str, index: int, dates: str) -> Education:
    """An entry from its school's text, its degree's text and its dates: the
    degree and field read from the degree's text (its first part when it names no
    degree: "Exchange semester", "Classes préparatoires, MPSI"), a place after the
    school's name ending on a country or region left out."""
    parts = drop_places(school_parts(school)) or [school.strip()]
    institution = clean_school(", ".join(parts)) or ", ".join(parts)
    degree: str | None
    if degree_at(said):
        entry = build_entry(Line(index, said, 0, len(said)), [])
        degree, field, level = (
            entry.degree,
            entry.field or entry.institution,
            entry.level,
        )
    else:
        pieces = split_parts(said) or [said]
        degree, field, level = pieces[0], ", ".join(pieces[1:]) or None, None
    years = YEAR_RE.findall(dates)
    return Education(
        degree=degree,
        level=level,
        field=field,
        institution=institution,
        year=max(years) if years else None,
    )


#: How a wrapped line ends when its name goes on below: a comma, a dash, or a
#: name's small word ("MBA, Gestão de" over "Produtos", "University of Wisconsin–"
#: over "Madison").
_GOES_ON = re.compile(
    r"(?:[,/&–—-]|\b(?i:of|and|for|in|at|the|de|di|du|des|del|della|der|do|da|"
    r"dos|das|din|van|degli|f[üu]r|en|et|y|e|und|op|aan|sur|upon|si|şi))$"
)
#: How a wrapped line opens when it goes on from the line above: in lower case or
#: on a joining sign ("Master Degree in Networks" over "and Telecommunications").
_GOES_ON_FROM = re.compile(r"^(?:[a-zà-ÿ]|&|\+|/)")
#: How a school's wrapped name goes on: on a name's small word ("at College
#: Park", "of Technology"), not on any lower-case word ("ba.polit.": a degree).
_NAME_GOES_ON_FROM = re.compile(
    r"^(?:at|of|and|for|in|de|du|des|del|di|da|van|von|op|&)\s"
)


def _joined(lines: list[str]) -> str:
    """Wrapped lines as one text, with no space after a dash that ends a line."""
    text = ""
    for line in lines:
        text += line if not text or text.endswith(("–", "—", "-")) else " " + line
    return text


def _degree_end(lines: list[str], least: int = 1) -> int:
    """Where a degree written first (maybe wrapped) ends and its school starts, from
    line ``least`` on: at the first later line that opens on a school's name (the
    line before it when it is the school's keyword alone), else after the first
    line that does not go on (:data:`_GOES_ON`) nor end on a degree's name, and is
    followed by no wrapped end of a field (:func:`_field_end`)."""
    for i in range(least, len(lines)):
        where = school_in(lines[i])
        if where is not None and where[0] == 0:
            if len(lines[i].split()) == 1 and i - 1 >= least:
                return i - 1  # "East Tennessee State" over "University"
            return i
    for i in range(least, len(lines)):
        last = (lines[i - 1].split() or [""])[-1]
        hit = degree_at(last)
        ends_on_degree = hit is not None and hit[1] == 0 and hit[2] == len(last)
        if (
            not _GOES_ON.search(lines[i - 1])
            and not _GOES_ON_FROM.match(lines[i])
            and not ends_on_degree  # "BA Philosophy, BS" over its field
            and not _field_end(lines[i])
        ):
            return i
    return len(lines) - 1


#: How a field of study's last word ends ("Engineering", "Science" aside).
_FIELD_TAIL = re.compile(
    r"(?:ology|istry|ics|ship|ment|tion|ing|ism|ure|ies|ence|ance)$"
)


def _field_end(line: str) -> bool:
    """Whether ``line`` is the end of a field of study wrapped from the degree's
    line ("Master's degree, Software" over "Engineering", "Bachelor, Computer" over
    "Science"): up to three words, the last one a field's, no school named."""
    words = line.split()
    last = words[-1].lower().strip(".,") if words else ""
    return (
        1 <= len(words) <= 3
        and INSTITUTION_RE.search(line) is None
        and (last in FIELD_WORDS or _FIELD_TAIL.search(last) is not None)
    )


def _school_end(lines: list[str]) -> int:
    """Where a school written first (maybe wrapped) ends, when no degree is named
    under it: after the line holding its keyword ("Staffordshire" / "University"),
    and the lines its name goes on to; else as :func:`_degree_end`."""
    at = next((i for i, t in enumerate(lines) if INSTITUTION_RE.search(t)), None)
    if at is None:
        return _degree_end(lines)
    end = at + 1
    while end < len(lines) - 1 and (
        _GOES_ON.search(lines[end - 1]) or _NAME_GOES_ON_FROM.match(lines[end])
    ):  # "University of Maryland" over "at College Park"
        end += 1
    return min(end, len(lines) - 1)


#: A remark on a line of its own under a degree: "(expected)", "honors", "magna
#: cum laude", "minor in Art"; no part of the degree's or the school's name.
_REMARK = re.compile(
    r"^\(.*\)$|^(?i:(?:with\s+)?(?:high(?:est)?\s+)?hono(?:u)?rs|summa\b|magna\b|"
    r"cum\s+laude|minor\b|expected\b|dean'?s\s+list)"
)


#: A credential's word alone ending its wrapped name: "Data Analytics Professional"
#: over "Certificate".
_CREDENTIAL_END = re.compile(
    r"(?i)^(?:professional\s+|graduate\s+)?(?:certificate|certification|diploma)$"
)


def _degree_line(texts: list[str]) -> int | None:
    """The first line naming a degree, where a wrapped credential's last word
    ("Certificate" under "Data Analytics Professional", no school named above it)
    is its name's first line (see :func:`_credential_wrap`)."""
    at = next((k for k, t in enumerate(texts) if degree_at(t)), None)
    if (
        at is not None
        and at > 0
        and _CREDENTIAL_END.match(texts[at])
        and not any(INSTITUTION_RE.search(t) for t in texts[:at])
    ):
        return 0
    return at


def _credential_wrap(texts: list[str]) -> int:
    """How many lines a wrapped credential's name takes at least: up to its word
    alone on a line ("Data Analytics Professional" / "Certificate": 2), else 1."""
    at = next((k for k, t in enumerate(texts) if degree_at(t)), 0)
    return at + 1 if at > 0 and _CREDENTIAL_END.match(texts[at]) else 1


def stacked_units(content: list[Line]) -> list[Education] | None:
    """Entries stacked a field a line, each ending on a line of its dates (a grade
    line may follow), as sidebars lay them out: "Universidad" / "Complutense de" /
    "Madrid" / "Grado, Matemáticas" / "2010 – 2014" (the school first, wrapped in
    a narrow column) or "Graduate Certificate," / "Artificial Intelligence" /
    "Stanford" / "2019 – 2020" (the degree first). The lines before a unit's degree
    line are its school, those from it its degree; where the degree comes first,
    its school starts at the first line opening on a school's name, else after the
    degree's wrapped lines. A unit naming no degree is read in the order the others
    are written. None unless the section is such units only (two to six short lines
    each, dates apart) and some unit names a degree."""
    units: list[tuple[list[Line], str]] = []
    start = 0
    for i, ln in enumerate(content):
        if GRADE.match(ln.text) and units and start == i:
            start = i + 1
            continue
        if dates_only(ln.text) or _CURRENT_CELL.fullmatch(ln.text):
            # ("Present" alone: a study still going on, its start left out)
            body = [x for x in content[start:i] if not GRADE.match(x.text)]
            if not 2 <= len(body) <= 6:
                return None
            units.append((body, ln.text))
            start = i + 1
    if not units or start < len(content):
        return None
    if any(len(x.text.split()) > 12 or "\t" in x.text for b, _ in units for x in b):
        return None
    firsts = []
    for body, _ in units:
        at = _degree_line([x.text.strip() for x in body])
        if at is not None:
            firsts.append(at == 0)
    if not firsts:
        return None
    degree_first = 2 * sum(firsts) > len(firsts)
    out = []
    for whole, last_dates in units:
        for body, dates in _undated_apart(whole, last_dates, degree_first):
            entry = _unit(body, dates, degree_first, content)
            if entry is None:
                return None
            out.append(entry)
    return out


def _undated_apart(
    body: list[Line], dates: str, degree_first: bool
) -> list[tuple[list[Line], str]]:
    """A unit's lines, with the entries written without dates before its last one
    apart ("Associates, Robotics" / "Ludwig-Maximilians-Universität" / "Bachelor's,
    Medieninformatik" / "Polotsk State University" / "2005 – 2009": two entries,
    the first undated). A later entry opens where a line names a degree at its start
    after a line that names none and does not go on, when the unit opens on a
    degree (degree first), or on the line before it when a degree was named two
    lines or more above it (school first) (round 13)."""
    texts = [x.text.strip() for x in body]
    opens = [
        k
        for k in range(2, len(texts))
        if (degree_at(texts[k]) or (None, 1))[1] == 0
        and degree_at(texts[k - 1]) is None
        # the line before is a school's name: the earlier entry's last line
        and (INSTITUTION_RE.search(texts[k - 1]) or name_like_school(texts[k - 1]))
        and not _GOES_ON.search(texts[k - 1])
        and not _GOES_ON_FROM.match(texts[k])
        and not _REMARK.match(texts[k])
        and not _CREDENTIAL_END.match(texts[k])
    ]
    named = [k for k, t in enumerate(texts) if (degree_at(t) or (None, 1))[1] == 0]
    if degree_first:
        opens = [k for k in opens if named and named[0] == 0]
    else:  # the school's line before the degree, after an earlier degree's lines
        opens = [
            _wrapped_start(texts, k - 1, max(j for j in named if j < k - 1))
            for k in opens
            if any(j < k - 1 for j in named)
        ]
    out, start = [], 0
    for k in opens:
        out.append((body[start:k], ""))
        start = k
    out.append((body[start:], dates))
    return out


def _wrapped_start(texts: list[str], cut: int, floor: int) -> int:
    """Where a school's name wrapped over lines starts, from its last line ``cut``
    up, above no line ``floor`` (the earlier degree's): "Polotsk State" over
    "University", "University of Maryland" over "at College Park"."""
    while cut - 1 > floor and (
        INSTITUTION_RE.fullmatch(texts[cut])
        or _NAME_GOES_ON_FROM.match(texts[cut])
        or _GOES_ON.search(texts[cut - 1])
    ):
        cut -= 1
    return cut


def _unit(
    body: list[Line], dates: str, degree_first: bool, content: list[Line]
) -> Education | None:
    """One stacked unit's entry (see :func:`stacked_units`), or None when it has no
    lines but remarks."""
    texts = [x.text.strip() for x in body if not _REMARK.match(x.text.strip())]
    if not texts:
        return None
    at = _degree_line(texts)
    if at == 0:
        cut = _degree_end(texts, _credential_wrap(texts))
        said, school = texts[:cut], texts[cut:]
    elif at is None and degree_first:
        # the school is the last line opening on a school's name, else the last
        # line ("American Language" / "Institute & Study Abroad" / "California
        # State University" / "Long Beach"; "Containers & Kubernetes" /
        # "Essentials" / "IBM")
        opens = [
            i for i in range(1, len(texts)) if (school_in(texts[i]) or (1,))[0] == 0
        ]
        cut = opens[-1] if opens else len(texts) - 1
        while cut > 1 and (  # "VWO" / "Mollerlyceum Bergen op" / "Zoom"
            _GOES_ON.search(texts[cut - 1]) or _GOES_ON_FROM.match(texts[cut])
        ):
            cut -= 1
        said, school = texts[:cut], texts[cut:]
    elif at is not None:
        school, said = texts[:at], texts[at:]
    else:  # the school first, naming no degree: "ETH Zürich" / "Exchange semester"
        cut = _school_end(texts)
        school, said = texts[:cut], texts[cut:]
    said_text = _fields(said, max(len(x.text.strip()) for x in content))
    return _entry(_joined(school), said_text, body[0].index, dates)


def _fields(lines: list[str], widest: int) -> str:
    """A stacked degree's lines as one text: a line is a field of its own (a comma
    after it) when the next line's first word would have fitted on it in the
    column (as wide as its widest line at least) and it does not run on
    ("Bachelor's" / "Economics, Computer Science," / "Sociology": "Bachelor's,
    Economics, Computer Science, Sociology"; "Exchange" / "Economics, Sociology");
    else the lines are a wrapped text (see :func:`_joined`)."""
    out: list[str] = []
    for k, line in enumerate(lines):
        nxt = lines[k + 1].split() if k + 1 < len(lines) else []
        if (
            nxt
            and len(line) + 1 + len(nxt[0]) <= widest
            and not _GOES_ON.search(line)
            and not line.endswith((".", ":", ";"))
            and nxt[0][:1].isupper()
        ):
            out.append(line + ",")
        else:
            out.append(line)
    return _joined(out)
