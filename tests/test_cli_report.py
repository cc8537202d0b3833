"""`gapcheck report`: html/md/json on the samples, exit codes, golden JSON shape.

The CLI runs the real ingest and parse stages on the samples (TXT, MD, PDF, DOCX); the
extractor and taxonomy are the small fakes of tests/check_fixtures.py, so these tests
do not depend on the trained model. The analysis cache goes to a temporary folder
(the fakes must never fill the user's cache).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from gapcheck.cli import main
from tests.check_fixtures import FakeExtractor, FakeTaxonomy
from tests.conftest import SAMPLES
from tests.test_cli_check import _golden, _shape

RESUME = SAMPLES / "software_resume_maya_okafor.md"


@pytest.fixture(autouse=True)
def fakes(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import gapcheck.extract
    import gapcheck.score.shared

    monkeypatch.setattr(
        gapcheck.extract, "get_extractor", lambda taxonomy=None: FakeExtractor()
    )
    monkeypatch.setattr(
        gapcheck.score.shared, "_default_taxonomy", lambda: FakeTaxonomy()
    )
    monkeypatch.setenv("GAPCHECK_CACHE", str(tmp_path / "cache"))


@pytest.fixture
def postings() -> list[str]:
    found = sorted(str(p) for p in SAMPLES.glob("*_posting_*") if p.is_file())
    assert len(found) >= 6, found
    return found


def run(*args: str) -> Any:
    return CliRunner().invoke(main, ["report", *args], catch_exceptions=False)


def test_html_report(postings, tmp_path):
    out = tmp_path / "report.html"
    result = run(str(RESUME), "--postings", *postings, "-o", str(out), "-q")
    assert result.exit_code == 0, result.output
    html = out.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and html.count("<svg") == 3
    for part in ("Summary", "Improvement plan", "Weekly goals", "Gaps by category",
                 "Postings, best fit first", "Strengths", "Skipped files"):  # fmt: skip
        assert f">{part}</h" in html, part
    assert "Kubernetes" in html  # the software posting asks it; the resume lacks it
    assert "Senior Backend Engineer" in html


def test_markdown_from_suffix_and_same_content_as_json(postings, tmp_path):
    md = tmp_path / "r.md"
    js = tmp_path / "r.json"
    assert run(str(RESUME), "--postings", *postings, "-o", str(md)).exit_code == 0
    assert run(str(RESUME), "--postings", *postings, "-o", str(js)).exit_code == 0
    text = md.read_text(encoding="utf-8")
    data = json.loads(js.read_text(encoding="utf-8"))
    assert text.startswith("# Skill-gap report: software_resume_maya_okafor.md")
    for gap in data["summary"]["top_gaps"]:
        assert gap in text
    for item in data["plan"]["items"]:
        assert item["if_you_have_it"] in text
    for row in data["postings"]:
        assert f"| {row['rank']} |" in text and f"{row['score']:g}" in text


def test_json_shape_is_golden(postings):
    result = run(str(RESUME), "--postings", *postings, "--format", "json", "-o", "-")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["kind"] == "report" and "schema_version" in data
    assert data["summary"]["postings"] == len(postings)
    assert len(data["categories"]) == 6
    assert {s["status"] for s in data["skills"]} <= {"shown", "implied", "missing"}
    shares = [s["share"] for s in data["skills"]]
    assert shares == sorted(shares, reverse=True)
    scores = [p["score"] for p in data["postings"]]
    assert scores == sorted(scores, reverse=True)
    _golden("report_shape.json", _shape(data))


def test_format_option_wins_over_suffix(postings, tmp_path):
    out = tmp_path / "r.html"
    result = run(
        str(RESUME), "--postings", postings[0], "--format", "md", "-o", str(out)
    )
    assert result.exit_code == 0
    assert out.read_text(encoding="utf-8").startswith("# Skill-gap report")


def test_directory_and_bad_posting_is_skipped(tmp_path):
    folder = tmp_path / "jobs"
    folder.mkdir()
    (folder / "backend.md").write_bytes(
        (SAMPLES / "software_posting_backend_engineer.md").read_bytes()
    )
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4\nbroken\n")
    out = tmp_path / "r.json"
    result = run(str(RESUME), "--postings", str(folder), "-o", str(out))
    assert result.exit_code == 0, result.output
    lines = [x for x in result.stderr.splitlines() if "broken.pdf" in x]
    assert len(lines) == 1 and lines[0].startswith("gapcheck: skipped (posting):")
    data = json.loads(out.read_text(encoding="utf-8"))
    assert [s["path"] for s in data["skipped"]] == [str(folder / "broken.pdf")]
    assert data["summary"]["postings"] == 1 and data["summary"]["skipped"] == 1
    assert {s["share"] for s in data["skills"]} == {1.0}  # one posting: 0/1 shares


def test_bad_resume_exits_2_with_one_line(postings, tmp_path):
    bad = tmp_path / "resume.pdf"
    bad.write_bytes(b"%PDF-1.4\nbroken\n")
    out = tmp_path / "r.html"
    for resume in (bad, tmp_path / "missing.pdf"):
        result = run(str(resume), "--postings", *postings, "-o", str(out))
        assert result.exit_code == 2
        err = result.stderr.strip()
        assert len(err.splitlines()) == 1 and "Traceback" not in result.output
        assert re.match(r"gapcheck: error: .*resume\.pdf", err) or "missing.pdf" in err
    assert not out.exists()


def test_unusable_postings_exit_2(tmp_path):
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"%PDF-1.4\nbroken\n")
    result = run(str(RESUME), "--postings", str(bad), "-o", str(tmp_path / "r.md"))
    assert result.exit_code == 2 and "could be read" in result.stderr
    typo = run(str(RESUME), "--postings", str(tmp_path / "nope"), "-o", "x.md")
    assert typo.exit_code == 2 and "nope" in typo.stderr


def test_help_has_an_example():
    result = CliRunner().invoke(main, ["report", "--help"])
    assert result.exit_code == 0
    assert "gapcheck report resume.pdf --postings postings/" in result.output
