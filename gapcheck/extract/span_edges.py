"""The clean edges of a skill span: shared by the model's mentions
(:mod:`gapcheck.extract.model`) and the span reranker's candidates
(:mod:`gapcheck.extract.rerank`), below both so neither imports the other.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: Tokens a skill name never starts or ends with ("FastAPI and", ", SQL").
DANGLING = frozenset({"and", "or", "&", ",", ";", ":", "("})


def edge_trimmed(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` without a dangling conjunction or separator at either edge."""
    while start < end and doc[start].lower_ in DANGLING:
        start += 1
    while end > start and doc[end - 1].lower_ in DANGLING:
        end -= 1
    return start, end
