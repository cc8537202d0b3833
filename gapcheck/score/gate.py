"""How much a resume is of the posting's field: the fit gate of years, degree and
polish, and the evidence the occupation credit needs (docs/scoring.md)."""

from __future__ import annotations

from typing import Any

#: Keyword alignment at which years and degree count in full. Years asked are years
#: in the field: a teacher's eight years do not meet "3+ years of HTML".
FULL_RELEVANCE = 0.4


def keyword_alignment(w_skills: Any, skills: Any, w_lines: Any, lines: Any) -> Any:
    """The skills and requirement-line scores averaged by their weights (1 when
    neither applies). Works on floats and numpy arrays alike."""
    import numpy as np

    total = np.asarray(w_skills + w_lines, float)
    safe = np.where(total > 0, total, 1.0)
    return np.where(total > 0, (w_skills * skills + w_lines * lines) / safe, 1.0)


def relevance_gate(
    w_skills: Any, skills: Any, w_lines: Any, lines: Any, occupation: Any = 0.0
) -> Any:
    """How much the resume is of the posting's field, 0..1: the larger of the
    occupation similarity and min(1, keyword alignment / FULL_RELEVANCE), where keyword
    alignment is the skills and requirement-line scores averaged by their weights (1
    when neither applies). Works on floats and numpy arrays alike."""
    import numpy as np

    kw = keyword_alignment(w_skills, skills, w_lines, lines)
    return np.maximum(np.minimum(1.0, kw / FULL_RELEVANCE), occupation)


#: Evidence at which the occupation counts in full (round 11): the larger of
#: min(1, keyword alignment / FULL_RELEVANCE) and the text-similarity component. About
#: the 1st percentile of same-occupation pairs on dev (none below 0.1 on dev or on
#: match_unseen1 half A), while 40% of different-occupation pairs of the unseen set's
#: half A and 7% of dev's fall below it.
OCCUPATION_EVIDENCE = 0.15


def occupation_evidence(keyword: Any, similarity: Any) -> Any:
    """min(1, evidence / OCCUPATION_EVIDENCE), evidence being the larger of
    min(1, keyword alignment / FULL_RELEVANCE) and the text-similarity component: a
    resume that reads as the posting's occupation but shows next to none of what it
    asks (no term, few of its words) gets little credit for the occupation. The
    occupation component and the title's credit by occupation are scaled by it."""
    import numpy as np

    kw = np.minimum(1.0, np.asarray(keyword, float) / FULL_RELEVANCE)
    evidence = np.maximum(kw, np.asarray(similarity, float))
    return np.minimum(1.0, evidence / OCCUPATION_EVIDENCE)
