"""Renderers for ``gapcheck batch``: the end-of-run summary and per-file errors."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from gapcheck.batch import BatchSummary, DocumentError


def error_line(error: DocumentError) -> str:
    return f"gapcheck: skipped ({error.kind}): {error.message}"


def render_summary(summary: BatchSummary) -> str:
    lines = [
        f"Scored {summary.pairs} pairs: {summary.resumes} resumes x "
        f"{summary.postings} postings in {summary.seconds:.1f}s "
        f"({summary.analysed} documents analysed, {summary.cached} from cache"
        + (f", {summary.resumed_pairs} pairs resumed" if summary.resumed_pairs else "")
        + ")."
    ]
    files = summary.files
    lines.append(f"Scores:   {files.get('output')}")
    if files.get("rankings"):
        lines.append(f"Rankings: {files['rankings']}")
    if summary.errors:
        lines.append(
            f"Errors:   {files.get('errors')} ({summary.errors} files skipped)"
        )
    return "\n".join(lines) + "\n"
