"""Benchmark `gapcheck report`: 1, 18 (shared) and 200 postings, cold and warm cache.

The 200 postings are generated into a temporary folder from the 18 shared postings
(../shared/data/postings) and the project's sample postings: each is one of those
texts (as gapcheck reads it) with one bullet dropped and a reference line added, so
every file has different bytes (the cache and the batch engine analyse identical
bytes once). Nothing is written into the repository.

    OMP_NUM_THREADS=1 python benchmarks/bench_report.py [--jobs 1 2] [--sizes 1 18 200]

Prints a Markdown table for benchmarks/README.md ("gapcheck report").
"""

from __future__ import annotations

import argparse
import datetime
import os
import platform
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data" / "postings"
SAMPLES = ROOT / "corpora" / "samples"
RESUME = SAMPLES / "software_resume_maya_okafor.pdf"


def shared_postings() -> list[Path]:
    files = sorted(SHARED.glob("jd_docx_2020/*.docx")) + sorted(
        SHARED.glob("jd_pdf_2024/*.pdf")
    )
    if len(files) != 18:
        sys.exit(f"expected the 18 shared postings under {SHARED}, found {len(files)}")
    return files


def generate(n: int, folder: Path) -> list[Path]:
    """``n`` distinct posting texts varied from the shared and sample postings."""
    from gapcheck.ingest import read_document

    bases = shared_postings() + sorted(
        p for p in SAMPLES.glob("*_posting_*.*") if p.suffix in {".txt", ".md"}
    )
    texts = [read_document(p).text for p in bases]
    rng = random.Random(42)
    out = []
    for i in range(n):
        lines = texts[i % len(texts)].splitlines()
        bullets = [k for k, line in enumerate(lines) if line.startswith("• ")]
        if bullets:
            del lines[rng.choice(bullets)]
        lines.append(f"\nJob reference: GC-{i:04d}")
        path = folder / f"posting_{i:03d}.txt"
        path.write_text("\n".join(lines), encoding="utf-8")
        out.append(path)
    return out


def run(postings: list[Path], cache: Path, jobs: int) -> tuple[float, float, int]:
    from gapcheck.gaps import gap_report
    from gapcheck.report.gaps_html import render_html

    start = time.perf_counter()
    report = gap_report(RESUME, [str(p) for p in postings], jobs=jobs, cache_dir=cache)
    analysed = time.perf_counter() - start
    render_html(report)
    return analysed, time.perf_counter() - start, report.summary.postings


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{cpu}, {os.cpu_count()} cores, Python {platform.python_version()}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1, 18, 200])
    args = parser.parse_args()
    from gapcheck.extract import get_extractor

    get_extractor().extract("warm up the model: Python and SQL")  # load once
    print(f"machine: {machine()}; {datetime.datetime.now(datetime.UTC):%Y-%m-%d}")
    print("| postings | jobs | cache | analyse + score (s) | + HTML (s) | postings/s |")
    print("|---:|---:|---|---:|---:|---:|")
    with tempfile.TemporaryDirectory(prefix="gapcheck-bench-") as tmp:
        folder = Path(tmp) / "postings"
        folder.mkdir()
        generated = generate(max(args.sizes), folder)
        for size in args.sizes:
            postings = shared_postings() if size == 18 else generated[:size]
            for jobs in args.jobs:
                cache = Path(tmp) / f"cache-{size}-{jobs}"
                for label in ("cold", "warm"):
                    analysed, total, n = run(postings, cache, jobs)
                    print(
                        f"| {n} | {jobs} | {label} | {analysed:.2f} | {total:.2f} "
                        f"| {n / total:.1f} |",
                        flush=True,
                    )


if __name__ == "__main__":
    main()
