"""`gapcheck check`: formats, exit codes, golden JSON shape.

The CLI runs the real ingest and parse stages on text files; the extractor and the
taxonomy are the small fakes of tests/check_fixtures.py (injected where the pipeline
asks for the shared ones), so these tests do not depend on the trained model.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from gapcheck.check import check
from gapcheck.cli import main
from tests.check_fixtures import (
    BACKEND_POSTING,
    BACKEND_ROLES,
    FakeExtractor,
    FakeTaxonomy,
    build_posting,
    build_resume,
)

GOLDEN = Path(__file__).parent / "golden"
UPDATE = os.environ.get("GAPCHECK_UPDATE_GOLDEN") == "1"
#: Objects whose keys depend on the input (documented as free-form in docs/json.md).
FREE_FORM = ("details", "flagged", "where")

RESUME = """Jo Example
Backend Engineer
jo@example.com | +1 555 123 4567

Summary
Backend engineer with 7 years of Python and SQL.

Experience
Backend Engineer, Acme Corp, Mar 2021 – Present
• Built Python services on Docker handling 2M requests a day
• Cut deploy time by 40% with continuous integration
• Responsible for the PostgreSQL database
Software Developer, Initech, Jan 2017 – Feb 2021
• Developed Java and Python tools for billing used by 300 clients

Skills
Python, Kubernetes, AWS, Docker

Education
B.Sc. Computer Science, State University, 2016
"""

POSTING = """Senior Backend Engineer

About us
We build software for clinics.

Responsibilities
• Build Python services on Kubernetes
• Own our CI/CD pipelines

Requirements
• 5+ years of experience with Python
• Kubernetes and Docker in production
• SQL and PostgreSQL
• Bachelor's degree in Computer Science

Nice to have
• Terraform
• AWS
"""


@pytest.fixture
def fakes(monkeypatch: pytest.MonkeyPatch) -> None:
    import gapcheck.extract
    import gapcheck.score.shared

    monkeypatch.setattr(
        gapcheck.extract, "get_extractor", lambda taxonomy=None: FakeExtractor()
    )
    monkeypatch.setattr(
        gapcheck.score.shared, "_default_taxonomy", lambda: FakeTaxonomy()
    )


@pytest.fixture
def files(tmp_path: Path) -> tuple[str, str]:
    resume = tmp_path / "resume.txt"
    posting = tmp_path / "posting.txt"
    resume.write_text(RESUME, encoding="utf-8")
    posting.write_text(POSTING, encoding="utf-8")
    return str(resume), str(posting)


def run(*args: str) -> Any:
    return CliRunner().invoke(main, ["check", *args], catch_exceptions=False)


def test_text_report(fakes, files):
    result = run(*files)
    assert result.exit_code == 0, result.output
    out = result.output
    for part in (
        "ATS alignment score",
        "Components",
        "Skills and keywords",
        "Achievements",
        "Format issues",
        "Fixes",
        "Verdict",
        "Kubernetes",
    ):
        assert part in out
    assert "CI/CD" in out  # the alias fix names the posting's wording


def test_json_report_shape(fakes, files):
    result = run(*files, "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["kind"] == "check" and "schema_version" in data
    assert 0 <= data["score"] <= 100
    assert {c["name"] for c in data["components"]} >= {"skills", "title", "experience"}
    for c in data["components"]:
        assert {"name", "weight", "score", "points", "details"} <= set(c)
    matched = {m["name"]: m for m in data["skills"]["matched"]}
    assert matched["Python"]["match_type"] == "exact"
    assert matched["CI/CD"]["match_type"] == "alias"
    assert matched["Python"]["evidence"][0]["section"] == "experience"
    assert {m["name"] for m in data["skills"]["missing"]} >= {"Terraform"}
    assert {"bullets", "quantified", "total", "density"} <= set(data["achievements"])
    assert {"label", "summary", "actions"} <= set(data["verdict"])
    assert all({"message", "gain", "where"} <= set(f) for f in data["fixes"])
    assert data["resume"]["source"].endswith("resume.txt")
    _golden("check_shape.json", _shape(data))


def test_markdown_report_and_output_file(fakes, files, tmp_path):
    out = tmp_path / "out" / "report.md"
    result = run(*files, "--format", "md", "-o", str(out))
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# gapcheck check:") and "| component |" in text


def test_fail_under(fakes, files):
    score = json.loads(run(*files, "--format", "json").output)["score"]
    below = run(*files, "--fail-under", str(min(100.0, score + 1)))
    assert below.exit_code == 1
    assert "ATS alignment score" in below.output  # the result is printed anyway
    assert run(*files, "--fail-under", str(max(0.0, score - 1))).exit_code == 0


def test_bad_input_exits_2(fakes, files, tmp_path):
    missing = run(str(tmp_path / "nope.pdf"), files[1])
    assert missing.exit_code == 2
    assert "nope.pdf" in missing.output and "Traceback" not in missing.output
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    assert run(str(empty), files[1]).exit_code == 2


def test_help_has_an_example():
    result = CliRunner().invoke(main, ["check", "--help"])
    assert result.exit_code == 0 and "gapcheck check resume.pdf" in result.output


def test_golden_values_for_hand_built_pair():
    from gapcheck.records import Education

    resume = build_resume(
        roles=BACKEND_ROLES,
        skills=["Python", "Kubernetes", "AWS"],
        education=[Education("B.Sc.", "bachelor", "CS", "U", "2016")],
    )
    data = check(resume, build_posting(**BACKEND_POSTING), taxonomy=FakeTaxonomy())
    _golden("check_backend.json", data.to_dict())


def _shape(value: Any) -> Any:
    """Keys and value types, lists reduced to the union shape of their items (the
    fullest shape of each key, whatever the items' order)."""
    if isinstance(value, dict):
        return {
            k: "object" if k in FREE_FORM else _shape(v)
            for k, v in sorted(value.items())
        }
    if isinstance(value, list):
        merged: dict[str, Any] = {}
        scalars = set()
        for item in value:
            s = _shape(item)
            if isinstance(s, dict):
                # an empty list or a null of one item says less than another's
                merged.update(
                    (k, v)
                    for k, v in s.items()
                    if k not in merged or v not in ([], "null")
                )
            else:
                scalars.add(json.dumps(s))
        return [merged] if merged else sorted(scalars)
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, int | float):
        return "number"
    return "null" if value is None else type(value).__name__


def _golden(name: str, data: Any) -> None:
    path = GOLDEN / name
    text = json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    if UPDATE:
        path.write_text(text, encoding="utf-8")
    assert json.loads(path.read_text(encoding="utf-8")) == json.loads(text), (
        f"{name} changed: if on purpose, rerun with GAPCHECK_UPDATE_GOLDEN=1 and "
        "update docs/json.md"
    )


@pytest.mark.slow
def test_end_to_end_on_real_files(samples_dir):
    """The whole command, real model and taxonomy, on a sample pair from its README:
    no Kubernetes, "continuous integration" where the posting says "CI/CD", and a
    two-column PDF."""
    resume = samples_dir / "software_resume_maya_okafor.pdf"
    posting = samples_dir / "software_posting_backend_engineer.md"
    result = run(str(resume), str(posting), "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert 20 <= data["score"] <= 90
    missing = {m["canonical"] or m["name"]: m for m in data["skills"]["missing"]}
    assert missing["Kubernetes"]["required"]
    matched = {m["canonical"] or m["name"]: m for m in data["skills"]["matched"]}
    assert matched["CI/CD"]["match_type"] == "alias"
    assert "continuous integration" in matched["CI/CD"]["evidence"][0]["text"].lower()
    assert "F101" in {i["code"] for i in data["format_issues"]}
    kube = next(f for f in data["fixes"] if f["skill"] == "Kubernetes")
    assert kube["if_you_have_it"] and kube["gain"] > 0


def test_bad_taxonomy_exits_2(files, tmp_path):
    bad = tmp_path / "tax.tsv"
    bad.write_text("not\ta taxonomy\n", encoding="utf-8")
    result = run(*files, "--taxonomy", str(bad))
    assert result.exit_code == 2
    assert "tax.tsv" in result.output and "Traceback" not in result.output


@pytest.mark.parametrize(
    "name", ["image_only.pdf", "encrypted.pdf", "corrupt.docx", "garbage.bin"]
)
def test_unusable_resume_files_exit_2(fakes, files, name):
    bad = Path(__file__).parent / "fixtures" / "bad" / name  # committed fixtures
    result = run(str(bad), files[1])
    assert result.exit_code == 2
    assert name in result.output and "Traceback" not in result.output


@pytest.mark.slow
def test_readme_example_is_what_the_command_prints(samples_dir):
    """README's example output ("What it says") is real: every line it shows, apart
    from the "..." that abridge it, is a line the first README command prints now. A
    change to the score or its wording must update the README with it."""
    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    block = readme.split("The first command prints this", 1)[1]
    block = block.split("```text\n", 1)[1].split("```", 1)[0]
    shown = [line.rstrip() for line in block.splitlines() if line.strip() != "..."]
    resume = samples_dir / "software_resume_maya_okafor.pdf"
    posting = samples_dir / "software_posting_backend_engineer.md"
    result = run(str(resume), str(posting))
    assert result.exit_code == 0, result.output
    printed = {line.rstrip() for line in result.output.splitlines()}
    printed = {p.replace(str(samples_dir) + "/", "corpora/samples/") for p in printed}
    stale = [line for line in shown if line and line not in printed]
    assert len(shown) > 30 and not stale, "README example is stale:\n" + "\n".join(
        stale
    )


def test_a_title_trade_named_as_the_work_is_matched_by_the_titles_own_words(
    tmp_path: Path,
) -> None:
    """The posting's "Backend Engineer" title asks for Back-end development; a resume
    that writes "backend" has the posting's own word, so the term is an exact match and
    no fix asks to write "Back-end development" "as the posting does"."""
    posting = tmp_path / "posting.txt"
    posting.write_text(
        "Senior Backend Engineer\n\nRequirements:\n- 3 years of Python\n"
        "- Experience with PostgreSQL\n",
        encoding="utf-8",
    )
    resume = tmp_path / "resume.txt"
    resume.write_text(
        "Ana Lima\nana@example.com | 555-123-4567\n\nExperience\n"
        "Software Engineer, Acme Corp, 2019 - 2024\n"
        "- Built backend services in Python and PostgreSQL for 2M users\n\n"
        "Skills\nPython, PostgreSQL\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(
        main, ["check", str(resume), str(posting), "--format", "json"]
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    matched = {m["name"]: m["match_type"] for m in data["skills"]["matched"]}
    assert matched.get("Back-end development") == "exact", matched
    assert not any("Back-end development" in f["message"] for f in data["fixes"])
