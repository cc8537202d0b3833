"""A role header's title and organisation, with the part after the organisation
kept when it is the organisation's own (round 14, issue 14): a unit ("Redfern Health,
Cardiology Division") or the campus of a university named by its place ("University
of California, Berkeley"), which :func:`~gapcheck.parse.parts.title_and_org` cuts
off at the comma."""

from __future__ import annotations

import re

from gapcheck.parse.org_side import org_like
from gapcheck.parse.parts import (
    _is_place,
    _subunit,
    _titled,
    drop_places,
    title_and_org,
)

#: A university named by its place, whose campus may follow after a comma
#: ("University of California, Berkeley").
_UNIVERSITY_OF = re.compile(r"(?:The )?University of [A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?")


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
        _UNIVERSITY_OF.fullmatch(org) is not None
        and not org_like(tail)
        and 1 <= len(tail.split()) <= 3
        and all(w[:1].isupper() for w in tail.split())
    )
    if _subunit(tail) or campus:
        return title, f"{org}, {tail}"
    return title, org
