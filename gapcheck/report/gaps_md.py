"""Renderers for ``gapcheck report``: JSON and Markdown (HTML: :mod:`.gaps_html`).

The JSON is ``GapReport.to_dict()`` inside the shared envelope (docs/json.md,
"gapcheck report"). The sentence helpers here are shared with the HTML renderer so
both say the same things. No analysis happens here.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from gapcheck.gaps.records import GapReport, SkillDemand
from gapcheck.report import envelope, to_json

KIND = "report"
#: Skills shown in the demand chart/table.
TOP_SKILLS = 20
#: Gap names listed per category and hard/soft group.
TOP_PER_CATEGORY = 8
STATUS_LABEL = {"shown": "shown", "implied": "implied only", "missing": "missing"}


def render(report: GapReport, fmt: str = "html") -> str:
    if fmt == "json":
        return render_json(report)
    if fmt == "md":
        return render_markdown(report)
    from gapcheck.report.gaps_html import render_html

    return render_html(report)


def render_json(report: GapReport) -> str:
    return to_json(envelope(KIND, report.to_dict()))


def pct(value: float | None) -> str:
    return "n/a" if value is None else f"{round(100 * value)}%"


def warning_lines(report: GapReport) -> list[str]:
    """Every warning about the resume and the postings, one line each, e.g.
    ``resume: W103 named .pdf but is plain text...``."""
    lines = [f"resume: {w.code} {w.message}" for w in report.resume.warnings]
    for p in sorted(report.postings, key=lambda p: p.id):
        lines += [f"posting {p.id}: {w.code} {w.message}" for w in p.warnings]
    return lines


def resume_name(report: GapReport) -> str:
    return report.resume.source.replace("\\", "/").rsplit("/", 1)[-1]


def headline(report: GapReport) -> str:
    s = report.summary
    n = s.postings
    if n == 1:
        scores = f"score {s.score_max:g}/100"
    else:
        scores = (
            f"scores {s.score_min:g}–{s.score_max:g}/100 (median {s.score_median:g})"
        )
    return (
        f"{n} posting{'s' if n != 1 else ''} analysed: {scores}; "
        f"{s.good_fit} good fit{'s' if s.good_fit != 1 else ''} "
        f"(score ≥ {s.good_fit_threshold:g})."
    )


def asked_split(skill: SkillDemand) -> str:
    parts = [
        f"{n} {label}"
        for n, label in (
            (skill.required, "required"),
            (skill.preferred, "preferred"),
            (skill.mentioned, "mentioned"),
        )
        if n
    ]
    return ", ".join(parts)


def evidence_text(skill: SkillDemand) -> str:
    if not skill.evidence:
        return ""
    ev = skill.evidence[0]
    where = skill.where or ev.section or "the resume"
    how = f"{ev.match_type} via {ev.via}" if ev.via else ev.match_type
    snippet = (ev.snippet or ev.text).removeprefix("• ")
    return f"{snippet} ({where}; {how})"


DEMAND_HEADER = ("skill", "asked by", "split", "category", "type", "resume", "evidence")
CATEGORY_HEADER = (
    "category",
    "skills asked",
    "shown",
    "implied",
    "missing",
    "coverage",
)
POSTING_HEADER = ("#", "title", "file", "score", "top missing")
STRENGTH_HEADER = ("skill", "asked by", "how shown", "evidence")
HISTOGRAM_HEADER = ("score band", "postings")


def demand_rows(report: GapReport) -> list[tuple[object, ...]]:
    return [
        (
            k.name,
            f"{pct(k.share)} ({k.postings})",
            asked_split(k),
            k.category,
            k.type,
            STATUS_LABEL[k.status],
            evidence_text(k),
        )
        for k in report.skills[:TOP_SKILLS]
    ]


def category_rows(report: GapReport) -> list[tuple[object, ...]]:
    return [
        (c.category, c.skills, c.shown, c.implied, c.missing, pct(c.coverage))
        for c in report.categories
    ]


def posting_rows(report: GapReport) -> list[tuple[object, ...]]:
    return [
        (p.rank, p.title or "", p.id, f"{p.score:g}", ", ".join(p.top_missing))
        for p in report.postings
    ]


def strength_rows(report: GapReport) -> list[tuple[object, ...]]:
    return [
        (k.name, pct(k.share), k.match_type or "", evidence_text(k))
        for k in report.strengths
    ]


def histogram_rows(report: GapReport) -> list[tuple[object, ...]]:
    return [(f"{b.low:g}–{b.high:g}", b.count) for b in report.score_histogram]


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
