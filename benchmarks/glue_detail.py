"""Glued words and column-merged lines file by file and word by word, gapcheck's
reader against poppler's ``pdftotext``, and their spread over random subsets.

Usage (from the project root; needs ``../shared/tools/pdf_fidelity.py`` and its
word data)::

    python benchmarks/glue_detail.py ../shared/data/resumes/livecareer \
        [--subsets 20 --size 22] [--quiet] [--json out.json]

The counting is ``pdf_fidelity.py``'s own (its functions are imported): a glued
word is a token of 8+ letters that is no word but splits into 2-3 words; a merged
line holds words of two side-by-side blocks found from pdfplumber's word boxes.
gapcheck's text is ``read_document``'s (what ``gapcheck parse --format json``
prints), read in this process. Printed per file: the glued tokens gapcheck has and
``pdftotext`` has not, and gapcheck's merged lines; then the totals, and the mean,
spread and worst case of both rates over ``--subsets`` random subsets of ``--size``
files (seeds 0, 1, ...), as the hook that judges a random subset sees them.
"""

from __future__ import annotations

import argparse
import collections
import json
import random
import re
import statistics
import sys
import unicodedata
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
TOOLS = ROOT.parent / "shared" / "tools"


def _score(pf: Any, text: str, marks: Any, known: Any, part: Any, memo: dict) -> dict:
    glued, tokens = [], 0
    for t in pf.AZ.findall(unicodedata.normalize("NFKC", text).lower()):
        if len(t) >= 8:
            if t not in memo:
                memo[t] = pf.is_glued(t, known, part)
            tokens += 1
            if memo[t]:
                glued.append(t)
    lines, merged = 0, []
    for line in re.split(r"[\r\n\f]+", text) if marks else ():
        nl = pf.norm(line)
        hit = {(i, side) for m, i, side in marks if m in nl}
        if hit:
            lines += 1
            if any((i, 1 - side) in hit for i, side in hit):
                merged.append(line.strip())
    return {"tokens": tokens, "glued": glued, "lines": lines, "merged": merged}


def _rates(per: dict, files: list[str], name: str) -> tuple[float, float]:
    rows = [per[f][name] for f in files]
    glued = sum(len(r["glued"]) for r in rows) / max(1, sum(r["tokens"] for r in rows))
    merged = sum(len(r["merged"]) for r in rows) / max(1, sum(r["lines"] for r in rows))
    return 100 * glued, 100 * merged


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("inputs", nargs="+", help="PDF files or folders")
    ap.add_argument("--subsets", type=int, default=20)
    ap.add_argument("--size", type=int, default=22)
    ap.add_argument("--quiet", action="store_true", help="totals and spread only")
    ap.add_argument("--json", type=Path, help="write the per-file counts here")
    a = ap.parse_args()
    sys.path.insert(0, str(TOOLS))
    import logging

    import pdf_fidelity as pf

    from gapcheck.ingest import read_document

    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    files: list[Path] = []
    for p in map(Path, a.inputs):
        files += sorted(p.rglob("*.pdf")) if p.is_dir() else [p]
    words, parts = pf.vocab(pf.SHARED)
    known, part, memo = pf.knower(words), pf.knower(parts), {}
    per: dict[str, dict] = {}
    for f in files:
        try:
            _, _, marks = pf.truth(f)
            theirs = pf.extract("pdftotext", f)
            ours = read_document(str(f)).text
        except Exception as exc:  # (a file either side cannot read is left out)
            print(f"left out {f}: {type(exc).__name__}")
            continue
        row = {
            "pdftotext": _score(pf, theirs, marks, known, part, memo),
            "gapcheck": _score(pf, ours, marks, known, part, memo),
        }
        per[str(f)] = row
        only = collections.Counter(row["gapcheck"]["glued"]) - collections.Counter(
            row["pdftotext"]["glued"]
        )
        if not a.quiet and (only or row["gapcheck"]["merged"]):
            print(f"{f}: glued only by gapcheck {dict(only)}")
            for line in row["gapcheck"]["merged"]:
                print(f"    merged: {line[:120]}")
    names = sorted(per)
    for name in ("pdftotext", "gapcheck"):
        g, m = _rates(per, names, name)
        print(f"{name}: glued {g:.2f}%, column-merged {m:.2f}% over {len(names)} files")
    if len(names) > a.size:
        for name in ("pdftotext", "gapcheck"):
            runs = [
                _rates(per, random.Random(seed).sample(names, a.size), name)
                for seed in range(a.subsets)
            ]
            g, m = [r[0] for r in runs], [r[1] for r in runs]
            print(
                f"{name}, {a.subsets} subsets of {a.size}: glued mean"
                f" {statistics.mean(g):.2f}% (sd {statistics.stdev(g):.2f},"
                f" {min(g):.2f}-{max(g):.2f}),"
                f" column-merged mean {statistics.mean(m):.2f}% (max {max(m):.2f})"
            )
    if a.json:
        a.json.write_text(json.dumps(per))


if __name__ == "__main__":
    main()
