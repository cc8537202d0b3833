"""An education line cut into its parts (degree, field, school, place) as
:func:`gapcheck.parse.parts.split_parts` cuts a role's line, with the names a school
takes that hold a separator kept whole (round 13)."""

from __future__ import annotations

import re

from gapcheck.parse.dates import find_span
from gapcheck.parse.degree_text import degree_at
from gapcheck.parse.parts import split_parts
from gapcheck.parse.schools import INSTITUTION_RE, school_in
from gapcheck.parse.sections import Line

__all__ = ["field_over_degree", "school_parts"]

#: The campus or city a school's name goes on to after "at": one to four
#: capitalised words ("San Antonio", "UT Austin", "College Park", a school's word
#: as a place's).
_CAMPUS = re.compile(r"[A-ZÀ-Ý][\w.'’-]*(?:\s+[A-ZÀ-Ý][\w.'’-]*){0,3}")


def school_parts(text: str) -> list[str]:
    """The parts of an education line, where "at" inside a school's name is no
    separator: "The University of Texas at San Antonio", "University of Maryland at
    College Park" stay one part (a role's "Engineer at Acme" is cut there). The part
    before "at" names a school and no degree ("BS in Biology at Rice University"
    is still cut); the part after it is a campus's capitalised words."""
    parts = split_parts(text)
    out: list[str] = []
    for part in parts:
        last = out[-1] if out else None
        if (
            last is not None
            and f"{last} at {part}" in text
            and INSTITUTION_RE.search(last)
            and degree_at(last) is None
            and _CAMPUS.fullmatch(part)
            and degree_at(part) is None
        ):
            out[-1] = f"{last} at {part}"
        else:
            out.append(part)
    return out


def field_over_degree(lines: list[Line]) -> list[Line]:
    """A degree line written field first and wrapped at its comma ("Mechanical
    Engineering," over "PhD", "Computer Science," over "Bachelor of Science") as
    one line: the line ending on a comma names no degree, school, date or label, in
    one to five capitalised words, and the next line opens on a degree (round 14)."""
    out: list[Line] = []
    for line in lines:
        prev = out[-1] if out else None
        hit = degree_at(line.text.strip())
        if (
            prev is not None
            and prev.text.rstrip().endswith(",")
            and 1 <= len(prev.text.split()) <= 5
            and ":" not in prev.text  # "Honors: Dean's List," is a remark
            and all(
                w[:1].isupper() or w in ("and", "of", "&", "in")
                for w in prev.text.split()
            )
            and hit is not None
            and hit[1] == 0
            and degree_at(prev.text) is None
            and school_in(prev.text) is None
            and find_span(prev.text) is None
            and find_span(line.text) is None
        ):
            text = f"{prev.text.rstrip()} {line.text.strip()}"
            out[-1] = Line(prev.index, text, prev.start, line.end)
            continue
        out.append(line)
    return out
