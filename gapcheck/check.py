"""``check``: one resume against one posting, scored and then advised.

The orchestrator of the two stages: :mod:`gapcheck.score` computes the score and its
components (it knows nothing of advice), then :mod:`gapcheck.advise` ranks fixes and
gives the verdict from that score.
"""

from __future__ import annotations

from typing import Any

from gapcheck.records import Analysis, CheckResult, SkillReport

__all__ = ["check"]


def check(resume: Analysis, posting: Analysis, *, taxonomy: Any = None) -> CheckResult:
    """Score ``resume`` against ``posting``, rank fixes and give a verdict."""
    from gapcheck.advise import advise
    from gapcheck.score.core import score_profiles
    from gapcheck.score.evidence import resume_profile
    from gapcheck.score.requirements import posting_profile
    from gapcheck.score.shared import document_summary, resolve_taxonomy

    tax = resolve_taxonomy(taxonomy)
    rp = resume_profile(resume, tax)
    pp = posting_profile(posting, tax)
    scored = score_profiles(rp, pp)
    fixes, verdict = advise(rp, pp, scored)
    return CheckResult(
        score=round(scored.score, 1),
        components=scored.components,
        skills=SkillReport(
            matched=scored.matched, missing=scored.missing, implied=scored.implied
        ),
        achievements=rp.achievements,
        format_issues=rp.issues,
        fixes=fixes,
        verdict=verdict,
        resume=document_summary(resume.record, rp.occupation),
        posting=document_summary(posting.record, pp.occupation),
    )
