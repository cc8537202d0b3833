"""Speed of the parse stage (Document -> Resume/Posting) on the shared files.

Documents are read once with the ingest stage; only parsing is timed. "cold" is the
first pass (empty heading cache), "warm" the mean of the next passes.

    python benchmarks/bench_parse.py [--repeat 5]
"""

from __future__ import annotations

import argparse
import platform
import statistics
import time
from pathlib import Path

from gapcheck.ingest import read_document
from gapcheck.parse import parse_document
from gapcheck.parse.sections import canonical

SHARED = Path(__file__).resolve().parent.parent.parent / "shared" / "data"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    files = sorted(SHARED.glob("resumes/*/*.pdf")) + sorted(SHARED.glob("postings/*/*"))
    files = [f for f in files if f.suffix.lower() in {".pdf", ".docx"}]
    docs = [read_document(f) for f in files]
    chars = sum(len(d.text) for d in docs)
    canonical.cache_clear()
    start = time.perf_counter()
    for doc in docs:
        parse_document(doc)
    cold = (time.perf_counter() - start) / len(docs)
    warm = []
    for _ in range(args.repeat):
        start = time.perf_counter()
        for doc in docs:
            parse_document(doc)
        warm.append((time.perf_counter() - start) / len(docs))
    print(f"machine: {platform.processor() or platform.machine()}, "
          f"python {platform.python_version()}")  # fmt: skip
    print(f"{len(docs)} documents, {chars / len(docs):.0f} characters on average")
    print(f"cold: {1000 * cold:.1f} ms/document")
    mean, median = statistics.mean(warm), statistics.median(warm)
    print(f"warm: {1000 * mean:.1f} ms/document (median of {args.repeat} passes "
          f"{1000 * median:.1f})")  # fmt: skip


if __name__ == "__main__":
    main()
