"""The terms only the key-phrase path adds (issue 15, round 9): draw, list, score.

Key phrases (:mod:`gapcheck.extract.posting_keyphrases`) are judged apart from the
six scored sets: a term is a key-phrase term when the posting's profile has it with
key phrases on and not with them off (``asked_mentions(..., key_phrases=False)``).

    # draw: N random NHS postings of the dev file with a long description, none of
    # any judged set (every postings*.tsv and breadth_sample.tsv of the judgements)
    python training/postings/keyphrase_sample.py draw --seed 9151 --n 60 \
        > models/posting_judgements/postings_keyphrases.tsv
    # list the key-phrase terms with their judgement ("?" when not judged yet)
    python training/postings/keyphrase_sample.py list
    # precision of the key-phrase terms on the judged sample
    python training/postings/keyphrase_sample.py score
    # a check sample drawn after the rules were written, the first sample left out
    python training/postings/keyphrase_sample.py draw --seed 9152 --n 80 \
        --exclude models/posting_judgements/postings_keyphrases.tsv \
        > models/posting_judgements/postings_keyphrases_check.tsv
    python training/postings/keyphrase_sample.py score \
        --sample postings_keyphrases_check.tsv --judged keyphrases_check.tsv
    # ... or on one of score_terms.py's sets, judged in its judgements*.tsv
    python training/postings/keyphrase_sample.py score --set heldout
"""

from __future__ import annotations

import argparse
import csv
import functools
import gzip
import html
import json
import random
import re
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from score_terms import HERE, SETS, as_text, key, nhs_records

#: select.py's rule: postings with a shorter description are skipped
MIN_DESCRIPTION = 1000


def load(data: Path) -> list[dict]:
    path = data / "postings" / "nhs_jobs_2020-11_dev.jsonl.gz"
    with gzip.open(path, "rt", encoding="utf-8") as f:
        return [json.loads(line) for line in f]


SAMPLE = "postings_keyphrases.tsv"
JUDGED = "keyphrases_sample.tsv"


def draw(
    data: Path, seed: int, n: int, also: tuple[Path, ...] = ()
) -> list[tuple[str, str]]:
    exclude: set[str] = set()
    judged_sets = [*HERE.glob("postings*.tsv"), HERE / "breadth_sample.tsv"]
    for path in [*judged_sets, *also]:
        if path.name.startswith("postings_keyphrases") and path not in also:
            continue  # the key-phrase samples themselves, unless named
        if not path.exists():
            continue
        lines = path.read_text(encoding="utf-8").splitlines()[1:]
        exclude |= {ln.split("\t")[0] for ln in lines if ln.strip()}
    pool = [
        r
        for r in sorted(load(data), key=lambda r: int(r["_fileid"]))
        if r["_fileid"] not in exclude
        and len(html.unescape(r.get("description", ""))) > MIN_DESCRIPTION
    ]
    rows = random.Random(seed).sample(pool, n)
    return [
        (r["_fileid"], re.sub(r"\s+", " ", html.unescape(r["title"])).strip())
        for r in rows
    ]


def terms_of(path: Path) -> tuple[list[str], list[str]]:
    """(all term names with key phrases, the names only key phrases add)."""
    import gapcheck.extract.posting_terms as pt
    from gapcheck.pipeline import analyse_file
    from gapcheck.score import resolve_taxonomy
    from gapcheck.score.requirements import posting_profile

    analysis = analyse_file(path, "posting")
    taxonomy = resolve_taxonomy()
    with_kp = [t.name for t in posting_profile(analysis, taxonomy).terms]
    original = pt.asked_mentions
    pt.asked_mentions = functools.partial(original, key_phrases=False)  # type: ignore[assignment]
    try:
        without = {key(t.name) for t in posting_profile(analysis, taxonomy).terms}
    finally:
        pt.asked_mentions = original  # type: ignore[assignment]
    return with_kp, [t for t in with_kp if key(t) not in without]


def judged(name: str = JUDGED) -> dict[tuple[str, str], str]:
    path = HERE / name
    if not path.exists():
        return {}
    with path.open(encoding="utf-8") as f:
        return {
            (r["posting"], key(r["term"])): r["ok"]
            for r in csv.DictReader(f, delimiter="\t")
        }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("what", choices=("draw", "list", "score"))
    ap.add_argument("--data", default="../shared/data")
    ap.add_argument("--seed", type=int, default=9151)
    ap.add_argument("--n", type=int, default=60)
    ap.add_argument("--sample", default=SAMPLE, help="the postings of the sample")
    ap.add_argument("--judged", default=JUDGED, help="the sample's judgements")
    ap.add_argument(
        "--exclude", action="append", default=[], type=Path, help="also skip these"
    )
    ap.add_argument(
        "--set",
        dest="which",
        choices=sorted(set(SETS) - {"fresh5", "fresh6"}),  # the unseen test sets
        help="a scored set",
    )
    args = ap.parse_args(argv)
    data = Path(args.data)
    if args.what == "draw":
        print("posting\ttitle")
        for pid, title in draw(data, args.seed, args.n, tuple(args.exclude)):
            print(f"{pid}\t{title}")
        return 0
    sample, marks_file = args.sample, args.judged
    if args.which:
        sample = f"postings{SETS[args.which]}.tsv"
        marks_file = f"judgements{SETS[args.which]}.tsv"
    with (HERE / sample).open(encoding="utf-8") as f:
        rows = [r for r in csv.DictReader(f, delimiter="\t") if r["posting"].isdigit()]
    records = nhs_records(data, {r["posting"] for r in rows})
    marks = judged(marks_file)
    good = bad = new = 0
    with tempfile.TemporaryDirectory() as tmp:
        for r in rows:
            pid = r["posting"]
            path = Path(tmp) / f"nhs-{pid}.txt"
            path.write_text(as_text(records[pid]), encoding="utf-8")
            _, added = terms_of(path)
            if args.what == "list":
                print(f"## {pid} {r['title']}")
            for term in added:
                ok = marks.get((pid, key(term)), "?")
                good += ok == "1"
                bad += ok == "0"
                new += ok == "?"
                if args.what == "list":
                    print(f"{pid}\t{term}\t{ok}")
    prec = good / (good + bad) if good + bad else float("nan")
    print(
        f"key-phrase terms: {good + bad + new}, judged {good + bad}: "
        f"{good} real, {bad} not, precision {prec:.3f}; unjudged {new}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
