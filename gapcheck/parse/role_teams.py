"""A job title's team after a comma ("Senior Data Engineer, Payments Platform,
Glovo"), told from the organisation by the other role headers of the section: where
they are written "Title<SEP>Organisation", a header of three parts whose last
separator is that same one is "Title, Team<SEP>Organisation"."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from gapcheck.parse.dates import find_span
from gapcheck.parse.headings import ORG_WORDS
from gapcheck.parse.parts import _is_place, _titled, _words, opens_on_legal_form
from gapcheck.records import Role

__all__ = ["team_titles"]

_SEP = re.compile(r"(,\s+|\s+[-–—]\s+|\s+\|\s+|\s+·\s+|\s+at\s+)")


def _kind(sep: str) -> str:
    sep = sep.strip()
    return "-" if sep in ("-", "–", "—") else sep


def _pieces(text: str) -> tuple[list[str], list[str]] | None:
    """A one-line header's parts and the kinds of separator between them, its
    dates left out; None when a tab or anything but the dates stands after them."""
    span = find_span(text)
    if span is None or text[span.finish :].strip(" \t.,;:–-|"):
        return None
    head = text[: span.begin].rstrip(" \t,;:–-|(")
    if "\t" in head or not head:
        return None
    cut = _SEP.split(head)
    parts, seps = cut[0::2], [_kind(s) for s in cut[1::2]]
    if any(not p.strip() for p in parts):
        return None
    return [p.strip() for p in parts], seps


def _read_as(role: Role, parts: list[str], text: str) -> bool:
    """Whether ``role`` was read from ``parts`` as the title, then the second part
    (or all after the first comma: "Core Banking – Intesa Sanpaolo") as the
    organisation."""
    rest = text.split(",", 1)[1] if "," in text else ""
    org = role.organization or ""
    return role.title == parts[0] and (
        org == parts[1] or (org in rest and parts[2] in org)
    )


def team_titles(items: list[tuple[Role, str | None]]) -> list[Role]:
    """The roles of one section, each with its header's text when the header is its
    dates line alone (else None). Where two headers or more, and most of those of
    two parts, read "Title<SEP>Organisation" with one kind of separator, a header
    "Title, X<SEP>Y" of that same last separator, read as title "Title" and
    organisation "X", becomes title "Title, X" and organisation "Y" (Y no place,
    X no organisation's name, no job title in Y)."""
    cut = [(role, _pieces(text) if text else None) for role, text in items]
    pairs = Counter(
        seps[0]
        for role, got in cut
        if got is not None
        for parts, seps in [got]
        if len(parts) == 2
        and _titled(parts[0])
        and role.title == parts[0]
        and role.organization == parts[1]
    )
    if not pairs:
        return [role for role, _ in items]
    kind, count = pairs.most_common(1)[0]
    if count < 2 or 2 * count <= sum(pairs.values()):
        return [role for role, _ in items]
    out = []
    for (role, got), (_, text) in zip(cut, items, strict=True):
        if got is not None and text is not None:
            parts, seps = got
            if (
                len(parts) == 3
                and seps[1] == kind
                and seps[0] == ","
                and _read_as(role, parts, text)
                and _titled(parts[0])
                and not _titled(parts[2])
                and not _titled(parts[1])
                and not _is_place(parts[2])
                and not opens_on_legal_form(parts[2])  # "Bridgevine, Inc."
                and not ORG_WORDS & _words(parts[1])
            ):
                role = replace(
                    role, title=f"{parts[0]}, {parts[1]}", organization=parts[2]
                )
        out.append(role)
    return out
