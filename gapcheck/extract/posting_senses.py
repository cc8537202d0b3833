"""The sense of an acronym in a posting, and a posting term's surface cleaned.

An acronym is read in the document's field: "MDT" in a healthcare posting is a
multidisciplinary team, not the Microsoft Deployment Toolkit, and "CPA (Care Programme
Approach)" is no Certified Public Accountant. The sense comes from the expansion
written beside the acronym, else from the document's field (:func:`document_field`)
and ``corpora/taxonomy/acronyms.tsv``. Split out of :mod:`posting_terms`.
"""

from __future__ import annotations

import dataclasses
import re
from functools import cache
from pathlib import Path
from typing import Any

from gapcheck.extract.posting_names import abbreviates
from gapcheck.records import Mention

ACRONYMS = Path(__file__).resolve().parents[2] / "corpora" / "taxonomy" / "acronyms.tsv"

_FIELD_CUES: dict[str, re.Pattern[str]] = {
    "healthcare": re.compile(
        r"\b(?:nhs|patients?|clinical|nurs\w+|ward|hospital|midwi\w+|therap\w+|"
        r"medical|care\s+quality|cqc|gp|healthcare|mental\s+health|physio\w*|"
        r"pharmac\w+|surgery|surgical|consultant)\b",
        re.IGNORECASE,
    ),
    "software": re.compile(
        r"\b(?:software|developer|javascript|python|java|api|cloud|devops|sql|"
        r"frontend|front-end|backend|back-end|web|kubernetes|docker|git)\b",
        re.IGNORECASE,
    ),
    "finance": re.compile(
        r"\b(?:accounts?|accounting|accountan\w+|audit\w*|tax\w*|ledger|"
        r"financial|finance|budget\w*|payroll)\b",
        re.IGNORECASE,
    ),
    "education": re.compile(
        r"\b(?:pupils?|school|teach\w+|curriculum|classroom|ofsted|students?)\b",
        re.IGNORECASE,
    ),
}
#: The cues a field needs before it is the document's field.
MIN_FIELD_CUES = 4
ACRONYM_FORM = re.compile(r"[A-Z][A-Z0-9&]{1,6}s?")


def document_field(text: str) -> str | None:
    """The field with the most cue words in ``text`` (at least
    :data:`MIN_FIELD_CUES`), else None."""
    counts = {f: len(p.findall(text)) for f, p in _FIELD_CUES.items()}
    best = max(counts, key=lambda f: counts[f])
    return best if counts[best] >= MIN_FIELD_CUES else None


@cache
def acronym_senses(path: str = str(ACRONYMS)) -> dict[str, dict[str, str]]:
    """``{acronym: {field: sense}}`` from the acronym table."""
    senses: dict[str, dict[str, str]] = {}
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    for line in lines:
        if not line.strip() or line.startswith("#") or line.startswith("acronym\t"):
            continue
        acronym, field, sense = line.split("\t")[:3]
        senses.setdefault(acronym, {})[field] = sense
    return senses


def words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9][a-z0-9+#.'-]*", text.lower())


def clean(text: str) -> str:
    """Trailing punctuation, unbalanced brackets and a field's value off: "SAP)" ->
    "SAP", "CSS: 1 year" -> "CSS"."""
    text = re.sub(r"\s*:\s*\d.*$", "", text)
    text = text.rstrip(" \t,.;:!?•·-–—\"'").lstrip(" \t,;:!?•·-–—\"'")
    if text.startswith(".") and not text[1:2].isalnum():
        text = text.lstrip(".")  # "...", not ".NET"
    if text.count(")") > text.count("(") and text.endswith(")"):
        text = text[:-1].rstrip()
    if text.count("(") > text.count(")") and text.startswith("("):
        text = text[1:].lstrip()
    return text


def _expansion(text: str, end: int) -> str | None:
    match = re.match(r"\s*\(([A-Za-z][^()]{3,80})\)", text[end:])
    return match.group(1).strip() if match else None


def sense_of(m: Mention, text: str, field: str | None, taxonomy: Any) -> Mention | None:
    """``m`` named in the document's sense of its acronym, or None to drop it."""
    surface = clean(m.text)
    word = surface.lower()  # a word with senses per field: "on-call"
    if not ACRONYM_FORM.fullmatch(surface) and word not in acronym_senses():
        return m
    expansion = _expansion(text, m.end)
    if expansion is not None and abbreviates(surface, expansion):
        if m.canonical and set(words(expansion)) & set(words(m.canonical)):
            return m
        return dataclasses.replace(m, canonical=expansion, category=None)
    table = acronym_senses()
    senses = table.get(surface) or table.get(word) or table.get(surface.rstrip("s"))
    if senses is None:
        return m
    sense = senses.get(field or "") or senses.get("*")
    if sense == "-":
        return None  # names no skill in this field: "ROA", an act; "PALS", a service
    if sense is None:
        # the taxonomy's sense belongs to another field: no term here
        return None if m.canonical in senses.values() else m
    skill = taxonomy.get(sense) if taxonomy is not None else None
    return dataclasses.replace(
        m,
        canonical=getattr(skill, "name", sense),
        category=getattr(skill, "category", m.category),
        type=getattr(skill, "type", m.type),
    )
