"""What the derived breadth files add on held-out NHS postings, by sector.

    .venv/bin/python training/taxonomy/measure_nhs.py [--data ../shared/data]
        [--every 5] [--residue 2] [--sample 100] [--out new_terms.tsv]

The held-out sample: NHS Jobs postings of ``nhs_jobs_2020-11_dev.jsonl.gz`` whose
``_fileid`` is not in ``models/posting_judgements/postings.tsv`` and whose sha1 is
``--residue`` (2) modulo ``--every`` (5): about 1,480 postings, none of them read while
the curation rules were written. ``--every 20 --residue 3`` is the part that was read
(about 350 postings). Each posting is read as text (``score_terms.as_text``) twice:
with the taxonomy without its derived families (``esco_breadth``, ``onet_tools``) and
with the whole taxonomy. Prints, per sector (``select.group_of`` on the title), the
postings, the terms before and after and the new terms; ``--out`` writes a seeded
random sample of ``--sample`` new terms with the requirement line they came from, for
judging by hand (``models/posting_judgements/breadth_sample.tsv`` holds the judged
sample: column ``ok`` 1 a real requirement, 0 not).
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import random
import shutil
import sys
import tempfile
from collections import defaultdict
from functools import cache
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "training" / "postings"))
DERIVED = ("esco_breadth", "onet_tools")

from score_terms import as_text, read_tsv  # noqa: E402


@cache
def _select_module() -> Any:
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "posting_select", ROOT / "training" / "postings" / "select.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def group_of(title: str) -> str | None:
    """``training/postings/select.py``'s sector of a title (loaded by path: the
    module's name is the standard library's ``select``)."""
    return _select_module().group_of(title)


def held_out(data: Path, every: int, residue: int = 2) -> list[dict]:
    judged = {r["posting"] for r in read_tsv("postings.tsv")}
    out = []
    path = data / "postings" / "nhs_jobs_2020-11_dev.jsonl.gz"
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            record = json.loads(line)
            fid = str(record.get("_fileid", ""))
            if not fid or fid in judged:
                continue
            if int(hashlib.sha1(fid.encode()).hexdigest(), 16) % every == residue:
                out.append(record)
    return out


def base_taxonomy(tmp: Path) -> Path:
    """The taxonomy directory without the derived families."""
    src = ROOT / "corpora" / "taxonomy"
    dst = tmp / "taxonomy"
    shutil.copytree(src, dst)
    manifest = dst / "taxonomy.toml"
    lines = manifest.read_text(encoding="utf-8").splitlines()
    kept = [ln for ln in lines if not ln.startswith(DERIVED)]
    manifest.write_text("\n".join(kept) + "\n", encoding="utf-8")
    return dst


def terms(path: Path, taxonomy: object) -> dict[str, str]:
    """term key -> the requirement line it came from."""
    from gapcheck.pipeline import analyse_file
    from gapcheck.score.requirements import posting_profile

    analysis = analyse_file(path, "posting", taxonomy=taxonomy)
    profile = posting_profile(analysis, taxonomy)
    text = analysis.record.document.text
    lower = text.lower()
    out = {}
    for t in profile.terms:
        at = lower.find(t.name.lower())
        start = lower.rfind("\n", 0, max(at, 0)) + 1
        end = lower.find("\n", max(at, 0))
        line = text[start : end if end >= 0 else None][:200] if at >= 0 else ""
        out[t.name.strip().lower()] = line
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--every", type=int, default=5)
    ap.add_argument("--residue", type=int, default=2)
    ap.add_argument("--sample", type=int, default=100)
    ap.add_argument("--out", type=Path)
    args = ap.parse_args()

    from gapcheck.extract.taxonomy import load_taxonomy

    records = held_out(args.data, args.every, args.residue)
    stats: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    new_terms: list[tuple[str, str, str, str]] = []
    with tempfile.TemporaryDirectory() as tmp:
        before_tax = load_taxonomy(base_taxonomy(Path(tmp)))
        after_tax = load_taxonomy()
        for record in records:
            path = Path(tmp) / f"nhs-{record['_fileid']}.txt"
            path.write_text(as_text(record), encoding="utf-8")
            before = terms(path, before_tax)
            after = terms(path, after_tax)
            group = group_of(record.get("title", "")) or "other"
            added = [k for k in after if k not in before]
            for g in (group, "ALL"):
                s = stats[g]
                for i, v in enumerate((1, len(before), len(after), len(added))):
                    s[i] += v
            for k in added:
                new_terms.append((str(record["_fileid"]), group, k, after[k]))
    print(f"{'sector':24} {'n':>4} {'before':>7} {'after':>6} {'new':>4}")
    for g in sorted(stats, key=lambda g: (g == "ALL", g)):
        n, b, a, d = stats[g]
        print(f"{g:24} {n:4d} {b:7d} {a:6d} {d:4d}")
    if args.out:
        rng = random.Random(15)
        sample = sorted(rng.sample(new_terms, min(args.sample, len(new_terms))))
        with args.out.open("w", encoding="utf-8") as fh:
            fh.write("posting\tsector\tterm\tok\tline\n")
            for pid, group, term, line in sample:
                line = " ".join(line.split())
                fh.write(f"{pid}\t{group}\t{term}\t\t{line}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
