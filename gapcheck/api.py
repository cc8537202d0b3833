"""The library calls behind the CLI commands (one function per command)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from gapcheck.records import CheckResult


def check_files(
    resume_path: str | Path, posting_path: str | Path, *, taxonomy: Any = None
) -> CheckResult:
    """Read, parse and score a resume file against a posting file.

    ``taxonomy`` is None (the built-in one), a path to a taxonomy file, or a loaded
    ``Taxonomy``. Raises :class:`gapcheck.errors.InputError` for unusable files.
    """
    from gapcheck.check import check
    from gapcheck.pipeline import analyse_file
    from gapcheck.score import resolve_taxonomy

    tax = resolve_taxonomy(taxonomy)
    # the extractor is cached per taxonomy argument: None shares the default one
    # with every other command in this process
    given = None if taxonomy is None else tax
    resume = analyse_file(resume_path, "resume", taxonomy=given)
    posting = analyse_file(posting_path, "posting", taxonomy=given)
    return check(resume, posting, taxonomy=tax)
