"""Hand-judged title readings: draw real titles, re-score what gapcheck reads them as.

A title's reading is ``gapcheck.occupation.model.title_occupation``: the lexicon label
and its ISCO-08 groups; its top group is what a user sees as the title's occupation.

Drawn (``--draw``) from ../shared/data by a fixed rule, so the lists can be rebuilt:

* postings: the distinct titles of ``postings/nhs_jobs_2020-11_dev.jsonl.gz`` (HTML
  unescaped twice, spaces collapsed), sorted, shuffled with ``random.Random(SEED)``;
  the first 150 are sample A (rules were written by reading them), the next 150
  sample B (held out, read only for the final figure).
* resumes: the distinct role titles (case folded) ``gapcheck.parse.parse_file`` reads
  from the livecareer PDFs, sorted, shuffled with the same seed; the first 50 are A,
  the next 50 B.

``models/occupation_judgements/{postings,resumes}.tsv`` hold, per title, its sample,
the reading at drawing time (for reference) and the judgement made by hand: the ISCO
minor groups (three digits) that are right for the title, the neighbouring minor
groups that are acceptable, "-" when no occupation can be told from the title.
Scoring re-reads every title and grades the top group of its reading:

* right: in a right minor group (or no reading of a title that tells none);
* close: in an acceptable neighbour;
* wrong: elsewhere, or a reading of a title that tells no occupation;
* none: no reading where one was possible.

    python training/occupation/title_judgements.py          # score sample A
    python training/occupation/title_judgements.py --held-out   # and sample B
    python training/occupation/title_judgements.py --show   # each wrong/none of A
"""

from __future__ import annotations

import argparse
import gzip
import html
import json
import random
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT.parent / "shared" / "data"
OUT = ROOT / "models" / "occupation_judgements"
SEED = 10
N_POSTINGS, N_RESUMES = 150, 50  # per sample
GRADES = ("right", "close", "wrong", "none")
COLUMNS = ("sample", "title", "label_then", "group_then", "right", "neighbour")


def posting_titles(data: Path = DATA) -> list[str]:
    seen: dict[str, None] = {}
    path = data / "postings" / "nhs_jobs_2020-11_dev.jsonl.gz"
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            raw = json.loads(line)["title"]
            title = " ".join(html.unescape(html.unescape(raw)).split())
            if title:
                seen.setdefault(title, None)
    return list(seen)


def resume_titles(data: Path = DATA) -> list[str]:
    from gapcheck.errors import GapcheckError
    from gapcheck.parse import parse_file

    seen: dict[str, str] = {}
    for pdf in sorted((data / "resumes" / "livecareer").glob("*/*.pdf")):
        try:
            parsed = parse_file(str(pdf), "resume")
        except GapcheckError:  # a PDF with no text
            continue
        roles = getattr(parsed, "roles", ())
        for role in roles:
            title = " ".join((role.title or "").split())
            if title:
                seen.setdefault(title.casefold(), title)
    return list(seen.values())


def sample(titles: list[str], n: int) -> list[tuple[str, str]]:
    """[(sample, title)]: A then B, n each, by the fixed rule."""
    order = sorted(titles)
    random.Random(SEED).shuffle(order)
    return [("A", t) for t in order[:n]] + [("B", t) for t in order[n : 2 * n]]


def reading(title: str) -> tuple[str, str]:
    """(label, top group) of a title's reading, "-" for none."""
    from gapcheck.occupation.model import title_occupation

    found = title_occupation(title)
    if not found:
        return "-", "-"
    label, groups = found  # a tie goes to the first code, as gapcheck's lead does
    return label, min(groups, key=lambda g: (-groups[g], g))


def grade(group: str, right: set[str], neighbour: set[str]) -> str:
    if not right:
        return "right" if group == "-" else "wrong"
    if group == "-":
        return "none"
    if group[:3] in right:
        return "right"
    return "close" if group[:3] in neighbour else "wrong"


def load(kind: str) -> list[dict[str, str]]:
    lines = (OUT / f"{kind}.tsv").read_text(encoding="utf-8").splitlines()
    return [dict(zip(COLUMNS, ln.split("\t"), strict=True)) for ln in lines[1:]]


def _codes(cell: str) -> set[str]:
    return set(cell.split()) - {"-", ""}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--draw", action="store_true", help="write fresh unjudged tables")
    ap.add_argument("--held-out", action="store_true", help="score sample B too")
    ap.add_argument("--show", action="store_true", help="print each wrong/none item")
    args = ap.parse_args()
    if args.draw:
        OUT.mkdir(parents=True, exist_ok=True)
        for kind, titles, n in (
            ("postings", posting_titles(), N_POSTINGS),
            ("resumes", resume_titles(), N_RESUMES),
        ):
            rows = ["\t".join(COLUMNS)]
            for half, title in sample(titles, n):
                rows.append("\t".join((half, title, *reading(title), "?", "-")))
            (OUT / f"{kind}.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
        return 0
    from gapcheck.occupation.model import lexicon

    lex = lexicon()
    names = lex.names if lex else {}
    for kind in ("postings", "resumes"):
        counts: Counter[tuple[str, str]] = Counter()
        for row in load(kind):
            if row["sample"] == "B" and not args.held_out:
                continue
            label, group = reading(row["title"])
            g = grade(group, _codes(row["right"]), _codes(row["neighbour"]))
            counts[row["sample"], g] += 1
            if args.show and g in ("wrong", "none"):
                print(
                    kind,
                    row["sample"],
                    g,
                    row["title"],
                    label,
                    group,
                    names.get(group, "-"),
                    row["right"],
                    sep="\t",
                )
        for half in "AB" if args.held_out else "A":
            n = sum(counts[half, g] for g in GRADES)
            parts = ", ".join(f"{g} {counts[half, g]}" for g in GRADES)
            ok = counts[half, "right"] + counts[half, "close"]
            print(
                f"{kind} {half}: n={n}: {parts}; right {counts[half, 'right'] / n:.1%},"
                f" right or close {ok / n:.1%}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
