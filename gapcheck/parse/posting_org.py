"""A posting's organisation: the "Company:" field, "About Acme Analytics", "At Acme,
we...", "Acme is hiring...", or the capitalised line under the title."""

from __future__ import annotations

import re

from gapcheck.parse.headings import word_set
from gapcheck.parse.sections import Line, canonical
from gapcheck.records import Document

_ORG_FIELD = re.compile(
    r"^(?:company|company\s+name|employer|organi[sz]ation|hiring\s+company|client)"
    r"\s*[:\-–—]\s*(?P<org>\S.*)$",
    re.IGNORECASE,
)
_ABOUT_ORG = re.compile(r"^[Aa]bout\s+(?P<org>[A-Z0-9][\w&.'’ -]{1,60}?)\s*:?$")
_ORG_PROSE = re.compile(
    r"(?:\b(?:At|Join)\s+(?P<a>[A-Z][\w&.'’-]*(?:[ ]+[A-Z][\w&.'’-]*){0,4}),?\s+"
    r"(?:we|you|our)\b"
    r"|(?:^|[.!]\s+)(?P<b>[A-Z][\w&.'’-]*(?:[ ]+[A-Z][\w&.'’-]*){0,4})\s+is\s+"
    r"(?:hiring|seeking|looking\s+for|on\s+a\s+mission|an?\s+(?:leading|global|fast|"
    r"award)|the\s+(?:world|leading|largest|first)))",
    re.MULTILINE,
)
_NOT_ORG = word_set(
    "us the we our you this it they he she who what job role team company position a an"
)


def find_organization(
    doc: Document, lines: list[Line], title_line: Line | None
) -> str | None:
    if doc.posting_data and doc.posting_data.organization:
        return doc.posting_data.organization.strip()
    content = [ln for ln in lines if ln.text]
    for line in content:
        match = _ORG_FIELD.match(line.text)
        if match:
            return match.group("org").strip()
    for line in content:
        match = _ABOUT_ORG.match(line.text)
        if match and match.group("org").split()[0].lower() not in _NOT_ORG:
            return match.group("org").strip()
    for match in _ORG_PROSE.finditer(doc.text):
        org = (match.group("a") or match.group("b") or "").strip()
        if org and org.split()[0].lower() not in _NOT_ORG:
            return org
    if title_line is not None:
        after = [ln for ln in content if ln.index > title_line.index][:1]
        for line in after:
            first = line.text.split(",")[0].strip()
            words = first.split()
            if (
                1 <= len(words) <= 6
                and not re.search(r"\d|[.!?:]$", first)
                and not canonical(first, "posting")
                and all(w[0].isupper() or w in {"&", "of", "and", "de"} for w in words)
                and not re.search(r"(?i)\b(?:remote|full|part|time|hybrid)\b", first)
            ):
                return first
    return None
