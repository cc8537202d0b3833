"""`gapcheck parse`: text and JSON output, golden JSON shape, errors and exit codes.

Regenerate the golden file after a deliberate change of shape with
``GAPCHECK_UPDATE_GOLDEN=1 python -m pytest tests/test_cli_parse.py`` and review the
diff (a change of shape also needs docs/json.md and, if breaking, SCHEMA_VERSION).
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from gapcheck.cli import main

GOLDEN = Path(__file__).parent / "golden" / "parse_resume.json"
UPDATE = os.environ.get("GAPCHECK_UPDATE_GOLDEN") == "1"

# No "Present" role: the output must not depend on today's date.
RESUME = """Ana Lima
Data Analyst
ana.lima@example.com | (555) 201-3344 | Denver, CO | github.com/analima

Summary
Analyst with 4 years of SQL and Tableau.

Experience
Data Analyst, Initech, Mar 2019 – Feb 2023
• Built Tableau dashboards used by 40 managers
• Cut report time by 30% with dbt models
Junior Analyst
Globex Inc   Jun 2017 - Feb 2019
• Cleaned sales data in Excel

Education
B.A. Economics, University of Denver, 2017

Skills
SQL, Tableau, Excel, dbt
"""

POSTING = """Data Analyst

Requirements
- 3+ years of SQL
- Tableau is a plus

Responsibilities
- Build dashboards
"""


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("parse")
    out = {}
    for name, text in (("resume.txt", RESUME), ("posting.txt", POSTING)):
        path = folder / name
        path.write_text(text, encoding="utf-8")
        out[name] = path
    (folder / "empty.txt").write_text("", encoding="utf-8")
    out["empty.txt"] = folder / "empty.txt"
    return out


def run(*args: str) -> Any:
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_text_output_reads_in_order(files: dict[str, Path]) -> None:
    result = run("parse", str(files["resume.txt"]))
    assert result.exit_code == 0, result.output
    out = result.output
    order = [out.index(h) for h in ("CONTACT", "SUMMARY", "EXPERIENCE", "EDUCATION",
                                    "SKILLS", "ROLES (2)", "WARNINGS")]  # fmt: skip
    assert order == sorted(order)
    assert "kind: resume" in out and "ana.lima@example.com" in out
    assert "Data Analyst | Initech | Mar 2019 – Feb 2023" in out


def _normalise(data: dict[str, Any]) -> dict[str, Any]:
    data = dict(data)
    data["source"] = "resume.txt"
    data["gapcheck_version"] = "*"
    return data


def test_json_matches_golden(files: dict[str, Path]) -> None:
    result = run("parse", str(files["resume.txt"]), "--format", "json")
    assert result.exit_code == 0, result.output
    data = _normalise(json.loads(result.output))
    if UPDATE:
        GOLDEN.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n",
                          encoding="utf-8")  # fmt: skip
    golden = json.loads(GOLDEN.read_text(encoding="utf-8"))
    assert _shape(data) == _shape(golden)  # keys and types first: clearer failures
    assert data == golden


def _shape(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _shape(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_shape(value[0])] if value else []
    return type(value).__name__


def test_json_posting_and_output_file(files: dict[str, Path], tmp_path: Path) -> None:
    target = tmp_path / "out" / "posting.json"
    result = run(
        "parse", str(files["posting.txt"]), "--format", "json", "-o", str(target)
    )
    assert result.exit_code == 0 and result.output == ""
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["kind"] == "posting" and data["command"] == "parse"
    assert data["title"] == "Data Analyst"
    assert [(r["importance"], r["years"]) for r in data["requirements"]] == [
        ("required", 3.0), ("preferred", None), ("mentioned", None),
    ]  # fmt: skip
    assert data["contact"] is None and data["bullets"] == []


def test_forced_kind_warns(files: dict[str, Path]) -> None:
    result = run("parse", str(files["resume.txt"]), "--kind", "posting", "-f", "json")
    assert result.exit_code == 2  # -f is not an option: a usage error
    result = run("parse", str(files["resume.txt"]), "--kind", "posting", "--format",
                 "json")  # fmt: skip
    data = json.loads(result.output)
    assert data["kind"] == "posting"
    assert "W402" in [w["code"] for w in data["warnings"]]


@pytest.mark.parametrize("name", ["missing.pdf", "empty.txt"])
def test_bad_input_is_one_line_and_exit_2(files: dict[str, Path], name: str) -> None:
    path = files.get(name, files["resume.txt"].parent / name)
    result = CliRunner().invoke(main, ["parse", str(path)])
    assert result.exit_code == 2
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("gapcheck: error:")
    assert "Traceback" not in result.output


def test_help_has_an_example() -> None:
    result = run("parse", "--help")
    assert result.exit_code == 0
    assert "gapcheck parse resume.pdf" in result.output
    assert "--kind" in result.output and "--format" in result.output
