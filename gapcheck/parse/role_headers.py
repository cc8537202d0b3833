"""Role headers glued to their text on one line, as HTML exports of a form write
them: "Company Name City , State Budget Accountant Coordinated the budget...", "Sales
Associate 01/1996 to 01/1999 Company Name City , State Fielded calls..."."""

from __future__ import annotations

import re

from gapcheck.parse.bullets import is_bullet, strip_bullet
from gapcheck.parse.dates import DateSpan, find_span
from gapcheck.parse.headings import ORG_WORDS
from gapcheck.parse.parts import (
    _PLACEHOLDER_ORG,
    _is_place,
    _titled,
    _words,
    drop_places,
    split_parts,
)


def title_case(text: str) -> bool:
    """ "RN Staff Nurse", "PROJECT MANAGER"; not "Ensure that the filings..."."""
    words = [w for w in strip_bullet(text).split() if w[:1].isalpha()]
    return bool(words) and all(w[:1].isupper() for w in words if len(w) > 3)


def glued_tail(text: str, span: DateSpan) -> str | None:
    """The header at the start of the text after a dates range when that text runs
    on ("... 01/1996 to 01/1999 Company Name City , State Fielded an average..."):
    a short title before the dates, an organisation and its place after them."""
    head, tail = text[: span.begin].strip(), text[span.finish :].strip()
    if not head or len(head.split()) > 8 or len(tail.split()) <= 10:
        return None
    if not title_case(head) or find_span(tail) is not None:
        return None
    glued = glued_header(tail)
    if glued is None or not (
        _PLACEHOLDER_ORG.search(glued) or ORG_WORDS & _words(glued)
    ):
        return None
    return glued


#: Where a place ends a glued header: ", CA", ", State", ", Ohio".
_PLACE_END = re.compile(r",\s*([A-Z][A-Za-z]+(?: [A-Z][a-z]+)?)\b")


def glued_header(text: str) -> str | None:
    """The header at the start of a line whose text runs on ("Company Name City ,
    State Budget/Project Accountant Coordinated the budget..."): up to the place,
    then the capitalised words up to the last job-title word."""
    head = " ".join(text.split()[:16])
    for match in _PLACE_END.finditer(head):
        place = match.group(1)
        end = match.end()
        if not _is_place(place):
            place = place.split()[0]  # ", State Finance Director"
            end = match.start(1) + len(place)
            if not _is_place(place):
                continue
        run: list[str] = []
        for word in head[end:].split():
            if not (word[:1].isupper() or word in {"of", "and", "&", "for", "/"}):
                break
            run.append(word)
        last = max(
            (k for k, w in enumerate(run) if _titled(" ".join(re.split("[/-]", w)))),
            default=-1,
        )
        title = " ".join(run[: _complement(run, last + 1)] if last >= 0 else [])
        return head[:end] + (f"  {title}" if title else "")
    return None


_VERB_END = re.compile(r"(?:ed|ing)$")
#: A grade after a job title: "Clerk II", "Engineer 3".
_LEVEL = re.compile(r"^(?:I{1,3}|IV|V|[1-5])$")


def _complement(run: list[str], k: int) -> int:
    """Where a title ends after its last title word: "Director" + "of Public
    Relations and Publications", up to a verb that opens the text ("Directed")."""
    if k < len(run) and _LEVEL.match(run[k]):
        k += 1  # "Clerk II", "Accountant III"
    while (
        k + 1 < len(run)
        and run[k] in {"of", "for", "and", "&"}
        and run[k + 1][:1].isupper()
        and not _VERB_END.search(run[k + 1])
    ):
        k += 2
        while (
            k < len(run)
            and run[k][:1].isupper()
            and not _VERB_END.search(run[k])
            and not _titled(run[k])
        ):
            k += 1
    return k


def undated_glued(text: str) -> tuple[str, str] | None:
    """(title, organisation) of an undated header that opens with an organisation
    and its place and ends with a job title ("Company Name City , State Clerk II
    Created, organized..."), else None."""
    if is_bullet(text) or find_span(text) is not None:
        return None
    glued = glued_header(text)
    if glued is None or "  " not in glued:
        return None
    head, title = glued.rsplit("  ", 1)
    org = drop_places(split_parts(head))
    if len(org) != 1 or not _titled(title):
        return None
    if not (_PLACEHOLDER_ORG.search(org[0]) or ORG_WORDS & _words(org[0])):
        return None
    return title.strip(), org[0]
