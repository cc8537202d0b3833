"""Renderers for ``gapcheck diagnose``: text, JSON and Markdown (HTML in
:mod:`gapcheck.report.diagnose_html`). Rows and headline are built once here and
shared by every format. No analysis happens here.
"""

from __future__ import annotations

from collections.abc import Sequence

from gapcheck.diagnose.records import Diagnosis
from gapcheck.feedback.labels import DISPLAY
from gapcheck.report import envelope, to_json
from gapcheck.report.gaps_md import _cell, _table

KIND = "diagnose"
TOP_TERMS = 8
#: A requirement or theme "recurs" from this many applications on.
RECURRING = 2

FUNNEL_HEADER = ("stage", "applications", "share of applied")
TERM_HEADER = (
    "requirement",
    "missing in early rejections",
    "missing where you advanced",
    "postings asking",
)
FORMAT_HEADER = ("issue", "severity", "resume versions", "applications", "fix")
THEME_HEADER = ("theme", "sentences", "applications", "example")
SCORE_HEADER = ("result", "applications", "mean score", "range")
OCCUPATION_HEADER = ("occupation", "source", "fit", "shared skills")
GROUP_LABEL = {
    "early_rejection": "rejected before an interview",
    "final_rejection": "rejected after an interview",
    "advanced": "reached an interview",
    "no_answer": "no answer",
    "open": "open",
}


def render(diagnosis: Diagnosis, fmt: str = "text") -> str:
    if fmt == "json":
        return to_json(envelope(KIND, diagnosis.to_dict()))
    if fmt == "md":
        return render_markdown(diagnosis)
    if fmt == "html":
        from gapcheck.report.diagnose_html import render_html

        return render_html(diagnosis)
    return render_text(diagnosis)


def _share(n: int, of: int) -> str:
    return f"{100 * n / of:.0f}%" if of else "-"


def headline(d: Diagnosis) -> list[str]:
    """The answers in a few sentences: which requirement sinks the screening, which
    theme recurs at the final round, where the evidence is strongest."""
    if not d.applications:
        return ["The log is empty: add applications with `gapcheck log add`."]
    out = [
        f"{d.applications} application(s): {d.funnel.interview} reached an interview, "
        f"{d.offers} an offer; {d.early_rejections} rejected before any interview, "
        f"{d.final_rejections} after one."
    ]
    terms = [t for t in d.early_stage.missing_terms if t.rejected > t.advanced]
    if terms:
        t = terms[0]
        lead = (
            f"At the screening stage, '{t.term}' keeps sinking you"
            if t.rejected >= RECURRING
            else f"At the screening stage, the requirement most missed was '{t.term}'"
        )
        out.append(
            f"{lead}: missing in {t.rejected} of {d.early_rejections} early "
            f"rejection(s) and in {t.advanced} application(s) that reached an "
            "interview."
        )
    specific = [x for x in d.final_stage.themes if x.category != "generic"]
    if specific:
        theme = specific[0]
        which = "recurring theme" if theme.applications >= RECURRING else "theme"
        out.append(
            f"At the interviews, the {which} is {DISPLAY[theme.category]}: "
            f"named in the feedback of {theme.applications} of "
            f"{d.final_stage.rejections} rejection(s) after an interview."
        )
    elif d.final_stage.themes:
        out.append(
            "The feedback after interviews is generic: ask for something specific."
        )
    if d.occupations:
        names = ", ".join(o.title for o in d.occupations[:3])
        out.append(f"By skill overlap your resume fits best: {names}.")
    return out


def funnel_rows(d: Diagnosis) -> list[tuple[object, ...]]:
    f = d.funnel
    return [
        (stage, n, _share(n, f.applied))
        for stage, n in (
            ("applied", f.applied),
            ("screen", f.screen),
            ("interview", f.interview),
            ("final", f.final),
            ("offer", f.offer),
        )
    ]


def term_rows(d: Diagnosis) -> list[tuple[object, ...]]:
    return [
        (t.term, t.rejected, t.advanced, t.asked)
        for t in d.early_stage.missing_terms[:TOP_TERMS]
    ]


def format_rows(d: Diagnosis) -> list[tuple[object, ...]]:
    return [
        (f"{i.code} {i.message}", i.severity, i.resumes, i.applications, i.fix)
        for i in d.early_stage.format_issues
    ]


def theme_rows(d: Diagnosis) -> list[tuple[object, ...]]:
    return [
        (DISPLAY.get(t.category, t.category), t.count, t.applications,
         t.examples[0] if t.examples else "")
        for t in d.final_stage.themes
    ]  # fmt: skip


def score_rows(d: Diagnosis) -> list[tuple[object, ...]]:
    return [
        (
            GROUP_LABEL.get(g.group, g.group),
            g.applications,
            "-" if g.mean is None else f"{g.mean:.1f}",
            "-" if g.min is None else f"{g.min:.0f}-{g.max:.0f}",
        )
        for g in d.scores.groups
    ]


def occupation_rows(d: Diagnosis) -> list[tuple[object, ...]]:
    return [
        (o.title, o.source.upper() if o.source == "esco" else "O*NET",
         f"{o.score:.2f}", ", ".join(o.overlap))
        for o in d.occupations
    ]  # fmt: skip


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
