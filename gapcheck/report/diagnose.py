"""Renderers for ``gapcheck diagnose``: text, JSON and Markdown (HTML in
:mod:`gapcheck.report.diagnose_html`). Rows and headline are built once in
:mod:`gapcheck.report.diagnose_rows` and shared by every format. No analysis happens
here.
"""

from __future__ import annotations

from collections.abc import Sequence

from gapcheck.diagnose.records import Diagnosis
from gapcheck.feedback.labels import DISPLAY
from gapcheck.report import envelope, to_json
from gapcheck.report.diagnose_html import render_html
from gapcheck.report.diagnose_rows import (
    FORMAT_HEADER,
    FUNNEL_HEADER,
    GROUP_LABEL,
    OCCUPATION_HEADER,
    RECURRING,
    SCORE_HEADER,
    TERM_HEADER,
    THEME_HEADER,
    TOP_TERMS,
    format_rows,
    funnel_rows,
    headline,
    occupation_rows,
    score_rows,
    term_rows,
    theme_rows,
)
from gapcheck.report.gaps_md import _cell, _table

__all__ = [
    "FORMAT_HEADER",
    "FUNNEL_HEADER",
    "GROUP_LABEL",
    "KIND",
    "OCCUPATION_HEADER",
    "RECURRING",
    "SCORE_HEADER",
    "TERM_HEADER",
    "THEME_HEADER",
    "TOP_TERMS",
    "format_rows",
    "funnel_rows",
    "headline",
    "occupation_rows",
    "render",
    "render_markdown",
    "render_text",
    "score_rows",
    "term_rows",
    "theme_rows",
]

KIND = "diagnose"


def render(diagnosis: Diagnosis, fmt: str = "text") -> str:
    if fmt == "json":
        return to_json(envelope(KIND, diagnosis.to_dict()))
    if fmt == "md":
        return render_markdown(diagnosis)
    if fmt == "html":
        return render_html(diagnosis)
    return render_text(diagnosis)


def _text_table(header: Sequence[str], rows: Sequence[Sequence[object]]) -> list[str]:
    cells = [[str(c) for c in header]] + [[str(c) for c in r] for r in rows]
    widths = [min(40, max(len(r[i]) for r in cells)) for i in range(len(header))]

    def line(r: Sequence[str]) -> str:
        return (
            "  "
            + "  ".join(
                (c if len(c) <= w else c[: w - 1] + "…").ljust(w)
                for c, w in zip(r, widths, strict=True)
            ).rstrip()
        )

    return [line(cells[0])] + [line(r) for r in cells[1:]] + [""]


def render_text(d: Diagnosis) -> str:
    out = [
        "gapcheck diagnose" + (f": latest resume {d.resume}" if d.resume else ""),
        "",
    ]
    out += [f"  {s}" for s in headline(d)] + [""]
    out += [f"  note: {n}" for n in d.notes] + ([""] if d.notes else [])
    if not d.applications:
        return "\n".join(out)
    out += ["Funnel", *_text_table(FUNNEL_HEADER, funnel_rows(d))]
    out += ["Early stage: requirements missing in rejections before an interview"]
    out += _text_table(TERM_HEADER, term_rows(d)) if d.early_stage.missing_terms else [
        "  none recorded", ""]  # fmt: skip
    if d.early_stage.format_issues:
        out += ["Layout issues of the resume versions sent"]
        out += _text_table(FORMAT_HEADER[:4], [r[:4] for r in format_rows(d)])
    out += ["Final stage: feedback themes after interviews"]
    out += _text_table(THEME_HEADER[:3], [r[:3] for r in theme_rows(d)]) if (
        d.final_stage.themes) else ["  no feedback logged", ""]  # fmt: skip
    for t in d.final_stage.themes[:3]:
        out += [f"  {DISPLAY.get(t.category, t.category)}:"]
        out += [f'    "{x}"' for x in t.examples]
    out += ["", "Score at application time vs result"]
    out += _text_table(SCORE_HEADER, score_rows(d))
    if d.scores.note:
        out += [f"  {d.scores.note}", ""]
    if d.occupations:
        out += ["Occupations your resume fits best (skill overlap)"]
        out += _text_table(OCCUPATION_HEADER[:3], [r[:3] for r in occupation_rows(d)])
    out += ["Plan"]
    for i, step in enumerate(d.plan.steps, start=1):
        out += [f"  {i}. {step.title} ({step.why})"]
        out += [f"     - {a}" for a in step.actions]
    for week in d.plan.weeks:
        out += [f"  Week {week.week}:"] + [f"     - {g}" for g in week.goals]
    if d.plan.wins:
        out += ["", "Your wins (quantified results on your resume)"]
        out += [
            f"  - {w.text}" + (f" ({w.role})" if w.role else "") for w in d.plan.wins
        ]
    return "\n".join(out) + "\n"


def render_markdown(d: Diagnosis) -> str:
    out = ["# Application diagnosis", ""]
    out += [_cell(s) for s in headline(d)] + [""]
    out += [f"> {_cell(n)}" for n in d.notes] + ([""] if d.notes else [])
    if not d.applications:
        return "\n".join(out)
    out += ["## Funnel", "", *_table(FUNNEL_HEADER, funnel_rows(d))]
    out += ["## Early stage: what the screening lacked", ""]
    out += _table(TERM_HEADER, term_rows(d))
    if d.early_stage.format_issues:
        out += ["### Layout of the resume versions sent", ""]
        out += _table(FORMAT_HEADER, format_rows(d))
    out += ["## Final stage: feedback themes", ""]
    out += _table(THEME_HEADER, theme_rows(d))
    out += ["## Score at application time vs result", ""]
    out += _table(SCORE_HEADER, score_rows(d))
    out += [_cell(d.scores.note), ""] if d.scores.note else []
    if d.occupations:
        out += ["## Occupations your resume fits best", ""]
        out += _table(OCCUPATION_HEADER, occupation_rows(d))
    out += ["## Plan", ""]
    for i, step in enumerate(d.plan.steps, start=1):
        out += [f"### {i}. {_cell(step.title)}", "", _cell(step.why), ""]
        out += [f"- {_cell(a)}" for a in step.actions] + [""]
    if d.plan.weeks:
        out += ["### Weekly goals", ""]
        for week in d.plan.weeks:
            out += [f"**Week {week.week}**", ""]
            out += [f"- {_cell(g)}" for g in week.goals] + [""]
    if d.plan.wins:
        out += ["## Your wins", ""]
        out += [
            f"- {_cell(w.text)}" + (f" *({_cell(w.role)})*" if w.role else "")
            for w in d.plan.wins
        ]
        out.append("")
    return "\n".join(out)
