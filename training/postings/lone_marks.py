"""Round 11: postings with lone bullet marks (a line holding only "-", "*", "o" or
bullet glyphs, the item on the next non-empty line), drawn from postings no judged
set holds, and the terms gapcheck extracts on them.

    # draw: N random NHS postings (long description, every postings*.tsv and
    # breadth_sample.tsv excluded, --exclude more) whose text has a lone mark line
    python training/postings/lone_marks.py draw --seed 11311 --n 40 \
        --exclude models/posting_judgements/postings_keyphrases.tsv \
        --exclude models/posting_judgements/postings_keyphrases_check.tsv > sample.tsv
    # the terms of each (run once with main's source importable, once with this one)
    python training/postings/lone_marks.py terms sample.tsv > terms.tsv
"""

from __future__ import annotations

import argparse
import csv
import html
import random
import re
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from keyphrase_sample import HERE, MIN_DESCRIPTION, load
from score_terms import as_text, extracted, posting_files

#: A line holding only one "-", "*" or "o", or only bullet glyphs before a blank
#: line (a glyph alone before its item was joined already before round 11).
LONE = re.compile(r"^[ \t]*(?:[-*o]|[•●▪■◦○►▶➢➤✓✔❖◆⁃‣∙·]+[ \t]*\n[ \t]*$)[ \t]*$", re.M)


def has_lone_mark(text: str) -> bool:
    return LONE.search(text) is not None


def draw(
    data: Path, seed: int, n: int, also: tuple[Path, ...] = ()
) -> list[tuple[str, str]]:
    exclude: set[str] = set()
    for path in [*HERE.glob("postings*.tsv"), HERE / "breadth_sample.tsv", *also]:
        if path.name.startswith("postings_keyphrases") and path not in also:
            continue
        if path.exists():
            lines = path.read_text(encoding="utf-8").splitlines()[1:]
            exclude |= {ln.split("\t")[0] for ln in lines if ln.strip()}
    pool = [
        r
        for r in sorted(load(data), key=lambda r: int(r["_fileid"]))
        if r["_fileid"] not in exclude
        and len(html.unescape(r.get("description", ""))) > MIN_DESCRIPTION
        and has_lone_mark(as_text(r))
    ]
    print(f"{len(pool)} postings with a lone mark line", file=sys.stderr)
    rows = random.Random(seed).sample(pool, n)
    return [
        (r["_fileid"], re.sub(r"\s+", " ", html.unescape(r["title"])).strip())
        for r in rows
    ]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("command", choices=("draw", "terms"))
    ap.add_argument("sample", nargs="?", type=Path)
    ap.add_argument("--data", type=Path, default=Path("../shared/data"))
    ap.add_argument("--seed", type=int, default=11311)
    ap.add_argument("--n", type=int, default=40)
    ap.add_argument("--exclude", type=Path, action="append", default=[])
    args = ap.parse_args(argv)
    out = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
    if args.command == "draw":
        out.writerow(("posting", "title"))
        out.writerows(draw(args.data, args.seed, args.n, tuple(args.exclude)))
        return 0
    with args.sample.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    out.writerow(("posting", "term"))
    with tempfile.TemporaryDirectory() as tmp:
        for row, path in posting_files(args.data, rows, "txt", Path(tmp)):
            for name, _ in extracted(path):
                out.writerow((row["posting"], name))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
