"""HTML for ``gapcheck report``: one self-contained, accessible, printable page.

Inline CSS and inline SVG charts (:mod:`gapcheck.report.svg`); no JavaScript, no
network (no CDN, fonts or images). Every chart has a ``<title>``/``<desc>`` and the
same data beside it as a table. All document-derived text is escaped: resumes and
postings are untrusted input.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence

from gapcheck import __version__
from gapcheck.gaps.records import GapReport, SkillDemand
from gapcheck.report import svg
from gapcheck.report.gaps_rows import (
    CATEGORY_HEADER,
    DEMAND_HEADER,
    HISTOGRAM_HEADER,
    POSTING_HEADER,
    STATUS_LABEL,
    STRENGTH_HEADER,
    TOP_PER_CATEGORY,
    TOP_SKILLS,
    category_rows,
    demand_rows,
    headline,
    histogram_rows,
    pct,
    posting_rows,
    resume_name,
    strength_rows,
    warning_lines,
)

CSS = """
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 60rem; padding: 1.5rem 1.25rem 3rem;
  font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial,
  sans-serif; color: #1a1a1a; background: #ffffff; }
h1 { font-size: 1.8rem; line-height: 1.2; margin: 0 0 .25rem; }
h2 { font-size: 1.35rem; margin: 2.2rem 0 .6rem; padding-bottom: .25rem;
  border-bottom: 2px solid #1f4e79; }
h3 { font-size: 1.1rem; margin: 1.4rem 0 .4rem; }
p, li { max-width: 48rem; }
.meta { color: #4a4a4a; margin: 0 0 1rem; }
.summary { border: 1px solid #c8c8c8; border-left: 6px solid #1f4e79;
  padding: .75rem 1rem; background: #f5f8fb; }
.note { border-left: 4px solid #b34700; padding: .25rem .75rem; background: #fdf5ef; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem;
  font-size: .92rem; }
caption { text-align: left; font-weight: 600; padding: .25rem 0; }
th, td { border: 1px solid #c8c8c8; padding: .3rem .5rem; text-align: left;
  vertical-align: top; }
th { background: #eef2f6; }
td.num { text-align: right; white-space: nowrap; }
.status-missing { font-weight: 600; }
figure { margin: 1rem 0; }
figcaption { color: #4a4a4a; font-size: .9rem; }
svg.chart { max-width: 100%; height: auto; display: block; }
.plan li { margin-bottom: .3rem; }
.label { font-weight: 600; }
footer { margin-top: 3rem; color: #4a4a4a; font-size: .85rem; }
@media print {
  body { max-width: none; padding: 0; font-size: 11pt; }
  section { break-before: page; }
  section.first { break-before: auto; }
  figure, svg.chart, tr, .plan-item { break-inside: avoid; }
  h2, h3 { break-after: avoid; }
  .summary, .note, th { background: none; }
  a { color: inherit; text-decoration: none; }
}
"""


def e(value: object) -> str:
    """Escape document-derived text for HTML (XML-invalid characters dropped)."""
    return svg.text(value)


def _table(
    caption: str,
    header: Sequence[str],
    rows: Iterable[Sequence[object]],
    *,
    numeric: Sequence[int] = (),
    row_header: bool = True,
) -> str:
    out = [f"<table><caption>{e(caption)}</caption><thead><tr>"]
    out += [f'<th scope="col">{e(h)}</th>' for h in header]
    out.append("</tr></thead><tbody>")
    for row in rows:
        out.append("<tr>")
        for i, cell in enumerate(row):
            if i == 0 and row_header:
                out.append(f'<th scope="row">{e(cell)}</th>')
            else:
                cls = ' class="num"' if i in numeric else ""
                out.append(f"<td{cls}>{e(cell)}</td>")
        out.append("</tr>")
    out.append("</tbody></table>")
    return "".join(out)


def _summary(report: GapReport) -> str:
    s = report.summary
    out = ['<section class="first" aria-labelledby="summary">']
    out.append('<h2 id="summary">Summary</h2><div class="summary">')
    out.append(f"<p>{e(headline(report))}</p>")
    if s.top_gaps:
        items = "".join(f"<li>{e(g)}</li>" for g in s.top_gaps)
        out.append(f'<p class="label">Top 3 gaps</p><ol>{items}</ol>')
    if report.plan.items:
        steps = "".join(
            f'<li><a href="#plan-{i}">{e(item.skill)}</a></li>'
            for i, item in enumerate(report.plan.items, start=1)
        )
        out.append(f'<p class="label">The plan covers</p><ol>{steps}</ol>')
    if report.plan.weekly:
        goals = "".join(f"<li>{e(g.text)}</li>" for g in report.plan.weekly)
        out.append(f'<p class="label">This week</p><ul>{goals}</ul>')
    out.append("</div>")
    out += [f'<p class="note">{e(n)}</p>' for n in s.notes]
    out.append("</section>")
    return "".join(out)


def _plan(report: GapReport) -> str:
    out = ['<section aria-labelledby="plan"><h2 id="plan">Improvement plan</h2>']
    out.append(
        "<p>For each top gap: how to show it if you already have it, and how to "
        "build it if you do not. Never claim a skill you do not have.</p>"
    )
    for i, item in enumerate(report.plan.items, start=1):
        status = STATUS_LABEL[item.status]
        out.append(
            f'<div class="plan-item"><h3 id="plan-{i}">{i}. {e(item.skill)}</h3>'
            f'<p class="meta">{e(item.category)}, {e(item.type)} skill; asked by '
            f"{pct(item.share)} of the postings ({item.postings}); "
            f'your resume: {e(status)}.</p><ul class="plan">'
            f'<li><span class="label">Show it:</span> '
            f"{e(item.if_you_have_it)}</li>"
        )
        out += [
            f'<li><span class="label">To build it:</span> {e(step)}</li>'
            for step in item.build
        ]
        out.append("</ul></div>")
    if not report.plan.items:
        out.append("<p>No gaps: the resume shows every skill these postings ask.</p>")
    if report.plan.weekly:
        out.append('<h3 id="weekly">Weekly goals</h3><ul class="plan">')
        out += [f"<li>{e(g.text)}</li>" for g in report.plan.weekly]
        out.append("</ul>")
    out.append("</section>")
    return "".join(out)


def _demand(report: GapReport) -> str:
    top: Sequence[SkillDemand] = report.skills[:TOP_SKILLS]
    n = report.summary.postings
    chart = svg.bar_chart(
        [k.name for k in top],
        [k.share for k in top],
        title="Demand vs coverage per skill",
        desc=(
            f"Share of the {n} postings asking for each of the {len(top)} most asked "
            "skills; the note after each bar says whether the resume shows it "
            "(hatched bars: not shown)."
        ),
        notes=[STATUS_LABEL[k.status] for k in top],
        hatched=[k.status != "shown" for k in top],
        max_value=1.0,
    )
    table = _table(
        "Most asked skills: share of postings asking and what the resume shows",
        DEMAND_HEADER,
        demand_rows(report),
        numeric=(1,),
    )
    return (
        '<section aria-labelledby="demand"><h2 id="demand">Demand and coverage</h2>'
        f"<figure>{chart}<figcaption>Share of postings asking for each skill; "
        "the table below gives the same data.</figcaption></figure>"
        f"{table}</section>"
    )


def _categories(report: GapReport) -> str:
    cats = report.categories
    chart = svg.grouped_bars(
        [c.category + ("" if c.skills else " (none asked)") for c in cats],
        [
            (
                "asked skills shown",
                [c.shown / c.skills if c.skills else 0 for c in cats],
            ),
            ("coverage weighted by demand", [c.coverage or 0 for c in cats]),
        ],
        title="Coverage per category",
        desc=(
            "For each of the six gap categories: the share of the skills the postings "
            "ask for that the resume shows, and the same weighted by how often and "
            "how strongly the postings ask for each skill."
        ),
        max_value=1.0,
        fmt=svg.percent,
    )
    table = _table(
        "Coverage per category (coverage is weighted by demand)",
        CATEGORY_HEADER,
        category_rows(report),
        numeric=(1, 2, 3, 4, 5),
    )
    out = [
        '<section aria-labelledby="categories"><h2 id="categories">'
        "Gaps by category</h2>",
        f"<figure>{chart}<figcaption>Share of each category's asked skills shown; "
        "the table below gives the same data.</figcaption></figure>",
        table,
    ]
    for c in cats:
        if not (c.gaps_hard or c.gaps_soft):
            continue
        out.append(f"<h3>{e(c.category.capitalize())}</h3><ul>")
        for label, names in (
            ("Hard skills", c.gaps_hard),
            ("Soft skills", c.gaps_soft),
        ):
            if names:
                more = len(names) - TOP_PER_CATEGORY
                extra = f" (+{more} more)" if more > 0 else ""
                shown = ", ".join(e(x) for x in names[:TOP_PER_CATEGORY])
                out.append(
                    f'<li><span class="label">{label}:</span> {shown}{extra}</li>'
                )
        out.append("</ul>")
    out.append("</section>")
    return "".join(out)


def _postings(report: GapReport) -> str:
    bins = report.score_histogram
    chart = svg.histogram(
        [(b.low, b.high, b.count) for b in bins],
        title="Distribution of scores over postings",
        desc=(
            f"Number of the {report.summary.postings} postings per score band of "
            "10 points (0-100)."
        ),
    )
    dist = _table(
        "Postings per score band",
        HISTOGRAM_HEADER,
        histogram_rows(report),
        numeric=(1,),
    )
    table = _table(
        "Per-posting scores, best fit first",
        POSTING_HEADER,
        posting_rows(report),
        numeric=(3,),
    )
    return (
        '<section aria-labelledby="postings"><h2 id="postings">Postings, best fit '
        f"first</h2>{table}<h3>Score distribution</h3><figure>{chart}"
        "<figcaption>How many postings fall in each score band; the table below "
        f"gives the same data.</figcaption></figure>{dist}</section>"
    )


def _strengths(report: GapReport) -> str:
    out = ['<section aria-labelledby="strengths"><h2 id="strengths">Strengths</h2>']
    if report.strengths:
        out.append(
            _table(
                "Asked skills your resume shows, most in demand first",
                STRENGTH_HEADER,
                strength_rows(report),
                numeric=(1,),
            )
        )
    else:
        out.append("<p>None of the asked skills is shown yet.</p>")
    out.append("<h3>Quantified achievements</h3>")
    if report.achievements:
        out.append(
            "<p>Evidence of what you have done, as your resume states it:</p><ul>"
        )
        out += [
            f"<li>{e(a.text)}"
            + (f" <em>({e(a.role)})</em>" if a.role else "")
            + "</li>"
            for a in report.achievements
        ]
        out.append("</ul>")
    else:
        out.append(
            "<p>No bullet states a measurable result yet (a number, a percentage, "
            "an amount).</p>"
        )
    out.append("</section>")
    return "".join(out)


def _warnings(report: GapReport) -> str:
    lines = warning_lines(report)
    if not lines:
        return ""
    out = ['<section aria-labelledby="warnings"><h2 id="warnings">Warnings</h2><ul>']
    out += [f"<li>{e(line)}</li>" for line in lines]
    out.append("</ul></section>")
    return "".join(out)


def _skipped(report: GapReport) -> str:
    out = ['<section aria-labelledby="skipped"><h2 id="skipped">Skipped files</h2>']
    if report.skipped:
        out.append("<ul>")
        out += [f"<li>{e(err.message)}</li>" for err in report.skipped]
        out.append("</ul>")
    else:
        out.append("<p>None: every posting could be read.</p>")
    out.append("</section>")
    return "".join(out)


def page(title: str, meta: str, body: str, footer: str) -> str:
    """The page shell every HTML report shares: escaped ``title``; ``meta``, ``body``
    and ``footer`` are HTML already."""
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{e(title)}</title>"
        f"<style>{CSS}</style></head><body><main>"
        f"<h1>{e(title)}</h1>"
        f'<p class="meta">{meta} Made by gapcheck {html.escape(__version__)} on this '
        f"computer; nothing was uploaded.</p>{body}</main><footer>{footer}</footer>"
        "</body></html>\n"
    )


def render_html(report: GapReport) -> str:
    name = resume_name(report)
    body = "".join(
        (
            _summary(report),
            _plan(report),
            _demand(report),
            _categories(report),
            _postings(report),
            _strengths(report),
            _warnings(report),
            _skipped(report),
        )
    )
    return page(
        f"Skill-gap report: {name}",
        f"Resume {e(report.resume.source)} against {report.summary.postings} "
        "posting(s).",
        body,
        "Shares are fractions of the postings analysed. Importance and scores are "
        "computed as in <code>gapcheck check</code> (docs/scoring.md).",
    )
