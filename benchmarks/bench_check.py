"""Benchmark `gapcheck check`: cold process time against the model-loading floor, and
warm (in-process) time per check.

Usage (from the project root)::

    OMP_NUM_THREADS=1 python benchmarks/bench_check.py [--runs 7] [--json out.json]

* **floor**: ``python -c`` that imports spaCy and loads the models ``gapcheck check``
  needs (the extractor's pipeline and the taxonomy matcher): what no implementation of
  the command can go below.
* **cold**: ``python -m gapcheck check RESUME POSTING --format json`` as a new process,
  start to output. The goal is at most 1.5x the floor.
* **warm**: ``gapcheck.api.check_files`` in a process where the models are already
  loaded (the batch/server case), and ``gapcheck.check.check`` alone on analysed
  documents (scoring, fixes and verdict, without reading and extraction).
* **matrix**: ``gapcheck.score.score_matrix`` (what ``gapcheck batch`` uses) per pair,
  against ``check`` per pair, on analysed documents.

Medians over ``--runs`` runs, on the project's sample pairs (corpora/samples).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "corpora" / "samples"
PAIRS = [
    ("software_resume_maya_okafor.pdf", "software_posting_backend_engineer.md"),
    ("nursing_resume_daniel_reyes.docx", "nursing_posting_icu_rn.pdf"),
    ("accounting_resume_priya_nair.pdf", "accounting_posting_senior_accountant.txt"),
]
FLOOR = (
    "import spacy\n"
    "from gapcheck.extract import get_extractor\n"
    "e = get_extractor()\n"
    "e.nlp; e.matcher\n"
)


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("OMP_NUM_THREADS", "1")
    env.setdefault("OPENBLAS_NUM_THREADS", "1")
    return env


def _time(cmd: list[str]) -> float:
    start = time.perf_counter()
    done = subprocess.run(cmd, cwd=ROOT, env=_env(), capture_output=True, text=True)
    took = time.perf_counter() - start
    if done.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(cmd)} failed ({done.returncode}): {done.stderr}")
    return took


def cold(runs: int) -> dict[str, float]:
    """Floor and check runs interleaved, so the machine's load drifts evenly on both."""
    floor, checks = [], []
    for k in range(runs):
        floor.append(_time([sys.executable, "-c", FLOOR]))
        resume, posting = PAIRS[k % len(PAIRS)]
        cmd = [sys.executable, "-m", "gapcheck", "check", str(SAMPLES / resume),
               str(SAMPLES / posting), "--format", "json"]  # fmt: skip
        checks.append(_time(cmd))
    floor_s, cold_s = statistics.median(floor), statistics.median(checks)
    return {"floor_s": floor_s, "cold_s": cold_s, "ratio": cold_s / floor_s}


def warm(runs: int) -> dict[str, float]:
    from gapcheck.api import check_files
    from gapcheck.check import check
    from gapcheck.pipeline import analyse_file
    from gapcheck.score import resolve_taxonomy

    check_files(SAMPLES / PAIRS[0][0], SAMPLES / PAIRS[0][1])  # load the models
    files, scores = [], []
    for k in range(runs):
        resume, posting = PAIRS[k % len(PAIRS)]
        start = time.perf_counter()
        check_files(SAMPLES / resume, SAMPLES / posting)
        files.append(time.perf_counter() - start)
    taxonomy = resolve_taxonomy(None)
    analysed = [
        (analyse_file(SAMPLES / r, "resume"), analyse_file(SAMPLES / p, "posting"))
        for r, p in PAIRS
    ]
    for k in range(runs):
        resume, posting = analysed[k % len(analysed)]
        start = time.perf_counter()
        check(resume, posting, taxonomy=taxonomy)
        scores.append(time.perf_counter() - start)
    return {
        "warm_check_files_s": statistics.median(files),
        "warm_score_only_s": statistics.median(scores),
    }


def matrix(repeat: int = 4) -> dict[str, float]:
    """score_matrix on every sample resume x posting (plus the shared fictional
    resumes and PDF/DOCX postings when ../shared/data is there), each resume repeated
    ``repeat`` times: milliseconds per pair, against ``check`` per pair."""
    from gapcheck.check import check
    from gapcheck.pipeline import analyse_file
    from gapcheck.score import resolve_taxonomy, score_matrix

    shared = ROOT.parent / "shared" / "data"
    resumes = [
        p for p in sorted(SAMPLES.glob("*_resume_*")) if p.suffix in (".txt", ".md")
    ]
    postings = [
        p for p in sorted(SAMPLES.glob("*_posting_*")) if p.suffix in (".txt", ".md")
    ]
    if shared.exists():
        resumes += sorted((shared / "resumes" / "fictional_2024").glob("*.pdf"))
        postings += sorted((shared / "postings" / "jd_docx_2020").glob("*.docx"))
        postings += sorted((shared / "postings" / "jd_pdf_2024").glob("*.pdf"))
    taxonomy = resolve_taxonomy(None)
    r = [analyse_file(p, "resume") for p in resumes] * repeat
    p = [analyse_file(x, "posting") for x in postings]
    start = time.perf_counter()
    score_matrix(r, p, taxonomy=taxonomy)
    took = time.perf_counter() - start
    start = time.perf_counter()
    for posting in p:
        check(r[0], posting, taxonomy=taxonomy)
    one = (time.perf_counter() - start) / len(p)
    return {
        "matrix_pairs": len(r) * len(p),
        "matrix_ms_per_pair": 1000 * took / (len(r) * len(p)),
        "check_ms_per_pair": 1000 * one,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args()
    result = {
        "date": dt.date.today().isoformat(),
        "machine": f"{platform.machine()} {os.cpu_count()} cpu, {platform.platform()}",
        "python": platform.python_version(),
        "runs": args.runs,
        **cold(args.runs),
        **warm(args.runs),
        **matrix(),
    }
    text = json.dumps(result, indent=2)
    print(text)
    if args.json:
        args.json.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
