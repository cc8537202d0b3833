"""Carry the judgements of title trade terms over to their new names (round 12).

    .venv/bin/python training/postings/rename_title_terms.py --set dev [--data DATA]
    .venv/bin/python training/postings/rename_title_terms.py --dir PATH
    ... [--dry-run] [--quiet]

Until round 12 :func:`gapcheck.extract.posting_occupation.title_occupation` named a
title's trade as the title writes it ("Plumber", "Backend Engineer"); it now names the
work ("Plumbing", "Back-end development"). The term names are the keys of the judged
sets (``judgements*.tsv``: posting, term, ok), so each judged old name gets a row for
its new name with the same judgement. The old row stays (another reading may still
give that name), and a new name judged already keeps its own judgement. So no set's
precision moves from the renaming alone.

``--quiet`` prints the counts only (for a held-out set whose terms are not to be read).
"""

from __future__ import annotations

import argparse
import csv
import sys
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from score_terms import (
    HERE,
    SETS,
    dir_rows,
    key,
    posting_files,
    read_tsv,
)


def renamed_rows(
    rows: Sequence[dict[str, str]], pairs: dict[str, list[tuple[str, str]]]
) -> list[dict[str, str]]:
    """The judgement rows to add: for each (posting, old name) judged whose posting's
    title trade is now named ``new``, a row (posting, new, same ok), unless (posting,
    new) is judged already. ``pairs``: posting -> [(old name, new name)]."""
    judged = {(r["posting"], key(r["term"])): r for r in rows}
    out: list[dict[str, str]] = []
    for pid, renames in pairs.items():
        for old, new in renames:
            if key(old) == key(new):
                continue
            found = judged.get((pid, key(old)))
            if found is None or (pid, key(new)) in judged:
                continue
            row = {"posting": pid, "term": new, "ok": found["ok"]}
            judged[(pid, key(new))] = row
            out.append(row)
    return out


def title_renames(
    paths: Iterable[tuple[str, Path]],
) -> dict[str, list[tuple[str, str]]]:
    """posting -> [(the title's words, the work's name)] of each title trade term."""
    from gapcheck.extract.posting_occupation import title_occupation
    from gapcheck.ingest import read_document
    from gapcheck.parse import parse_posting
    from gapcheck.score import resolve_taxonomy

    taxonomy = resolve_taxonomy()
    out: dict[str, list[tuple[str, str]]] = {}
    for pid, path in paths:
        posting = parse_posting(read_document(path))
        text = posting.document.text
        pairs = [
            (text[m.start : m.end], m.text)
            for m in title_occupation(posting, [], taxonomy)
        ]
        if pairs:
            out[pid] = pairs
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", default="../shared/data")
    ap.add_argument("--set", dest="which", choices=sorted(SETS))
    ap.add_argument("--dir", help="a set kept as a directory (score_terms.py --dir)")
    ap.add_argument("--dry-run", action="store_true", help="write nothing")
    ap.add_argument("--quiet", action="store_true", help="print the counts only")
    args = ap.parse_args(argv)
    if bool(args.which) == bool(args.dir):
        print("give --set or --dir", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        if args.dir:
            base = Path(args.dir)
            target = base / "judgements.tsv"
            rows = read_tsv("judgements.tsv", base)
            paths = [
                (r["posting"], base / "postings" / f"{r['posting']}.txt")
                for r in dir_rows(base)
            ]
        else:
            suffix = SETS[args.which]
            target = HERE / f"judgements{suffix}.tsv"
            rows = read_tsv(f"judgements{suffix}.tsv")
            listed = read_tsv(f"postings{suffix}.tsv")
            paths = [
                (r["posting"], path)
                for r, path in posting_files(Path(args.data), listed, "txt", Path(tmp))
            ]
        added = renamed_rows(rows, title_renames(paths))
    if not args.quiet:
        for r in added:
            print(f"{r['posting']}\t{r['term']}\t{r['ok']}")
    print(f"{target}: {len(added)} rows added", file=sys.stderr)
    if added and not args.dry_run:
        with target.open("a", encoding="utf-8", newline="") as f:
            writer = csv.writer(f, delimiter="\t", lineterminator="\n")
            for r in added:
                writer.writerow([r["posting"], r["term"], r["ok"]])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
