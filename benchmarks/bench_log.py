"""Speed of the application log and of `gapcheck diagnose` on a large log.

    python benchmarks/bench_log.py [--apps 500] [--runs 3]

Builds a log of ``--apps`` applications in a temporary folder, each storing the same
real check result and resume analysis (sample resume x sample posting, one real
``check``), a quarter rejected early, a quarter after an interview with two feedback
sentences; then times, median of ``--runs``: adding one application to the store
(without the check, which ``gapcheck check`` benchmarks cover), ``list``, and
``diagnose`` (the feedback classifier and occupation profiles loaded once before).
Prints CPU and wall milliseconds.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from gapcheck.check import check  # noqa: E402
from gapcheck.diagnose import diagnose  # noqa: E402
from gapcheck.pipeline import analyse_file  # noqa: E402
from gapcheck.store import ApplicationLog  # noqa: E402

SAMPLES = ROOT / "corpora" / "samples"
FEEDBACK = [
    "Your answers were hard to follow and ran long.",
    "We went with a candidate with more experience.",
]


def timed(fn, runs: int) -> tuple[float, float]:
    wall, cpu = [], []
    for _ in range(runs):
        w, c = time.perf_counter(), time.process_time()
        fn()
        wall.append(time.perf_counter() - w)
        cpu.append(time.process_time() - c)
    return 1000 * statistics.median(wall), 1000 * statistics.median(cpu)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--apps", type=int, default=500)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    resume = analyse_file(SAMPLES / "accounting_resume_priya_nair.docx", "resume")
    posting = analyse_file(
        SAMPLES / "accounting_posting_senior_accountant.txt", "posting"
    )
    result = check(resume, posting).to_dict()
    analysis = resume.to_dict()
    text = posting.record.document.text
    with tempfile.TemporaryDirectory() as tmp:
        log = ApplicationLog(Path(tmp) / "log.sqlite")

        def add(i: int = 0) -> int:
            return log.add(company=f"C{i}", role="Accountant", applied="2026-10-01",
                           score=result["score"], resume_sha256="v1",
                           resume_analysis=analysis, posting_text=text,
                           check=result)  # fmt: skip

        t0 = time.perf_counter()
        for i in range(args.apps):
            app = add(i)
            if i % 4 == 0:
                log.update(app, stage="screen", outcome="rejected")
            elif i % 4 == 1:
                log.update(
                    app, stage="interview", outcome="rejected", feedback=FEEDBACK
                )
        build = time.perf_counter() - t0
        diagnose(log)  # load the classifier and the occupation profiles once
        size = (Path(tmp) / "log.sqlite").stat().st_size
        print(f"log of {args.apps} applications built in {build:.1f} s "
              f"({size / 1e6:.1f} MB before checkpoint)")  # fmt: skip
        for name, fn in (("add (store only)", add), ("list", log.list),
                         ("diagnose", lambda: diagnose(log))):  # fmt: skip
            wall, cpu = timed(fn, args.runs)
            print(f"{name:18} wall {wall:8.1f} ms   cpu {cpu:8.1f} ms")


if __name__ == "__main__":
    main()
