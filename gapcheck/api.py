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
    from gapcheck.check import check
    from gapcheck.ingest import read_document
    from gapcheck.parse import detect_kind
    from gapcheck.pipeline import analyse_document
    from gapcheck.score import resolve_taxonomy

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


def log_application(
    resume_path: str | Path,
    posting_path: str | Path,
    *,
    company: str,
    role: str,
    applied: str | None = None,
    db: str | Path | None = None,
    taxonomy: Any = None,
) -> int:
    """Run ``check`` on the resume and posting and store the application in the log
    (``db``, default :func:`gapcheck.store.default_db_path`): the posting's text, the
    resume version (content hash and analysis) and the check result. Returns its id.
    """
    from gapcheck.check import check
    from gapcheck.pipeline import analyse_file
    from gapcheck.score import resolve_taxonomy
    from gapcheck.store import ApplicationLog, parse_date

    day = parse_date(applied, "applied date")  # a bad date fails before the analysis
    tax = resolve_taxonomy(taxonomy)
    given = None if taxonomy is None else tax
    resume = analyse_file(resume_path, "resume", taxonomy=given)
    posting = analyse_file(posting_path, "posting", taxonomy=given)
    result = check(resume, posting, taxonomy=tax)
    record = posting.record
    with ApplicationLog(db) as log:
        return log.add(
            company=company,
            role=role,
            applied=day,
            score=result.score,
            resume_sha256=resume.record.document.sha256,
            resume_source=str(resume_path),
            resume_analysis=resume.to_dict(),
            posting_sha256=record.document.sha256,
            posting_source=str(posting_path),
            posting_title=getattr(record, "title", None),
            posting_organization=getattr(record, "organization", None),
            posting_text=record.document.text,
            check=result.to_dict(),
        )


def diagnose_log(
    db: str | Path | None = None, *, stale_days: int | None = None, taxonomy: Any = None
) -> Any:
    """:func:`gapcheck.diagnose.diagnose` over the log at ``db``."""
    from gapcheck.diagnose import diagnose
    from gapcheck.store import STALE_DAYS, ApplicationLog

    with ApplicationLog(db) as log:
        return diagnose(
            log,
            stale_days=STALE_DAYS if stale_days is None else stale_days,
            taxonomy=taxonomy,
        )
