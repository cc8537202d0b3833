"""Fixes and verdict: measured gains hold when the fix is applied, honest wording."""

from __future__ import annotations

import dataclasses
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gapcheck.check import check
from gapcheck.records import Layout
from tests.check_fixtures import (
    BACKEND_POSTING,
    BACKEND_ROLES,
    EDU,
    FakeTaxonomy,
    RoleSpec,
    build_posting,
    build_resume,
)

TAX = FakeTaxonomy()


def resume(roles=BACKEND_ROLES, skills=("Python", "Kubernetes", "AWS"), **kw):
    return build_resume(roles=roles, skills=list(skills), education=EDU, **kw)


@pytest.fixture(scope="module")
def posting():
    return build_posting(**BACKEND_POSTING)


@pytest.fixture(scope="module")
def result(posting):
    return check(resume(), posting, taxonomy=TAX)


def test_fixes_are_ranked_by_gain(result):
    gains = [f.gain for f in result.fixes]
    assert gains and gains == sorted(gains, reverse=True)
    assert all(g > 0 for g in gains)


def test_never_tells_anyone_to_claim_a_skill(result):
    claims = [
        f
        for f in result.fixes
        if f.kind in ("add_skill", "name_skill", "show_in_bullet", "title")
    ]
    assert claims
    for f in claims:
        assert f.if_you_have_it
        assert "if you" in f.message


def test_mirror_wording_fix_names_both_wordings(result):
    fix = next(f for f in result.fixes if f.kind == "mirror_wording")
    assert fix.skill == "CI/CD" and "continuous integration" in fix.message
    assert fix.where["section"] == "experience" and fix.where["bullet"] == 1
    assert not fix.if_you_have_it and not fix.estimated


def test_non_mechanical_fixes_are_estimated(posting):
    messy = check(resume(layout=Layout(columns=2, words=400)), posting, taxonomy=TAX)
    kinds = {f.kind: f for f in messy.fixes}
    assert kinds["format"].estimated and kinds["quantify"].estimated


def _apply_and_rescore(posting, roles, skills, base_score):
    return (
        check(resume(roles=roles, skills=skills), posting, taxonomy=TAX).score
        - base_score
    )


def test_applying_mirror_wording_gains_about_its_stated_gain(posting, result):
    fix = next(f for f in result.fixes if f.kind == "mirror_wording")
    role = BACKEND_ROLES[0]
    bullets = [b.replace("continuous integration", "CI/CD") for b in role.bullets]
    roles = [dataclasses.replace(role, bullets=bullets), BACKEND_ROLES[1]]
    gained = _apply_and_rescore(
        posting, roles, ["Python", "Kubernetes", "AWS"], result.score
    )
    assert gained == pytest.approx(fix.gain, abs=1.0)


@pytest.mark.parametrize("skill", ["Terraform", "Kubernetes"])
def test_applying_a_skill_fix_gains_about_its_stated_gain(posting, result, skill):
    fix = next(f for f in result.fixes if f.skill == skill)
    assert fix.where["role"] == 0 and fix.where["bullet"] == 0
    role = BACKEND_ROLES[0]
    bullets = [f"{role.bullets[0]} and {skill}", *role.bullets[1:]]
    roles = [dataclasses.replace(role, bullets=bullets), BACKEND_ROLES[1]]
    gained = _apply_and_rescore(
        posting, roles, ["Python", "Kubernetes", "AWS"], result.score
    )
    assert gained > 0
    assert gained == pytest.approx(fix.gain, abs=1.0)


def test_verdict_keyword_alignment(posting):
    weak = check(
        resume(
            roles=[
                RoleSpec("Chef", "Diner", "2019-01", None, ["Cooked 300 meals a day"])
            ],
            skills=["Excel"],
        ),
        posting,
        taxonomy=TAX,
    )
    assert weak.verdict.label == "keyword_alignment"
    assert "Kubernetes" in weak.verdict.summary
    assert len(weak.verdict.actions) == 3


CHEF = dict(
    roles=[RoleSpec("Chef", "Diner", "2019-01", None, ["Cooked 300 meals a day"])],
    skills=["Excel"],
    layout=Layout(words=400),
)


@pytest.mark.parametrize(
    "marked, shown",
    [(True, "required terms (missing: "), (False, "shows 0 of the ")],
    ids=["required terms", "no term marked required"],
)
def test_a_high_score_showing_no_asked_term_is_not_fine(marked, shown):
    """Round 11: a score in the top band made of occupation and wording alone (none of
    the posting's required terms shown; none of its terms when it marks none required)
    still gets the keyword verdict, not "fine"."""
    from gapcheck.advise.verdict import ON_TARGET, verdict
    from gapcheck.score.core import score_profiles
    from gapcheck.score.evidence import resume_profile
    from gapcheck.score.requirements import posting_profile

    asks = {**BACKEND_POSTING}
    if not marked:  # the same asks, none of them marked required
        asks["responsibilities"] = [*asks["required"], *asks["responsibilities"]]
        asks["required"] = []
    rp = resume_profile(resume(**CHEF), TAX)
    pp = posting_profile(build_posting(**asks), TAX)
    scored = score_profiles(rp, pp)
    assert not scored.matched and scored.missing
    assert any(m.required for m in scored.missing) == marked
    high = dataclasses.replace(scored, score=ON_TARGET + 20.0)
    v = verdict(rp, high, [])
    assert v.label == "keyword_alignment", v
    assert shown in v.summary and "not from the terms" in v.summary, v.summary


def test_verdict_parse_risk(posting):
    skills = ["Python", "Kubernetes", "Docker", "SQL", "CI/CD", "communication"]
    risky = check(
        resume(skills=skills, layout=Layout(columns=2, words=400)),
        posting,
        taxonomy=TAX,
    )
    assert risky.verdict.label == "parse_risk"


def test_verdict_weak_evidence(posting):
    skills = ["Python", "Kubernetes", "Docker", "SQL", "CI/CD", "communication"]
    roles = [
        RoleSpec(
            "Backend Engineer",
            "Acme",
            "2018-01",
            None,
            ["Responsible for backend services", "Worked on the API"],
        )
    ]
    weak = check(
        resume(roles=roles, skills=skills, layout=Layout(words=400)),
        posting,
        taxonomy=TAX,
    )
    assert weak.verdict.label == "weak_evidence"


def test_verdict_fine(posting):
    roles = [
        RoleSpec(
            "Senior Backend Engineer",
            "Acme",
            "2018-01",
            None,
            [
                "Built Python services on Kubernetes and Docker serving 2M users",
                "Cut SQL query time by 60% and ran CI/CD for 40 services",
                "Led communication with 5 product teams, shipping 12 releases",
            ],
        )
    ]
    good = check(
        resume(
            roles=roles,
            headline="Senior Backend Engineer",
            skills=["Python", "Kubernetes", "Terraform", "AWS"],
            layout=Layout(words=400),
        ),
        posting,
        taxonomy=TAX,
    )
    assert good.verdict.label == "fine", good.verdict
    # occupation carries 0.43 and no two documents read as quite the same occupation
    # mix of ISCO groups: a fitting resume tops out in the 80s
    assert good.score > 80


def test_education_fix_when_no_degree_is_listed(posting):
    bare = build_resume(roles=BACKEND_ROLES, skills=["Python"])
    result = check(bare, posting, taxonomy=TAX)
    fix = next(f for f in result.fixes if f.kind == "education")
    assert fix.if_you_have_it and "bachelor's" in fix.message
    after = check(resume(skills=["Python"]), posting, taxonomy=TAX).score
    # the degree's words ("Computer Science") also move the occupation component's
    # content reading, which the fix's estimate leaves out: +0.23 points with the
    # round-9 lexicon, +0.25 with round 10's (after rounding, 2.3 and 2.4 in all)
    assert after - result.score == pytest.approx(fix.gain, abs=0.3)


def test_requirement_words_fix_gains_about_its_stated_gain():
    posting = build_posting(
        title="Backend Engineer",
        # an "Able to ..." line: short requirement bullets give their work object as a
        # term since round 13 ("Design reliable billing pipelines" -> add_skill), so
        # the requirement-words fix is exercised on a line no term is read from
        required=["Python", "Able to design reliable billing pipelines for clinics"],
    )
    before = check(resume(), posting, taxonomy=TAX)
    fix = next(f for f in before.fixes if f.kind == "requirement_words")
    assert fix.if_you_have_it and "pipelines" in fix.message
    assert fix.where["role"] == 0
    role = BACKEND_ROLES[0]
    words = re.search(r"its words \(([^)]*)\)", fix.message).group(1)
    bullets = [f"{role.bullets[0]}; {words}", *role.bullets[1:]]
    roles = [dataclasses.replace(role, bullets=bullets), BACKEND_ROLES[1]]
    after = check(resume(roles=roles), posting, taxonomy=TAX)
    assert after.score - before.score == pytest.approx(fix.gain, abs=1.0)


def test_a_missing_certification_term_is_listed_if_held():
    posting = build_posting(title="Project Manager", required=["PMP", "Python"])
    result = check(resume(), posting, taxonomy=TAX)
    fix = next(f for f in result.fixes if f.skill == "PMP")
    assert fix.kind == "certification" and fix.where["section"] == "certifications"
    assert "if you hold it" in fix.message and fix.if_you_have_it
    held = check(resume(certifications=["PMP"]), posting, taxonomy=TAX)
    assert held.score - result.score == pytest.approx(fix.gain, abs=1.0)


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    skills=st.lists(
        st.sampled_from(
            [
                "Python",
                "Kubernetes",
                "Docker",
                "SQL",
                "AWS",
                "Terraform",
                "Java",
                "Excel",
            ]
        ),
        unique=True,
        max_size=5,
    )
)
def test_every_add_skill_fix_gains_what_it_says(posting, skills):
    before = check(resume(skills=skills), posting, taxonomy=TAX)
    for fix in [f for f in before.fixes if f.kind == "add_skill"][:3]:
        role = BACKEND_ROLES[0]
        bullets = [f"{role.bullets[0]} with {fix.skill}", *role.bullets[1:]]
        roles = [dataclasses.replace(role, bullets=bullets), BACKEND_ROLES[1]]
        after = check(resume(roles=roles, skills=skills), posting, taxonomy=TAX)
        assert after.score - before.score == pytest.approx(fix.gain, abs=1.0)
