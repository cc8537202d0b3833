"""What a rule removes on postings no judged set holds (issue 15, round 10).

A rule written after reading the judged sets' wrong terms is checked on other postings:
the terms it removes there are listed with their sentence, for judging by hand (how many
were real?).

    # draw: N random NHS postings with a long description, none of any judged set
    # (every postings*.tsv and breadth_sample.tsv of the judgements; --exclude more)
    python training/postings/removed_terms.py draw --seed 10151 --n 800 > sample.tsv
    # the terms the rules remove (and add) on them: the profile with the rules, then
    # with the named functions switched off (a function returns False; a regex
    # matches nothing)
    python training/postings/removed_terms.py diff sample.tsv \
        --off gapcheck.extract.posting_terms:other_sense \
        --off gapcheck.parse.degrees:_NO_LEVEL > removed.tsv

Terms are compared by name (``score_terms.key``): a term whose name changes while its
canonical skill stays (one mention of two removed) is listed as removed and added;
count it as a rename. Degree levels switched off by a regex are recomputed from the
posting's requirement text (``asked_degree_levels``), as the parser does.
"""

from __future__ import annotations

import argparse
import csv
import importlib
import inspect
import re
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from keyphrase_sample import draw
from score_terms import key, posting_files

_NEVER = re.compile(r"(?!)")


def _off(function):
    """A stand-in for ``function`` switched off: nothing found (``[]``) for a function
    that returns a list of mentions, else False."""
    returns = str(inspect.signature(function).return_annotation)
    empty: list = []
    return (
        (lambda *a, **k: empty)
        if returns.startswith("list")
        else (lambda *a, **k: False)
    )


@contextmanager
def switched_off(names: list[str]) -> Iterator[None]:
    """Each ``module:attribute`` off: a callable returns False (``[]`` when it
    returns a list), a regex never matches."""
    saved = []
    for name in names:
        module_name, attr = name.split(":")
        module = importlib.import_module(module_name)
        value = getattr(module, attr)
        saved.append((module, attr, value))
        off = _NEVER if isinstance(value, re.Pattern) else _off(value)
        setattr(module, attr, off)
    try:
        yield
    finally:
        for module, attr, value in saved:
            setattr(module, attr, value)


def _sentence(text: str, start: int, end: int) -> str:
    left = max(text.rfind(c, 0, start) for c in ".!?\n") + 1
    rights = [i for i in (text.find(c, end) for c in ".!?\n") if i >= 0]
    return text[left : min(rights) if rights else len(text)].strip()


def diff(data: Path, sample: Path, off: list[str]) -> Iterator[tuple[str, ...]]:
    """(posting, "-" or "+", term, the sentence of its first mention) per term the
    rules remove or add (an added term's sentence is its first mention's)."""
    from gapcheck.parse.degrees import asked_degree_levels
    from gapcheck.parse.posting import asking_text
    from gapcheck.pipeline import analyse_file
    from gapcheck.records import Posting
    from gapcheck.score import resolve_taxonomy
    from gapcheck.score.requirements import _asked, posting_profile

    taxonomy = resolve_taxonomy()
    total = 0
    with sample.open(encoding="utf-8") as f:
        rows = [r for r in csv.DictReader(f, delimiter="\t") if r]
    with tempfile.TemporaryDirectory() as tmp:
        for row, path in posting_files(data, rows, "txt", Path(tmp)):
            analysis = analyse_file(path, "posting")
            posting = analysis.record
            assert isinstance(posting, Posting)
            text = posting.document.text
            asked = " \n".join(r.text for r in posting.requirements) or asking_text(
                posting.sections, text
            )
            after = posting_profile(analysis, taxonomy).terms
            new_mentions = _asked(analysis.mentions, posting, taxonomy)
            levels = asked_degree_levels(asked)
            with switched_off(off):
                before = posting_profile(analysis, taxonomy).terms
                mentions = _asked(analysis.mentions, posting, taxonomy)
                old_levels = asked_degree_levels(asked)
            total += len(before) + len(old_levels)
            names = {key(t.name) for t in after}
            old_names = {key(t.name) for t in before}
            for t in before:
                if key(t.name) not in names:
                    first = next(
                        (
                            m
                            for m in mentions
                            if ((m.canonical or "").lower() or key(m.text)) == t.key
                        ),
                        None,
                    )
                    where = _sentence(text, first.start, first.end) if first else ""
                    yield row["posting"], "-", t.name, where
            for t in after:
                if key(t.name) not in old_names:
                    first = next(
                        (
                            m
                            for m in new_mentions
                            if ((m.canonical or "").lower() or key(m.text)) == t.key
                        ),
                        None,
                    )
                    where = _sentence(text, first.start, first.end) if first else ""
                    yield row["posting"], "+", t.name, where
            for level in old_levels:
                if level not in levels:
                    yield row["posting"], "-", f"{level} degree", ""
            for level in levels:
                if level not in old_levels:
                    yield row["posting"], "+", f"{level} degree", ""
    print(f"{len(rows)} postings, {total} terms before", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("what", choices=("draw", "diff"))
    ap.add_argument("sample", nargs="?", help="diff: the sample's postings TSV")
    ap.add_argument("--data", default="../shared/data")
    ap.add_argument("--seed", type=int, default=10151)
    ap.add_argument("--n", type=int, default=800)
    ap.add_argument("--exclude", action="append", default=[], help="more postings")
    ap.add_argument("--off", action="append", default=[], help="module:attribute")
    args = ap.parse_args(argv)
    data = Path(args.data)
    out = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
    if args.what == "draw":
        also = tuple(Path(p) for p in args.exclude)
        out.writerow(("posting", "title"))
        out.writerows(draw(data, args.seed, args.n, also))
        return 0
    if not args.sample or not args.off:
        ap.error("diff needs the sample and at least one --off")
    out.writerow(("posting", "change", "term", "sentence"))
    for row in diff(data, Path(args.sample), args.off):
        out.writerow(row)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
