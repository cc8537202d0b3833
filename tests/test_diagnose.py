"""`gapcheck diagnose`, stage by stage, on logs written directly to the store with
small stored check results (no documents, no models besides the feedback classifier
and the occupation model)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from gapcheck.diagnose import diagnose, occupation_fits
from gapcheck.diagnose.analysis import Item, funnel, missing_terms, scores
from gapcheck.feedback.email import feedback_email
from gapcheck.occupation import best_fits, distribution, lexicon
from gapcheck.occupation.fit import terms
from gapcheck.store import Application, ApplicationLog
from tests.check_fixtures import FakeTaxonomy

TODAY = date(2026, 6, 1)


def check(
    missing: list[str],
    matched: list[str] = (),
    score: float = 50.0,
    issues: list[str] = (),
) -> dict[str, Any]:
    def term(name: str, importance: str = "required") -> dict[str, Any]:
        return {
            "name": name,
            "canonical": name,
            "importance": importance,
            "weight": 1.0,
            "forms": [name.lower()],
        }

    return {
        "score": score,
        "skills": {
            "matched": [term(m) for m in matched],
            "missing": [term(m) for m in missing],
        },
        "format_issues": [
            {
                "code": c,
                "severity": "medium",
                "message": f"issue {c}",
                "fix": f"fix {c}",
            }
            for c in issues
        ],
        "achievements": {
            "bullets": [
                {
                    "text": "Cut costs by 20% in a year",
                    "quantified": True,
                    "role": 0,
                    "quantities": ["20%"],
                },
                {"text": "Ran the team meetings", "quantified": False},
            ]
        },
    }


ANALYSIS = {
    "record": {
        "document": {
            "text": "Accountant. Month-end close, general ledger, "
            "reconciliation, accounts payable, balance sheet, audit."
        },
        "roles": [{"title": "Staff Accountant", "organization": "Acme"}],
    },
    "mentions": [{"canonical": "Financial reporting"}],
}


def add(
    log: ApplicationLog,
    company: str,
    stage: str,
    outcome: str,
    chk: dict[str, Any] | None,
    feedback: list[str] = (),
    applied: str = "2026-03-01",
) -> int:
    app = log.add(
        company=company,
        role="Accountant",
        applied=applied,
        score=None if chk is None else chk["score"],
        resume_sha256="v1" if chk else None,
        resume_source="cv.pdf",
        resume_analysis=ANALYSIS if chk else None,
        posting_text="posting",
        check=chk,
    )
    if stage != "applied" or outcome != "open" or feedback:
        log.update(
            app,
            stage=stage,
            outcome=outcome,
            when="2026-04-01",
            feedback=list(feedback),
        )
    return app


@pytest.fixture
def log(tmp_path: Path) -> ApplicationLog:
    return ApplicationLog(tmp_path / "log.sqlite", today=TODAY)


def items(log: ApplicationLog) -> list[Item]:
    return [Item(a, log.stored(a.id).check) for a in log.list()]


def test_funnel_counts_the_furthest_stage(log: ApplicationLog) -> None:
    add(log, "A", "applied", "rejected", check(["CPA"]))
    add(log, "B", "screen", "rejected", check(["CPA"]))
    add(log, "C", "interview", "rejected", check([]))
    add(log, "D", "final", "rejected", check([]))
    add(log, "E", "applied", "offer", check([]))  # stage not updated: an offer counts
    f = funnel(items(log))
    assert (f.applied, f.screen, f.interview, f.final, f.offer) == (5, 4, 3, 2, 1)
    d = diagnose(log, occupations=False)
    assert (d.early_rejections, d.final_rejections, d.offers) == (2, 2, 1)


def test_missing_terms_rank_what_separates_rejections(log: ApplicationLog) -> None:
    # SAP is missing everywhere; CPA only where the screening said no
    for c in "ABC":
        add(log, c, "applied", "rejected", check(["CPA", "SAP"]))
    for c in "DE":
        add(log, c, "interview", "rejected", check(["SAP"], ["CPA"]))
    terms_ = missing_terms(items(log), FakeTaxonomy())
    assert [(t.term, t.rejected, t.advanced, t.asked) for t in terms_] == [
        ("CPA", 3, 0, 5),
        ("SAP", 3, 2, 5),
    ]


def test_mentioned_terms_count_only_without_requirements(log: ApplicationLog) -> None:
    chk = check(["CPA"], ["Excel"])
    chk["skills"]["missing"][0]["importance"] = "mentioned"
    add(log, "A", "applied", "rejected", chk)
    assert missing_terms(items(log)) == []
    # a posting whose requirements were not recognised: what it mentions counts
    chk["skills"]["matched"][0]["importance"] = "mentioned"
    add(log, "B", "applied", "rejected", chk)
    assert [(t.term, t.rejected) for t in missing_terms(items(log))] == [("CPA", 1)]


def test_format_issues_of_the_versions_sent(log: ApplicationLog) -> None:
    add(log, "A", "applied", "rejected", check([], issues=["F102"]))
    add(log, "B", "applied", "rejected", check([], issues=["F102", "F104"]))
    d = diagnose(log, occupations=False)
    issues = {i.code: i for i in d.early_stage.format_issues}
    assert issues["F102"].applications == 2 and issues["F102"].resumes == 1
    layout = d.plan.steps[0]
    assert layout.source == "format" and "fix F102" in layout.actions


def test_scores_against_outcomes(log: ApplicationLog) -> None:
    add(log, "A", "applied", "rejected", check([], score=30))
    add(log, "B", "applied", "rejected", check([], score=40))
    add(log, "C", "interview", "open", check([], score=70))
    add(log, "D", "final", "rejected", check([], score=80))
    s = scores(items(log))
    groups = {g.group: g for g in s.groups}
    assert groups["early_rejection"].mean == 35.0
    assert groups["advanced"].applications == 1 and groups["final_rejection"].max == 80
    assert "tracks the screening" in s.note


def test_final_stage_themes_and_plan(log: ApplicationLog) -> None:
    add(
        log,
        "A",
        "final",
        "rejected",
        check([]),
        [
            "You did not give examples of leading a project.",
            "We found someone with more experience.",
        ],
    )
    add(
        log,
        "B",
        "interview",
        "rejected",
        check([]),
        ["We were looking for someone who takes initiative and leads the team."],
    )
    add(log, "C", "applied", "rejected", check([]), ["Not shortlisted."])  # early
    add(log, "D", "interview", "rejected", check([]))  # no feedback: ask for it
    d = diagnose(log, occupations=False)
    f = d.final_stage
    assert (f.rejections, f.with_feedback) == (3, 2)
    assert f.themes[0].category == "leadership_initiative"
    assert f.themes[0].applications == 2 and len(f.themes[0].examples) == 2
    step = next(s for s in d.plan.steps if s.source == "final_stage")
    assert step.title == "leadership and initiative"
    goals = [g for w in d.plan.weeks for g in w.goals]
    assert any("feedback-email" in g for g in goals)
    assert d.plan.wins[0].text == "Cut costs by 20% in a year"
    assert d.plan.wins[0].role == "Staff Accountant, Acme"


def test_no_answer_is_a_note_not_a_rejection(log: ApplicationLog) -> None:
    add(log, "A", "applied", "open", check(["CPA"]), applied="2026-01-01")
    add(log, "B", "applied", "open", check(["CPA"]), applied="2026-05-25")
    d = diagnose(log, occupations=False)
    assert (d.no_answer, d.early_rejections, d.open) == (1, 0, 2)
    assert any("not counted as rejections" in n for n in d.notes)
    assert {g.group for g in d.scores.groups} == {"no_answer", "open"}


def test_empty_log(log: ApplicationLog) -> None:
    from gapcheck.report.diagnose import render

    d = diagnose(log)
    assert d.applications == 0 and d.plan.steps == ()
    for fmt in ("text", "md", "html", "json"):
        assert "empty" in render(d, fmt) or fmt == "json"


def test_imported_applications_without_checks(log: ApplicationLog) -> None:
    add(log, "A", "applied", "rejected", None)
    add(log, "B", "interview", "rejected", None, ["Your presentation was unclear."])
    d = diagnose(log)
    assert d.early_stage.missing_terms == () and d.occupations == ()
    assert d.final_stage.themes[0].category == "communication_presentation"


@pytest.mark.skipif(lexicon() is None, reason="models/occupations.json.gz")
def test_occupations_by_skill_overlap() -> None:
    assert terms("Managed the Payroll Ledgers") == [
        "managed",
        "payroll",
        "ledger",
        "payroll ledger",
    ]
    nurse = (
        "Registered nurse: patient care, medication administration, wound care, "
        "intensive care unit, clinical assessment, nursing care plans, vital signs"
    )
    fits = best_fits([], nurse)
    assert fits and any("nurs" in f.title.lower() for f in fits[:3])
    assert all(0 < f.score <= 1 and f.overlap and f.group_name for f in fits)
    # drawn only from the occupation groups the text reads as
    lex = lexicon()
    assert lex is not None
    dist, _ = distribution([], nurse)
    read_as = {lex.codes[k] for k, share in enumerate(dist) if share > 0}
    assert {f.group for f in fits} <= read_as
    chef = best_fits(
        [],
        "Chef: menu planning, food preparation, kitchen hygiene, "
        "cooking, food safety, recipes, kitchen staff",
    )
    assert any(w in f.title.lower() for f in chef[:3] for w in ("chef", "cook"))


@pytest.mark.skipif(lexicon() is None, reason="models/occupations.json.gz")
def test_occupation_fits_follow_the_resume_titles() -> None:
    """The same skills under another headline and roles: the titles choose the groups
    the named occupations come from."""
    text = (
        "Payroll, month-end close, reconciliations, invoices, budgets, Excel, "
        "supplier payments, audits"
    )

    def analysis(headline: str, role: str) -> dict[str, Any]:
        return {
            "record": {
                "document": {"text": f"{headline}\n{text}"},
                "headline": headline,
                "roles": [{"title": role}],
            },
            "mentions": [{"canonical": "Microsoft Excel"}],
        }

    accountant = occupation_fits(analysis("Accountant", "Assistant Accountant"))
    chef = occupation_fits(analysis("Chef", "Sous Chef"))
    assert any(
        w in f.title.lower() for f in accountant[:3] for w in ("account", "bookkeep")
    )
    assert not any("chef" in f.title.lower() for f in accountant)
    assert any("chef" in f.title.lower() for f in chef)
    assert occupation_fits(None) == []


def test_feedback_email_fills_from_the_log() -> None:
    app = Application(
        id=4,
        company="Nimbus Health",
        role="Staff Nurse",
        applied="2026-02-03",
        stage="interview",
        outcome="rejected",
    )
    request = feedback_email(app)
    assert request.variant == "request" and not request.sent
    assert "Staff Nurse" in request.subject and "Nimbus Health" in request.body
    assert "3 February 2026" in request.body and "the interview" in request.body
    follow = feedback_email(app, follow_up=True)
    assert follow.variant == "follow_up" and "ask for feedback" in follow.body


def test_headline_says_recurring_only_when_it_recurs(log: ApplicationLog) -> None:
    from gapcheck.report.diagnose import headline

    add(log, "A", "applied", "rejected", check(["CPA"]))
    add(log, "B", "final", "rejected", check([]), ["Your slides were unclear."])
    once = " ".join(headline(diagnose(log, occupations=False)))
    assert "requirement most missed was 'CPA'" in once and "keeps" not in once
    assert "the theme is communication" in once
    add(log, "C", "screen", "rejected", check(["CPA"]))
    add(log, "D", "interview", "rejected", check([]), ["You spoke too fast."])
    twice = " ".join(headline(diagnose(log, occupations=False)))
    assert "'CPA' keeps sinking you: missing in 2 of 2" in twice
    assert "the recurring theme is communication" in twice


def test_the_resume_language_is_not_a_missing_requirement(log: ApplicationLog) -> None:
    for c in "AB":
        add(log, c, "applied", "rejected", check(["English", "CPA"]))
    # the stored analysis says the resume is in English
    with_language = {**ANALYSIS, "record": {**ANALYSIS["record"], "document": {
        **ANALYSIS["record"]["document"], "language": "en"}}}  # fmt: skip
    log.conn.execute("UPDATE resumes SET analysis = ?", (json.dumps(with_language),))
    d = diagnose(log, occupations=False)
    assert [t.term for t in d.early_stage.missing_terms] == ["CPA"]
    terms = [t.term for t in missing_terms(items(log), shown=["English"])]
    assert terms == ["CPA"]
    assert [t.term for t in missing_terms(items(log))] == ["CPA", "English"]
