"""A role header written over several lines or cells, cut into its parts: each
line by :func:`~gapcheck.parse.parts.split_parts`, then pieces put back together
where a line is one field ("Senior Engineer – Platform" over "Oakridge Systems",
"Hartwell Analytics, Emergency Department" over a title) or a cell holds one
("Data Scientist - Growth | eBay")."""

from __future__ import annotations

import re
from collections.abc import Callable

from gapcheck.parse.bullets import strip_bullet
from gapcheck.parse.headings import ORG_WORDS
from gapcheck.parse.org_side import org_like
from gapcheck.parse.parts import (
    _EMPLOYMENT,
    _PLACEHOLDER_ORG,
    _is_place,
    _qualified,
    _subunit,
    _titled,
    _words,
    drop_places,
    ends_on_legal_form,
    split_parts,
)


def header_parts(texts: list[str], places: Callable[[str], bool]) -> list[str]:
    """The parts of a role header written over several lines: each line cut by
    :func:`split_parts`, except a line that is a job title and its qualifier joined
    by a spaced dash ("Fullstack Engineer - Go/NodeJS/AngularJS" over "Stone
    Pagamentos · Rio de Janeiro"), kept whole when another line (not a place
    line, see ``places``) can name the organisation: the rule of
    :func:`_dash_qualifier` across lines."""
    cut = [split_parts(t) for t in texts]
    if len(cut) > 1:
        # each line's own places go with it ("SharkEye Technology Services, LLC –
        # Martinez, CA" over "Tech Support I (MSP)<TAB>dates"): a town left
        # mid-header is no title
        cut = [drop_places(parts) if len(parts) > 1 else parts for parts in cut]
    out: list[str] = []
    for k, (text, parts) in enumerate(zip(texts, cut, strict=True)):
        others = [
            p for j, q in enumerate(cut) if j != k and not places(texts[j]) for p in q
        ]
        out += line_parts(text, parts, others)
    return out


def line_parts(text: str, parts: list[str], others: list[str]) -> list[str]:
    """One line's ``parts`` within a header whose other lines hold ``others``: one
    part when the line is a dashed job title (:func:`dashed_title`) or an
    organisation and its unit (:func:`org_and_unit`)."""
    return org_and_unit(text, dashed_title(text, parts, others), others)


#: A university named by its place, whose campus may follow after a comma
#: ("University of California, Berkeley").
UNIVERSITY_OF = re.compile(r"(?:The )?University of [A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?")


def org_and_unit(text: str, parts: list[str], others: list[str]) -> list[str]:
    """ "Hartwell Analytics, Emergency Department", "Saint Aldric Hospital – Renal
    Unit", "University of Texas, Austin" on a line of their own, the job title on
    another line of the header (``others``): one part, the organisation. The first
    piece looks like an organisation; the second is no title, no organisation of
    its own, no place and no employment kind, up to four capitalised words (the
    campus of a university named by its place may be a town)."""
    kept = drop_places(parts)
    if len(kept) != 2 or not any(_titled(p) for p in others):
        return parts
    org, unit = kept
    campus = UNIVERSITY_OF.fullmatch(org) is not None
    if (
        not (org_like(org) or ORG_WORDS & _words(org))
        or _titled(org)
        or _titled(unit)
        or ends_on_legal_form(unit)  # "Google, Alphabet Inc.": two names
        or (_is_place(unit) and not campus)
        or _EMPLOYMENT.fullmatch(unit)
        or not 1 <= len(unit.split()) <= 4
        or not all(w[:1].isupper() or w in ("&", "of", "and") for w in unit.split())
    ):
        return parts
    found = re.search(re.escape(org) + r"(.*?)" + re.escape(unit), strip_bullet(text))
    if found is None or not re.fullmatch(r"\s*,\s*|\s+[-–—]\s+", found.group(1)):
        return parts
    return [found.group(0)]


def dashed_title(text: str, parts: list[str], others: list[str]) -> list[str]:
    """A header line's ``parts``, as one job title when the line is a title and its
    qualifier joined by a spaced dash ("Senior Engineer – Platform") and the header's
    ``others`` parts (its other lines') can name the organisation."""
    if len(parts) == 2 and drop_places(others):
        a, b = parts
        dash = re.fullmatch(
            re.escape(a) + r"(\s+[-–—]\s+)" + re.escape(b),
            strip_bullet(text).strip(),
        )
        # another line names an organisation by its kind ("JWI-Charité
        # Hospital – Berlin"): an organisation word in the qualifier is the
        # field's ("Internship – Ultrasound Technology")
        named = any(ORG_WORDS & _words(p) for p in drop_places(others))
        if dash and _qualified(a, b, named_elsewhere=named):
            return [f"{a} {dash.group(1).strip()} {b}"]
    return parts


#: A strong field separator: a tab, a bar, a middle dot, a bullet or a long dash
#: between spaces, or "at" / "@" ("Software Engineer, Platform at Google").
_FIELD_SEP = re.compile(r"\s*\t\s*|\s+[|·•—–]\s+|\s*\|\s*|\s+(?:at|@)\s+")


def field_parts(texts: list[str]) -> list[str] | None:
    """The parts of a header written one field a line or a cell ("Software Engineer,
    Platform" over "Google · Mountain View, CA"; "Data Scientist - Growth | eBay"),
    else None.

    When exactly two fields hold more than places, one a single part and the other
    cut by commas or dashes, and the job-title words are in one of them only, the
    cut field is one part: the title's team ("Platform") or the organisation's
    campus ("University of California, Berkeley") is no organisation of its own.
    Not when a later piece of the cut field names an organisation ("Infrastructure,
    International Business Machines Corporation": a title wrapped onto the line of
    its organisation)."""
    groups: list[tuple[str, list[str]]] = []
    for text in texts:
        others = [p for t in texts if t is not text for p in split_parts(t)]
        cut = drop_places(split_parts(text))
        one = org_and_unit(text, cut, others)
        if len(cut) == 2 and len(one) == 1:
            groups.append((one[0], one))  # "Acme Health, Renal Unit"
            continue
        if len(cut) == 1 and not _titled(cut[0]) and _subunit(cut[0]):
            groups.append((cut[0], cut))  # "Acme Health – Renal Unit": one part
            continue
        fields = _FIELD_SEP.split(text)
        if _place_after_org(fields) and any(_titled(t) for t in texts if t != text):
            fields = fields[:1]  # "Glovo · Barcelona" under "Engineer, Payments"
        for field in fields:
            pieces = [] if _is_place(field.strip()) else drop_places(split_parts(field))
            if pieces:
                groups.append((field.strip(), pieces))
    if len(groups) != 2 or sorted(len(g[1]) for g in groups)[0] != 1:
        return None
    many = max(groups, key=lambda g: len(g[1]))
    if len(many[1]) < 2 or sum(any(_titled(p) for p in g[1]) for g in groups) != 1:
        return None
    if any(ORG_WORDS & _words(p) or org_like(p) for p in many[1][1:]):
        return None
    if _EMPLOYMENT.fullmatch(many[1][0]):
        return None  # "Développeur web | Part-time, BigInt": the title's, see above
    text, pieces = many
    if _PLACEHOLDER_ORG.search(text):
        return None  # "Company Name - City , State ?": a place left over
    begin, end = text.find(pieces[0]), text.rfind(pieces[-1])
    if begin < 0 or end < begin:
        return None
    whole = text[begin : end + len(pieces[-1])]
    return [whole if g is many else g[1][0] for g in groups]


def _place_after_org(fields: list[str]) -> bool:
    """ "Glovo · Barcelona", "Booking.com · Amsterdam": a line of two fields, an
    organisation and then a town that no list of places knows (one to three
    capitalised words, no job-title or organisation word), on a header whose title
    is on another line."""
    if len(fields) != 2:
        return False
    org, town = (f.strip() for f in fields)
    words = town.split()
    return (
        bool(org)
        and not _titled(org)
        and 1 <= len(words) <= 3
        and all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words)
        and not _titled(town)
        and not ORG_WORDS & _words(town)
    )


_BAR = re.compile(r"\s+\|\s+|\s*\|\s*$|^\s*\|\s*")


def bar_fields(texts: list[str]) -> list[str] | None:
    """A one-line header whose fields are set apart by bars ("Principal Associate –
    Patient Services | Hartwell Robotics, IT Services | dates"): each field one
    part, a dash or comma inside a field being the field's own, else None. Only when
    two fields or more name more than a place, one of them a job title and another
    none (a bar is the strongest separator a line has; "Engineer – Acme | Austin,
    TX" has one such field and is cut as before)."""
    if len(texts) != 1 or " | " not in texts[0]:
        return None
    fields = []
    for field in _BAR.split(texts[0]):
        place = not field.strip() or _is_place(field.strip())
        pieces = [] if place else drop_places(split_parts(field))
        if not pieces:
            continue
        if _EMPLOYMENT.fullmatch(field.split(",")[0].strip()):
            return None  # "Designer | Freelance, Acme": how the job was held
        begin, end = field.find(pieces[0]), field.rfind(pieces[-1])
        if begin < 0 or end < begin:
            return None
        fields.append(field[begin : end + len(pieces[-1])])
    titled = [f for f in fields if _titled(f)]
    if len(fields) < 2 or not titled or len(titled) == len(fields):
        return None
    return fields
