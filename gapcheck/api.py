"""The library calls behind the CLI commands (one function per command)."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

from gapcheck.records import CheckResult


def check_files(
    resume_path: str | Path,
    posting_path: str | Path,
    *,
    taxonomy: Any = None,
    first: Literal["resume", "posting", "auto"] = "resume",
) -> CheckResult:
    """Read, parse and score a resume file against a posting file.

    ``taxonomy`` is None (the built-in one), a path to a taxonomy file, or a loaded
    ``Taxonomy``. ``first`` says what ``resume_path`` is: "posting" when the two
    files are given the other way round, "auto" to let the text decide (they are
    swapped only when the first reads like a posting and the second like a resume).
    Raises :class:`gapcheck.errors.InputError` for unusable files.
    """
    from gapcheck.ingest import read_document
    from gapcheck.parse import detect_kind
    from gapcheck.pipeline import analyse_document
    from gapcheck.score import check, resolve_taxonomy

    tax = resolve_taxonomy(taxonomy)
    # the extractor is cached per taxonomy argument: None shares the default one
    # with every other command in this process
    given = None if taxonomy is None else tax
    one, two = read_document(resume_path), read_document(posting_path)
    kinds = (detect_kind(one), detect_kind(two)) if first == "auto" else ()
    if first == "posting" or kinds == ("posting", "resume"):
        one, two = two, one
    resume = analyse_document(one, "resume", taxonomy=given)
    posting = analyse_document(two, "posting", taxonomy=given)
    return check(resume, posting, taxonomy=tax)
