"""A role header's title and organisation, with the part after the organisation
kept when it is the organisation's own (round 14, issue 14): a unit ("Redfern Health,
Cardiology Division") or the campus of a university named by its place ("University
of California, Berkeley"), which :func:`~gapcheck.parse.parts.title_and_org` cuts
off at the comma."""

from __future__ import annotations

from gapcheck.parse.header_fields import UNIVERSITY_OF
from gapcheck.parse.headings import ORG_WORDS
from gapcheck.parse.org_side import org_like
from gapcheck.parse.parts import (
    _is_place,
    _subunit,
    _titled,
    _words,
    drop_places,
    ends_on_legal_form,
    split_parts,
    title_and_org,
)


def split_title_org(parts: list[str]) -> tuple[str | None, str | None]:
    """The title and the organisation of a header's parts; the part after the
    organisation stays with it when it is the header's last and names a unit of it
    ("Redfern Health, Cardiology Division") or the campus of a university named by
    its place ("University of California, Berkeley")."""
    title, org = title_and_org(parts)
    kept = drop_places(parts)
    if org is None or org not in kept or kept.index(org) != len(kept) - 2:
        return title, org
    tail = kept[-1]
    if tail == title or _titled(tail) or _is_place(tail):
        return title, org
    campus = (
        UNIVERSITY_OF.fullmatch(org) is not None
        and not org_like(tail)
        and 1 <= len(tail.split()) <= 3
        and all(w[:1].isupper() for w in tail.split())
    )
    if _subunit(tail) or campus:
        return title, f"{org}, {tail}"
    return title, org


def wrapped_title(texts: list[str], rest: str) -> list[str] | None:
    """A job title wrapped in a narrow cell beside its dates, under its
    organisation's line ("Copperleaf Analytics, Corp." / "Assistant Director of
    Finance and Business" / "Operations Planning<TAB>dates", ``rest`` the dates
    line's text before them): the header's parts with the title's two lines as one,
    else None. Only when the first line names the organisation (it looks like one)
    and the two lines are one piece each, neither looking like an organisation or a
    place, one holding a job-title word, the second of one to four words."""
    if len(texts) != 2 or not rest:
        return None
    first, wrapped = texts
    cut = split_parts(first)
    head = drop_places(cut)
    if len(head) == 2 and len(cut) > 2 and len(head[1].split()) <= 3:
        head = head[:1]  # the town before a region dropped ("..., Toronto, ON")
    if len(head) != 1 or not _names_org(head[0]):
        return None
    pieces = [split_parts(wrapped), split_parts(rest)]
    if any(len(p) != 1 for p in pieces):
        return None
    a, b = pieces[0][0], pieces[1][0]
    if (
        not 1 <= len(b.split()) <= 4
        or any(org_like(p) or _is_place(p) for p in (a, b))
        or not (_titled(a) or _titled(b))
        or a.endswith((".", ":"))
    ):
        return None
    return [head[0], f"{a} {b}"]


def _names_org(text: str) -> bool:
    return org_like(text) or bool(ORG_WORDS & _words(text)) or ends_on_legal_form(text)
