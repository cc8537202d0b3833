"""The skill-gap analysis behind `gapcheck report` (gapcheck.gaps) and its SVG charts.

Markets are hand-built with tests/check_fixtures.py (exact records, the small fake
extractor and taxonomy), so the expected shares and ranks follow from the inputs.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gapcheck.check import check
from gapcheck.errors import InputError
from gapcheck.gaps import build_report, gap_report
from gapcheck.gaps.plan import certifications_for
from gapcheck.gaps.records import SkillDemand
from gapcheck.records import CATEGORIES, Analysis
from gapcheck.report import svg
from gapcheck.report.gaps_html import render_html
from gapcheck.report.gaps_md import render_markdown
from gapcheck.score.requirements import term_weight
from tests.check_fixtures import (
    BACKEND_ROLES,
    FakeExtractor,
    FakeTaxonomy,
    build_posting,
    build_resume,
)

TAX = FakeTaxonomy()
COMMUNICATION = CATEGORIES[1]


def _posting(
    source: str, required=(), preferred=(), title="Backend Engineer"
) -> Analysis:
    analysis = build_posting(
        title=title,
        required=required,
        preferred=preferred,
        benefits=(),
        source=source,
    )
    # the fake extractor knows no categories: give the soft skill its own
    mentions = tuple(
        dataclasses.replace(m, category=COMMUNICATION)
        if m.canonical == "Communication"
        else m
        for m in analysis.mentions
    )
    return Analysis(analysis.record, mentions)


@pytest.fixture(scope="module")
def resume() -> Analysis:
    return build_resume(roles=BACKEND_ROLES, skills=["Python", "React"])


@pytest.fixture(scope="module")
def market() -> list[tuple[str, Analysis]]:
    return [
        ("p1", _posting("p1.txt", ["Kubernetes", "Python", "Terraform"],
                        ["Strong communication"])),
        ("p2", _posting("p2.txt", ["Kubernetes", "JavaScript"], ["Terraform"])),
        ("p3", _posting("p3.txt", ["Python", "Go"], title="Developer")),
    ]  # fmt: skip


@pytest.fixture(scope="module")
def report(resume, market):
    return build_report(resume, market, taxonomy=TAX)


def _skill(report, name: str) -> SkillDemand:
    return next(s for s in report.skills if s.name == name)


def test_demand_shares_and_split(report):
    k8s = _skill(report, "Kubernetes")
    assert k8s.postings == 2 and k8s.share == pytest.approx(2 / 3, abs=1e-3)
    assert (k8s.required, k8s.preferred, k8s.mentioned) == (2, 0, 0)
    terraform = _skill(report, "Terraform")
    assert (terraform.required, terraform.preferred) == (1, 1)
    assert _skill(report, "Go").share == pytest.approx(1 / 3, abs=1e-3)
    shares = [s.share for s in report.skills]
    assert shares == sorted(shares, reverse=True)


def test_priority_uses_the_score_stage_weights(report):
    from gapcheck.score.components import term_specificity

    terraform = _skill(report, "Terraform")
    expected = (
        term_weight("required", 1, False, False)
        + term_weight("preferred", 1, False, False)
    ) / 3
    assert terraform.priority == pytest.approx(expected, abs=1e-3)
    comm = _skill(report, "Communication")
    assert comm.type == "soft"
    assert comm.priority == pytest.approx(
        term_weight("preferred", 1, False, True)
        * term_specificity(("communication",))
        / 3,
        abs=1e-3,
    )


def test_shown_implied_missing_with_evidence(report):
    python = _skill(report, "Python")
    assert python.status == "shown" and python.match_type == "exact"
    assert python.evidence and python.evidence[0].section == "experience"
    assert python.matched_in == 2
    assert python.where == "the experience section, Backend Engineer, Acme"
    js = _skill(report, "JavaScript")
    assert js.status == "implied" and js.evidence[0].via == "React"
    assert _skill(report, "Kubernetes").status == "missing"
    assert "Python" in [s.name for s in report.strengths]
    assert all(s.status == "shown" for s in report.strengths)


def test_gaps_ranked_by_demand_times_importance(report):
    names = [g.name for g in report.gaps]
    assert names == ["Kubernetes", "Terraform", "Go", "JavaScript", "Communication"]
    assert report.summary.top_gaps == ("Kubernetes", "Terraform", "Go")
    priorities = [g.gap_priority for g in report.gaps]
    assert priorities == sorted(priorities, reverse=True)


def test_gaps_grouped_by_category_and_type(report):
    cats = {c.category: c for c in report.categories}
    assert list(cats) == list(CATEGORIES)
    assert cats[COMMUNICATION].gaps_soft == ("Communication",)
    assert cats[COMMUNICATION].gaps_hard == ()
    tech = cats["technical"]
    assert tech.gaps_hard[:3] == ("Kubernetes", "Terraform", "Go")
    assert tech.shown >= 1 and tech.implied == 1
    assert 0 < tech.coverage < 1
    assert cats[CATEGORIES[5]].skills == 0 and cats[CATEGORIES[5]].coverage is None


def test_scores_equal_check_and_best_fit_first(resume, market, report):
    expected = {i: check(resume, a, taxonomy=TAX).score for i, a in market}
    assert {p.id: p.score for p in report.postings} == expected
    assert [p.rank for p in report.postings] == [1, 2, 3]
    scores = [p.score for p in report.postings]
    assert scores == sorted(scores, reverse=True)
    p2 = next(p for p in report.postings if p.id == "p2")
    assert p2.top_missing[0] == "Kubernetes"
    assert sum(b.count for b in report.score_histogram) == 3
    s = report.summary
    assert s.score_min == min(scores) and s.score_max == max(scores)


def test_achievements_are_the_quantified_bullets(report):
    texts = [a.text for a in report.achievements]
    assert any("2M requests" in t for t in texts)
    assert any("40%" in t for t in texts)
    assert not any("Responsible for" in t for t in texts)
    assert report.achievements[0].role == "Backend Engineer, Acme"


SHOW_WORDS = re.compile(r"\b(add|list|name|show|mention|claim)\b", re.I)


def test_plan_never_says_add_without_if_you_have_it(report):
    items = report.plan.items
    assert [i.skill for i in items] == [g.name for g in report.gaps][: len(items)]
    for item in items:
        assert item.if_you_have_it.startswith("If you ")
        assert any(w in item.if_you_have_it for w in item.wording)
        for step in item.build:
            assert not SHOW_WORDS.search(step.split(";")[0]) or "If you" in step, step
    js = next(i for i in items if i.skill == "JavaScript")
    assert "React" in js.if_you_have_it  # where the implying skill is shown
    k8s = items[0]
    assert "Backend Engineer, Acme" in k8s.if_you_have_it  # the most recent role
    for text in (render_markdown(report), render_html(report)):
        for sentence in re.split(r"(?<=[.!?])\s+", text):
            if re.search(r"\badd (it|them|\w+) to\b", sentence, re.I):
                assert "if you" in sentence.lower(), sentence


def test_weekly_goals(report):
    kinds = [g.kind for g in report.plan.weekly]
    assert kinds[:2] == ["apply", "network"] and "learn" in kinds
    apply = report.plan.weekly[0]
    good = report.summary.good_fit
    assert apply.count == (max(1, -(-good // 2)) if good else 2)
    learn = next(g for g in report.plan.weekly if g.kind == "learn")
    assert "Kubernetes" in learn.text


def test_one_posting_degrades_gracefully(resume, market):
    one = build_report(resume, market[:1], taxonomy=TAX)
    assert {s.share for s in one.skills} == {1.0}
    assert one.summary.postings == 1
    assert any("Only one posting" in n for n in one.summary.notes)
    assert one.summary.score_min == one.summary.score_max
    html = render_html(one)
    assert "Only one posting" in html and html.count("<svg") == 3
    for chart in re.findall(r"<svg.*?</svg>", html, re.S):
        ET.fromstring(chart)
    assert "Only one posting" in render_markdown(one)


def test_coverage_counts_by_status():
    from gapcheck.gaps.analysis import category_coverage

    def skill(name, status, priority):
        return SkillDemand(name=name, key=name, status=status, priority=priority)

    cov = category_coverage(
        [skill("a", "shown", 2.0), skill("b", "implied", 1.0), skill("c", "missing", 1)]
    )[0]
    assert cov.coverage == pytest.approx((2.0 + 0.5) / 4.0)
    assert (cov.shown, cov.implied, cov.missing) == (1, 1, 1)
    assert cov.gaps_hard == ("b", "c")


def test_html_escapes_document_text(resume):
    evil = "<script>alert(1)</script> Engineer"
    posting = _posting("<img src=x onerror=alert(1)>.txt", ["Kubernetes"], title=evil)
    report = build_report(resume, [("<b>p</b>", posting)], taxonomy=TAX)
    html = render_html(report)
    assert "<script" not in html.lower()
    assert "<img" not in html.lower() and "<b>p</b>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; Engineer" in html
    assert "<script" not in render_markdown(report).lower()


def test_html_is_self_contained_and_accessible(report):
    html = render_html(report)
    assert html.startswith("<!DOCTYPE html>") and '<html lang="en">' in html
    assert not re.search(r"(src|href)=\"(https?:)?//", html)
    assert "<script" not in html and "@media print" in html
    headings = [int(h) for h in re.findall(r"<h([1-6])", html)]
    assert headings[0] == 1 and headings.count(1) == 1
    assert all(b - a <= 1 for a, b in itertools.pairwise(headings))
    assert html.count('<th scope="col">') > 10 and html.count("<caption>") >= 5
    charts = re.findall(r"<svg.*?</svg>", html, re.S)
    assert len(charts) == 3
    for chart in charts:
        root = ET.fromstring(chart)
        assert root.get("role") == "img"
        ns = "{http://www.w3.org/2000/svg}"
        assert root.find(f"{ns}title") is not None
        assert root.find(f"{ns}desc") is not None


def test_gap_report_skips_bad_postings(tmp_path, monkeypatch):
    import gapcheck.extract

    monkeypatch.setattr(
        gapcheck.extract, "get_extractor", lambda taxonomy=None: FakeExtractor()
    )
    resume = tmp_path / "resume.txt"
    resume.write_text(build_resume(roles=BACKEND_ROLES).record.document.text)
    good = tmp_path / "good.txt"
    good.write_text(_posting("x", ["Kubernetes", "Python"]).record.document.text)
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"%PDF-1.4\nnot really a pdf\n")
    seen = []
    report = gap_report(
        resume, [good, bad], taxonomy=None, use_cache=False, on_error=seen.append
    )
    assert [e.path for e in seen] == [str(bad)]
    assert [e.path for e in report.skipped] == [str(bad)]
    assert report.summary.postings == 1 and report.summary.skipped == 1
    assert str(bad) in render_html(report) and str(bad) in render_markdown(report)
    with pytest.raises(InputError):
        gap_report(bad, [good], use_cache=False)
    with pytest.raises(InputError):
        gap_report(tmp_path / "missing.pdf", [good], use_cache=False)
    with pytest.raises(InputError):
        gap_report(resume, [bad], use_cache=False)


def test_certifications_from_the_taxonomy():
    from gapcheck.extract.taxonomy import load_taxonomy

    tax = load_taxonomy()

    def gap(name: str) -> SkillDemand:
        skill = tax.get(name)
        assert skill is not None, name
        return SkillDemand(
            name=skill.name, key=name.lower(), canonical=skill.name, kind=skill.kind
        )

    assert any("Kubernetes" in c for c in certifications_for(gap("Kubernetes"), tax))
    assert "Certified Public Accountant" in certifications_for(gap("Auditing"), tax)
    cpa = gap("Certified Public Accountant")
    assert certifications_for(cpa, tax) == ()


finite_or_not = st.one_of(
    st.floats(allow_nan=True, allow_infinity=True), st.integers(-(10**12), 10**12)
)


@settings(max_examples=60, deadline=None)
@given(
    labels=st.lists(st.text(max_size=60), max_size=12),
    values=st.lists(finite_or_not, max_size=12),
    notes=st.lists(st.text(max_size=20), max_size=12),
    title=st.text(max_size=80),
    max_value=st.one_of(st.none(), finite_or_not),
)
def test_bar_chart_is_well_formed(labels, values, notes, title, max_value):
    out = svg.bar_chart(
        labels,
        values,
        title=title,
        desc=title,
        notes=notes,
        hatched=[len(n) % 2 == 0 for n in notes],
        max_value=max_value,
    )
    root = ET.fromstring(out)
    assert root.get("role") == "img" and float(root.get("height")) > 0
    assert root.find("{http://www.w3.org/2000/svg}title") is not None


@settings(max_examples=40, deadline=None)
@given(
    groups=st.lists(st.text(max_size=40), max_size=8),
    series=st.lists(
        st.tuples(st.text(max_size=20), st.lists(finite_or_not, max_size=8)),
        max_size=4,
    ),
)
def test_grouped_bars_is_well_formed(groups, series):
    root = ET.fromstring(svg.grouped_bars(groups, series, title="t", desc="d"))
    assert float(root.get("width")) > 0


@settings(max_examples=40, deadline=None)
@given(
    bins=st.lists(st.tuples(finite_or_not, finite_or_not, finite_or_not), max_size=15)
)
def test_histogram_is_well_formed(bins):
    root = ET.fromstring(svg.histogram(bins, title="<t>&", desc="\x00d"))
    assert root.find("{http://www.w3.org/2000/svg}desc") is not None


def test_svg_bars_scale_to_values():
    out = svg.bar_chart(["a", "b"], [0.5, 1.0], title="t", desc="d", max_value=1.0)
    widths = [
        float(w) for w in re.findall(r'<rect x="\d+" y="\d+" width="([\d.]+)"', out)
    ]
    assert widths[1] == pytest.approx(2 * widths[0])
    assert "50%" in out and "100%" in out


def test_source_paths_are_plain_strings(report):
    assert all(
        isinstance(p.source, str) and Path(p.source).name for p in report.postings
    )


def test_second_run_reads_postings_from_a_fresh_cache(tmp_path, monkeypatch):
    """A new (empty) cache directory is filled by the first run, so the next report on
    the same postings analyses nothing again."""
    import gapcheck.extract
    from gapcheck.batch import analyse_inputs
    from gapcheck.batch.inputs import InputFile

    monkeypatch.setattr(
        gapcheck.extract, "get_extractor", lambda taxonomy=None: FakeExtractor()
    )
    resume = tmp_path / "resume.txt"
    resume.write_text(build_resume(roles=BACKEND_ROLES).record.document.text)
    paths = []
    for i, skills in enumerate((["Kubernetes"], ["Python", "Go"])):
        path = tmp_path / f"p{i}.txt"
        path.write_text(_posting("x", skills).record.document.text)
        paths.append(path)
    cache = tmp_path / "cache"
    gap_report(resume, paths, cache_dir=cache)
    again = analyse_inputs(
        [(InputFile(str(p), str(p)), "posting") for p in paths],
        cache_dir=str(cache),
        progress=False,
    )
    assert (again.cached, again.analysed) == (2, 0)


def test_postings_without_known_skills_still_render(resume):
    bare = build_posting(required=["Be kind to customers"], benefits=(), source="b.txt")
    report = build_report(resume, [("b", bare)], taxonomy=TAX)
    assert report.skills == () and report.gaps == () and report.plan.items == ()
    assert [g.kind for g in report.plan.weekly] == ["apply", "network"]
    html = render_html(report)
    assert "No gaps" in html and html.count("<svg") == 3
    for chart in re.findall(r"<svg.*?</svg>", html, re.S):
        ET.fromstring(chart)
    assert "No gaps" in render_markdown(report)
