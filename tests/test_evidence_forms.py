"""Posting terms the resume shows in another form of their words (issue 16, audit 5's
"false missing" items): a -sis noun's family ("analytical" shown by "analysis"), an
-ing activity as a verb and its object ("problem solving skills" shown by "solve
complex problems"), hyphen and space ("customer-facing"), and dotted acronyms
("I.T"). The rules are in :mod:`gapcheck.score.wordforms` and
:func:`gapcheck.score.text.tokens`."""

from __future__ import annotations

from pathlib import Path

import pytest

from gapcheck.api import check_files
from gapcheck.records import CheckResult
from gapcheck.score.text import norm
from gapcheck.score.wordforms import hyphened, sis_family, sis_head, verb_object


@pytest.mark.parametrize(
    ("word", "stem"),
    [
        ("analysis", "analy"),
        ("analyses", "analy"),
        ("analytical", "analy"),
        ("analytic", "analy"),
        ("analyse", "analy"),
        ("analyzed", "analy"),
        ("analysing", "analy"),
        ("analyst", None),  # a job, not the activity
        ("analytics", None),  # a field
        ("case", None),  # too short a stem to be a family
    ],
)
def test_a_sis_noun_its_adjective_and_its_verb_are_one_family(
    word: str, stem: str | None
) -> None:
    assert sis_family(word) == stem


def test_only_a_one_word_term_of_the_family_looks_for_it() -> None:
    assert sis_head("analytical") == "analy"
    assert sis_head("analysis skills") == "analy"
    assert sis_head("data analysis") is None  # two words: not one word's family
    assert sis_head("purchase") is None  # a verb in -se that is no -sis family


def test_an_ing_activity_is_a_verb_and_its_object() -> None:
    assert verb_object("problem solving skills") == ("solv", "problem")
    assert verb_object("relationship building") == ("build", "relationship")
    # an action noun before it is a compound, not an object ("Account Management")
    assert verb_object("management accounting") is None
    assert verb_object("operations management") == ("manag", "operations")


def test_hyphen_and_space_are_one_wording() -> None:
    assert hyphened("customer facing") == "customer-facing"
    assert hyphened("customer-facing") == "customer facing"
    assert hyphened("stakeholder engagement plan") == "stakeholder engagement plan"


def test_a_dotted_acronym_is_its_plain_form() -> None:
    assert norm("a good level of I.T literacy") == "a good level of it literacy"
    assert norm("U.K.") == "uk"
    assert norm("Node.js 3.5") == "node.js 3.5"  # a dot inside a name stays


RESUME = """Jane Doe
jane@example.com

SUMMARY
Data scientist applying machine learning to solve complex problems in finance.

EXPERIENCE
Data Analyst, Credit Union    May 2017 - Sep 2018
- Collection and analysis of client mortgage application data.
- Worked in a customer-facing role at the branch counter.
"""

POSTING = """Data Analyst

Essential criteria:
- Strong analytical experience with SQL and R.
- Problem solving skills.
- Experience in a customer facing role.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> CheckResult:
    root: Path = tmp_path_factory.mktemp("forms")
    (root / "resume.txt").write_text(RESUME, encoding="utf-8")
    (root / "posting.txt").write_text(POSTING, encoding="utf-8")
    return check_files(root / "resume.txt", root / "posting.txt")


def _shown(result: CheckResult) -> dict[str, list[str]]:
    return {
        (m.canonical or m.name).lower(): [e.text for e in m.evidence]
        for m in result.skills.matched
        if m.evidence
    }


def test_analysis_shows_analytical(result: CheckResult) -> None:
    assert "analysis" in " ".join(_shown(result)["analytical thinking"]).lower()


def test_solving_problems_shows_problem_solving(result: CheckResult) -> None:
    assert "solve" in " ".join(_shown(result)["problem solving"]).lower()


def test_the_score_counts_what_the_skill_list_shows(result: CheckResult) -> None:
    """A term shown only in another form earns its points in the score too (the
    batch scorer once skipped such terms while the skill list showed them)."""
    shown = sum(m.points for m in result.skills.matched)
    assert shown == pytest.approx(
        next(c.points for c in result.components if c.name == "skills"), abs=0.05
    )
