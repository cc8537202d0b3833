"""The patterns across applications: funnel, early-stage gaps, final-stage themes.

Where the "no" came decides what it means. Rejected before any interview: the resume
did not get through (missing requirements, layout), so the early stage looks at what
the stored ``check`` results lacked. Rejected after an interview: the resume did its
job, so the final stage looks at the employer's feedback.
"""

from __future__ import annotations

import statistics
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from gapcheck.diagnose.records import (
    FinalStage,
    FormatIssueCount,
    Funnel,
    MissingTerm,
    ScoreGroup,
    Scores,
    Theme,
)
from gapcheck.store import STAGES, Application

MAX_TERMS = 15
MAX_EXAMPLES = 3
#: Importances that make a posting term a requirement (``mentioned`` terms are not).
ASKED = ("required", "preferred")
INTERVIEW = STAGES.index("interview")


@dataclass(frozen=True)
class Item:
    """One application with what was stored for it."""

    app: Application
    check: dict[str, Any] | None

    @property
    def reached(self) -> int:
        """Index into STAGES of the furthest stage (an offer implies the final)."""
        index = STAGES.index(self.app.stage)
        if self.app.outcome in ("offer", "accepted"):
            index = len(STAGES) - 1
        return index

    @property
    def rejected(self) -> bool:
        return self.app.outcome == "rejected"

    @property
    def early_rejection(self) -> bool:
        return self.rejected and self.reached < INTERVIEW

    @property
    def final_rejection(self) -> bool:
        return self.rejected and self.reached >= INTERVIEW

    @property
    def advanced(self) -> bool:
        return self.reached >= INTERVIEW


def funnel(items: Sequence[Item]) -> Funnel:
    def at(stage: str) -> int:
        return sum(1 for i in items if i.reached >= STAGES.index(stage))

    return Funnel(
        applied=len(items),
        screen=at("screen"),
        interview=at("interview"),
        final=at("final"),
        offer=sum(1 for i in items if i.app.outcome in ("offer", "accepted")),
    )


def _asked(check: dict[str, Any] | None) -> tuple[dict[str, Any], dict[str, Any]]:
    """(key -> missing term, key -> any asked term) of one stored check.

    Requirements are the required and preferred terms. When the posting has none
    (its requirements were not recognised as such: 24 of 42 NHS postings sampled from
    ../shared/data, 1 in 180, against a livecareer accountant resume), every term it
    mentions counts instead, or the posting would say nothing."""
    if not check:
        return {}, {}
    skills = check.get("skills") or {}
    terms = [
        (part, term)
        for part in ("matched", "implied", "missing")
        for term in skills.get(part) or ()
    ]
    if not any(t.get("importance") in ASKED for _, t in terms):
        terms = [(p, {**t, "importance": "required"}) for p, t in terms]
    missing, asked = {}, {}
    for part, term in terms:
        if term.get("importance") not in ASKED:
            continue
        key = (term.get("canonical") or term["name"]).casefold()
        asked[key] = term
        if part == "missing":
            missing[key] = term
    return missing, asked


def missing_terms(
    items: Sequence[Item], taxonomy: Any = None, *, shown: Sequence[str] = ()
) -> list[MissingTerm]:
    """Requirements missing from the resume in early rejections, against how often
    they were also missing where the person advanced; best diagnostic first.

    ``shown`` are terms the resume shows without naming them: the language it is
    written in ("English" asked by a posting, answered by an English resume)."""
    skip = {x.casefold() for x in shown}
    rejected: Counter[str] = Counter()
    advanced: Counter[str] = Counter()
    asked: Counter[str] = Counter()
    weight: dict[str, float] = defaultdict(
        float
    )  # summed term weight where it sank one
    names: dict[str, Counter[str]] = defaultdict(Counter)
    for item in items:
        missing, all_asked = _asked(item.check)
        asked.update(all_asked.keys())
        for key, term in missing.items():
            if key in skip:
                continue
            names[key][term.get("canonical") or term["name"]] += 1
            for form in term.get("forms") or (term["name"],):
                names[key][f"form:{form}"] += 1
            if item.early_rejection:
                rejected[key] += 1
                weight[key] += float(term.get("weight") or 0.0)
            elif item.advanced:
                advanced[key] += 1
    n_early = sum(1 for i in items if i.early_rejection) or 1
    n_adv = sum(1 for i in items if i.advanced) or 1

    def diagnostic(key: str) -> tuple[float, int, float, str]:
        lift = rejected[key] / n_early - advanced[key] / n_adv
        return (-round(lift, 6), -rejected[key], -weight[key], key)

    out = []
    for key in sorted(rejected, key=diagnostic)[:MAX_TERMS]:
        display = [n for n, _ in names[key].most_common() if not n.startswith("form:")]
        forms = [n[5:] for n, _ in names[key].most_common() if n.startswith("form:")]
        skill = taxonomy.get(display[0]) if taxonomy is not None else None
        out.append(
            MissingTerm(
                term=display[0],
                rejected=rejected[key],
                advanced=advanced[key],
                asked=asked[key],
                category=getattr(skill, "category", None),
                forms=tuple(forms[:3]),
            )
        )
    return out


def format_issues(items: Sequence[Item]) -> list[FormatIssueCount]:
    """Layout issues of the resume versions sent, most applications first."""
    apps: Counter[str] = Counter()
    versions: dict[str, set[str]] = defaultdict(set)
    first: dict[str, dict[str, Any]] = {}
    for item in items:
        if not item.check:
            continue
        for issue in item.check.get("format_issues") or ():
            code = issue["code"]
            apps[code] += 1
            versions[code].add(item.app.resume_sha256 or str(item.app.id))
            first.setdefault(code, issue)
    order = {"high": 0, "medium": 1, "low": 2}
    codes = sorted(apps, key=lambda c: (order.get(first[c]["severity"], 3), -apps[c]))
    return [
        FormatIssueCount(
            code=c,
            severity=first[c]["severity"],
            message=first[c]["message"],
            fix=first[c]["fix"],
            resumes=len(versions[c]),
            applications=apps[c],
        )
        for c in codes
    ]


def _group(item: Item) -> str:
    if item.early_rejection:
        return "early_rejection"
    if item.final_rejection:
        return "final_rejection"
    if item.advanced:
        return "advanced"
    if item.app.no_answer or item.app.outcome == "no_response":
        return "no_answer"
    return "open"


GROUPS = ("early_rejection", "final_rejection", "advanced", "no_answer", "open")


def scores(items: Sequence[Item]) -> Scores:
    by: dict[str, list[float]] = defaultdict(list)
    counts: Counter[str] = Counter()
    for item in items:
        group = _group(item)
        counts[group] += 1
        if item.app.score is not None:
            by[group].append(item.app.score)
    groups = tuple(
        ScoreGroup(
            group=g,
            applications=counts[g],
            mean=round(statistics.fmean(by[g]), 1) if by[g] else None,
            min=min(by[g]) if by[g] else None,
            max=max(by[g]) if by[g] else None,
        )
        for g in GROUPS
        if counts[g]
    )
    early = next((g for g in groups if g.group == "early_rejection"), None)
    passed = [s for g in ("advanced", "final_rejection") for s in by[g]]
    note = ""
    if early and early.mean is not None and passed:
        mean = statistics.fmean(passed)
        gap = mean - early.mean
        if gap >= 5:
            note = (
                f"Applications that reached an interview scored {mean:.0f} on "
                f"average at application time, early rejections {early.mean:.0f}: "
                "the score tracks the screening here, so raise it before applying."
            )
        else:
            note = (
                f"Early rejections scored {early.mean:.0f} on average, applications "
                f"that reached an interview {mean:.0f}: the score does not separate "
                "them, so look beyond keywords (targeting, referrals, timing)."
            )
    return Scores(groups=groups, note=note)


def themes(items: Sequence[Item], classify: Any) -> FinalStage:
    """Feedback themes of the applications rejected after an interview.

    ``classify`` is :func:`gapcheck.feedback.classify_sentences` (passed in: the
    classifier is loaded only when there is feedback to read); every sentence of the
    season goes to it in one batch."""
    from gapcheck.feedback import sentences

    finals = [i for i in items if i.final_rejection]
    with_feedback = [i for i in finals if i.app.feedback]
    owners = [
        (item.app.id, sentence)
        for item in with_feedback
        for entry in item.app.feedback
        for sentence in sentences(entry.text)
    ]
    labelled = list(
        zip(
            [app_id for app_id, _ in owners],
            classify([s for _, s in owners]),
            strict=True,
        )
    )
    count: Counter[str] = Counter()
    apps: dict[str, set[int]] = defaultdict(set)
    examples: dict[str, list[str]] = defaultdict(list)
    for app_id, sentence in labelled:
        for label in sentence.labels:
            count[label] += 1
            # one example per application first, so examples show the spread
            if app_id not in apps[label] and len(examples[label]) < MAX_EXAMPLES:
                examples[label].append(sentence.text)
            apps[label].add(app_id)
    found = sorted(count, key=lambda c: (-count[c], -len(apps[c]), c))
    return FinalStage(
        rejections=len(finals),
        with_feedback=len(with_feedback),
        sentences=len(labelled),
        themes=tuple(
            Theme(
                category=c,
                count=count[c],
                applications=len(apps[c]),
                examples=tuple(examples[c]),
            )
            for c in found
        ),
    )
