"""Round 13: the terms gapcheck extracts on a sample of untouched NHS postings.

    .venv/bin/python training/postings/r13_sample_terms.py --n 200 --seed 1313 -o OUT

Samples ``--n`` postings of ``../shared/data/postings/nhs_jobs_2020-11_dev.jsonl.gz``
with ``int(_fileid) % 4`` in (0, 1) (round 13's work pool, ``/work/notes/r13/
partition.md``), none listed in any ``models/posting_judgements/*.tsv`` (every judged
set and ``match_sets_exclude.tsv``), and writes ``{posting: [term, ...]}`` as
``score_terms.py`` extracts them. Run it on two versions of the code (e.g.
``PYTHONPATH=/work/main``) and diff the outputs to judge the terms a change adds or
removes by hand.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import random
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import score_terms as st


def listed() -> set[str]:
    out: set[str] = set()
    for path in st.HERE.glob("*.tsv"):
        with path.open(encoding="utf-8") as f:
            for row in csv.reader(f, delimiter="\t"):
                out.update(c for c in row[:1] if c.isdigit())
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default="../shared/data")
    ap.add_argument("--n", type=int, default=200)
    ap.add_argument("--seed", type=int, default=1313)
    ap.add_argument("-o", "--out", required=True)
    args = ap.parse_args(argv)
    skip = listed()
    path = Path(args.data) / "postings" / "nhs_jobs_2020-11_dev.jsonl.gz"
    pool = []
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            fid = str(rec.get("_fileid", ""))
            if fid.isdigit() and int(fid) % 4 in (0, 1) and fid not in skip:
                pool.append(rec)
    pool.sort(key=lambda r: r["_fileid"])
    sample = random.Random(args.seed).sample(pool, args.n)
    out: dict[str, list[str]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for rec in sample:
            p = Path(tmp) / f"nhs-{rec['_fileid']}.txt"
            p.write_text(st.as_text(rec), encoding="utf-8")
            out[rec["_fileid"]] = [name for name, _ in st.extracted(p)]
    Path(args.out).write_text(json.dumps(out, indent=1), encoding="utf-8")
    print(f"{len(out)} postings of a pool of {len(pool)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
