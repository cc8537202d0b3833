"""One resume against one posting: components, skill matches and the score.

``score = 100 * sum(weight_c * score_c)`` over the components that apply, with
weights renormalised to sum to 1 (see :mod:`gapcheck.score.components`). The skills
component is ``sum(weight_t * credit_t) / sum(weight_t)`` over the posting's terms.
"""

from __future__ import annotations

from dataclasses import dataclass

from gapcheck.records import Component, Occupation, SkillMatch
from gapcheck.score import components as comp
from gapcheck.score.evidence import (
    MATCH,
    ResumeProfile,
    credit,
    line_credit,
    term_evidence,
)
from gapcheck.score.requirements import PostingProfile, Term

MAX_EVIDENCE = 3


@dataclass(frozen=True)
class Scored:
    score: float  # unrounded, 0..100
    components: tuple[Component, ...]
    matched: tuple[SkillMatch, ...]
    missing: tuple[SkillMatch, ...]

    def component(self, name: str) -> Component:
        return next(c for c in self.components if c.name == name)


def skill_match(term: Term, profile: ResumeProfile, scale: float) -> SkillMatch:
    found = term_evidence(term, profile)
    value, kind = credit(found)
    order = {"exact": 0, "alias": 1, "implied": 2}
    found.sort(key=lambda f: (-f[0].factor * MATCH[f[1]], order[f[1]], f[0].start))
    return SkillMatch(
        name=term.name,
        importance=term.importance,
        weight=round(comp.skill_weight(term), 4),
        posting_mentions=term.mentions,
        canonical=term.canonical,
        required=term.importance == "required",
        match_type=kind,  # type: ignore[arg-type]
        credit=round(value, 4),
        points=round(scale * comp.skill_weight(term) * value, 3),
        evidence=tuple(h.evidence(k, via) for h, k, via in found[:MAX_EVIDENCE]),
        forms=term.forms,
        soft=term.soft,
    )


def _requirement_lines(
    profile: ResumeProfile, posting: PostingProfile
) -> tuple[float, dict[str, object]]:
    total = sum(line.weight for line in posting.lines)
    scored = [(line, line_credit(line, profile)) for line in posting.lines]
    value = sum(line.weight * c for line, c in scored) / total if total else 0.0
    have = profile.words
    return value, {
        "lines": [
            {
                "text": line.text,
                "importance": line.importance,
                "credit": round(c, 3),
                "missing_words": [w for w in line.words if w not in have],
            }
            for line, c in scored
        ]
    }


def score_profiles(profile: ResumeProfile, posting: PostingProfile) -> Scored:
    """One pair through the one engine (:func:`score_profiles_matrix` on 1 x 1), with
    each component's inputs and each skill's evidence for the explanation."""
    from gapcheck.score.matrix import score_profiles_matrix

    m = score_profiles_matrix([profile], [posting])
    weights = {n: float(m.weights[n][0]) for n in comp.COMPONENTS}
    value = {n: float(m.components[n][0, 0]) for n in comp.COMPONENTS}
    gate = float(m.gate[0, 0])
    total_weight = sum(comp.skill_weight(t) for t in posting.terms)
    scale = 100.0 * weights["skills"] / total_weight if total_weight else 0.0
    matches = [skill_match(t, profile, scale) for t in posting.terms]
    required = [m for m in matches if m.required]
    details: dict[str, dict[str, object]] = {
        "skills": {
            "terms": len(matches),
            "matched": sum(m.match_type is not None for m in matches),
            "required": len(required),
            "required_matched": sum(m.match_type is not None for m in required),
            "total_weight": round(total_weight, 3),
            "uncovered_requirement_lines": list(posting.uncovered),
        },
        "requirements": _requirement_lines(profile, posting)[1],
        "title": comp.title_component(profile, posting)[1],
        "occupation": _occupation_details(profile, posting),
        "experience": {
            "resume_years": round(comp.resume_years(profile), 1),
            "asked_years": posting.years_required or 0.0,
            "relevance": round(gate, 4),
        },
        "education": {
            "resume_levels": [e.level for e in profile.resume.education if e.level],
            "asked": list(posting.education),
            "relevance": round(gate, 4),
        },
        "certifications": {
            "asked": list(posting.certifications),
            "found": [c for c in posting.certifications if comp.cert_found(profile, c)],
        },
        "achievements": {
            "quantified": profile.achievements.quantified,
            "total": profile.achievements.total,
            "density": profile.achievements.density,
            "duties": sum(b.kind == "duty" for b in profile.achievements.bullets),
            "full_density": comp.FULL_DENSITY,
            "relevance": round(gate, 4),
        },
        "format": {
            "issues": [i.code for i in profile.issues],
            "relevance": round(gate, 4),
        },
        "text_similarity": {
            "bm25": round(float(m.relevance[0, 0]), 4),
            "full_at": comp.FULL_SIMILARITY,
        },
    }
    applicable = comp.applies(posting)
    components = tuple(
        Component(
            name=name,
            weight=round(weights[name], 4),
            score=round(value[name], 4),
            points=round(100.0 * weights[name] * value[name], 2),
            details=details[name],
            applies=applicable[name] > 0,
        )
        for name in comp.COMPONENTS
    )
    return Scored(
        score=float(m.scores[0, 0]),
        components=components,
        matched=tuple(m for m in matches if m.match_type is not None),
        missing=tuple(m for m in matches if m.match_type is None),
    )


def _occupation_details(
    profile: ResumeProfile, posting: PostingProfile
) -> dict[str, object]:
    def side(o: Occupation) -> dict[str, object]:
        return {
            "occupation": o.name,
            "from": o.source,
            "title": o.title,
            "label": o.label,
            "guesses": [g.to_dict() for g in o.guesses],
        }

    return {"resume": side(profile.occupation), "posting": side(posting.occupation)}
