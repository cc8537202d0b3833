"""Renderers for ``gapcheck report``: JSON and Markdown (HTML: :mod:`.gaps_html`).

The JSON is ``GapReport.to_dict()`` inside the shared envelope (docs/json.md,
"gapcheck report"). The rows and sentences (:mod:`.gaps_rows`) are shared with the
HTML renderer so both say the same things. No analysis happens here.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from gapcheck.gaps.records import GapReport
from gapcheck.report import envelope, to_json
from gapcheck.report.gaps_html import render_html
from gapcheck.report.gaps_rows import (
    CATEGORY_HEADER,
    DEMAND_HEADER,
    HISTOGRAM_HEADER,
    POSTING_HEADER,
    STATUS_LABEL,
    STRENGTH_HEADER,
    TOP_PER_CATEGORY,
    TOP_SKILLS,
    asked_split,
    category_rows,
    demand_rows,
    evidence_text,
    headline,
    histogram_rows,
    pct,
    posting_rows,
    resume_name,
    strength_rows,
    warning_lines,
)

__all__ = [
    "CATEGORY_HEADER",
    "DEMAND_HEADER",
    "HISTOGRAM_HEADER",
    "KIND",
    "POSTING_HEADER",
    "STATUS_LABEL",
    "STRENGTH_HEADER",
    "TOP_PER_CATEGORY",
    "TOP_SKILLS",
    "asked_split",
    "category_rows",
    "demand_rows",
    "evidence_text",
    "headline",
    "histogram_rows",
    "pct",
    "posting_rows",
    "render",
    "render_json",
    "render_markdown",
    "resume_name",
    "strength_rows",
    "warning_lines",
]

KIND = "report"


def render(report: GapReport, fmt: str = "html") -> str:
    if fmt == "json":
        return render_json(report)
    if fmt == "md":
        return render_markdown(report)
    return render_html(report)


def render_json(report: GapReport) -> str:
    return to_json(envelope(KIND, report.to_dict()))


def _cell(value: object) -> str:
    s = html.escape(" ".join(str(value).split()), quote=False)
    return s.replace("|", "\\|")


def _row(*cells: object) -> str:
    return "| " + " | ".join(_cell(c) for c in cells) + " |"


def _table(header: Sequence[str], rows: Sequence[Sequence[object]]) -> list[str]:
    out = [_row(*header), "|" + "|".join("---" for _ in header) + "|"]
    out += [_row(*r) for r in rows]
    return [*out, ""]


def render_markdown(report: GapReport) -> str:
    s = report.summary
    out = [f"# Skill-gap report: {_cell(resume_name(report))}", ""]
    out += ["## Summary", "", _cell(headline(report)), ""]
    if s.top_gaps:
        out += ["Top gaps: " + ", ".join(_cell(g) for g in s.top_gaps) + ".", ""]
    out += [f"> {_cell(note)}" for note in s.notes] + ([""] if s.notes else [])

    out += ["## Improvement plan", ""]
    for i, item in enumerate(report.plan.items, start=1):
        out += [
            f"### {i}. {_cell(item.skill)} "
            f"({_cell(item.category)}, {item.type}; asked by {pct(item.share)})",
            "",
            f"- **Show it:** {_cell(item.if_you_have_it)}",
        ]
        out += [f"- **Build it:** {_cell(step)}" for step in item.build]
        out.append("")
    if not report.plan.items:
        out += ["No gaps: the resume shows every skill these postings ask.", ""]
    if report.plan.weekly:
        out += ["### Weekly goals", ""]
        out += [f"- {_cell(g.text)}" for g in report.plan.weekly] + [""]

    out += ["## Demand and coverage", ""]
    out += _table(DEMAND_HEADER, demand_rows(report))

    out += ["## Gaps by category", ""]
    out += _table(CATEGORY_HEADER, category_rows(report))
    for c in report.categories:
        if not (c.gaps_hard or c.gaps_soft):
            continue
        out += [f"### {_cell(c.category.capitalize())}", ""]
        for label, names in (("Hard", c.gaps_hard), ("Soft", c.gaps_soft)):
            if names:
                shown = ", ".join(_cell(n) for n in names[:TOP_PER_CATEGORY])
                more = len(names) - TOP_PER_CATEGORY
                out.append(
                    f"- {label}: {shown}" + (f" (+{more} more)" if more > 0 else "")
                )
        out.append("")

    out += ["## Postings, best fit first", ""]
    out += _table(POSTING_HEADER, posting_rows(report))
    out += ["Score distribution:", ""]
    out += _table(HISTOGRAM_HEADER, histogram_rows(report))

    out += ["## Strengths", ""]
    if report.strengths:
        out += _table(STRENGTH_HEADER, strength_rows(report))
    else:
        out += ["None of the asked skills is shown yet.", ""]
    if report.achievements:
        out += ["Quantified achievements (evidence of what you have done):", ""]
        out += [
            f"- {_cell(a.text)}" + (f" — {_cell(a.role)}" if a.role else "")
            for a in report.achievements
        ] + [""]

    out += ["## Warnings", ""]
    out += [f"- {_cell(line)}" for line in warning_lines(report)] or ["None."]
    out.append("")

    out += ["## Skipped files", ""]
    if report.skipped:
        out += [f"- {_cell(e.message)}" for e in report.skipped]
    else:
        out.append("None.")
    out.append("")
    return "\n".join(out)
