"""What every scoring path shares, below the engine: the taxonomy a score runs with
and the summary of a scored document. The package ``gapcheck.score``, ``check`` and
``gaps`` import them from here; no module of the stage imports the package itself, so
the package can import the engine (``score.matrix``) without a cycle.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

from gapcheck.records import DocumentSummary, Occupation, Posting, Resume


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
