"""Evidence that holds, round 11 (issue 16 point 4; evidence audit 8,
``/work/notes/evidence_audit_r11a.md``): a skill's wording naming a unit the
candidate deals with, a soft skill naming a unit or a programme, "organizational"
of the organisation, a tool's name that is an ordinary word, an -ing skill shown by
its verb, and a posting's plural modifier."""

from __future__ import annotations

from pathlib import Path

import pytest

from gapcheck.api import check_files
from gapcheck.records import CheckResult
from gapcheck.score.claims import names_thing
from gapcheck.score.units import names_programme, names_unit
from gapcheck.score.wordforms import ing_head, takes_object
from tests.conftest import matched_snippets

ROOT = Path(__file__).resolve().parent.parent


def _at(text: str, word: str) -> tuple[str, int, int]:
    start = text.index(word)
    return text, start, start + len(word)


@pytest.mark.parametrize(
    ("text", "word", "soft", "unit"),
    [
        (
            "meet deadlines for the construction management team. As a",
            "construction management",
            False,
            True,
        ),
        (
            "writing e-mails to subcontractors, and the construction management team",
            "construction management",
            False,
            True,
        ),
        (
            "liaising with the facilities lead and IT team to maintain",
            "IT",
            False,
            True,
        ),
        ("Led the finance team of five.", "finance", False, False),
        ("member of the finance team", "finance", False, False),
        (
            "made recommendations to management to improve department's process",
            "improve",
            False,
            False,
        ),
        (
            "Helped the Senior Leadership team in defining a career path",
            "Leadership",
            True,
            True,
        ),
        ("traffic sheets for creative departments.", "creative", True, True),
        ("Flexible team player", "Flexible", True, False),
        (
            "Flexible and versatile team\nplayer who keeps calm",
            "versatile",
            True,
            False,
        ),
        (
            "Exhibited leadership skills in motivating teams to meet goals",
            "motivating",
            True,
            False,
        ),
        ("Supervise team of four pastry employees", "Supervise", True, False),
    ],
)
def test_names_unit(text: str, word: str, soft: bool, unit: bool) -> None:
    assert names_unit(*_at(text, word), soft) is unit


@pytest.mark.parametrize(
    ("text", "word", "programme"),
    [
        (
            "Recruited into the bank's Leadership Development Program.",
            "Leadership",
            True,
        ),
        ("Team Lead Award for the Mentor Me Program", "Team Lead", True),
        ("Black Excellence in Partnering Award.", "Partnering", True),
        ("provide leadership in the development of programs", "leadership", False),
        ("Leadership skills and a Program of work", "Leadership", False),
    ],
)
def test_names_programme(text: str, word: str, programme: bool) -> None:
    assert names_programme(*_at(text, word)) is programme


@pytest.mark.parametrize(
    ("text", "word", "thing"),
    [
        ("to achieve and exceed organizational goals.", "organizational", True),
        (
            "retained throughout organizational restructure consisting of",
            "organizational",
            True,
        ),
        ("assistance to other organizational units regarding", "organizational", True),
        ("Strong organizational skills", "organizational", False),
        ("negotiating changes for specific needs", "negotiating", False),
    ],
)
def test_organisation_nouns(text: str, word: str, thing: bool) -> None:
    assert names_thing(*_at(text, word)) is thing


def test_an_ing_skill_is_shown_by_its_verb_with_an_object() -> None:
    assert ing_head("cleaning") == "clean"
    assert ing_head("planning skills") == "plan"
    assert ing_head("building skills") == "build"
    assert ing_head("communication") is None
    assert takes_object(*_at("Clean the kitchen in detail", "Clean"))
    assert takes_object(*_at("Detail cleaned the kitchen.", "cleaned"))
    assert not takes_object(*_at("Reported to the CEO", "Reported"))
    assert not takes_object(*_at("Cleaning the kitchen", "Cleaning"))


RESUME = """Jane Doe
jane@example.com

Summary
Senior accountant. Results-orientated, able to exceed organizational goals.

Experience
Kitchen Porter, Acme Ltd, 2018 - 2022
- Clean the kitchen and the freezers every evening.
- Fun teams formed at the account level to plan events.
- Sent weekly figures to the finance team; worked with the IT department.
- Recruited into the company's Leadership Development Program.

Skills
Word, Excel, Outlook
"""

POSTING = """Catering Assistant

Essential criteria
- Cleaning
- Experience of MS Teams
- Excellent communications skills
- Organisational skills
- Strong leadership skills
"""


def _check(root: Path, resume: str, posting: str) -> CheckResult:
    (root / "resume.txt").write_text(resume, encoding="utf-8")
    (root / "posting.txt").write_text(posting, encoding="utf-8")
    return check_files(root / "resume.txt", root / "posting.txt")


def test_round11_rules_on_a_document(tmp_path: Path) -> None:
    """Each of the round's rules on one hand-built pair: every assertion fails
    without its rule."""
    got = _check(tmp_path, RESUME, POSTING)
    matched = {(m.canonical or m.name): m for m in got.skills.matched}
    missing = {(m.canonical or m.name) for m in got.skills.missing}
    assert "Cleaning" in matched, missing  # "Clean the kitchen"
    assert "Microsoft Teams" not in matched  # "Fun teams formed"
    assert "Organizational skills" not in matched  # "organizational goals"
    assert "Leadership" not in matched  # a programme's name
    names = {m.name.lower() for m in got.skills.matched} | {
        m.name.lower() for m in got.skills.missing
    }
    assert "communications skills" not in names or "Communication" in {
        m.canonical for m in [*got.skills.matched, *got.skills.missing]
    }


# --- real pairs of evidence audit 8 (fresh NHS postings x livecareer resumes) -------
@pytest.fixture(scope="module")
def audit8(shared_data: Path, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    from tests.conftest import livecareer_pair_runner

    run = livecareer_pair_runner(
        shared_data, tmp_path_factory.mktemp("audit8"), dev=False
    )
    return {
        "E05": run("HR/13879043.pdf", "nhs-916253424"),
        "E09": run("CHEF/12717345.pdf", "nhs-916253609"),
        "E10": run("CONSTRUCTION/12693146.pdf", "nhs-916253387"),
        "E12": run("CONSTRUCTION/12826414.pdf", "nhs-916253453"),
        "F01": run("ACCOUNTANT/13701259.pdf", "nhs-916251719"),
        "F04": run("BANKING/13173522.pdf", "nhs-916253094"),
        "G02": run("ACCOUNTANT/13072019.pdf", "nhs-916254066"),
        "G05": run("HR/14640322.pdf", "nhs-916253424"),
    }


def test_audit8_wrong_evidence_is_gone(audit8) -> None:  # type: ignore[no-untyped-def]
    """The six wrong entries of audit 8: "Fun teams formed" for MS Teams, "the
    construction management team" twice, "organizational goals/restructure",
    "Leadership Development Program"; the right ones stay."""
    assert not matched_snippets(audit8["E05"], "Microsoft Teams")
    capital = matched_snippets(audit8["E10"], "Construction project management")
    assert not any("construction management team" in s for s in capital), capital
    org = matched_snippets(audit8["F01"], "Organizational skills")
    assert org and all("organizational goals" not in s for s in org), org
    assert all("organizational restructure" not in s for s in org), org
    lead = matched_snippets(audit8["F04"], "Leadership")
    assert lead and all("Development Program" not in s for s in lead), lead


def test_audit8_false_missing_now_matched(audit8) -> None:  # type: ignore[no-untyped-def]
    """ "Clean the kitchen" shows Cleaning; the posting's "communications skills"
    is Communication, found from the resume's "Communication skills" (a claim with
    no act since round 14: related evidence, listed apart, not missing)."""
    assert any("Clean" in s for s in matched_snippets(audit8["E09"], "Cleaning"))
    missing = {m.name for m in audit8["E12"].skills.missing}
    assert "communications skills" not in missing, missing
    found = [*audit8["E12"].skills.matched, *audit8["E12"].skills.implied]
    assert any(m.canonical == "Communication" and m.evidence for m in found)


def test_audit8b_received_supervision_and_excels(tmp_path: Path) -> None:
    """Audit 8's held-out half (``evidence_audit_r11b.md``): "excels at" showed
    Excel (the plural of an ordinary word that names a tool) and "without
    immediate and constant supervision" showed Team leadership (more than one
    word between "without" and the word of being led)."""
    resume = """Jane Doe
jane@example.com

Summary
Dedicated professional who excels at prioritizing tasks. Ability to perform duties
without immediate and constant supervision.

Experience
Clerk, Acme Ltd, 2018 - 2022
- Answered calls and filed records.
"""
    posting = """Office Clerk

Essential criteria
- Excel
- Team leadership
"""
    got = _check(tmp_path, resume, posting)
    matched = {(m.canonical or m.name) for m in got.skills.matched}
    assert "Microsoft Excel" not in matched
    assert "Team leadership" not in matched


def test_audit8b_excels_is_no_excel(audit8) -> None:  # type: ignore[no-untyped-def]
    """G02 of the held-out half: "who excels at prioritizing" showed Excel."""
    assert not any(
        "excels" in s for s in matched_snippets(audit8["G02"], "Microsoft Excel")
    )


def test_audit8b_the_tool_worked_in_stays(audit8) -> None:  # type: ignore[no-untyped-def]
    """G05 of the held-out half: "database management in excel." is Excel (the
    tool-word rule of this round had made it missing)."""
    assert any(
        "in excel" in s for s in matched_snippets(audit8["G05"], "Microsoft Excel")
    )
