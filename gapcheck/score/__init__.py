"""Score a resume against a posting: ``score_profiles`` for one pair (``check`` in
gapcheck.check adds the advice), ``score_matrix`` for many; both run one engine.

The score (0-100) is a weighted sum of components (skills, title, experience,
education, certifications, achievements, format, text similarity); docs/scoring.md
documents each one and its weight. Every point is traceable: each component lists its
inputs, each matched skill its evidence.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from gapcheck.records import Analysis
from gapcheck.score.shared import document_summary, resolve_taxonomy

if TYPE_CHECKING:
    from gapcheck.score.matrix import ScoreMatrix

__all__ = ["document_summary", "resolve_taxonomy", "score_matrix"]

_summary = document_summary  # the name gapcheck.gaps first used


def score_matrix(
    resumes: Sequence[Analysis], postings: Sequence[Analysis], *, taxonomy: Any = None
) -> ScoreMatrix:
    """Every resume against every posting, as numpy arrays (same as ``check``)."""
    from gapcheck.score.matrix import score_matrix as _score_matrix

    return _score_matrix(resumes, postings, taxonomy=resolve_taxonomy(taxonomy))
