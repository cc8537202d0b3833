"""Batch: score many resumes against many postings, in parallel and resumably.

Each document is read and analysed once (work grows with N + M, not N x M) and cached
by content hash and versions; pairs are scored a block of resumes at a time with the
vectorised :func:`gapcheck.score.score_matrix`; finished rows are journalled as they
are made, so an interrupted run continues where it stopped.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from gapcheck.batch.cache import AnalysisCache, analysis_version, default_cache_dir
from gapcheck.batch.engine import ENGINES, AnalysedSet, DocumentError, analyse_many
from gapcheck.batch.inputs import InputFile, expand_inputs
from gapcheck.batch.output import FORMATS, Journal, write_outputs
from gapcheck.batch.progress import Progress
from gapcheck.errors import InputError
from gapcheck.records import Analysis, Kind, Notice, Record, warnings_of

__all__ = [
    "ENGINES",
    "FORMATS",
    "BatchSummary",
    "DocumentError",
    "analyse_inputs",
    "expand_inputs",
    "run_batch",
]

#: Resumes scored per block; each block's rows are journalled together.
BLOCK = 64


@dataclass(frozen=True)
class BatchSummary(Record):
    """What a batch run did; ``to_dict()`` is the ``summary`` of the JSON output
    (the errors and file names are given beside it there)."""

    _private = ("files", "error_list")

    resumes: int
    postings: int
    pairs: int
    errors: int
    analysed: int  # documents analysed in this run
    cached: int  # documents taken from the cache
    resumed_pairs: int  # pairs taken from an interrupted run's journal
    seconds: float
    files: dict[str, str | None] = field(default_factory=dict)
    error_list: tuple[DocumentError, ...] = ()


def analyse_inputs(
    items: Sequence[tuple[InputFile, Kind]],
    *,
    jobs: int = 1,
    engine: str = "local",
    scheduler: str | None = None,
    cache_dir: str | None = None,
    use_cache: bool = True,
    taxonomy: str | None = None,
    progress: bool | None = None,
    on_error: Callable[[DocumentError], None] | None = None,
) -> AnalysedSet:
    """Analyse inputs with the cache and a progress line; shared by batch and report."""
    cache = AnalysisCache(cache_dir or default_cache_dir()) if use_cache else None
    bar = Progress(len(items), "analysing", enabled=progress)
    try:
        return analyse_many(
            [(item.path, kind) for item, kind in items],
            jobs=jobs,
            engine=engine,
            scheduler=scheduler,
            cache=cache,
            taxonomy=taxonomy,
            on_progress=bar.update,
            on_error=on_error,
        )
    finally:
        bar.close()
        if cache is not None:
            cache.close()


def _rows_for_block(
    resumes: Sequence[tuple[InputFile, Analysis]],
    postings: Sequence[tuple[InputFile, Analysis]],
    top_missing: int,
) -> list[dict[str, Any]]:
    from gapcheck.score import score_matrix

    matrix = score_matrix([a for _, a in resumes], [a for _, a in postings])
    rows = []
    for i, (resume, r_analysis) in enumerate(resumes):
        for j, (posting, p_analysis) in enumerate(postings):
            title = getattr(p_analysis.record, "title", None)
            rows.append(
                {
                    "resume": resume.id,
                    "posting": posting.id,
                    "posting_title": title,
                    "warnings": warning_codes(r_analysis, p_analysis),
                    "score": round(float(matrix.scores[i, j]), 2),
                    "components": {
                        name: round(float(values[i, j]), 2)
                        for name, values in matrix.components.items()
                    },
                    "matched": int(matrix.matched[i, j]),
                    "missing": int(matrix.missing[i, j]),
                    "top_missing": matrix.top_missing(i, j, top_missing),
                }
            )
    return rows


def warning_codes(resume: Analysis, posting: Analysis) -> list[str]:
    """A row's ``warnings``: every warning code of both documents, as
    ``resume:W103``, ``posting:W301`` (docs/json.md, ``gapcheck batch``)."""
    return [
        f"{analysis.kind}:{code}"
        for analysis in (resume, posting)
        for code in dict.fromkeys(n.code for n in warnings_of(analysis.record))
    ]


def _rank(rows: Sequence[dict[str, Any]], key: str, other: str, top: int) -> dict:
    groups: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        groups.setdefault(row[key], []).append(row)
    ranked = {}
    for name, group in groups.items():
        best = sorted(group, key=lambda r: (-r["score"], r[other]))[:top]
        ranked[name] = [
            {"rank": n, other: r[other], "score": r["score"]}
            for n, r in enumerate(best, start=1)
        ]
    return ranked


def run_batch(
    resumes: Sequence[str],
    postings: Sequence[str],
    output: str,
    *,
    fmt: str | None = None,
    jobs: int = 1,
    top: int = 5,
    engine: str = "local",
    scheduler: str | None = None,
    cache_dir: str | None = None,
    use_cache: bool = True,
    taxonomy: str | None = None,
    progress: bool | None = None,
    on_error: Callable[[DocumentError], None] | None = None,
    on_warning: Callable[[str, str, tuple[Notice, ...]], None] | None = None,
) -> BatchSummary:
    """Score every resume against every posting and write ``output``.

    Bad documents are reported (``on_error`` and an errors file beside the output)
    and skipped; everything else is scored. Each usable document with warnings is
    given to ``on_warning`` (path, kind, notices), once. Returns a summary of what
    was done.
    """
    from gapcheck.formats import choose_format

    started = time.monotonic()
    fmt = choose_format("batch", fmt, output)
    if Path(output).is_dir():
        raise InputError(
            "is a directory", path=output, fix="give -o the path of a scores file"
        )
    resume_inputs = expand_inputs(resumes)
    posting_inputs = expand_inputs(postings)
    if not resume_inputs or not posting_inputs:
        which = "--resumes" if not resume_inputs else "--postings"
        raise InputError(
            f"{which} names no document",
            fix="give files, directories, globs or a manifest CSV with documents",
        )
    items: list[tuple[InputFile, Kind]] = [(r, "resume") for r in resume_inputs]
    items += [(p, "posting") for p in posting_inputs]
    analysed = analyse_inputs(
        items,
        jobs=jobs,
        engine=engine,
        scheduler=scheduler,
        cache_dir=cache_dir,
        use_cache=use_cache,
        taxonomy=taxonomy,
        progress=progress,
        on_error=on_error,
    )

    def usable(inputs: list[InputFile], kind: str) -> list[tuple[InputFile, Analysis]]:
        return [
            (item, analysed.analyses[(item.path, kind)])
            for item in inputs
            if (item.path, kind) in analysed.analyses
        ]

    good_resumes = usable(resume_inputs, "resume")
    good_postings = usable(posting_inputs, "posting")
    if on_warning is not None:
        for item, analysis in (*good_resumes, *good_postings):
            notices = warnings_of(analysis.record)
            if notices:
                on_warning(item.path, analysis.kind, notices)

    journal = Journal(output, analysis_version(taxonomy))
    done_rows = journal.load()
    resumed = len(done_rows)
    done = {(r["resume"], r["posting"]) for r in done_rows}
    rows = list(done_rows)
    bar = Progress(len(good_resumes) * len(good_postings), "scoring", enabled=progress)
    bar.update(len(done))
    try:
        for start in range(0, len(good_resumes), BLOCK):
            block = [
                r
                for r in good_resumes[start : start + BLOCK]
                if any((r[0].id, p.id) not in done for p, _ in good_postings)
            ]
            if not block or not good_postings:
                continue
            new = [
                row
                for row in _rows_for_block(block, good_postings, top)
                if (row["resume"], row["posting"]) not in done
            ]
            journal.append(new)
            rows.extend(new)
            bar.update(len(new))
    finally:
        bar.close()
        journal.close()

    order_r = {r.id: n for n, r in enumerate(resume_inputs)}
    order_p = {p.id: n for n, p in enumerate(posting_inputs)}
    rows = [r for r in rows if r["resume"] in order_r and r["posting"] in order_p]
    rows.sort(key=lambda r: (order_r[r["resume"]], order_p[r["posting"]]))
    rankings = {
        "by_posting": _rank(rows, "posting", "resume", top),
        "by_resume": _rank(rows, "resume", "posting", top),
    }
    errors = [e.to_dict() for e in analysed.errors]
    summary = BatchSummary(
        resumes=len(good_resumes),
        postings=len(good_postings),
        pairs=len(rows),
        errors=len(errors),
        analysed=analysed.analysed,
        cached=analysed.cached,
        resumed_pairs=resumed,
        seconds=round(time.monotonic() - started, 3),
        error_list=tuple(analysed.errors),
    )
    files = write_outputs(output, fmt, rows, rankings, errors, summary.to_dict())
    journal.close(remove=True)
    return BatchSummary(**{**summary.__dict__, "files": files})
