"""Draw matched skills with their evidence for a hand (or independent) audit: does the
first evidence snippet show the posting's skill, in the resume's own words?

Pairs: every same-occupation (resume, posting) pair of the sets given, pooled, sorted,
shuffled with ``random.Random(SEED)``; for each pair in that order ``gapcheck check``
(the library call behind ``gapcheck check --format json``) and up to ``--per-pair``
of its ``skills.matched`` terms (``rng.sample``), until N terms. Pairs listed in an
``--exclude`` TSV (an earlier draw) are skipped, so a re-draw is a new sample.
Sampling only, no scoring rule: the verdict and reason columns are left for the judge.

Sets:
* ``--dir D``: a match set with ``resumes/``, ``postings/`` and ``labels.tsv`` (kind,
  name, group, also, note; ``benchmarks/match_unseen.py``); same main group.
* ``--split NAME=D``: a ``match_split.py --set NAME --export D`` export (dev, fresh);
  relevance as match_split's (the posting's occupation group holds the resume's
  category); needs ``../shared/data``.

Output TSV (one row a term): id, set, resume, posting, term (the posting's wording),
canonical, importance, match_type, credit, evidence (the words that matched), section,
snippet (the first evidence's snippet with the match in ``[[ ]]``), posting_line (the
posting's line that asks the term, to judge its sense), other_evidence (how many
more), verdict (holds / weak / wrong, for the judge), reason.

    python benchmarks/evidence_audit.py --dir /work/extra/match_unseen2 \\
        --seed 1316 -n 60 -o audit.tsv
    python benchmarks/evidence_audit.py --split dev=/tmp/r9m/dev \\
        --split fresh=/tmp/r9m/fresh --dir /work/extra/match_unseen1 -n 80 -o draw.tsv

Verdicts (as the round-12 audit, `/work/notes/evidence_audit_r12.md`): **holds** the
skill, or a wording a reader accepts, is in the snippet in the posting's sense; **weak**
the words are there but thinly or in another sense; **wrong** the snippet does not
show the skill (a pronoun, a company or product name, a generic word standing for a
specific skill, another sense).
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

FIELDS = (
    "id",
    "set",
    "resume",
    "posting",
    "term",
    "canonical",
    "importance",
    "match_type",
    "credit",
    "evidence",
    "section",
    "snippet",
    "posting_line",
    "other_evidence",
    "verdict",
    "reason",
)


def dir_pairs(folder: Path) -> list[tuple[Path, Path]]:
    """Same-main-group (resume file, posting file) pairs of a labelled match set."""
    from match_unseen import read_labels

    rl, pl = read_labels(folder / "labels.tsv")
    files = {
        kind: {p.stem: p for p in sorted((folder / kind).iterdir()) if p.is_file()}
        for kind in ("resumes", "postings")
    }
    return [
        (files["resumes"][r], files["postings"][p])
        for r, rg in rl.items()
        for p, pg in pl.items()
        if rg[0] == pg[0] and r in files["resumes"] and p in files["postings"]
    ]


def split_pairs(name: str, folder: Path) -> list[tuple[Path, Path]]:
    """Relevant (resume file, posting file) pairs of a match_split export."""
    import match_split as ms

    resumes, postings, Y = ms.load_set(ms.tool(), name)
    out = []
    for i, (_, r) in enumerate(resumes):
        for j, p in enumerate(postings):
            if Y[i, j]:
                post = next((folder / "postings").glob(f"{p['name']}.*"), None)
                if post is not None:
                    out.append((folder / "resumes" / r.name, post))
    return out


def marked(text: str, start: int, end: int, snippet: str) -> str:
    """The snippet with the match in ``[[ ]]`` (the resume's own text around it)."""
    from gapcheck.score.text import line_at

    words = text[start:end]
    if end > start and line_at(text, start, end) == snippet:
        lo = text.rfind("\n", 0, start) + 1
        at = text.find(snippet, lo)
        if 0 <= at <= start and at + len(snippet) >= end:
            i = start - at
            return snippet[:i] + "[[" + words + "]]" + snippet[i + len(words) :]
    if words and words in snippet:
        return snippet.replace(words, "[[" + words + "]]", 1)
    return snippet


def posting_line(text: str, forms: list[str], name: str) -> str:
    """The first posting line that writes the term (any of its forms), shortened."""
    import re

    from gapcheck.score.text import line_at

    for form in [name, *forms]:
        words = [re.escape(w) for w in form.split()]
        if not words:
            continue
        m = re.search(r"\b" + r"\W+".join(words) + r"\b", text, re.I)
        if m:
            return line_at(text, m.start(), m.end(), 200)
    return ""


def main() -> int:
    from gapcheck.check import check
    from gapcheck.ingest import read_document
    from gapcheck.pipeline import analyse_document
    from gapcheck.score.shared import resolve_taxonomy

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--dir", type=Path, action="append", default=[])
    ap.add_argument("--split", action="append", default=[], metavar="NAME=DIR")
    ap.add_argument("--seed", type=int, default=1316)
    ap.add_argument("-n", type=int, default=80)
    ap.add_argument("--per-pair", type=int, default=2)
    ap.add_argument("--exclude", type=Path, action="append", default=[])
    ap.add_argument("-o", "--out", type=Path, required=True)
    args = ap.parse_args()

    pairs: list[tuple[str, Path, Path]] = []
    for d in args.dir:
        pairs += [(d.name, r, p) for r, p in dir_pairs(d)]
    for spec in args.split:
        name, _, folder = spec.partition("=")
        pairs += [(name, r, p) for r, p in split_pairs(name, Path(folder))]
    skip = set()
    for path in args.exclude:
        with open(path, encoding="utf-8", newline="") as f:
            skip |= {
                (r["resume"], r["posting"]) for r in csv.DictReader(f, delimiter="\t")
            }
    pairs = sorted((s, r, p) for s, r, p in pairs if (r.name, p.name) not in skip)
    rng = random.Random(args.seed)
    rng.shuffle(pairs)
    tax = resolve_taxonomy(None)
    cache: dict = {}

    def analysis(path: Path, kind: str):
        if path not in cache:
            cache[path] = analyse_document(read_document(path), kind)
        return cache[path]

    rows = []
    run = empty = 0
    for name, rpath, ppath in pairs:
        if len(rows) >= args.n:
            break
        resume, posting = analysis(rpath, "resume"), analysis(ppath, "posting")
        result = check(resume, posting, taxonomy=tax)
        run += 1
        matched = list(result.skills.matched)
        empty += not matched
        text = resume.record.document.text
        ptext = posting.record.document.text
        k = min(args.per_pair, len(matched), args.n - len(rows))
        for m in rng.sample(matched, k):
            ev = m.evidence[0]
            rows.append(
                {
                    "id": f"E{len(rows) + 1:03d}",
                    "set": name,
                    "resume": rpath.name,
                    "posting": ppath.name,
                    "term": m.name,
                    "canonical": m.canonical or "",
                    "importance": m.importance,
                    "match_type": m.match_type,
                    "credit": m.credit,
                    "evidence": ev.text,
                    "section": ev.section or "",
                    "snippet": " ".join(
                        marked(text, ev.start, ev.end, ev.snippet).split()
                    ),
                    "posting_line": " ".join(
                        posting_line(ptext, list(m.forms), m.name).split()
                    ),
                    "other_evidence": len(m.evidence) - 1,
                    "verdict": "",
                    "reason": "",
                }
            )
    with open(args.out, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, FIELDS, delimiter="\t", lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    print(
        f"{len(rows)} terms from {run} pairs ({empty} with no matched term) of "
        f"{len(pairs)} same-occupation pairs; seed {args.seed} -> {args.out}",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
