"""Renderers for ``gapcheck batch``: the end-of-run summary and per-file errors."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from gapcheck.batch import BatchSummary, DocumentError
    from gapcheck.records import Notice


def error_line(error: DocumentError) -> str:
    return f"gapcheck: skipped ({error.kind}): {error.message}"


def warning_line(path: str, kind: str, notices: tuple[Notice, ...]) -> str:
    """One line per document with warnings: each code with its message, so a
    layout warning says what it found ("W202 multi-column layout on 1 page(s):
    ...") instead of a bare code the user has to look up."""
    first: dict[str, Notice] = {}
    for n in notices:
        first.setdefault(n.code, n)  # a code repeated: its first message
    told = "; ".join(f"{n.code} {n.message}" for n in first.values())
    return f"gapcheck: warning ({kind}): {path}: {told}"


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
