"""The ingest stage: a file becomes a :class:`~gapcheck.records.Document`.

``read_document(path)`` / ``read_bytes(data, source)`` are the entry points; see
:mod:`gapcheck.ingest.normalize` for the text contract every reader follows.
"""

from __future__ import annotations

from gapcheck.ingest.normalize import normalize_text, normalize_with_stats

__all__ = ["normalize_text", "normalize_with_stats"]
