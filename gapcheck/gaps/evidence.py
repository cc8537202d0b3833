"""Where a piece of evidence sits in a resume, in words. Shared by the gap analysis
(:mod:`gapcheck.gaps.analysis`) and the plan (:mod:`gapcheck.gaps.plan`)."""

from __future__ import annotations

from gapcheck.records import Evidence, Resume


def evidence_place(evidence: Evidence, resume: Resume) -> str:
    """Where evidence sits, in words: "the experience section, Engineer, Acme"."""
    where = f"the {evidence.section} section" if evidence.section else "the resume"
    if evidence.role is not None and 0 <= evidence.role < len(resume.roles):
        r = resume.roles[evidence.role]
        role = ", ".join(x for x in (r.title, r.organization) if x)
        if role:
            where = f"{where}, {role}"
    return where
