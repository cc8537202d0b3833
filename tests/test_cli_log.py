"""`gapcheck log`, `diagnose` and `feedback-email` through the CLI on a season of
applications.

The season: one resume (the software sample) sent to ten postings written here. Four
postings ask for Kubernetes, which the resume lacks, and reject before any interview;
four others reach interviews, three of them rejected with feedback that keeps naming
communication; one has had no answer for 60 days. ``diagnose`` must name Kubernetes
as the requirement that sinks the screening and communication as the recurring theme.

The extractor and taxonomy are the small fakes of tests/check_fixtures.py (as in
tests/test_cli_report.py); the feedback classifier and the occupation profiles are
the shipped ones.
"""

from __future__ import annotations

import html
import json
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from gapcheck.cli import main
from tests.check_fixtures import FakeExtractor, FakeTaxonomy
from tests.conftest import SAMPLES
from tests.test_cli_report import fakes  # noqa: F401 (autouse: fake extractor, cache)

RESUME = SAMPLES / "software_resume_maya_okafor.md"
TODAY = date.today()


@pytest.fixture(autouse=True)
def own_data_dir(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """The default log must never be the user's own."""
    monkeypatch.setenv("GAPCHECK_DATA", str(tmp_path / "data"))


def posting(title: str, company: str, required: list[str], preferred: list[str]) -> str:
    lines = [
        title,
        company,
        "",
        "About the role",
        f"{company} is hiring a {title} to build and run backend services.",
        "",
        "Requirements",
    ]
    lines += [f"- Professional experience with {r}." for r in required]
    lines += ["", "Nice to have"] + [f"- Experience with {p}." for p in preferred]
    return "\n".join(lines) + "\n"


def day(days_ago: int) -> str:
    return (TODAY - timedelta(days=days_ago)).isoformat()


# (company, required, preferred, applied days ago, stage, outcome, feedback)
SEASON: list[tuple[str, list[str], list[str], int, str, str, list[str]]] = [
    (
        "Alpha",
        ["Python", "Kubernetes", "Terraform"],
        ["Go"],
        90,
        "applied",
        "rejected",
        [],
    ),
    ("Bravo", ["Kubernetes", "Go", "SQL"], ["Kafka"], 80, "screen", "rejected", []),
    (
        "Charlie",
        ["Python", "Kubernetes", "Docker"],
        ["Terraform"],
        75,
        "applied",
        "rejected",
        ["We went with a candidate whose profile was a closer match."],
    ),
    (
        "Delta",
        ["Kubernetes", "AWS", "Python"],
        ["GraphQL"],
        70,
        "applied",
        "rejected",
        [],
    ),
    (
        "Echo",
        ["Python", "SQL", "Docker"],
        ["Kafka"],
        65,
        "interview",
        "rejected",
        [
            "Your answers were long and unstructured, and it was hard to follow your "
            "reasoning.",
            "We found someone with more experience.",
        ],
    ),
    (
        "Foxtrot",
        ["Python", "PostgreSQL", "AWS"],
        ["React"],
        60,
        "final",
        "rejected",
        [
            "The panel felt you did not explain your design decisions clearly.",
            "Your presentation ran over time.",
        ],
    ),
    (
        "Golf",
        ["Python", "SQL", "CI/CD"],
        ["Kafka"],
        55,
        "interview",
        "rejected",
        ["You struggled to articulate your ideas concisely in the panel interview."],
    ),
    ("Hotel", ["Python", "Docker", "SQL"], ["JavaScript"], 50, "final", "offer", []),
    ("India", ["Python", "Kubernetes"], ["Go"], 60, "applied", "open", []),
    ("Juliet", ["Python", "SQL"], [], 5, "applied", "open", []),
]


def run(*args: str) -> Any:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    return result


@pytest.fixture(scope="module")
def season(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The log of the whole season, built with the CLI (log add, log update)."""
    tmp = tmp_path_factory.mktemp("season")
    db = tmp / "log.sqlite"
    mp = pytest.MonkeyPatch()
    import gapcheck.extract
    import gapcheck.score.shared

    mp.setattr(gapcheck.extract, "get_extractor", lambda taxonomy=None: FakeExtractor())
    mp.setattr(gapcheck.score.shared, "_default_taxonomy", lambda: FakeTaxonomy())
    mp.setenv("GAPCHECK_CACHE", str(tmp / "cache"))
    try:
        for n, (company, req, pref, ago, stage, outcome, feedback) in enumerate(
            SEASON, start=1
        ):
            path = tmp / f"{company}.txt"
            path.write_text(posting("Backend Engineer", company, req, pref))
            added = run(
                "log",
                "add",
                "--db",
                str(db),
                "--resume",
                str(RESUME),
                "--posting",
                str(path),
                "--company",
                company,
                "--role",
                "Backend Engineer",
                "--applied",
                day(ago),
                "--format",
                "json",
            )
            assert added.exit_code == 0, added.output
            assert json.loads(added.output)["id"] == n
            if stage == "applied" and outcome == "open":
                continue
            args = [
                "log",
                "update",
                str(n),
                "--db",
                str(db),
                "--stage",
                stage,
                "--outcome",
                outcome,
                "--date",
                day(ago - 10),
            ]
            for text in feedback:
                args += ["--feedback", text]
            updated = run(*args)
            assert updated.exit_code == 0, updated.output
    finally:
        mp.undo()
    return db


def test_log_list_json_has_every_application(season: Path) -> None:
    out = run("log", "list", "--db", str(season), "--format", "json")
    assert out.exit_code == 0
    data = json.loads(out.output)
    assert data["kind"] == "log"
    apps = data["applications"]
    assert [a["company"] for a in apps][:2] == ["Alpha", "Bravo"]  # oldest first
    assert len(apps) == len(SEASON)
    keys = {"id", "company", "role", "applied", "stage", "outcome", "score"}
    for app in apps:
        assert keys <= set(app)
        assert isinstance(app["score"], float)
    by = {a["company"]: a for a in apps}
    assert by["Foxtrot"]["stage"] == "final" and by["Foxtrot"]["outcome"] == "rejected"
    assert len(by["Echo"]["feedback"]) == 2


def test_no_answer_is_flagged_not_rejected(season: Path) -> None:
    apps = json.loads(
        run("log", "list", "--db", str(season), "--format", "json").output
    )["applications"]
    by = {a["company"]: a for a in apps}
    assert by["India"]["no_answer"] is True and by["India"]["outcome"] == "open"
    assert by["Juliet"]["no_answer"] is False
    text = run("log", "list", "--db", str(season)).output
    assert "no answer for 60 days" in text
    # a longer threshold unflags it
    later = json.loads(
        run(
            "log", "list", "--db", str(season), "--stale-days", "90", "--format", "json"
        ).output
    )["applications"]
    assert not any(a["no_answer"] for a in later)


def test_diagnose_names_the_recurring_requirement_and_theme(season: Path) -> None:
    out = run("diagnose", "--db", str(season), "--format", "json")
    assert out.exit_code == 0, out.output
    d = json.loads(out.output)
    assert d["kind"] == "diagnose"
    assert d["applications"] == len(SEASON)
    assert d["funnel"] == {
        "applied": 10,
        "screen": 5,
        "interview": 4,
        "final": 2,
        "offer": 1,
    }
    assert d["early_rejections"] == 4 and d["final_rejections"] == 3
    assert d["no_answer"] == 1
    top = d["early_stage"]["missing_terms"][0]
    assert top == {**top, "term": "Kubernetes", "rejected": 4, "advanced": 0}
    # Kafka was missing where the person advanced too: less diagnostic than Terraform
    names = [t["term"] for t in d["early_stage"]["missing_terms"]]
    kafka = next(t for t in d["early_stage"]["missing_terms"] if t["term"] == "Kafka")
    assert kafka["advanced"] >= 2 and names.index("Terraform") < names.index("Kafka")
    themes = d["final_stage"]["themes"]
    assert themes[0]["category"] == "communication_presentation"
    assert themes[0]["applications"] == 3 and themes[0]["examples"]
    assert any(t["category"] == "generic" for t in themes)
    groups = {g["group"] for g in d["scores"]["groups"]}
    assert groups >= {"early_rejection", "advanced"}
    occupations = d["occupations"]
    assert occupations and all(o["overlap"] and o["group"] for o in occupations)
    plan = d["plan"]
    assert plan["steps"][0]["title"] == "Kubernetes"
    practice = next(s for s in plan["steps"] if s["source"] == "final_stage")
    assert any("STAR" in a for a in practice["actions"])
    weeks, wins = plan["weeks"], plan["wins"]
    assert 1 <= len(weeks) <= 4 and all(len(w["goals"]) <= 3 for w in weeks)
    assert wins and all(any(c.isdigit() for c in w["text"]) for w in wins)


@pytest.mark.parametrize("fmt", ["text", "md", "html"])
def test_diagnose_formats_say_it(season: Path, fmt: str, tmp_path: Path) -> None:
    target = tmp_path / f"d.{fmt}"
    out = run("diagnose", "--db", str(season), "--format", fmt, "-o", str(target))
    assert out.exit_code == 0, out.output
    text = html.unescape(target.read_text()) if fmt == "html" else target.read_text()
    assert "'Kubernetes' keeps sinking you" in text
    assert "recurring theme is communication and presentation" in text
    if fmt == "html":
        assert text.startswith("<!DOCTYPE html>") and "<script" not in text


def test_feedback_email_request_and_follow_up(season: Path) -> None:
    out = run("feedback-email", "6", "--db", str(season))
    assert out.exit_code == 0
    assert "Foxtrot" in out.output and "Backend Engineer" in out.output
    assert "final round" in out.output
    stale = json.loads(
        run(
            "feedback-email",
            "9",
            "--follow-up",
            "--db",
            str(season),
            "--format",
            "json",
        ).output
    )
    assert stale["variant"] == "follow_up" and stale["sent"] is False
    assert "where the process stands" in stale["body"] and "India" in stale["body"]
    reminder = run("feedback-email", "6", "--follow-up", "--db", str(season)).output
    assert "ask for feedback" in reminder


def test_show_update_rm(season: Path, tmp_path: Path) -> None:
    db = tmp_path / "copy.sqlite"
    export = run("log", "export", "--db", str(season), "-o", str(tmp_path / "a.csv"))
    assert export.exit_code == 0
    assert run("log", "import", str(tmp_path / "a.csv"), "--db", str(db)).exit_code == 0
    shown = json.loads(
        run("log", "show", "5", "--db", str(db), "--format", "json").output
    )["applications"][0]
    assert shown["company"] == "Echo" and len(shown["feedback"]) == 2
    assert shown["check"] is None  # an imported application has no stored check
    fb = tmp_path / "fb.txt"
    fb.write_text("You did not show leadership of the project.\n")
    out = run("log", "update", "5", "--db", str(db), "--feedback-file", str(fb))
    assert out.exit_code == 0 and "leadership" in out.output
    assert run("log", "rm", "5", "--db", str(db)).exit_code == 0
    gone = run("log", "show", "5", "--db", str(db))
    assert gone.exit_code == 2 and "[E501]" in gone.output
    exported = json.loads(
        run("log", "export", "--db", str(db), "--format", "json").output
    )
    assert [a["id"] for a in exported["applications"]] == [1, 2, 3, 4, 6, 7, 8, 9, 10]
    purged = run("log", "purge", "--db", str(db), "--yes", "--format", "json")
    assert json.loads(purged.output)["deleted"][0] == str(db)
    assert not db.exists()


@pytest.mark.parametrize(
    "args, code",
    [
        (
            [
                "log",
                "add",
                "--resume",
                "missing.pdf",
                "--posting",
                "x.txt",
                "--company",
                "A",
                "--role",
                "R",
            ],
            "E101",
        ),
        (
            [
                "log",
                "add",
                "--resume",
                str(RESUME),
                "--posting",
                str(RESUME),
                "--company",
                "A",
                "--role",
                "R",
                "--applied",
                "31/12/2026",
            ],
            "E504",
        ),
        (["log", "update", "99"], "E501"),
        (["feedback-email", "1"], "E501"),
        (["feedback-email", "abc"], "E501"),
        (["log", "show", "0"], "E501"),
        (["log", "rm", "1.5"], "E501"),
        (["log", "update", "1", "--feedback-file", "nope.txt"], "E101"),
    ],
)
def test_bad_input_is_one_coded_line_and_exit_2(
    args: list[str], code: str, tmp_path: Path
) -> None:
    db = tmp_path / "l.sqlite"
    if args[:2] == ["log", "update"] and args[2] == "1":
        from gapcheck.store import ApplicationLog

        with ApplicationLog(db) as log:
            log.add(company="A", role="R", applied="2026-01-05")
    out = CliRunner().invoke(main, [*args, "--db", str(db)])
    assert out.exit_code == 2, out.output
    lines = [x for x in out.output.splitlines() if x.strip()]
    assert len(lines) == 1 and f"[{code}]" in lines[0], out.output


def test_db_that_is_not_a_log(tmp_path: Path) -> None:
    bad = tmp_path / "notes.sqlite"
    bad.write_text("these are not the droids\n" * 100)
    out = CliRunner().invoke(main, ["log", "list", "--db", str(bad)])
    assert out.exit_code == 2 and "[E502]" in out.output and str(bad) in out.output
    folder = CliRunner().invoke(main, ["diagnose", "--db", str(tmp_path)])
    assert folder.exit_code == 2 and "[E502]" in folder.output


def test_default_log_is_in_the_data_dir(tmp_path: Path) -> None:
    out = run("log", "list", "--format", "json")
    assert out.exit_code == 0 and json.loads(out.output)["applications"] == []
    assert (tmp_path / "data" / "applications.sqlite").exists()


@pytest.mark.parametrize(
    "args",
    [
        ["log"],
        ["log", "add"],
        ["log", "update"],
        ["log", "list"],
        ["log", "show"],
        ["log", "rm"],
        ["log", "export"],
        ["log", "import"],
        ["log", "purge"],
        ["diagnose"],
        ["feedback-email"],
    ],
)
def test_help_has_an_example(args: list[str]) -> None:
    out = run(*args, "--help")
    assert out.exit_code == 0 and "Example" in out.output
    if args != ["log"]:
        assert "--db" in out.output and "--format" in out.output


def test_json_shapes_are_pinned(season: Path) -> None:
    """The shapes docs/json.md documents; a change must be on purpose
    (GAPCHECK_UPDATE_GOLDEN=1) and documented."""
    from tests.test_cli_check import _golden, _shape

    diagnosis = json.loads(
        run("diagnose", "--db", str(season), "--format", "json").output
    )
    _golden("diagnose_shape.json", _shape(diagnosis))
    listed = json.loads(
        run("log", "list", "--db", str(season), "--format", "json").output
    )
    _golden("log_shape.json", _shape(listed))
    email = json.loads(
        run("feedback-email", "6", "--db", str(season), "--format", "json").output
    )
    _golden("feedback_email_shape.json", _shape(email))


def test_output_suffix_chooses_the_format(season: Path, tmp_path: Path) -> None:
    """The shared rule (gapcheck.report.formats.choose_format): -o's suffix decides
    when --format is not given."""
    page = tmp_path / "diagnosis.html"
    assert run("diagnose", "--db", str(season), "-o", str(page)).exit_code == 0
    assert page.read_text().startswith("<!DOCTYPE html>")
    backup = tmp_path / "log.json"
    assert run("log", "export", "--db", str(season), "-o", str(backup)).exit_code == 0
    assert json.loads(backup.read_text())["kind"] == "log"
    csv_file = tmp_path / "log.csv"
    assert run("log", "export", "--db", str(season), "-o", str(csv_file)).exit_code == 0
    assert csv_file.read_text().startswith("id,company,role,applied")
