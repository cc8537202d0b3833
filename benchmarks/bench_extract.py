"""Skill extraction speed: the whole extractor on SkillSpan dev, one core.

    python benchmarks/bench_extract.py [--repeat 3]

1. In process: ``get_extractor().pipe(lines)`` (tokenizer + skill model + taxonomy
   matcher + merge), warm, best of ``--repeat``; and each part alone.
2. The command, as a user runs it: ``gapcheck skills --lines dev.txt --format jsonl``
   in a subprocess pinned to one core (``taskset -c 0`` when available), including
   start-up and model loading.

Both with OMP_NUM_THREADS=1. Prints words/s by CPU time (one core's throughput,
robust to other jobs on a shared machine) and by wall-clock; figures go in
benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")


def best_of(repeat: int, fn: Callable[[], Iterable[object]]) -> tuple[float, float]:
    """Best CPU seconds (this single-threaded process: one core's work whatever else
    runs on the machine) and best wall-clock seconds over ``repeat`` runs."""
    cpu = wall = float("inf")
    for _ in range(repeat):
        c0, w0 = time.process_time(), time.perf_counter()
        for _ in fn():
            pass
        cpu = min(cpu, time.process_time() - c0)
        wall = min(wall, time.perf_counter() - w0)
    return cpu, wall


def main() -> None:
    from gapcheck.extract import get_extractor
    from gapcheck.extract.evaluate import load_skillspan

    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    sentences = load_skillspan("dev")
    lines = [s.text for s in sentences]
    words = sum(len(s.tokens) for s in sentences)
    print(f"SkillSpan dev: {len(lines)} lines, {words} words")

    extractor = get_extractor()
    extractor.extract("warm up with Python and SQL.")
    nlp, matcher = extractor.nlp, extractor.matcher
    parts: dict[str, Callable[[], Iterable[object]]] = {
        "tokenizer": lambda: (nlp.make_doc(t) for t in lines),
        "tokenizer + model": lambda: nlp.pipe(lines, batch_size=extractor.batch_size),
        "tokenizer + taxonomy matcher": lambda: (
            matcher(nlp.make_doc(t)) if matcher else () for t in lines
        ),
        "whole extractor": lambda: extractor.pipe(lines),
    }
    print(f"{'':30} {'CPU time':>9} {'wall':>9}  (words/s)")
    for name, fn in parts.items():
        cpu, wall = best_of(args.repeat, fn)
        print(f"{name:30} {words / cpu:>9,.0f} {words / wall:>9,.0f}")

    with tempfile.TemporaryDirectory() as tmp:
        full = run_command(tmp, lines, "dev")
        startup = run_command(tmp, lines[:1], "one")
    print(
        f"{'command (incl. start-up)':30} "
        f"{words / full[0]:>9,.0f} {words / full[1]:>9,.0f}"
        f"  ({full[0]:.1f} s CPU, {full[1]:.1f} s wall)"
    )
    print(f"{'command start-up (1 line)':30} {startup[0]:>8.1f}s {startup[1]:>8.1f}s")
    steady = full[0] - startup[0]
    print(f"{'command minus start-up':30} {words / steady:>9,.0f}")


def run_command(tmp: str, lines: list[str], name: str) -> tuple[float, float]:
    """CPU and wall seconds of `gapcheck skills --lines` on ``lines``, one core."""
    path = os.path.join(tmp, f"{name}.txt")
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    cmd = [sys.executable, "-m", "gapcheck", "skills", "--lines", path]
    cmd += ["--format", "jsonl", "-o", os.path.join(tmp, f"{name}.jsonl")]
    if shutil.which("taskset"):
        cmd = ["taskset", "-c", "0", *cmd]
    t0 = time.perf_counter()
    before = os.times()
    subprocess.run(cmd, check=True)
    after = os.times()
    wall = time.perf_counter() - t0
    cpu = (after.children_user - before.children_user) + (
        after.children_system - before.children_system
    )
    return cpu, wall


if __name__ == "__main__":
    main()
