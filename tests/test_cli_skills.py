"""`gapcheck skills`: --lines order and offsets, documents, errors."""

from __future__ import annotations

import json
import os

from click.testing import CliRunner

from gapcheck.cli import main

LINES = [
    "Experience with Python and SQL is required.",
    "",
    "You will lead a team and communicate with customers.",
    "Knowledge of Docker and Kubernetes.",
]


def test_lines_jsonl_order_and_offsets() -> None:
    result = CliRunner().invoke(
        main, ["skills", "--lines", "-", "--format", "jsonl"], input="\n".join(LINES)
    )
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert [r["line"] for r in rows] == [1, 2, 3, 4]
    assert rows[1]["mentions"] == []
    for row, text in zip(rows, LINES, strict=True):
        for m in row["mentions"]:
            assert text[m["start"] : m["end"]] == m["text"]
            assert set(m) >= {"start", "end", "text", "label", "canonical",
                              "category", "type", "source"}  # fmt: skip
    assert any(m["text"] == "Python" for m in rows[0]["mentions"])
    assert any("Docker" in m["text"] for m in rows[3]["mentions"])


def test_documents_text_and_json(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "posting.txt"
    path.write_text(
        "Requirements\n\nExperience with Python and SQL.\n"
        "Knowledge of Python and Docker is a plus.\n"
    )
    runner = CliRunner()
    result = runner.invoke(main, ["skills", str(path), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["kind"] == "skills"
    (doc,) = data["documents"]
    text = path.read_text()
    assert all(text[m["start"] : m["end"]] == m["text"] for m in doc["mentions"])
    counts = {s["name"].lower(): s["count"] for s in doc["skills"]}
    assert counts.get("python", 0) >= 1
    assert sum(counts.values()) == len(doc["mentions"])
    pythons = [m for m in doc["mentions"] if m["text"].lower() == "python"]
    assert counts["python"] == len(pythons)
    out = runner.invoke(main, ["skills", str(path)])
    assert out.exit_code == 0 and "python" in out.output.lower()


def test_documents_carry_what_reading_the_file_found() -> None:
    from pathlib import Path

    path = Path(__file__).parent / "fixtures" / "bad" / "text_named.pdf"
    runner = CliRunner()
    result = runner.invoke(main, ["skills", str(path), "--format", "json"])
    assert result.exit_code == 0, result.output
    (doc,) = json.loads(result.output)["documents"]
    assert [w["code"] for w in doc["warnings"]] == ["W103"]
    text = runner.invoke(main, ["skills", str(path)])
    assert text.exit_code == 0
    assert "warning W103 named .pdf but is plain text" in text.output


def test_usage_errors() -> None:
    runner = CliRunner()
    assert runner.invoke(main, ["skills"]).exit_code == 2
    missing = runner.invoke(main, ["skills", "--lines", "/nonexistent/x.txt"])
    assert missing.exit_code == 2
    assert "Examples" in runner.invoke(main, ["skills", "--help"]).output


def test_lines_that_are_not_utf8_are_a_one_line_error(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "lines.txt"
    path.write_bytes(b"Experience with Python\n\xff\xfe Excel in cp1252\n")
    result = CliRunner().invoke(main, ["skills", "--lines", str(path)])
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    (line,) = [x for x in result.output.splitlines() if "error" in x]
    assert str(path) in line and "line 2 is not valid UTF-8" in line and "E109" in line
    # a BOM and Windows line endings are fine
    path.write_bytes(b"\xef\xbb\xbfPython and SQL\r\nDocker\r\n")
    ok = CliRunner().invoke(main, ["skills", "--lines", str(path), "--format", "jsonl"])
    assert ok.exit_code == 0, ok.output
    rows = [json.loads(x) for x in ok.output.splitlines()]
    assert [r["line"] for r in rows] == [1, 2]
    assert rows[0]["mentions"][0]["start"] == 0  # the BOM is not a character


def test_commands_run_blas_on_one_thread_unless_told(monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The models' matrices are small: more BLAS threads cost CPU and win no time
    (benchmarks/README.md), so a command asks for one, unless the user chose."""
    from gapcheck.cli import BLAS_THREAD_VARIABLES

    for name in BLAS_THREAD_VARIABLES:
        monkeypatch.setenv(name, "x")  # recorded first, so teardown restores it
        monkeypatch.delenv(name)
    monkeypatch.setenv("MKL_NUM_THREADS", "3")
    lines = tmp_path / "lines.txt"
    lines.write_text("Experience with Python and SQL.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["skills", "--lines", str(lines)])
    assert result.exit_code == 0, result.output
    assert os.environ["OPENBLAS_NUM_THREADS"] == "1"
    assert os.environ["OMP_NUM_THREADS"] == "1"
    assert os.environ["MKL_NUM_THREADS"] == "3"
