"""Hand-judged occupations of real titles: draw them, and re-score gapcheck on them.

Drawn (``--draw``) from ../shared/data by a fixed rule, so the lists can be rebuilt:

* postings: the distinct titles of ``postings/nhs_jobs_2020-11_dev.jsonl.gz`` (HTML
  unescaped, spaces collapsed), ordered by sha1 of the title; the first 120; in that
  order, even places are half A (rules were written by reading them), odd places half
  B (held out). The occupation is read as ``gapcheck check`` reads a posting's: its
  title at weight 1 and its text (title + description).
* resumes: the livecareer PDFs ordered by sha1 of "CATEGORY/file"; the first 60;
  even places A, odd B. Read as ``score.evidence.resume_occupation`` does: headline
  (or a known opening title) at 1.0, the first three role titles at 0.8, 0.6, 0.5, and
  the text.

``models/occupation_judged.tsv`` holds each item's key (title, or CATEGORY/file), its
half and the ISCO-08 unit groups a person judged right for it (by hand, from the title
and, for resumes, the headline and roles; "-" when no occupation can be told). Scoring
grades gapcheck's first guess ("reads as"): right (a judged unit group), close (same
minor group, three digits), wrong, or none (nothing read).

    python training/occupation/judged.py            # score, per kind and half
    python training/occupation/judged.py --show     # and each half-A item's reading

A first guess that is not ``sure`` is graded "none" (a user is shown no occupation);
the counts after "none:" say what those unsure guesses would have been.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import html
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT.parent / "shared" / "data"
JUDGED = ROOT / "models" / "occupation_judged.tsv"
N_POSTINGS, N_RESUMES = 120, 60


def _sha(text: str) -> str:
    return hashlib.sha1(text.encode()).hexdigest()


def _html_text(raw: str) -> str:
    text = html.unescape(html.unescape(raw or ""))
    text = re.sub(r"<[^>]+>", "\n", text)
    return re.sub(r"[ \t]+", " ", text)


def postings(data: Path = DATA) -> dict[str, str]:
    """title -> text of the first posting of each distinct title."""
    out: dict[str, str] = {}
    path = data / "postings" / "nhs_jobs_2020-11_dev.jsonl.gz"
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            title = " ".join(html.unescape(html.unescape(r["title"])).split())
            if title and title not in out:
                out[title] = f"{title}\n\n{_html_text(r.get('description', ''))}"
    return out


def draw(data: Path = DATA) -> list[tuple[str, str, str]]:
    """[(kind, key, half)] by the rule above."""
    titles = sorted(postings(data), key=_sha)[:N_POSTINGS]
    root = data / "resumes" / "livecareer"
    files = sorted(
        (f"{p.parent.name}/{p.name}" for p in root.glob("*/*.pdf")), key=_sha
    )[:N_RESUMES]
    return [
        *(("posting", t, "AB"[k % 2]) for k, t in enumerate(titles)),
        *(("resume", f, "AB"[k % 2]) for k, f in enumerate(files)),
    ]


def read(kind: str, key: str, texts: dict[str, str], data: Path = DATA):
    """(shown title or headline, Occupation) gapcheck reads for an item."""
    from gapcheck.occupation import distribution, opening_title

    if kind == "posting":
        return key, distribution([(key, 1.0)], texts[key])[1]
    from gapcheck.parse import parse_file

    resume = parse_file(str(data / "resumes" / "livecareer" / key), "resume")
    titles: list[tuple[str | None, float]] = []
    headline = resume.headline or opening_title(resume.document.text)
    if headline:
        titles.append((headline, 1.0))
    for role, w in zip(resume.roles, (0.8, 0.6, 0.5), strict=False):
        titles.append((role.title, w))
    shown = " | ".join(t or "" for t, _ in titles)
    return shown, distribution(titles, resume.document.text)[1]


def grade(judged: set[str], occupation, *, shown: bool = True) -> str:
    """right, close, wrong, or none; ``shown``: grade what a user is shown, where a
    first guess that is not sure is no occupation."""
    if not occupation.guesses or (shown and not occupation.sure):
        return "none"
    code = occupation.guesses[0].code
    if code in judged:
        return "right"
    if any(code[:3] == j[:3] for j in judged):
        return "close"
    return "wrong"


def load() -> list[tuple[str, str, str, set[str]]]:
    rows = []
    for line in JUDGED.read_text(encoding="utf-8").splitlines()[1:]:
        kind, half, key, codes = line.split("\t")[:4]
        rows.append((kind, key, half, set(codes.split()) - {"-"}))
    return rows


def _first(occupation) -> tuple[str, str, str]:
    """(code, name, title label) of the first guess, as "reads as" shows it."""
    g = occupation.guesses[0] if occupation.guesses else None
    return (g.code if g else "-", g.name if g else "-", str(occupation.label))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--draw", action="store_true", help="print the drawn items")
    ap.add_argument(
        "--show", action="store_true", help="print each half-A item's reading"
    )
    ap.add_argument(
        "--held-out", action="store_true", help="with --show, half B's items too"
    )
    args = ap.parse_args()
    if args.draw:
        texts = postings()
        for kind, key, half in draw():
            shown, occ = read(kind, key, texts)
            print(kind, half, key, *_first(occ), shown, sep="\t")
        return 0
    texts = postings()
    counts: Counter[tuple[str, str, str]] = Counter()
    for kind, key, half, judged in load():
        if not judged:
            continue
        shown, occ = read(kind, key, texts)
        g = grade(judged, occ)
        counts[kind, half, g] += 1
        raw = grade(judged, occ, shown=False)
        counts[kind, half, "unsure " + raw] += g == "none" and raw != "none"
        if args.show and (half == "A" or args.held_out):
            print(kind, half, g, raw, key, *_first(occ), sep="\t")
    for kind in ("posting", "resume"):
        for half in "AB":
            n = sum(counts[kind, half, g] for g in ("right", "close", "wrong", "none"))
            parts = ", ".join(
                f"{g} {counts[kind, half, g]}"
                for g in ("right", "close", "wrong", "none")
            )
            unsure = ", ".join(
                f"{g} {counts[kind, half, 'unsure ' + g]}"
                for g in ("right", "close", "wrong")
            )
            print(f"{kind} {half}: n={n}: {parts} (none: unsure {unsure})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
