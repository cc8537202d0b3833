"""The rows, headline and sentences of ``gapcheck report``, built once here and shared
by the Markdown (:mod:`.gaps_md`) and HTML (:mod:`.gaps_html`) renderers, so both say
the same things. No analysis happens here.
"""

from __future__ import annotations

from gapcheck.gaps.records import GapReport, SkillDemand

#: Skills shown in the demand chart/table.
TOP_SKILLS = 20
#: Gap names listed per category and hard/soft group.
TOP_PER_CATEGORY = 8
STATUS_LABEL = {"shown": "shown", "implied": "implied only", "missing": "missing"}


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
    how = ev.how()
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
