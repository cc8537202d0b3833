"""One resume against one posting: components, skill matches and the score.

``score = 100 * sum(weight_c * score_c)`` over the components that apply, with
weights renormalised to sum to 1 (see :mod:`gapcheck.score.components`). The skills
component is ``sum(weight_t * credit_t) / sum(weight_t)`` over the posting's terms.
"""

from __future__ import annotations

from dataclasses import dataclass

from gapcheck.records import Component, SkillMatch
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
        weight=round(term.weight, 4),
        posting_mentions=term.mentions,
        canonical=term.canonical,
        required=term.importance == "required",
        match_type=kind,  # type: ignore[arg-type]
        credit=round(value, 4),
        points=round(scale * term.weight * value, 3),
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
    applicable = comp.applies(posting)
    weights = comp.effective_weights(applicable)
    total_weight = sum(t.weight for t in posting.terms)
    scale = 100.0 * weights["skills"] / total_weight if total_weight else 0.0
    matches = [skill_match(t, profile, scale) for t in posting.terms]
    skills = (
        sum(t.weight * m.credit for t, m in zip(posting.terms, matches, strict=True))
        / total_weight
        if total_weight
        else 0.0
    )
    required = [m for m in matches if m.required]
    values: dict[str, tuple[float, dict[str, object]]] = {
        "skills": (
            skills,
            {
                "terms": len(matches),
                "matched": sum(m.match_type is not None for m in matches),
                "required": len(required),
                "required_matched": sum(m.match_type is not None for m in required),
                "total_weight": round(total_weight, 3),
                "uncovered_requirement_lines": list(posting.uncovered),
            },
        ),
        "requirements": _requirement_lines(profile, posting),
        "title": comp.title_component(profile, posting),
    }
    gate = comp.relevance_gate(
        weights["skills"], values["skills"][0],
        weights["requirements"], values["requirements"][0],
    )  # fmt: skip
    years = comp.resume_years(profile)
    asked = posting.years_required or 0.0
    values["experience"] = (
        gate * comp.experience_score(years, asked),
        {"resume_years": round(years, 1), "asked_years": asked, "relevance": gate},
    )
    have, want = comp.resume_level(profile), comp.asked_level(posting)
    values["education"] = (
        gate * comp.education_score(have, want),
        {
            "resume_levels": [e.level for e in profile.resume.education if e.level],
            "asked": list(posting.education),
            "relevance": gate,
        },
    )
    found = [c for c in posting.certifications if comp.cert_found(profile, c)]
    values["certifications"] = (
        len(found) / len(posting.certifications) if posting.certifications else 1.0,
        {"asked": list(posting.certifications), "found": found},
    )
    a = profile.achievements
    values["achievements"] = (
        comp.achievements_score(profile),
        {
            "quantified": a.quantified,
            "total": a.total,
            "density": a.density,
            "duties": sum(b.kind == "duty" for b in a.bullets),
            "full_density": comp.FULL_DENSITY,
        },
    )
    values["format"] = (
        comp.format_component(profile),
        {"issues": [i.code for i in profile.issues]},
    )
    cos = comp.text_similarity(profile, posting)
    values["text_similarity"] = (comp.similarity_score(cos), {"cosine": round(cos, 4)})
    components = []
    for name in comp.COMPONENTS:
        value, details = values[name]
        value = min(1.0, max(0.0, float(value)))
        components.append(
            Component(
                name=name,
                weight=round(weights[name], 4),
                score=round(value, 4),
                points=round(100.0 * weights[name] * value, 2),
                details=dict(details),
                applies=applicable[name] > 0,
            )
        )
    score = sum(
        100.0 * weights[n] * min(1.0, max(0.0, float(values[n][0])))
        for n in comp.COMPONENTS
    )
    return Scored(
        score=min(100.0, max(0.0, score)),
        components=tuple(components),
        matched=tuple(m for m in matches if m.match_type is not None),
        missing=tuple(m for m in matches if m.match_type is None),
    )
