"""HTML for ``gapcheck diagnose``: one self-contained, accessible, printable page in
the skill-gap report's style (its CSS, tables and inline SVG charts; no JavaScript,
no network). Feedback, postings and resumes are untrusted: every text is escaped."""

from __future__ import annotations

from gapcheck.diagnose.records import Diagnosis
from gapcheck.feedback.labels import DISPLAY
from gapcheck.report import svg
from gapcheck.report.diagnose_rows import (
    FORMAT_HEADER,
    FUNNEL_HEADER,
    OCCUPATION_HEADER,
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
from gapcheck.report.gaps_html import _table as table
from gapcheck.report.gaps_html import e, page


def _summary(d: Diagnosis) -> str:
    out = ['<section class="first" aria-labelledby="summary">']
    out.append('<h2 id="summary">Summary</h2><div class="summary">')
    out += [f"<p>{e(s)}</p>" for s in headline(d)]
    out.append("</div>")
    out += [f'<p class="note">{e(n)}</p>' for n in d.notes]
    out.append("</section>")
    return "".join(out)


def _funnel(d: Diagnosis) -> str:
    rows = funnel_rows(d)
    chart = svg.bar_chart(
        [str(r[0]) for r in rows],
        [float(r[1]) for r in rows],  # type: ignore[arg-type]
        title="Applications per stage reached",
        desc=(
            f"Of {d.applications} applications, how many reached the screen, an "
            "interview, the final round and an offer."
        ),
        max_value=float(max(1, d.applications)),
        fmt=svg.count,
    )
    return (
        '<section aria-labelledby="funnel"><h2 id="funnel">Funnel</h2>'
        f"<figure>{chart}<figcaption>Applications per stage reached; the table below "
        "gives the same data.</figcaption></figure>"
        + table("Applications per stage reached", FUNNEL_HEADER, rows, numeric=(1, 2))
        + "</section>"
    )


def _early(d: Diagnosis) -> str:
    terms = d.early_stage.missing_terms[:TOP_TERMS]
    out = [
        '<section aria-labelledby="early"><h2 id="early">Early stage: what the '
        "screening lacked</h2>",
        f"<p>{d.early_rejections} application(s) were rejected before any interview. "
        "A requirement is diagnostic when it was missing there more often than in "
        "the applications that went on to an interview.</p>",
    ]
    if terms:
        chart = svg.bar_chart(
            [t.term for t in terms],
            [float(t.rejected) for t in terms],
            title="Requirements missing in early rejections",
            desc=(
                "For each requirement, how many applications rejected before an "
                "interview lacked it; the note says how many that advanced lacked it."
            ),
            notes=[f"{t.advanced} advanced" for t in terms],
            max_value=float(max(1, d.early_rejections)),
            fmt=svg.count,
        )
        out.append(
            f"<figure>{chart}<figcaption>Early rejections lacking each requirement; "
            "the table below gives the same data.</figcaption></figure>"
        )
        out.append(
            table(
                "Requirements missing from the resume, best diagnostic first",
                TERM_HEADER,
                term_rows(d),
                numeric=(1, 2, 3),
            )
        )
    else:
        out.append("<p>No requirement was recorded missing in early rejections.</p>")
    if d.early_stage.format_issues:
        out.append("<h3>Layout of the resume versions sent</h3>")
        out.append(
            table(
                "Layout issues an ATS may stumble on",
                FORMAT_HEADER,
                format_rows(d),
                numeric=(2, 3),
            )
        )
    out.append("</section>")
    return "".join(out)


def _final(d: Diagnosis) -> str:
    f = d.final_stage
    out = [
        '<section aria-labelledby="final"><h2 id="final">Final stage: feedback '
        "themes</h2>",
        f"<p>{f.rejections} application(s) were rejected after an interview; "
        f"{f.with_feedback} have feedback logged ({f.sentences} sentence(s)).</p>",
    ]
    if f.themes:
        out.append(
            table(
                "Feedback themes, most frequent first",
                THEME_HEADER,
                theme_rows(d),
                numeric=(1, 2),
            )
        )
        for t in f.themes[:3]:
            out.append(f"<h3>{e(DISPLAY.get(t.category, t.category))}</h3><ul>")
            out += [f"<li><q>{e(x)}</q></li>" for x in t.examples]
            out.append("</ul>")
    out.append("</section>")
    return "".join(out)


def _scores(d: Diagnosis) -> str:
    out = [
        '<section aria-labelledby="scores"><h2 id="scores">Score at application '
        "time vs result</h2>",
        table(
            "gapcheck check's score when you applied, by what happened",
            SCORE_HEADER,
            score_rows(d),
            numeric=(1, 2),
        ),
    ]
    if d.scores.note:
        out.append(f"<p>{e(d.scores.note)}</p>")
    if d.occupations:
        out.append("<h3>Occupations your resume fits best</h3>")
        out.append(
            "<p>Among the occupation groups your titles and experience read as, the "
            "ESCO and O*NET occupations that share the most skills with your resume: "
            "where your evidence is strongest.</p>"
        )
        out.append(
            table(
                "Best-fitting occupations by skill overlap",
                OCCUPATION_HEADER,
                occupation_rows(d),
                numeric=(2,),
            )
        )
    out.append("</section>")
    return "".join(out)


def _plan(d: Diagnosis) -> str:
    out = ['<section aria-labelledby="plan"><h2 id="plan">Plan</h2>']
    for i, step in enumerate(d.plan.steps, start=1):
        out.append(
            f'<div class="plan-item"><h3 id="plan-{i}">{i}. {e(step.title)}</h3>'
            f'<p class="meta">{e(step.why)}</p><ul class="plan">'
        )
        out += [f"<li>{e(a)}</li>" for a in step.actions]
        out.append("</ul></div>")
    if not d.plan.steps:
        out.append("<p>No recurring gap yet: keep logging applications.</p>")
    if d.plan.weeks:
        out.append('<h3 id="weekly">Weekly goals</h3>')
        for week in d.plan.weeks:
            out.append(f'<p class="label">Week {week.week}</p><ul class="plan">')
            out += [f"<li>{e(g)}</li>" for g in week.goals]
            out.append("</ul>")
    out.append('<h3 id="wins">Your wins</h3>')
    if d.plan.wins:
        out.append("<p>Quantified results on your resume: evidence to use in "
                   "interviews and to remember on a hard day.</p><ul>")  # fmt: skip
        out += [
            f"<li>{e(w.text)}" + (f" <em>({e(w.role)})</em>" if w.role else "")
            + "</li>"
            for w in d.plan.wins
        ]  # fmt: skip
        out.append("</ul>")
    else:
        out.append("<p>No bullet states a measurable result yet.</p>")
    out.append("</section>")
    return "".join(out)


def render_html(d: Diagnosis) -> str:
    body = _summary(d)
    if d.applications:
        body += _plan(d) + _funnel(d) + _early(d) + _final(d) + _scores(d)
    return page(
        "Application diagnosis",
        f"{d.applications} application(s) from your local log.",
        body,
        "Early rejections: rejected at the application or screening stage. Scores "
        "are gapcheck check's at application time (docs/scoring.md).",
    )
