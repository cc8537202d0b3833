"""Skill-gap report across the postings someone targets (``gapcheck report``).

:func:`gap_report` reads the resume and the postings with the batch machinery (the
SQLite cache of analyses and the process pool: each posting is analysed once), scores
each posting the way ``gapcheck check`` does, and builds a :class:`GapReport`: demand
per skill, what the resume shows and lacks, gaps by category, per-posting scores,
strengths, quantified achievements and an improvement plan
(:mod:`gapcheck.gaps.analysis`, :mod:`gapcheck.gaps.plan`).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from typing import Any

from gapcheck.errors import GapcheckError, InputError
from gapcheck.gaps.analysis import build_report
from gapcheck.gaps.records import (
    Achievement,
    CategoryCoverage,
    GapReport,
    GapSummary,
    Plan,
    PlanItem,
    PostingScore,
    ScoreBin,
    SkillDemand,
    WeeklyGoal,
)
from gapcheck.records import DocumentError

__all__ = [
    "Achievement",
    "CategoryCoverage",
    "GapReport",
    "GapSummary",
    "Plan",
    "PlanItem",
    "PostingScore",
    "ScoreBin",
    "SkillDemand",
    "WeeklyGoal",
    "build_report",
    "gap_report",
]


def _resume_error(path: str, error: DocumentError, taxonomy: str | None) -> Exception:
    """The resume's own error, re-raised as the library raises it (one line)."""
    from gapcheck.pipeline import analyse_file

    try:
        analyse_file(path, "resume", taxonomy=taxonomy)
    except GapcheckError as err:
        return err
    return InputError(error.message.removesuffix(f" [{error.code}]"), fix="")


def gap_report(
    resume_path: str | os.PathLike[str],
    posting_paths: Sequence[str | os.PathLike[str]],
    *,
    taxonomy: str | os.PathLike[str] | None = None,
    jobs: int = 1,
    cache_dir: str | os.PathLike[str] | None = None,
    use_cache: bool = True,
    progress: bool | None = None,
    on_error: Callable[[DocumentError], None] | None = None,
) -> GapReport:
    """Analyse ``resume_path`` against every posting in ``posting_paths`` (files,
    directories, globs or manifest CSVs, as for ``gapcheck batch``).

    A posting that cannot be read is reported through ``on_error``, listed in the
    report's ``skipped`` and left out; an unusable resume raises
    :class:`~gapcheck.errors.InputError` (as does a set with no usable posting).
    """
    from gapcheck.batch import analyse_inputs
    from gapcheck.batch.inputs import InputFile, expand_inputs
    from gapcheck.ingest import read_file_bytes

    tax = os.fspath(taxonomy) if taxonomy is not None else None
    cache = os.fspath(cache_dir) if cache_dir is not None else None
    resume = os.fspath(resume_path)
    read_file_bytes(resume)  # a folder or an unreadable file: E101, as everywhere
    options: dict[str, Any] = dict(
        jobs=jobs, cache_dir=cache, use_cache=use_cache, taxonomy=tax
    )
    mine = analyse_inputs(
        [(InputFile(resume, resume), "resume")], progress=False, **options
    )
    if mine.errors:
        raise _resume_error(resume, mine.errors[0], tax)
    resume_analysis = mine.analyses[(resume, "resume")]

    inputs = expand_inputs([os.fspath(p) for p in posting_paths])
    if not inputs:
        raise InputError(
            "--postings names no document",
            fix="give posting files, directories, globs or a manifest CSV",
        )
    analysed = analyse_inputs(
        [(item, "posting") for item in inputs],
        progress=progress,
        on_error=on_error,
        **options,
    )
    postings = [
        (item.id, analysed.analyses[(item.path, "posting")])
        for item in inputs
        if (item.path, "posting") in analysed.analyses
    ]
    if not postings:
        raise InputError(
            f"none of the {len(inputs)} posting file(s) could be read",
            fix="check the files listed above",
        )
    return build_report(
        resume_analysis, postings, taxonomy=tax, skipped=analysed.errors
    )
