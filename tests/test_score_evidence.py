"""Round 11: occupation credit needs evidence (gapcheck.score.gate.occupation_evidence),
and the title line says "same" occupation only when it is the same."""

from __future__ import annotations

import numpy as np
import pytest

import gapcheck.score.components as comp
from gapcheck.check import check
from gapcheck.score.evidence import resume_profile
from gapcheck.score.gate import (
    FULL_RELEVANCE,
    OCCUPATION_EVIDENCE,
    occupation_evidence,
)
from gapcheck.score.matrix import occupation_matrix, score_profiles_matrix
from gapcheck.score.requirements import posting_profile
from tests.check_fixtures import (
    BACKEND_POSTING,
    BACKEND_ROLES,
    EDU,
    FakeTaxonomy,
    build_posting,
    build_resume,
)

TAX = FakeTaxonomy()


def test_no_evidence_no_occupation_credit_and_some_evidence_full_credit() -> None:
    kw = np.array([0.0, 0.0, OCCUPATION_EVIDENCE * FULL_RELEVANCE, 0.0, 0.02])
    sim = np.array([0.0, OCCUPATION_EVIDENCE, 0.0, OCCUPATION_EVIDENCE / 2, 0.0])
    got = occupation_evidence(kw, sim)
    assert got[0] == 0.0
    assert got[1] == pytest.approx(1.0) and got[2] == pytest.approx(1.0)
    assert got[3] == pytest.approx(0.5)
    assert 0 < got[4] < 1
    # never above 1, never falls as evidence grows
    grid = np.linspace(0, 1, 21)
    e = occupation_evidence(grid[:, None], grid[None, :])
    assert e.max() <= 1.0 and (np.diff(e, axis=0) >= 0).all()
    assert (np.diff(e, axis=1) >= 0).all()


def _profiles():
    resumes = [
        build_resume(
            roles=BACKEND_ROLES, skills=["Python", "Kubernetes"], education=EDU
        ),
        build_resume(headline="Software Engineer", roles=[], skills=[]),
        build_resume(headline="HR Generalist", roles=[], skills=["Payroll"]),
    ]
    postings = [
        build_posting(**BACKEND_POSTING),
        build_posting(title="HR Generalist", required=["Payroll", "Recruiting"]),
    ]
    return (
        [resume_profile(r, TAX) for r in resumes],
        [posting_profile(p, TAX) for p in postings],
    )


def test_the_occupation_component_is_scaled_by_the_evidence() -> None:
    rps, pps = _profiles()
    m = score_profiles_matrix(rps, pps)
    kw = comp.keyword_alignment(
        m.weights["skills"][None, :],
        m.components["skills"],
        m.weights["requirements"][None, :],
        m.components["requirements"],
    )
    want = occupation_evidence(kw, m.components["text_similarity"])
    np.testing.assert_allclose(m.evidence, want)
    np.testing.assert_allclose(
        m.components["occupation"], np.clip(want * occupation_matrix(rps, pps), 0, 1)
    )
    # a resume showing the posting's terms gets its occupation in full; one showing
    # nothing it asks (an HR generalist for a backend post) gets none
    assert m.evidence[0, 0] == 1.0
    assert m.evidence[2, 0] < 0.5 and m.components["occupation"][2, 0] < 0.05


def test_check_shows_the_evidence_factor_of_the_matrix() -> None:
    resume = build_resume(headline="Software Engineer", roles=[], skills=[])
    posting = build_posting(**BACKEND_POSTING)
    result = check(resume, posting, taxonomy=TAX)
    comps = {c.name: c for c in result.components}
    details = comps["occupation"].details
    m = score_profiles_matrix(
        [resume_profile(resume, TAX)], [posting_profile(posting, TAX)]
    )
    assert details.evidence == pytest.approx(float(m.evidence[0, 0]), abs=1e-4)


def test_title_line_says_related_not_same_for_a_close_occupation() -> None:
    from gapcheck.records import TitleDetails, TitleMatch
    from gapcheck.records.scoring import Component
    from gapcheck.report.check import _component_note

    def note(same: bool) -> str:
        best = TitleMatch(
            title="Data Scientist",
            where="headline",
            factor=1.0,
            by="occupation",
            occupation="data scientist",
            same=same,
        )
        c = Component(
            name="title",
            weight=0.09,
            score=0.12,
            points=1.1,
            details=TitleDetails(posting_title="Analytics Engineer", best=best),
            applies=True,
        )
        return _component_note(c)

    assert "related occupation: data scientist" in note(False)
    assert "same occupation: data scientist" in note(True)
