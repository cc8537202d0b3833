"""Where a set's missed gold essentials sit in the posting, as the reader sees it.

    .venv/bin/python training/postings/miss_breakdown.py --set fresh8 [--set S] [--show]

For each gold essential no extracted term matches (the rule of ``score_terms.py``),
the line of the posting text that holds most of its content words (at least half, the
same rule as a term's match) is found and classed by what the parser made of it:

* ``req-line`` / ``duty-line``: inside a requirement line (``Posting.requirements``) of
  kind other than "duty" / of kind "duty", split by its form: ``short`` (one clause, up
  to 120 characters: a bullet or a criterion) or ``prose`` (longer, or several
  sentences);
* ``other-line``: on no requirement line, split the same way, with its section;
* ``title``: in the title only;
* ``not-in-text``: no line holds half its words (said otherwise, implied, or in an
  attached person specification).

For misses on a requirement, it also counts whether that requirement (a sentence or a
bullet, as the parser cut it) yields some extracted term (a term's name written in it)
or none.

Counts by class (and by section for ``other-line``) are printed; ``--show`` lists each
miss with its line.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import score_terms as st


def _lines(text: str):
    pos = 0
    for ln in text.split("\n"):
        yield pos, pos + len(ln), ln
        pos += len(ln) + 1


def best_line(gold: str, text: str) -> tuple[int, int, str] | None:
    best, score = None, 0.0
    for alt in gold.split("|"):
        need = st.content(alt)
        if not need:
            continue
        for s, e, ln in _lines(text):
            got = len(need & st.words(ln)) / len(need)
            if got >= 0.5 and got > score:
                best, score = (s, e, ln), got
    return best


def form(line: str) -> str:
    sentences = [x for x in re.split(r"(?<=[.!?])\s+", line.strip()) if x]
    return "short" if len(line) <= 120 and len(sentences) <= 1 else "prose"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--set", dest="sets", action="append", required=True)
    ap.add_argument("--data", default="../shared/data")
    ap.add_argument("--show", action="store_true")
    args = ap.parse_args(argv)
    from gapcheck.pipeline import analyse_file

    counts: Counter[str] = Counter()
    sections: Counter[str] = Counter()
    empty: Counter[str] = Counter()
    total = 0
    for which in args.sets:
        suffix = st.SETS[which]
        rows = st.read_tsv(f"postings{suffix}.tsv")
        gold: dict[str, list[str]] = defaultdict(list)
        for g in st.read_tsv(f"gold{suffix}.tsv"):
            gold[g["posting"]].append(g["essential"])
        with tempfile.TemporaryDirectory() as tmp:
            for row, path in st.posting_files(Path(args.data), rows, "txt", Path(tmp)):
                pid = row["posting"]
                terms = st.extracted(path)
                missed = [
                    g
                    for g in gold[pid]
                    if not any(st.matches(g, ws) for _, ws in terms)
                ]
                if not missed:
                    continue
                posting = analyse_file(path, "posting").record
                text = posting.document.text
                title_end = text.find("\n")
                for g in missed:
                    total += 1
                    hit = best_line(g, text)
                    if hit is None:
                        cls, where = "not-in-text", ""
                    else:
                        s, e, ln = hit
                        reqs = [
                            r for r in posting.requirements if r.start < e and r.end > s
                        ]
                        sec = next(
                            (x.name for x in posting.sections if x.start <= s < x.end),
                            "-",
                        )
                        names = [n.lower() for n, _ in terms]
                        need = set().union(*(st.content(a) for a in g.split("|")))
                        reqs.sort(
                            key=lambda r: -len(need & st.words(text[r.start : r.end]))
                        )
                        tag = ""
                        if reqs:
                            rtext = text[reqs[0].start : reqs[0].end].lower()
                            yields = any(n and n in rtext for n in names)
                            empty[("yields" if yields else "empty")] += 1
                            tag = "" if yields else "EMPTY "
                        if s < max(title_end, 1) and not reqs:
                            cls = "title"
                        elif reqs:
                            kind = "duty-line" if reqs[0].kind == "duty" else "req-line"
                            cls = f"{kind}/{form(ln)}"
                        else:
                            cls = f"other-line/{form(ln)}"
                            sections[str(sec)] += 1
                        where = f"{tag}[{sec}] {ln.strip()[:160]}"
                    counts[cls] += 1
                    if args.show:
                        print(f"{which} {pid} {cls:22} {g!r}\n      {where}")
    print(f"missed essentials: {total}")
    for cls, n in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"  {cls:24} {n:4}  {n / total:.0%}")
    print("other-line by section:", dict(sections.most_common()))
    print("requirement holding the miss yields some term / none:", dict(empty))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
