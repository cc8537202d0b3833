"""Scoring: properties of the score, evidence, achievements, format checks, matrix."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gapcheck.check import check
from gapcheck.records import Bullet, CheckResult, Layout
from gapcheck.score import score_matrix
from gapcheck.score.achievements import assess_bullet, quantities, summarise
from gapcheck.score.components import title_overlap, title_tokens, wanted_title
from gapcheck.score.format import format_issues
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
VOCAB = [
    "Python",
    "Kubernetes",
    "Docker",
    "SQL",
    "Terraform",
    "AWS",
    "Java",
    "Kafka",
    "GraphQL",
    "React",
    "Excel",
    "Payroll",
]


def backend_resume(skills=("Python", "Kubernetes", "AWS"), roles=BACKEND_ROLES, **kw):
    return build_resume(roles=roles, skills=list(skills), education=EDU, **kw)


@pytest.fixture(scope="module")
def posting():
    return build_posting(**BACKEND_POSTING)


@pytest.fixture(scope="module")
def result(posting) -> CheckResult:
    return check(backend_resume(), posting, taxonomy=TAX)


def _skill(result: CheckResult, name: str):
    everything = result.skills.matched + result.skills.implied + result.skills.missing
    return next(m for m in everything if m.name.lower() == name.lower())


def test_points_add_up_to_the_score(result):
    assert 0 <= result.score <= 100
    assert sum(c.points for c in result.components) == pytest.approx(
        result.score, abs=0.1
    )
    assert sum(c.weight for c in result.components) == pytest.approx(1.0, abs=1e-3)
    skills = next(c for c in result.components if c.name == "skills")
    # an implied term earns its points too, shown apart from the matched ones
    earned = sum(m.points for m in result.skills.matched + result.skills.implied)
    assert earned == pytest.approx(skills.points, abs=0.05)


def test_an_implied_term_is_shown_apart_not_as_matched(result):
    """Round 12: a term the resume only implies (SQL through PostgreSQL) is never
    listed as matched, whose evidence must show the skill itself; it is listed as
    implied, counted apart in the skills component's inputs, and its fix asks the
    candidate to name it."""
    assert "SQL" not in {m.name for m in result.skills.matched}
    sql = next(m for m in result.skills.implied if m.name == "SQL")
    assert sql.match_type == "implied" and sql.credit > 0
    assert all(m.match_type in ("exact", "alias") for m in result.skills.matched)
    details = next(c for c in result.components if c.name == "skills").details
    assert details.implied == len(result.skills.implied) >= 1
    assert details.matched == len(result.skills.matched)
    fix = next(f for f in result.fixes if f.skill == "SQL")
    assert fix.kind == "name_skill" and "does not name it" in fix.message


def test_match_types_and_evidence(result):
    assert _skill(result, "Python").match_type == "exact"
    ci = _skill(result, "CI/CD")
    assert ci.match_type == "alias"
    assert ci.evidence[0].text == "continuous integration"
    sql = _skill(result, "SQL")
    assert sql.match_type == "implied" and sql.evidence[0].via == "PostgreSQL"
    assert _skill(result, "Terraform").match_type is None
    # evidence in a recent-role bullet counts more than a bare skills-list entry
    assert _skill(result, "Python").credit > _skill(result, "Kubernetes").credit
    k8s = _skill(result, "Kubernetes")
    assert k8s.evidence[0].section == "skills" and k8s.evidence[0].start > 0


def test_benefits_words_are_not_asked(result):
    python = _skill(result, "Python")
    assert python.posting_mentions == 2  # the benefits line "Python books" is not asked
    assert python.importance == "required"


def test_required_weighs_more_than_preferred(result):
    assert _skill(result, "Kubernetes").weight > _skill(result, "AWS").weight


def test_older_role_counts_less(posting):
    recent = backend_resume(
        skills=(),
        roles=[
            RoleSpec(
                "Engineer", "A", "2022-01", None, ["Ran Terraform for 40 services"]
            ),
            RoleSpec("Engineer", "B", "2015-01", "2021-12", ["Wrote tools"]),
        ],
    )
    old = backend_resume(
        skills=(),
        roles=[
            RoleSpec("Engineer", "A", "2022-01", None, ["Wrote tools"]),
            RoleSpec(
                "Engineer", "B", "2015-01", "2021-12", ["Ran Terraform for 40 services"]
            ),
        ],
    )
    a = _skill(check(recent, posting, taxonomy=TAX), "Terraform").credit
    b = _skill(check(old, posting, taxonomy=TAX), "Terraform").credit
    assert a > b > 0


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    have=st.lists(st.sampled_from(VOCAB), unique=True, max_size=6),
    add=st.sampled_from(["Kubernetes", "Docker", "Terraform", "SQL", "AWS"]),
)
def test_adding_a_missing_skill_raises_the_score(posting, have, add):
    if add in have:
        have = [h for h in have if h != add]
    before = check(backend_resume(skills=have), posting, taxonomy=TAX)
    after = check(backend_resume(skills=[*have, add]), posting, taxonomy=TAX)
    was = _skill(before, add)
    now = _skill(after, add)
    assert now.match_type is not None
    assert now.credit >= was.credit
    if was.match_type is None:
        assert after.score > before.score
    assert 0 <= after.score <= 100


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    skills=st.lists(st.sampled_from(VOCAB), max_size=8),
    years=st.floats(0, 30),
    columns=st.integers(1, 3),
    bullets=st.lists(st.text(max_size=60), max_size=4),
)
def test_score_is_always_between_0_and_100(posting, skills, years, columns, bullets):
    roles = [RoleSpec("Dev", "X", "2020-01", None, bullets)] if bullets else []
    resume = build_resume(
        roles=roles,
        skills=skills,
        years=years,
        layout=Layout(columns=columns, tables=2, text_boxes=1),
        email=None,
        phone=None,
    )
    result = check(resume, posting, taxonomy=TAX)
    assert 0 <= result.score <= 100
    assert all(0 <= c.score <= 1 for c in result.components)


def test_relevant_posting_scores_higher_than_unrelated(posting):
    hr = build_posting(
        title="HR Generalist",
        required=["Payroll", "Recruiting", "Onboarding", "Excel"],
        years=3.0,
    )
    resume = backend_resume()
    assert (
        check(resume, posting, taxonomy=TAX).score
        > check(resume, hr, taxonomy=TAX).score + 20
    )


def test_more_experience_never_lowers_the_score(posting):
    low = check(backend_resume(years=2.0), posting, taxonomy=TAX)
    high = check(backend_resume(years=8.0), posting, taxonomy=TAX)
    assert high.score > low.score


def test_score_matrix_equals_check_per_pair(posting):
    resumes = [
        backend_resume(),
        backend_resume(skills=("Excel", "Payroll"), headline="HR Generalist"),
        build_resume(roles=[], skills=["React", "GraphQL"], headline=None, years=1.0),
    ]
    postings = [
        posting,
        build_posting(
            title="HR Generalist",
            required=["Payroll", "Recruiting"],
            years=3.0,
            certifications=["SHRM-CP"],
        ),
        build_posting(
            title="Frontend Developer",
            required=["JavaScript", "React"],
            education=["master"],
        ),
    ]
    matrix = score_matrix(resumes, postings, taxonomy=TAX)
    assert matrix.scores.shape == (3, 3)
    for i, r in enumerate(resumes):
        for j, p in enumerate(postings):
            result = check(r, p, taxonomy=TAX)
            # batch's "matched" counts every term with credit: check's matched
            # (named) and implied (listed apart) terms
            skills = result.skills
            assert matrix.matched[i, j] == len(skills.matched) + len(skills.implied)
            assert matrix.missing[i, j] == len(result.skills.missing)
            heaviest = sorted(result.skills.missing, key=lambda m: -m.weight)[:2]
            assert {m.weight for m in heaviest} == {
                next(m.weight for m in result.skills.missing if m.name == name)
                for name in matrix.top_missing(i, j, 2)
            }
            assert matrix.scores[i, j] == pytest.approx(result.score, abs=0.051)
            for c in result.components:
                assert matrix.components[c.name][i, j] == pytest.approx(
                    c.score, abs=1e-3
                )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Increased revenue by 25% in 2021", ["25%"]),
        ("Cut hosting costs by $1.2M", ["$1.2M"]),
        ("Led a team of 5 engineers", ["5"]),
        ("Made the build 2x faster", ["2x"]),
        ("Ranked top 5% of 300 sellers", ["5%", "300", "top 5"]),
        ("Grew to 2000 users", ["2000"]),
        ("Jan 2020 - Mar 2022 at Acme, 06/2019", []),
        ("Call (123) 456-7890 or +44 20 7946 0958", []),
        ("Upgraded Python 3.11 and the API to v2.3.1", []),
        ("Built pages with HTML5 and ES6 in 2019", []),
    ],
)
def test_quantities(text, expected):
    assert sorted(quantities(text)) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "kind", "flags", "star"),
    [
        (
            "Reduced page load time by 40% by caching API responses",
            "achievement",
            (),
            True,
        ),
        ("Responsible for the billing system", "duty", ("duty_phrase",), False),
        ("Helped the team with releases", "duty", ("weak_verb",), False),
        (
            "Reports were improved by the new dashboard",
            "duty",
            ("passive", "no_action_verb"),
            False,
        ),
        ("Team player with a passion for code", "duty", ("no_action_verb",), False),
    ],
)
def test_bullet_classification(text, kind, flags, star):
    a = assess_bullet(0, Bullet(text, "experience", 0))
    assert a.kind == kind
    assert set(flags) <= set(a.flags)
    assert a.star is star


def test_too_long_bullet():
    a = assess_bullet(0, Bullet("Built " + "very " * 35 + "things", "experience", 0))
    assert "too_long" in a.flags


def test_density_counts_experience_bullets_only():
    bullets = [
        Bullet("Raised sales 20%", "experience", 0),
        Bullet("Wrote docs", "experience", 0),
        Bullet("Python 50%", "skills"),
    ]
    s = summarise(bullets)
    assert (s.quantified, s.total, s.density) == (1, 2, 0.5)


def test_format_issues_from_layout():
    layout = Layout(
        columns=2,
        tables=1,
        text_boxes=1,
        icon_glyphs=3,
        images=1,
        header_footer_text=("jo@example.com | +1 555 123 4567",),
        words=400,
    )
    resume = build_resume(roles=BACKEND_ROLES, layout=layout, email=None, fmt="html")
    codes = {i.code: i for i in format_issues(resume.record)}
    assert {"F101", "F102", "F103", "F104", "F105", "F106", "F108", "F110"} <= set(
        codes
    )
    assert codes["F103"].severity == "high"  # contact details in the header
    clean = build_resume(roles=BACKEND_ROLES, layout=Layout(words=400))
    assert not {i.code for i in format_issues(clean.record)} & set(codes)


def test_inconsistent_date_styles():
    roles = [
        dataclasses.replace(BACKEND_ROLES[0], dates="Mar 2021 – Present"),
        dataclasses.replace(BACKEND_ROLES[1], dates="01/2017 – 02/2021"),
    ]
    resume = build_resume(roles=roles, layout=Layout(words=400))
    assert "F114" in {i.code for i in format_issues(resume.record)}


def test_layout_problems_lower_the_score(posting):
    clean = check(backend_resume(), posting, taxonomy=TAX)
    messy = check(
        backend_resume(layout=Layout(columns=2, text_boxes=1)), posting, taxonomy=TAX
    )
    assert messy.score < clean.score


@pytest.mark.parametrize(
    ("a", "b", "low"),
    [
        ("Sr. Software Eng", "Senior Software Engineer", 1.0),
        ("Front-End Developer", "Front End Engineer (2 Years of Experience)", 0.8),
        ("Product Manager", "Java Developer", 0.0),
    ],
)
def test_title_normaliser(a, b, low):
    overlap = title_overlap(title_tokens(a), wanted_title(b))
    assert overlap >= low if low else overlap == 0.0


@pytest.mark.parametrize(
    ("resume_title", "posting_title", "shared"),
    [
        ("Patient Care Assistant", "Bank Catering Assistant (GMS)", False),
        ("Senior Facilities and Construction Project Manager",
         "Service Manager - Recruitment", False),
        ("Catering Assistant", "Bank Catering Assistant (GMS)", True),
        ("Sales Manager", "Manager", True),  # a title of generic words only
    ],
)  # fmt: skip
def test_a_generic_head_alone_shares_no_title(resume_title, posting_title, shared):
    """Round 10: a construction resume's "Patient Care Assistant" role earned 0.32 of
    the title component for "Catering Assistant" by the word "assistant" alone; the
    head counts beside a field word of the posting's title. The batch matrix agrees
    with the one-pair overlap."""
    from gapcheck.score.components import PostingTitles, title_scores

    overlap = title_overlap(title_tokens(resume_title), wanted_title(posting_title))
    assert (overlap > 0) is shared
    wanted = wanted_title(posting_title)
    vocab = tuple(sorted(wanted))
    import numpy as np

    words = np.array([[wanted[w]] for w in vocab]) / sum(wanted.values())
    titles = PostingTitles(vocab, words, np.zeros((1, 0)), np.zeros((1, 0)))

    from types import SimpleNamespace

    profile = SimpleNamespace(  # the headline only
        resume=SimpleNamespace(headline=resume_title, roles=()), role_rank={}
    )
    by_words = title_scores(profile, titles)[0]  # type: ignore[arg-type]
    assert by_words[0, 0] == pytest.approx(overlap)


def test_title_match_counts(posting):
    same = check(backend_resume(headline="Sr. Backend Eng"), posting, taxonomy=TAX)
    other = check(backend_resume(headline="Gardener"), posting, taxonomy=TAX)
    assert same.score > other.score


def test_json_roundtrip(result):
    data = result.to_dict()
    assert CheckResult.from_dict(data).to_dict() == data


def test_employer_name_and_degree_phrases_are_not_skill_terms():
    from gapcheck.records import Mention
    from gapcheck.score.requirements import posting_profile

    posting = build_posting(
        title="Data Engineer",
        about="Kafka Labs builds pipelines.",
        required=[
            "Kafka",
            "Bachelor's degree in CS",
            "Designing and operating reliable data pipelines",
        ],
        organization="Kafka Labs",
    )
    text = posting.record.document.text
    extra = []
    for phrase in (
        "Bachelor's degree",
        "Designing and operating reliable data pipelines",
    ):
        start = text.index(phrase)
        extra.append(
            Mention(start, start + len(phrase), phrase, "SKILL", source="model")
        )
    start = text.index("Kafka Labs")
    extra.append(Mention(start, start + 10, "Kafka Labs", "SKILL", source="model"))
    analysis = dataclasses.replace(posting, mentions=posting.mentions + tuple(extra))
    profile = posting_profile(analysis, TAX)
    names = {t.name for t in profile.terms}
    assert "Kafka" in names
    assert not names & {
        "Bachelor's degree",
        "Kafka Labs",
        "Designing and operating reliable data pipelines",
    }
    # the requirement line is read for its work object (round 13: objects of short
    # requirement bullets), named as the posting writes it, not as the model's
    # whole-line span
    assert "reliable data pipelines" in names


def test_a_bare_modifier_is_not_a_skill_term():
    """SkillSpan marks "hands-on" as a skill, so the model finds it; but there is
    nothing a resume can add for it, so the posting does not ask for it as a term."""
    from gapcheck.records import Mention
    from gapcheck.score.requirements import posting_profile

    posting = build_posting(
        title="Platform Engineer",
        required=["Hands-on experience with Kubernetes", "Proven Terraform skills"],
    )
    text = posting.record.document.text
    extra = []
    for phrase in ("Hands-on", "Proven", "Kubernetes"):
        start = text.index(phrase)
        extra.append(
            Mention(start, start + len(phrase), phrase, "SKILL", source="model")
        )
    analysis = dataclasses.replace(posting, mentions=posting.mentions + tuple(extra))
    names = {t.name for t in posting_profile(analysis, TAX).terms}
    assert "Kubernetes" in names
    assert not names & {"Hands-on", "Proven"}


def test_home_office_kit_is_not_a_skill_term():
    """ "A good laptop or tablet" is a prerequisite a resume cannot add; a skill that
    names the kit ("laptop repair") still counts."""
    from gapcheck.records import Mention
    from gapcheck.score.requirements import posting_profile

    posting = build_posting(
        title="Online English Teacher",
        required=[
            "A good laptop or tablet, functioning webcam",
            "Strong, hi-speed Internet connection",
            "Laptop repair and Google Slides",
        ],
    )
    text = posting.record.document.text
    extra = []
    for phrase in (
        "A good laptop or tablet",
        "tablet",
        "functioning webcam",
        "hi-speed Internet connection",
        "Laptop repair",
        "Google Slides",
    ):
        start = text.index(phrase)
        extra.append(
            Mention(start, start + len(phrase), phrase, "SKILL", source="model")
        )
    analysis = dataclasses.replace(posting, mentions=posting.mentions + tuple(extra))
    names = {t.name for t in posting_profile(analysis, TAX).terms}
    assert {"Laptop repair", "Google Slides"} <= names
    assert not names & {
        "A good laptop or tablet",
        "tablet",
        "functioning webcam",
        "hi-speed Internet connection",
    }


def test_parser_heading_notice_is_a_format_issue():
    from gapcheck.records import Notice

    resume = build_resume(roles=BACKEND_ROLES, layout=Layout(words=400))
    noted = dataclasses.replace(
        resume.record, warnings=(Notice("W401", "unusual section 'My Journey'"),)
    )
    codes = {i.code for i in format_issues(noted)}
    assert "F107" in codes
    assert "F107" not in {i.code for i in format_issues(resume.record)}


def test_skill_name_inside_the_posting_wording_is_an_exact_match():
    from gapcheck.records import Mention

    posting = build_posting(
        title="Engineer", required=["Own our CI/CD pipelines daily"]
    )
    text = posting.record.document.text
    start = text.index("CI/CD pipelines")
    wide = Mention(start, start + 15, "CI/CD pipelines", "SKILL", canonical="CI/CD")
    analysis = dataclasses.replace(
        posting,
        mentions=(*tuple(m for m in posting.mentions if m.canonical != "CI/CD"), wide),
    )
    roles = [RoleSpec("Engineer", "A", "2022-01", None, ["Ran CI/CD for 40 services"])]
    result = check(build_resume(roles=roles), analysis, taxonomy=TAX)
    assert _skill(result, "CI/CD pipelines").match_type == "exact"


def test_a_tool_is_no_evidence_of_a_discipline_two_levels_up():
    """AutoCAD is a kind of technical drawing, filed under mechanical engineering; a
    resume naming AutoCAD shows technical drawing, not the discipline (architects and
    surveyors draw too). A method directly under a discipline still shows it."""
    from gapcheck.score.shared import resolve_taxonomy
    from gapcheck.score.taxnames import implied_by as _implied

    taxonomy = resolve_taxonomy()
    autocad = set(_implied(taxonomy, "AutoCAD"))
    assert "Technical drawing" in autocad
    assert "Mechanical engineering" not in autocad
    assert "Data engineering" in set(_implied(taxonomy, "ETL"))
    assert "JavaScript frameworks" in set(_implied(taxonomy, "React"))


def test_a_member_of_a_branch_shows_the_discipline():
    """Audit 3, S01: accounts payable and general ledger work is filed under
    financial accounting, a branch of accounting; it shows the posting's
    "accounting" (listed missing before). The chain stops at a method: AutoCAD's
    technical drawing is no branch of mechanical engineering."""
    from gapcheck.score.shared import resolve_taxonomy
    from gapcheck.score.taxnames import implied_by as _implied

    taxonomy = resolve_taxonomy()
    for member in ("Accounts payable", "General ledger accounting"):
        shown = set(_implied(taxonomy, member))
        assert {"Financial accounting", "Accounting"} <= shown, member
    assert "Mechanical engineering" not in set(_implied(taxonomy, "AutoCAD"))


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
@given(
    words=st.lists(
        st.text("abcdefghij", min_size=1, max_size=12), min_size=3, max_size=40
    ),
    pick=st.integers(min_value=0),
    width=st.integers(min_value=20, max_value=80),
)
def test_snippets_never_start_or_end_inside_a_word(words, pick, width):
    from gapcheck.score.text import centred, line_at

    text = " ".join(words)
    target = words[pick % len(words)]
    start = sum(len(w) + 1 for w in words[: pick % len(words)])
    end = start + len(target)
    cut = line_at(text, start, end, width)
    assert text[start:end] in cut  # the match is never cut
    assert set(cut.split()) <= set(words)  # no word fragment at either edge
    if text.count(target) > 1:
        return  # centred() centres on the first occurrence, maybe inside a word
    shown = centred(text, target, width).strip("…")
    assert target in shown
    assert set(shown.split()) <= set(words)


def test_a_soft_skill_is_implied_only_directly():
    """Round 12 (dev pairs: "team player" implied via De-escalation): a skill shows a
    soft skill it names directly ("Patient prioritization" -> Prioritization,
    "Finance team leadership" -> Team leadership), never one reached through a soft
    skill's heading (-> Time management -> Initiative; -> Conflict resolution ->
    Teamwork), as a soft skill read in the resume shows itself only."""
    from gapcheck.score.shared import resolve_taxonomy
    from gapcheck.score.taxnames import implied_by as _implied

    taxonomy = resolve_taxonomy()
    patient = set(_implied(taxonomy, "Patient prioritization"))
    assert "Prioritization" in patient
    assert not patient & {"Time management", "Initiative", "Leadership"}
    assert "Teamwork" not in set(_implied(taxonomy, "De-escalation"))
    assert "Team leadership" in set(_implied(taxonomy, "Finance team leadership"))
    assert "SQL" in set(_implied(taxonomy, "PostgreSQL"))  # hard skills unchanged
