"""Benchmark `gapcheck batch`: throughput, cost per document against a floor, memory.

    python benchmarks/bench_batch.py [--resumes 1000] [--postings 100] [--jobs 2]

Corpus: benchmarks/make_batch_corpus.py (seeded, PDF/DOCX/TXT mix) plus the shared
resumes and postings in ../shared/data. The floor is what no scorer can avoid: text
extraction (gapcheck.ingest) plus tokenisation (the project's spaCy tokenizer) of the
same files, in one process. The batch runs as a real process tree (`python -m
gapcheck batch`), cold (no cache); peak memory is the largest sum of RSS over the
whole tree, sampled from /proc every 50 ms. `--sizes` runs smaller batches too, to
show memory staying flat as inputs grow.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data"


def _tree_rss_kb(pid: int) -> int:
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
            for task in Path(f"/proc/{p}/task").iterdir():
                kids = (task / "children").read_text().split()
                todo.extend(int(k) for k in kids)
        except (OSError, ValueError):
            continue
    return total


def run_measured(cmd: list[str]) -> dict[str, float]:
    start = time.monotonic()
    before = os.times()
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL)
    peak = 0
    while proc.poll() is None:
        peak = max(peak, _tree_rss_kb(proc.pid))
        time.sleep(0.05)
    after = os.times()
    if proc.returncode != 0:
        raise SystemExit(f"command failed ({proc.returncode}): {' '.join(cmd)}")
    cpu = (after.children_user - before.children_user) + (
        after.children_system - before.children_system
    )
    return {
        "wall_s": time.monotonic() - start,
        "cpu_s": cpu,
        "peak_rss_mb": peak / 1024,
    }


def floor(files: list[Path]) -> dict[str, float]:
    """Text extraction plus tokenisation of the same files, in this process."""
    from gapcheck.errors import GapcheckError
    from gapcheck.ingest import read_document
    from gapcheck.nlp.tokenizer import make_blank

    nlp = make_blank()
    start = time.process_time()
    words = 0
    for path in files:
        with contextlib.suppress(GapcheckError):
            words += len(nlp(read_document(path).text))
    cpu = time.process_time() - start
    return {"cpu_s": cpu, "docs": len(files), "tokens": words}


def corpus(out: Path, resumes: int, postings: int) -> tuple[Path, Path]:
    if not (out / "resumes").exists():
        subprocess.run(
            [sys.executable, str(ROOT / "benchmarks" / "make_batch_corpus.py"),
             "--resumes", str(resumes), "--postings", str(postings), "--out", str(out)],
            check=True,
        )  # fmt: skip
    return out / "resumes", out / "postings"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--resumes", type=int, default=1000)
    parser.add_argument("--postings", type=int, default=100)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--sizes", default="250,500", help="smaller resume counts")
    parser.add_argument("--work", type=Path, default=None, help="corpus folder")
    args = parser.parse_args()
    work = args.work or Path(tempfile.gettempdir()) / "gapcheck-bench-batch"
    r_dir, p_dir = corpus(work / f"{args.resumes}x{args.postings}", args.resumes,
                          args.postings)  # fmt: skip
    shared_r = [SHARED / "resumes"] if SHARED.exists() else []
    shared_p = [SHARED / "postings"] if SHARED.exists() else []
    suffixes = {".pdf", ".docx", ".txt"}
    folders = [r_dir, p_dir, *shared_r, *shared_p]
    files = sorted(p for d in folders for p in d.rglob("*") if p.suffix in suffixes)
    base = floor(files)
    results = []
    sizes = [int(s) for s in args.sizes.split(",") if s] + [args.resumes]
    for size in sizes:
        subset = work / f"subset-{size}"
        if subset.exists():
            shutil.rmtree(subset)
        subset.mkdir(parents=True)
        for path in sorted(r_dir.iterdir())[:size]:
            (subset / path.name).symlink_to(path)
        out = work / f"scores-{size}.csv"
        cmd = [sys.executable, "-m", "gapcheck", "batch",
               "--resumes", str(subset), *map(str, shared_r),
               "--postings", str(p_dir), *map(str, shared_p),
               "-o", str(out), "--jobs", str(args.jobs),
               "--no-cache", "--quiet"]  # fmt: skip
        measured = run_measured(cmd)
        n_docs = size + args.postings + len(files) - args.resumes - args.postings
        with out.open() as fh:
            pairs = sum(1 for _ in fh) - 1
        results.append({"resumes": size, "docs": n_docs, "pairs": pairs, **measured})
    full = results[-1]
    docs_full = full["docs"]
    report = {
        "date": time.strftime("%Y-%m-%d"),
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}",
        "load_average": os.getloadavg(),
        "floor": {**base, "cpu_ms_per_doc": 1000 * base["cpu_s"] / base["docs"]},
        "runs": results,
        "cpu_ms_per_doc": 1000 * full["cpu_s"] / docs_full,
        "ratio_to_floor": (full["cpu_s"] / docs_full) / (base["cpu_s"] / base["docs"]),
        "pairs_per_s": full["pairs"] / full["wall_s"],
    }
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
