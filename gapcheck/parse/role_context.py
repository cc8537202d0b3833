"""Which lines around a role's dates line belong to its header: short lines above
it (a title, an organisation, a place), one-line blocks after lone dates, the end of
the block before, and which line names only a place or an organisation."""

from __future__ import annotations

import re

from gapcheck.parse.bullets import is_bullet, strip_bullet
from gapcheck.parse.contact import find_location
from gapcheck.parse.dates import find_span
from gapcheck.parse.headings import ORG_WORDS
from gapcheck.parse.org_side import org_colon_unit, org_like
from gapcheck.parse.parts import (
    _PLACE_WORDS,
    _PLACEHOLDER_ORG,
    _is_place,
    _titled,
    _words,
    drop_places,
    split_parts,
)
from gapcheck.parse.role_headers import glued_header, title_case
from gapcheck.parse.role_lines import ABBREV
from gapcheck.parse.sections import Line

_LABEL = re.compile(r"^[A-Z][\w /&]{0,45}:\s")


#: A name written in camel case ("iOS Engineer", "eBay"): lower-case first, not a
#: wrapped line.
_CAMEL = re.compile(r"[a-z]{1,3}[A-Z]")


#: Small words that join a sentence's words: a lower-case line holding one is the
#: wrapped end of a sentence, not a name written in lower case.
_JOINING = frozenset(
    {"and", "or", "of", "the", "to", "for", "with", "in", "on", "a", "an", "by"}
)


_NO_WORD = frozenset({"·", "/", "|", "&", "•"})


def _short(line: Line, *, loose: bool = False) -> bool:
    """A line that can be part of a role header: short, not a sentence, no dates,
    no "Label: value" (a bullet only when very short: LaTeX templates put the
    company on an item)."""
    text = line.text
    low = (
        strip_bullet(text)[:1].islower()
        and not _CAMEL.match(strip_bullet(text))
        and not (  # "npm, Inc.", but not "bank and microbiology" (a wrapped end)
            len(text.split()) <= 4
            and ORG_WORDS & _words(text)
            and not _JOINING & set(text.split())
        )
    )
    if low or (_LABEL.match(text) and not org_colon_unit(text)):
        return False  # the wrapped end of the previous bullet; "Supervisor: ..."
    if (
        is_bullet(text)
        and (
            len(text.split()) > 7
            or ":" in text
            or not (
                find_location(text)
                or ORG_WORDS & _words(text)
                or (  # "• Google", "• Georgia Institute of Technology"
                    loose
                    and len(strip_bullet(text).split()) <= 4
                    and all(
                        w[:1].isupper()
                        for w in strip_bullet(text).split()
                        if len(w) > 3
                    )
                )
            )
        )
    ):
        return False
    # a dot, slash, bar or "&" between spaces is no word ("US Army & US Department
    # of State · New York, NY / Remote" is a header line of eleven); a dash is
    # counted: counting it neither took public5's word3 "Org - Unit – City -
    # Country" lines into the header whole and cut them wrong
    return (
        sum(w not in _NO_WORD for w in text.split()) <= 12
        and not re.search(r"[.!?]$", ABBREV.sub(r"\1", text))  # "Carters Inc."
        and find_span(text) is None
    )


#: A line that goes on below: it ends on a comma or a joining word.
_RUNS_ON = re.compile(r"(?:,|\s(?:and|or|of|the|with|to|for|in|a|an))$")


def _own_header(rest: str, above: list[Line], before: list[Line]) -> list[Line]:
    """The lines above a dates line that still belong to its header. When the dates
    line names a job title and an organisation itself ("Senior Trust Engineer,
    Atlassian  Feb 2017 – Feb 2018"), a line above in sentence case ("Terraform,
    Helm, and ArgoCD code") ends the last role's text: only the title-case lines
    right above it ("Acme Corp") are kept, unless they run on from a longer line.
    """
    own = drop_places(split_parts(rest)) if rest else []
    if len(own) >= 2 and _last_place(above, before):
        return []
    if len(own) < 2 or not any(_titled(p) for p in own):
        return above
    keep: list[Line] = []
    for ln in reversed(above):
        if not title_case(ln.text) or is_bullet(ln.text):
            break
        keep.insert(0, ln)
    named = any(
        org_like(p) or ORG_WORDS & _words(p) for p in own if not _titled(p)
    )  # the line names its organisation by its kind ("Northfield Robotics")
    while named and keep and _place_like(keep[0].text):
        # "Leeds" over "Title – Org<TAB>dates": the place of the role before (a
        # header line naming its own title and organisation takes no place above)
        keep.pop(0)
    lead = before[: len(before) - len(keep)]
    last = lead[-1].text if lead else ""
    wraps = is_bullet(last) and not re.search(r"[.!?]$", last)  # a bullet's wrap
    if keep and lead and (_RUNS_ON.search(last) or wraps):
        return []  # "Debian instances, MySQL databases, Kafka," / "Elasticsearch,
        # Redis, Auth0": the wrapped end of the last role's text
    return keep


_NAME = r"[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,2}"
#: "Oslo, Norge", "Remote, Spain": a place of two names, no other field.
_TWO_NAME_PLACE = re.compile(
    rf"{_NAME}, {_NAME}(?: \((?i:remote|hybrid|on-?site)\))?"  # "(remote)" after it
)


def _last_place(above: list[Line], before: list[Line]) -> bool:
    """Whether the one line above a dates line that names its own title and
    organisation is the role before's place ("Interaksjonsdesigner,
    Fremtind<TAB>dates" / "Oslo, Norge" / "Produktdesigner, NAV<TAB>dates"; "Moscow,
    Russia (remote)"): a
    "Name, Name" line with no job-title or organisation word right under the
    dates line before, which needs no header line either."""
    if len(above) != 1 or len(before) < 2 or before[-1] is not above[0]:
        return False
    text = above[0].text.strip()
    return (
        _TWO_NAME_PLACE.fullmatch(text) is not None
        and not _titled(text)
        and not ORG_WORDS & _words(text)
        and find_span(before[-2].text) is not None
        and "\t" in before[-2].text
    )


def _bare_org(line: Line) -> bool:
    """A short line naming only an organisation ("Company Name", "Acme Corp", "Acme
    Corp – Austin, TX"), no job title and no dates."""
    text = line.text
    if is_bullet(text) or not _short(line) or _titled(text):
        return False
    parts = drop_places(split_parts(text))
    return len(parts) == 1 and bool(
        _PLACEHOLDER_ORG.search(parts[0]) or ORG_WORDS & _words(parts[0])
    )


def _above(
    lines: list[Line], used: set[int], *, after_text: bool = False
) -> list[Line]:
    """The header lines right above a dates line: up to two short lines, and a
    location line besides. With ``after_text``, from the end of the block before
    the dates, only when the lines before them are a role's text (or nothing)."""
    above: list[Line] = []
    for k in range(len(lines) - 1, -1, -1):
        ln = lines[k]
        named = [a for a in above if not is_location_line(a.text)]
        if (
            ln.index in used
            or len(named) == 2
            or len(above) == 3
            or not (_short(ln, loose=True) or _lower_name(ln, lines[:k]))
        ):
            break
        if after_text and is_bullet(ln.text) and len(strip_bullet(ln.text).split()) > 4:
            break
        if above and _prose(ln.text):
            break  # "Lead a team of 3 recruiters ..." over "Sr. Recruiter"
        if above and is_bullet(ln.text) and not is_bullet(above[0].text):
            # "• Medical Robotics" over "FEMTO-ST, Besançon, France": a bullet over
            # an unbulleted header line is the text of the role before
            break
        above.insert(0, ln)
    if after_text and above and len(above) < len(lines):
        before = lines[len(lines) - len(above) - 1]
        if not (is_bullet(before.text) or _short(before) is False):
            return []
    return above


def _place_like(text: str) -> bool:
    """A line that can name only a place: a known one, or one to three capitalised
    words with no job-title or organisation word ("Leeds", "Rosebank")."""
    words = text.split()
    return is_location_line(text) or (
        1 <= len(words) <= 3
        and all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words)
        and not _titled(text)
        and not org_like(text)
        and not ORG_WORDS & _words(text)
    )


def _lower_name(line: Line, before: list[Line]) -> bool:
    """An organisation named in lower case ("bitcrowd", "backstitch · Detroit,
    MI") between a job title's line and the dates: one or two words (then maybe a
    place), no end mark, and a short line with a job-title word right above it."""
    text = line.text
    if is_bullet(text) or not before or re.search(r"[.!?:;,]$", text):
        return False
    parts = drop_places(split_parts(text))
    prev = before[-1]
    return (
        len(parts) == 1
        and 1 <= len(parts[0].split()) <= 2
        and parts[0][:1].islower()
        and find_span(text) is None
        and _short(prev)
        and _titled(prev.text)
    )


def _prose(text: str) -> bool:
    """A line of a role's text, not a header: three or more lower-case words."""
    small = {"of", "and", "the", "for", "in", "at", "to", "&", "a", "an", "on"}
    return sum(1 for w in text.split() if w[:1].islower() and w not in small) >= 3


def _org_line(line: Line) -> bool:
    """A line naming an organisation and its place ("Company Name – City , State",
    "Acme Corp, Austin, TX"), or running on from one (see :func:`_glued_header`)."""
    text = line.text
    if is_bullet(text) or text[:1].islower() or find_span(text) is not None:
        return False
    head = " ".join(text.split()[:12])
    org = _PLACEHOLDER_ORG.search(head) or ORG_WORDS & _words(head)
    place = find_location(head) or re.search(r",\s*State\b", head)
    if not (org and place):
        return False
    return _short(line) or glued_header(text) is not None


def _next_blocks(after: list[list[Line]], used: set[int]) -> list[Line]:
    """One-line blocks right after a dates line that ends its block: a title and an
    organisation, each on a line of its own (up to two)."""
    out: list[Line] = []
    for block in after[:2]:
        (line, *more) = block
        if more or line.index in used or is_bullet(line.text) or not _short(line):
            break
        out.append(line)
    return out


def _lead_blocks(
    before: list[list[Line]], used: set[int], lead: list[Line] | None = None
) -> list[Line]:
    """Header lines in the blocks before lone dates: the end of the last block, or
    one-line blocks in a row ("Google" / "Mountain View, CA" / "Software Engineer",
    each after a blank line), added to ``lead``."""
    lead = list(lead or [])
    for block in reversed(before):
        if lead and len(block) > 1:
            break
        got = _above(block, used, after_text=True)
        if not got:
            break
        merged = [*got, *lead]
        named = [ln for ln in merged if not is_location_line(ln.text)]
        if lead and (len(named) > 2 or len(merged) > 3):
            break
        lead = merged
        if len(block) > 1:
            break
    return lead


#: "Remote and Mexico City", "Remote / Oslo", "Remote or Lisbon, Portugal": remote
#: work, a connector and a place's name of one to four words ("Hybrid and ..." is
#: too often a field's name to count).
_MODE_AND_PLACE = re.compile(
    r"(?i:remote)\s*(?:\band\b|\bor\b|/|&|\+)\s*"
    r"[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,3}(?:, [A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,2})?"
)


def _mode_and_place(text: str) -> bool:
    """ "Remote and Mexico City", but not "Remote and Distributed Systems"."""
    return (
        _MODE_AND_PLACE.fullmatch(text) is not None
        and not ORG_WORDS & _words(text)
        and not _titled(text)
    )


def is_location_line(text: str) -> bool:
    """ "San Francisco, CA" or "Remote", but not "Initech LLC, Remote", "Stripe,
    Remote" nor "Stripe San Francisco, CA" or "Stripe<TAB>San Francisco, CA" (a
    company and its city, read as one line)."""
    parts = split_parts(text)
    if not parts:
        return False
    if all(_is_place(p) for p in parts) or _mode_and_place(text.strip()):
        return True
    head = parts[0]
    return (
        len(parts) == 2
        and _is_place(parts[1])
        and "," not in parts[1]  # "Stripe<TAB>San Francisco, CA": a company first
        and parts[1].lower() not in _PLACE_WORDS  # "Stripe, Remote": no city first
        and len(head.split()) <= 2
        and not ORG_WORDS & _words(head)
    )
