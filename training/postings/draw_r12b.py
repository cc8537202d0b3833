"""Draw round 12b's duty sample: NHS postings of the occupations whose duties were lost.

    .venv/bin/python training/postings/draw_r12b.py ../shared/data OUT_DIR

Postings of ``nhs_jobs_2020-11_dev.jsonl.gz`` whose id is in no
``models/posting_judgements/*.tsv``, grouped by title (catering, health records,
medical secretary / admin, health care support worker, procurement), seed 12215, up to
7 a group:
``OUT_DIR/postings.tsv`` (the work sample, ``postings_r12b.tsv``) and the texts as
``score_terms.py --as txt`` reads them; ``OUT_DIR/check.tsv``: 150 other postings of the
same groups (seed 12216), for judging the added terms; ``check2.tsv``: 200 other
unjudged NHS postings of any occupation (seed 12217), kept untouched until the rules
were final.
"""

from __future__ import annotations

import glob
import gzip
import json
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from score_terms import HERE, as_text

GROUPS = {
    "catering": r"\b(catering|chef|cook|kitchen)\b",
    "health_records": r"\b(health records|medical records|clinical cod|coder|coding)\b",
    "medical_secretary": r"\b(medical secretary|secretary|"
    r"admin(istrat)?(ive|or)? (assistant|officer)|receptionist|clerk)\b",
    "hcsw": r"\b(health ?care (support worker|assistant)|hca|hcsw)\b",
    "procurement": r"\b(procurement|purchasing|buyer|supplies|supply chain)\b",
}


def main() -> None:
    data, out = Path(sys.argv[1]), Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    seen = set()
    for f in glob.glob(str(HERE / "*.tsv")):
        if "_r12b" in f:
            continue
        with open(f) as fh:
            seen |= {line.split("\t")[0].strip() for line in fh}
    by: dict[str, list] = {g: [] for g in GROUPS}
    with gzip.open(data / "postings" / "nhs_jobs_2020-11_dev.jsonl.gz", "rt") as fh:
        records = [json.loads(line) for line in fh]
    for d in records:
        if d["_fileid"] in seen:
            continue
        for g, rx in GROUPS.items():
            if re.search(rx, d["title"].lower()):
                by[g].append(d)
                break
    rng = random.Random(12215)
    picked = []
    for g in GROUPS:
        xs = sorted(by[g], key=lambda d: d["_fileid"])
        rng.shuffle(xs)
        picked += [(g, d) for d in xs[:7]]
    with open(out / "postings.tsv", "w") as f:
        f.write("posting\tgroup\ttitle\n")
        for g, d in picked:
            f.write(f"{d['_fileid']}\t{g}\t{d['title']}\n")
            (out / f"{d['_fileid']}.txt").write_text(as_text(d))
    ids = {d["_fileid"] for _, d in picked}
    rest = [
        d
        for g in GROUPS
        for d in sorted(by[g], key=lambda d: d["_fileid"])
        if d["_fileid"] not in ids
    ]
    random.Random(12216).shuffle(rest)
    # every other unjudged NHS posting, any occupation (the groups hold under 100)
    used = ids | {d["_fileid"] for d in rest[:150]}
    others = sorted(
        (d for d in records if d["_fileid"] not in seen | used),
        key=lambda d: d["_fileid"],
    )
    random.Random(12217).shuffle(others)
    for name, part in (("check.tsv", rest[:150]), ("check2.tsv", others[:200])):
        with open(out / name, "w") as f:
            f.write("posting\tgroup\ttitle\n")
            for d in part:
                f.write(f"{d['_fileid']}\tcheck\t{d['title']}\n")


if __name__ == "__main__":
    main()
