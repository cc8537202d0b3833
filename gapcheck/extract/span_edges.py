"""The clean edges of a skill span: shared by the model's mentions
(:mod:`gapcheck.extract.model`) and the span reranker's candidates
(:mod:`gapcheck.extract.rerank`), below both so neither imports the other.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: Tokens a skill name never starts or ends with ("FastAPI and", ", SQL").
DANGLING = frozenset({"and", "or", "&", ",", ";", ":", "("})


def edge_trimmed(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` without a dangling conjunction or separator at either edge."""
    while start < end and doc[start].lower_ in DANGLING:
        start += 1
    while end > start and doc[end - 1].lower_ in DANGLING:
        end -= 1
    return start, end


def _separator(token: Token) -> bool:
    return token.is_space and ("\t" in token.text or "\n" in token.text)


def crosses_field(doc: Doc, start: int, end: int) -> bool:
    """Whether ``[start, end)`` holds a tab or line break: a skill name never runs
    across a field separator ("Lucena Research<TAB>Atlanta", docs/ARCHITECTURE.md)."""
    return any(_separator(t) for t in doc[start:end])


def field_pieces(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """``[start, end)`` cut at tabs and line breaks, each piece edge-trimmed, empty
    pieces left out."""
    pieces, s = [], start
    for i in range(start, end + 1):
        if i == end or _separator(doc[i]):
            a, b = edge_trimmed(doc, s, i)
            while a < b and doc[a].is_space:
                a += 1
            while b > a and doc[b - 1].is_space:
                b -= 1
            if a < b:
                pieces.append((a, b))
            s = i + 1
    return pieces
