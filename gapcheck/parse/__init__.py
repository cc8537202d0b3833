"""The parse stage: a normalized :class:`~gapcheck.records.Document` becomes a
:class:`~gapcheck.records.Resume` or a :class:`~gapcheck.records.Posting`.

Rule-based and fast (no spaCy here): headings and their variants, contact details,
dates, roles, bullets, requirements. See docs/json.md (``gapcheck parse``) for the
rules that shape the output.
"""

from __future__ import annotations

from datetime import date
from os import PathLike
from typing import Literal

from gapcheck.parse.kind import detect_kind, kind_scores
from gapcheck.parse.posting import parse_posting
from gapcheck.parse.resume import parse_resume
from gapcheck.records import Document, Notice, Posting, Resume

__all__ = [
    "detect_kind",
    "parse_document",
    "parse_file",
    "parse_posting",
    "parse_resume",
]

W_KIND_MISMATCH = "W402"
#: How much stronger the other kind's cues must be before we warn.
_MISMATCH_MARGIN = 3


def parse_document(
    doc: Document,
    kind: Literal["resume", "posting", "auto"] = "auto",
    *,
    today: date | None = None,
) -> Resume | Posting:
    """Parse ``doc`` as ``kind``; "auto" uses :func:`detect_kind`. When the kind is
    given but the document clearly is the other kind, it is parsed as asked and a
    ``W402`` warning says so."""
    if kind not in ("resume", "posting", "auto"):
        raise ValueError(f"kind must be resume, posting or auto, not {kind!r}")
    chosen = detect_kind(doc) if kind == "auto" else kind
    record: Resume | Posting
    if chosen == "resume":
        record = parse_resume(doc, today=today)
    else:
        record = parse_posting(doc)
    if kind != "auto":
        resume, posting = kind_scores(doc)
        other = "posting" if kind == "resume" else "resume"
        margin = (posting - resume) if kind == "resume" else (resume - posting)
        if margin >= _MISMATCH_MARGIN:
            notice = Notice(
                W_KIND_MISMATCH,
                f"the file reads like a {other}, but was parsed as a {kind} as "
                f"asked; if it is a {other}, give it as one (check the order of the "
                "files), or use --kind auto to let its text decide",
            )
            record = _with_warning(record, notice)
    return record


def _with_warning(record: Resume | Posting, notice: Notice) -> Resume | Posting:
    import dataclasses

    return dataclasses.replace(record, warnings=(notice, *record.warnings))


def parse_file(
    path: str | PathLike[str],
    kind: Literal["resume", "posting", "auto"] = "auto",
    *,
    today: date | None = None,
) -> Resume | Posting:
    """Read ``path`` with :func:`gapcheck.ingest.read_document` and parse it."""
    from gapcheck.ingest import read_document

    return parse_document(read_document(path), kind, today=today)
