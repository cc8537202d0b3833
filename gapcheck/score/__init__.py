"""Score a resume against a posting: ``score_profiles`` for one pair (``check`` in
gapcheck.check adds the advice), ``score_matrix`` for many; both run one engine.

The score (0-100) is a weighted sum of components (skills, title, experience,
education, certifications, achievements, format, text similarity); docs/scoring.md
documents each one and its weight. Every point is traceable: each component lists its
inputs, each matched skill its evidence.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from gapcheck.records import Analysis, DocumentSummary, Occupation, Posting, Resume

if TYPE_CHECKING:
    from gapcheck.score.matrix import ScoreMatrix

__all__ = ["document_summary", "resolve_taxonomy", "score_matrix"]


@lru_cache(maxsize=1)
def _default_taxonomy() -> Any:
    try:
        from gapcheck.extract.taxonomy import load_taxonomy
    except ImportError:  # the taxonomy stage is optional for scoring
        return None
    return load_taxonomy()


def resolve_taxonomy(taxonomy: Any = None) -> Any:
    """A taxonomy object from ``None`` (the default one), a path, or an object."""
    if taxonomy is None:
        return _default_taxonomy()
    if isinstance(taxonomy, str | Path):
        from gapcheck.extract.taxonomy import load_taxonomy

        return load_taxonomy(taxonomy)
    return taxonomy


def document_summary(
    record: Resume | Posting, occupation: Occupation | None = None
) -> DocumentSummary:
    """Source, kind, format, title, size, warnings and occupation of a document."""
    doc = record.document
    title = record.headline if isinstance(record, Resume) else record.title
    return DocumentSummary(
        source=doc.source,
        kind=record.kind,
        format=doc.format,
        title=title,
        pages=doc.layout.pages,
        words=doc.layout.words or len(doc.text.split()),
        warnings=tuple(doc.warnings) + tuple(record.warnings),
        occupation=occupation,
    )


_summary = document_summary  # the name gapcheck.gaps first used


def score_matrix(
    resumes: Sequence[Analysis], postings: Sequence[Analysis], *, taxonomy: Any = None
) -> ScoreMatrix:
    """Every resume against every posting, as numpy arrays (same as ``check``)."""
    from gapcheck.score.matrix import score_matrix as _score_matrix

    return _score_matrix(resumes, postings, taxonomy=resolve_taxonomy(taxonomy))
