"""`gapcheck batch` end to end: real documents, bad files, resuming, engines."""

from __future__ import annotations

import csv
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

import gapcheck.batch as batch
from gapcheck.batch import run_batch
from gapcheck.cli import main
from tests.conftest import ROOT, SAMPLES

RESUMES = sorted(str(p) for p in SAMPLES.glob("*_resume_*.pdf"))
POSTINGS = sorted(str(p) for p in SAMPLES.glob("*_posting_*.txt"))


@pytest.fixture
def bad_files(tmp_path: Path) -> list[str]:
    garbage = tmp_path / "garbage.pdf"
    garbage.write_bytes(b"\x00\x01not a pdf at all\x02" * 10)
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    return [str(garbage), str(empty)]


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(newline="") as fh:
        return list(csv.DictReader(fh))


def test_batch_scores_every_pair_and_reports_bad_files(
    tmp_path: Path, bad_files: list[str]
) -> None:
    out = tmp_path / "out" / "scores.csv"
    args = ["batch", "--resumes", *RESUMES, *bad_files, "--postings", *POSTINGS]
    args += ["-o", str(out), "--cache-dir", str(tmp_path / "cache"), "--quiet"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    rows = _rows(out)
    assert len(rows) == len(RESUMES) * len(POSTINGS)
    assert {"resume", "posting", "score", "skills", "matched", "top_missing"} <= set(
        rows[0]
    )
    assert all(0 <= float(r["score"]) <= 100 for r in rows)
    errors = _rows(out.with_name("scores.errors.csv"))
    assert sorted(Path(e["path"]).name for e in errors) == ["empty.txt", "garbage.pdf"]
    assert {e["code"] for e in errors} == {"E103", "E104"}
    assert "garbage.pdf" in result.stderr  # reported as it happens, too
    ranks = _rows(out.with_name("scores.rankings.csv"))
    for posting in POSTINGS:  # best resume first for each posting
        scores = [float(r["score"]) for r in ranks if r["for"] == posting]
        assert scores == sorted(scores, reverse=True) and scores
    # each resume's own-field posting ranks first for that resume
    own = {Path(p).name.split("_")[0]: p for p in POSTINGS}
    for resume in RESUMES:
        field = Path(resume).name.split("_")[0]
        if field in own:
            best = next(
                r for r in ranks if r["view"] == "resume" and r["for"] == resume
            )
            assert best["candidate"] == own[field], (resume, best)

    strict = CliRunner().invoke(main, [*args, "--strict"])
    assert strict.exit_code == 2


def test_batch_missing_argument_is_a_one_line_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        main,
        ["batch", "--resumes", str(tmp_path / "nope"), "--postings", *POSTINGS,
         "-o", str(tmp_path / "x.csv")],
    )  # fmt: skip
    assert result.exit_code == 2
    assert "no such file or directory" in result.stderr
    assert "Traceback" not in result.output + result.stderr


def test_interrupted_batch_resumes_without_recomputing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = str(tmp_path / "cache")
    reference = run_batch(
        RESUMES, POSTINGS, str(tmp_path / "ref.jsonl"), cache_dir=cache, progress=False
    )
    out = str(tmp_path / "scores.jsonl")
    monkeypatch.setattr(batch, "BLOCK", 2)
    real = batch._rows_for_block
    calls = {"n": 0}

    def dies_on_third_block(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls["n"] += 1
        if calls["n"] == 3:
            raise KeyboardInterrupt  # Ctrl-C in the middle of the run
        return real(*args, **kwargs)

    monkeypatch.setattr(batch, "_rows_for_block", dies_on_third_block)
    with pytest.raises(KeyboardInterrupt):
        run_batch(RESUMES, POSTINGS, out, cache_dir=cache, progress=False)
    journal = Path(out + ".partial.jsonl")
    assert journal.exists() and not Path(out).exists()
    monkeypatch.setattr(batch, "_rows_for_block", real)
    again = run_batch(RESUMES, POSTINGS, out, cache_dir=cache, progress=False)
    assert again.resumed_pairs == 2 * 2 * len(POSTINGS)  # two blocks of two resumes
    assert again.analysed == 0 and again.cached == reference.resumes + len(POSTINGS)
    assert Path(out).read_text() == Path(tmp_path / "ref.jsonl").read_text()
    assert not journal.exists()


@pytest.mark.slow
def test_killed_batch_keeps_finished_analyses(tmp_path: Path) -> None:
    """SIGKILL mid-run (no cleanup at all): the next run reuses what was cached."""
    corpus = tmp_path / "corpus"
    subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "make_batch_corpus.py"),
         "--resumes", "40", "--postings", "4", "--out", str(corpus)],
        check=True, capture_output=True,
    )  # fmt: skip
    cache = tmp_path / "cache"
    out = tmp_path / "scores.json"
    cmd = [sys.executable, "-m", "gapcheck", "batch",
           "--resumes", str(corpus / "resumes"), "--postings", str(corpus / "postings"),
           "-o", str(out), "--cache-dir", str(cache), "--quiet"]  # fmt: skip
    proc = subprocess.Popen(
        cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    db = cache / "analyses.sqlite3"
    deadline = time.monotonic() + 120
    done = 0
    while time.monotonic() < deadline and proc.poll() is None:
        if db.exists():
            try:
                with sqlite3.connect(db, timeout=1) as conn:
                    done = conn.execute("SELECT COUNT(*) FROM analyses").fetchone()[0]
            except sqlite3.Error:
                done = 0
            if done >= 5:
                break
        time.sleep(0.05)
    assert proc.poll() is None, "the batch finished before it could be killed"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert not out.exists()
    finished = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    assert finished.returncode == 0, finished.stderr
    summary = json.loads(out.read_text())["summary"]
    assert summary["cached"] >= done >= 5
    assert summary["cached"] + summary["analysed"] == 44
    assert summary["pairs"] == 40 * 4


def test_two_workers_give_the_same_rows(tmp_path: Path) -> None:
    one = tmp_path / "one.jsonl"
    two = tmp_path / "two.jsonl"
    run_batch(RESUMES[:3], POSTINGS[:3], str(one), use_cache=False, progress=False)
    summary = run_batch(
        RESUMES[:3], POSTINGS[:3], str(two), jobs=2, use_cache=False, progress=False
    )
    assert summary.analysed == 6
    assert one.read_text() == two.read_text()


@pytest.mark.slow
def test_dask_engine_gives_the_same_rows_as_local(tmp_path: Path) -> None:
    distributed = pytest.importorskip("dask.distributed")
    local = tmp_path / "local.jsonl"
    remote = tmp_path / "dask.jsonl"
    run_batch(RESUMES[:2], POSTINGS[:2], str(local), use_cache=False, progress=False)
    with distributed.LocalCluster(
        n_workers=1, processes=False, threads_per_worker=1, dashboard_address=None
    ) as cluster:
        result = CliRunner().invoke(
            main,
            ["batch", "--resumes", *RESUMES[:2], "--postings", *POSTINGS[:2],
             "-o", str(remote), "--engine", "dask", "--scheduler",
             cluster.scheduler_address, "--no-cache", "--quiet"],
        )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert local.read_text() == remote.read_text()
