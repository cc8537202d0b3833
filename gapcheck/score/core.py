"""One resume against one posting: components, skill matches and the score.

``score = 100 * sum(weight_c * score_c)`` over the components that apply, with
weights renormalised to sum to 1 (see :mod:`gapcheck.score.components`). The skills
component is ``sum(weight_t * credit_t) / sum(weight_t)`` over the posting's terms.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypeVar

import gapcheck.score.components as comp
from gapcheck.records import (
    AchievementsDetails,
    CertificationsDetails,
    Component,
    ComponentDetails,
    EducationDetails,
    ExperienceDetails,
    FormatDetails,
    OccupationDetails,
    RequirementLine,
    RequirementsDetails,
    SkillMatch,
    SkillsDetails,
    TextSimilarityDetails,
)
from gapcheck.score.evidence import (
    MATCH,
    ResumeProfile,
    credit,
    line_credit,
    term_evidence,
)
from gapcheck.score.requirements import PostingProfile, Term

MAX_EVIDENCE = 3
D = TypeVar("D")


@dataclass(frozen=True)
class Scored:
    score: float  # unrounded, 0..100
    components: tuple[Component, ...]
    matched: tuple[SkillMatch, ...]  # named: exact or alias evidence
    missing: tuple[SkillMatch, ...]
    implied: tuple[SkillMatch, ...] = ()  # only implied: credit, but not named

    def component(self, name: str) -> Component:
        return next(c for c in self.components if c.name == name)

    def details(self, kind: type[D]) -> D:
        """The inputs of the component whose details are a ``kind`` record."""
        found = (c.details for c in self.components if isinstance(c.details, kind))
        return next(found, None) or kind()


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
) -> RequirementsDetails:
    have = profile.words
    return RequirementsDetails(
        lines=tuple(
            RequirementLine(
                text=line.text,
                importance=line.importance,
                credit=round(line_credit(line, profile), 3),
                missing_words=tuple(w for w in line.words if w not in have),
            )
            for line in posting.lines
        )
    )


def score_profiles(profile: ResumeProfile, posting: PostingProfile) -> Scored:
    """One pair through the one engine (:func:`score_profiles_matrix` on 1 x 1), with
    each component's inputs and each skill's evidence for the explanation."""
    from gapcheck.score.matrix import score_profiles_matrix

    m = score_profiles_matrix([profile], [posting])
    weights = {n: float(m.weights[n][0]) for n in comp.COMPONENTS}
    value = {n: float(m.components[n][0, 0]) for n in comp.COMPONENTS}
    gate = float(m.gate[0, 0])
    evidence = float(m.evidence[0, 0])
    total_weight = sum(comp.skill_weight(t) for t in posting.terms)
    scale = 100.0 * weights["skills"] / total_weight if total_weight else 0.0
    matches = [skill_match(t, profile, scale) for t in posting.terms]
    required = [m for m in matches if m.required]
    named = ("exact", "alias")
    a = profile.achievements
    details: dict[str, ComponentDetails] = {
        "skills": SkillsDetails(
            terms=len(matches),
            matched=sum(m.match_type in named for m in matches),
            required=len(required),
            required_matched=sum(m.match_type in named for m in required),
            total_weight=round(total_weight, 3),
            implied=sum(m.match_type == "implied" for m in matches),
            required_implied=sum(m.match_type == "implied" for m in required),
            uncovered_requirement_lines=tuple(posting.uncovered),
        ),
        "requirements": _requirement_lines(profile, posting),
        "title": comp.title_component(profile, posting, evidence)[1],
        "occupation": OccupationDetails(
            resume=profile.occupation,
            posting=posting.occupation,
            evidence=round(evidence, 4),
        ),
        "experience": ExperienceDetails(
            resume_years=round(comp.resume_years(profile), 1),
            asked_years=posting.years_required or 0.0,
            relevance=round(gate, 4),
        ),
        "education": EducationDetails(
            resume_levels=tuple(e.level for e in profile.resume.education if e.level),
            asked=tuple(posting.education),
            relevance=round(gate, 4),
        ),
        "certifications": CertificationsDetails(
            asked=tuple(posting.certifications),
            found=tuple(
                c for c in posting.certifications if comp.cert_found(profile, c)
            ),
        ),
        "achievements": AchievementsDetails(
            quantified=a.quantified,
            total=a.total,
            density=a.density,
            duties=sum(b.kind == "duty" for b in a.bullets),
            full_density=comp.FULL_DENSITY,
            relevance=round(gate, 4),
        ),
        "format": FormatDetails(
            issues=tuple(i.code for i in profile.issues), relevance=round(gate, 4)
        ),
        "text_similarity": TextSimilarityDetails(
            bm25=round(float(m.relevance[0, 0]), 4), full_at=comp.FULL_SIMILARITY
        ),
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
        matched=tuple(m for m in matches if m.match_type in named),
        missing=tuple(m for m in matches if m.match_type is None),
        implied=tuple(m for m in matches if m.match_type == "implied"),
    )
