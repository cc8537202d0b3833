"""Renderers for `gapcheck check`: text (terminal), JSON and Markdown.

The JSON shape is ``CheckResult.to_dict()`` inside the shared envelope; it is
documented in docs/json.md ("gapcheck check"). No analysis happens here.
"""

from __future__ import annotations

from typing import Any

from gapcheck.records import (
    AchievementsDetails,
    CertificationsDetails,
    CheckResult,
    Component,
    EducationDetails,
    ExperienceDetails,
    FormatDetails,
    OccupationDetails,
    RequirementsDetails,
    SkillsDetails,
    TextSimilarityDetails,
    TitleDetails,
)
from gapcheck.report import envelope, to_json
from gapcheck.score.text import centred

KIND = "check"
BAR = 30
LABELS = {
    "keyword_alignment": "likely filtered by keyword alignment",
    "parse_risk": "parse risk (layout)",
    "weak_evidence": "weak evidence",
    "fine": "fine: look at the targeting",
}


def render(result: CheckResult, fmt: str = "text") -> str:
    if fmt == "json":
        return render_json(result)
    if fmt == "md":
        return render_markdown(result)
    return render_text(result)


def render_json(result: CheckResult) -> str:
    return to_json(envelope(KIND, result.to_dict()))


def bar(score: float, width: int = BAR) -> str:
    filled = round(max(0.0, min(100.0, score)) / 100 * width)
    return "█" * filled + "░" * (width - filled)


def _component_note(c: Component) -> str:
    d = c.details
    if not c.applies:
        return "not asked by the posting"
    if isinstance(d, SkillsDetails):
        note = (
            f"{d.matched}/{d.terms} terms, required {d.required_matched}/{d.required}"
        )
        return note + (f", {d.implied} only implied" if d.implied else "")
    if isinstance(d, RequirementsDetails):
        covered = sum(1 for line in d.lines if line.credit >= 0.5)
        return f"{covered}/{len(d.lines)} requirement lines in your words"
    if isinstance(d, TitleDetails):
        best = d.best
        how = (
            f" ({'same' if best.same else 'related'} occupation: {best.occupation})"
            if best and best.occupation
            else ""
        )
        return f"'{d.posting_title}' vs '{best.title if best else '-'}'{how}"
    if isinstance(d, ExperienceDetails):
        return f"{d.resume_years} years vs {d.asked_years} asked"
    if isinstance(d, EducationDetails):
        have = ", ".join(d.resume_levels or ("none",))
        return f"{have} vs {', '.join(d.asked)}"
    if isinstance(d, CertificationsDetails):
        return f"{len(d.found)}/{len(d.asked)} found"
    if isinstance(d, AchievementsDetails):
        return f"{d.quantified}/{d.total} bullets quantified"
    if isinstance(d, FormatDetails):
        return ", ".join(d.issues) or "no issues"
    if isinstance(d, TextSimilarityDetails):
        return f"BM25 relevance {d.bm25} (full at {d.full_at})"
    if isinstance(d, OccupationDetails):
        little = (
            f"; x{d.evidence:.2f}: little of what it asks shown"
            if d.evidence < 1
            else ""
        )
        return f"{_named(d.resume)} vs {_named(d.posting)}{little}"
    return ""


def _named(o: Any) -> str:
    """An occupation's name, marked when it is only a lean of the words."""
    if not o.name:
        return "?"
    return o.name if o.sure else f"{o.name} (not sure)"


def _occupation_line(who: str, s: Any) -> str:
    o = s.occupation if s is not None else None
    if o is None or not o.guesses:
        return f"  {who} reads as: no occupation recognised"
    if not o.sure:  # a lean is no reading: a wrong occupation shown as sure misleads
        return (
            f"  {who} reads as: not sure (closest: {o.name}, ISCO {o.guesses[0].code})"
        )
    why = f"title '{o.title}' = {o.label}" if o.source == "title" else "its words"
    return f"  {who} reads as: {o.name} (ISCO {o.guesses[0].code}; from {why})"


def _evidence_text(m: Any) -> str:
    if not m.evidence:
        return ""
    e = m.evidence[0]
    where = e.section or "text"
    if e.role is not None:
        where += f", role {e.role + 1}"
    return f'{e.how()}, {where}: "{centred(e.snippet, e.text, 70)}"'


def _implied_kind(m: Any) -> str:
    """How an implied term stands: related (named, not shown) or not named."""
    if m.evidence and m.evidence[0].related:
        return "related, not shown"
    return "implied, not named"


def _implied_text(m: Any) -> str:
    """An implied term as what it is: not named; the resume names another skill
    that usually goes with it (``via``), quoted where it stands."""
    if not m.evidence:
        return "not named"
    e = m.evidence[0]
    where = e.section or "text"
    if e.related:  # named, but not shown: a claim, a neighbour's words, a course
        return (
            f"not shown; your resume has only {e.via} "
            f'({where}: "{centred(e.snippet, e.text, 50)}")'
        )
    return (
        f"not named; your resume shows {e.via or e.text}, which usually goes with "
        f'it ({where}: "{centred(e.snippet, e.text, 50)}")'
    )


REWORK = 3


def rework(bullets: Any) -> list[Any]:
    """The experience bullets most worth rewriting: duties with flags first."""
    weak = [b for b in bullets if b.kind == "duty" or b.flags]
    weak.sort(key=lambda b: (-len(b.flags), b.quantified, b.index))
    return weak[:REWORK]


def render_text(r: CheckResult) -> str:
    out: list[str] = []
    resume = r.resume.source if r.resume else "resume"
    posting = r.posting.source if r.posting else "posting"
    title = r.posting.title if r.posting and r.posting.title else ""
    out.append(
        f"gapcheck check: {resume}  vs  {posting}" + (f" ({title})" if title else "")
    )
    out.append("")
    out.append(f"  ATS alignment score  {r.score:5.1f} / 100  {bar(r.score)}")
    out.append(_occupation_line("Resume ", r.resume))
    out.append(_occupation_line("Posting", r.posting))
    if r.verdict:
        out.append(f"  Verdict: {LABELS[r.verdict.label]}")
        out.append(f"  {r.verdict.summary}")
    out.append("")
    out.append("Components                weight  score  points  inputs")
    for c in r.components:
        out.append(
            f"  {c.name:<22} {c.weight:6.2f} {c.score:6.2f} {c.points:7.1f}  "
            f"{_component_note(c)}"
        )
    req = [m for m in r.skills.matched if m.required]
    imp_req = [m for m in r.skills.implied if m.required]
    miss_req = [m for m in r.skills.missing if m.required]
    out.append("")
    out.append(
        f"Skills and keywords (required: {len(req)} matched, "
        + (f"{len(imp_req)} only implied, " if imp_req else "")
        + f"{len(miss_req)} missing)"
    )
    for m in r.skills.matched:
        out.append(
            f"  + {m.name:<24} {m.importance:<9} {m.points:5.1f} pts  "
            f"{_evidence_text(m)}"
        )
    for m in r.skills.implied:
        out.append(
            f"  ~ {m.name:<24} {m.importance:<9} {m.points:5.1f} pts  "
            f"{_implied_text(m)}"
        )
    for m in r.skills.missing:
        out.append(
            f"  - {m.name:<24} {m.importance:<9}   0.0 pts  "
            f"missing ({m.posting_mentions}x in posting)"
        )
    a = r.achievements
    out.append("")
    out.append(
        f"Achievements: {a.quantified} of {a.total} experience bullets quantified "
        f"({a.density:.0%}), {a.star} with action and result"
    )
    if a.flagged:
        out.append("  flags: " + ", ".join(f"{k} {v}" for k, v in a.flagged.items()))
    for b in rework(a.bullets):
        why = ", ".join(b.flags) or "no quantified result"
        text = b.text if len(b.text) <= 70 else b.text[:67] + "..."
        out.append(f'  rework: "{text}" ({why})')
    out.append("")
    out.append(f"Format issues: {len(r.format_issues)}")
    for i in r.format_issues:
        out.append(f"  [{i.severity}] {i.code} {i.message}")
    out.append("")
    out.append("Fixes, by how much each raises the score")
    for k, f in enumerate(r.fixes, 1):
        mark = "~" if f.estimated else "+"
        out.append(f"  {k:>2}. {mark}{f.gain:4.1f}  {f.message}")
    if any(f.estimated for f in r.fixes):
        out.append("      (~ estimated: depends on what you write)")
    if r.verdict and r.verdict.actions:
        out.append("")
        out.append("Do first:")
        out += [f"  {k}. {a}" for k, a in enumerate(r.verdict.actions, 1)]
    warnings = [w for s in (r.resume, r.posting) if s for w in s.warnings]
    if warnings:
        out.append("")
        out.append("Warnings:")
        out += [f"  {w.code} {w.message}" for w in warnings]
    return "\n".join(out) + "\n"


def render_markdown(r: CheckResult) -> str:
    out = [f"# gapcheck check: {r.score:.1f} / 100", ""]
    if r.resume and r.posting:
        out += [
            f"Resume `{r.resume.source}` against posting `{r.posting.source}`"
            + (f" ({r.posting.title})" if r.posting.title else "")
            + ".",
            "",
        ]
    if r.verdict:
        out += [f"**Verdict: {LABELS[r.verdict.label]}.** {r.verdict.summary}", ""]
    out += [
        "## Components",
        "",
        "| component | weight | score | points | inputs |",
        "|---|---:|---:|---:|---|",
    ]
    out += [
        f"| {c.name} | {c.weight:.2f} | {c.score:.2f} | {c.points:.1f} | "
        f"{_md(_component_note(c))} |"
        for c in r.components
    ]
    out += [
        "",
        "## Skills",
        "",
        "| skill | importance | match | points | evidence |",
        "|---|---|---|---:|---|",
    ]
    out += [
        f"| {_md(m.name)} | {m.importance} | {m.match_type} | {m.points:.1f} | "
        f"{_md(_evidence_text(m))} |"
        for m in r.skills.matched
    ]
    out += [
        f"| {_md(m.name)} | {m.importance} | {_implied_kind(m)} | {m.points:.1f} | "
        f"{_md(_implied_text(m))} |"
        for m in r.skills.implied
    ]
    out += [
        f"| {_md(m.name)} | {m.importance} | **missing** | 0.0 | "
        f"{m.posting_mentions}x in posting |"
        for m in r.skills.missing
    ]
    a = r.achievements
    out += [
        "",
        "## Achievements",
        "",
        f"{a.quantified} of {a.total} experience bullets quantified ({a.density:.0%}).",
        "",
    ]
    out += [
        f'- rework: "{_md(b.text)}" ({", ".join(b.flags) or "no quantified result"})'
        for b in rework(a.bullets)
    ]
    out += ["", "## Format issues", ""]
    out += [
        f"- **{i.severity}** {i.code}: {i.message}. Fix: {i.fix}."
        for i in r.format_issues
    ] or ["None found."]
    out += ["", "## Fixes", ""]
    out += [
        f"{k}. (+{f.gain:.1f}{', estimated' if f.estimated else ''}) {f.message}"
        for k, f in enumerate(r.fixes, 1)
    ] or ["None."]
    return "\n".join(out) + "\n"


def _md(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")
