"""The rows and headline of ``gapcheck diagnose``, built once here and shared by every
format (text, Markdown: :mod:`.diagnose`; HTML: :mod:`.diagnose_html`). No analysis
happens here.
"""

from __future__ import annotations

from gapcheck.diagnose.records import Diagnosis
from gapcheck.feedback.labels import DISPLAY

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
