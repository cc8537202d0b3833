"""file -> Analysis: ingest, parse and extract, once per document.

The extractor is a parameter (dependency injection): the CLI and batch use the shared,
cached one from :func:`gapcheck.extract.get_extractor`; tests pass a fake.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Literal, Protocol

from gapcheck.parse.sections import section_at
from gapcheck.records import Analysis, Document, Mention, Section

KindArg = Literal["resume", "posting", "auto"]


class SupportsExtract(Protocol):
    def extract(self, text: str) -> list[Mention]: ...


def with_sections(
    mentions: Sequence[Mention], sections: Sequence[Section]
) -> list[Mention]:
    """Mentions with ``section`` set from the section offsets they fall in."""
    return [
        dataclasses.replace(m, section=section_at(sections, m.start) or m.section)
        for m in mentions
    ]


def analyse_document(
    doc: Document,
    kind: KindArg = "auto",
    *,
    extractor: Any = None,
    taxonomy: Any = None,
) -> Analysis:
    """Parse ``doc`` as ``kind`` ("resume", "posting" or "auto") and find its skills."""
    from gapcheck.parse import parse_document

    record = parse_document(doc, kind)
    if extractor is None:
        from gapcheck.extract import get_extractor

        extractor = get_extractor(taxonomy)
    sections = tuple(record.sections)
    if hasattr(extractor, "extract_document"):  # sets each mention's section itself
        mentions = extractor.extract_document(doc.text, sections)
    else:
        mentions = with_sections(extractor.extract(doc.text), sections)
    return Analysis(record=record, mentions=tuple(mentions))


def analyse_file(
    path: str | Path,
    kind: KindArg = "auto",
    *,
    extractor: Any = None,
    taxonomy: Any = None,
) -> Analysis:
    """Read ``path`` and analyse it (see :func:`analyse_document`)."""
    from gapcheck.ingest import read_document

    return analyse_document(
        read_document(path), kind, extractor=extractor, taxonomy=taxonomy
    )
