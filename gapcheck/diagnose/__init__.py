"""``gapcheck diagnose``: why applications keep failing, at which stage, and what to
change, read from the application log (:mod:`gapcheck.store`).

:func:`diagnose` builds a :class:`Diagnosis`: the funnel, early rejections against
the requirements their postings asked and the resume lacked (and the layout issues of
the resume versions sent), the score at application time against the outcome, the
feedback themes of rejections after an interview (:mod:`gapcheck.feedback`), the
occupations the resume fits best (:mod:`gapcheck.occupation.fit`) and a plan
(:mod:`gapcheck.diagnose.plan`).
"""

from __future__ import annotations

from typing import Any

from gapcheck.diagnose.analysis import (
    Item,
    format_issues,
    funnel,
    missing_terms,
    scores,
    themes,
)
from gapcheck.diagnose.records import Diagnosis, EarlyStage
from gapcheck.occupation.fit import OccupationFit
from gapcheck.store import STALE_DAYS, ApplicationLog

__all__ = ["Diagnosis", "diagnose", "occupation_fits"]

#: Fewer early rejections than this and the early-stage counts are anecdotes.
FEW = 3


def _classify(sentences: list[str]) -> Any:
    from gapcheck.feedback import classify_sentences

    return classify_sentences(sentences)


def _written_in(analysis: dict[str, Any] | None) -> list[str]:
    """The language the resume is written in, by name ("English"), if known."""
    from gapcheck.ingest.lang import language_name

    document = ((analysis or {}).get("record") or {}).get("document") or {}
    code = document.get("language")
    return [language_name(code)] if code and code != "und" else []


def occupation_fits(
    analysis: dict[str, Any] | None, top: int = 5
) -> list[OccupationFit]:
    """The named occupations a stored resume analysis fits best
    (:func:`gapcheck.occupation.fit.best_fits`): its headline (else a known title
    among its opening lines) and its first role titles, weighted as the score weighs
    them, place it in occupation groups; its text and the skills found in it rank the
    occupations of those groups."""
    if not analysis:
        return []
    from gapcheck.occupation import best_fits, opening_title
    from gapcheck.score.evidence import TITLE_WEIGHTS

    record = analysis.get("record") or {}
    text = (record.get("document") or {}).get("text") or ""
    headline = record.get("headline") or opening_title(text)
    roles = [r.get("title") for r in record.get("roles") or ()]
    titles = [(headline, TITLE_WEIGHTS[0])] if headline else []
    titles += list(zip(roles, TITLE_WEIGHTS[1:], strict=False))
    skills = [
        m.get("canonical") or m.get("text") or ""
        for m in analysis.get("mentions") or ()
    ]
    return best_fits(titles, text, skills, top=top)


def diagnose(
    log: ApplicationLog,
    *,
    stale_days: int = STALE_DAYS,
    taxonomy: Any = None,
    occupations: bool = True,
) -> Diagnosis:
    """Read every application in ``log`` and say what the patterns are."""
    from gapcheck.diagnose.plan import build_plan, wins
    from gapcheck.score import resolve_taxonomy

    apps = log.list(stale_days=stale_days)
    items = [Item(a, log.stored(a.id, resume=False).check) for a in apps]
    tax = resolve_taxonomy(taxonomy) if items else None
    # the resume version sent last (with a stored check) speaks for the person now
    latest = next((i for i in reversed(items) if i.check and i.app.resume_sha256), None)
    analysis = log.stored(latest.app.id).resume_analysis if latest else None
    early = [i for i in items if i.early_rejection]
    terms = missing_terms(items, tax, shown=_written_in(analysis))
    issues = format_issues(early or items)
    final = themes(items, _classify)
    fits: list[Any] = []
    if occupations and analysis:
        fits = occupation_fits(analysis)
    no_answer = [i for i in items if i.app.no_answer]
    ask = sum(1 for i in items if i.final_rejection and not i.app.feedback)
    plan = build_plan(
        terms,
        final.themes,
        issues,
        taxonomy=tax,
        achievements=wins(latest.check if latest else None, analysis),
        follow_ups=len(no_answer),
        ask=ask,
    )
    notes = []
    if len(early) < FEW:
        notes.append(
            f"Only {len(early)} application(s) rejected before an interview: the "
            "early-stage counts are examples, not yet a pattern."
        )
    if no_answer:
        notes.append(
            f"{len(no_answer)} application(s) have had no answer for {stale_days} days "
            "or more: flagged, not counted as rejections."
        )
    if final.rejections and not final.with_feedback:
        notes.append(
            "No feedback is logged for the rejections after an interview: ask for it "
            "(`gapcheck feedback-email ID`) and add it with `gapcheck log update ID "
            "--feedback TEXT`."
        )
    return Diagnosis(
        applications=len(items),
        funnel=funnel(items),
        early_rejections=len(early),
        final_rejections=final.rejections,
        offers=sum(1 for i in items if i.app.outcome in ("offer", "accepted")),
        open=sum(1 for i in items if i.app.outcome == "open"),
        no_answer=len(no_answer),
        stale_days=stale_days,
        early_stage=EarlyStage(
            rejections=len(early),
            missing_terms=tuple(terms),
            format_issues=tuple(issues),
        ),
        final_stage=final,
        scores=scores(items),
        occupations=tuple(fits),
        plan=plan,
        notes=tuple(notes),
        resume=latest.app.resume_source if latest else None,
    )
