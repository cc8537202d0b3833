"""Draw matched terms of same-occupation development pairs for a hand audit of their
evidence (does the first snippet show the posting's skill?).

Pairs: every (resume, posting) of ``match_split.py --set dev`` whose occupation
groups agree, sorted, shuffled with ``random.Random(SEED)``; for each pair in that
order up to 2 of its matched terms (``rng.sample``) until N terms. The terms shown
apart as implied (``skills.implied``) are listed after the draw, never drawn.
Sampling only, no scoring rule: the verdicts are written by hand.

    python benchmarks/evidence_draw.py [--seed 1216] [-n 40]
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def main() -> int:
    import match_split as ms

    from gapcheck.ingest import read_document
    from gapcheck.pipeline import analyse_document
    from gapcheck.score.core import score_profiles
    from gapcheck.score.evidence import resume_profile
    from gapcheck.score.requirements import posting_profile
    from gapcheck.score.shared import resolve_taxonomy

    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=1216)
    ap.add_argument("-n", type=int, default=40)
    ap.add_argument(
        "--export", type=Path, required=True, help="match_split --export DIR"
    )
    args = ap.parse_args()
    om = ms.tool()
    resumes, postings, Y = ms.load_set(om, "dev")
    pairs = sorted(
        (r.name, p["name"])
        for i, (_, r) in enumerate(resumes)
        for j, p in enumerate(postings)
        if Y[i, j]
    )
    rng = random.Random(args.seed)
    rng.shuffle(pairs)
    tax = resolve_taxonomy(None)
    cache: dict = {}

    def profile(path: Path, kind: str):
        if path not in cache:
            a = analyse_document(read_document(path), kind)
            cache[path] = (
                resume_profile(a, tax) if kind == "resume" else posting_profile(a, tax)
            )
        return cache[path]

    drawn = 0
    implied = []
    for r, p in pairs:
        if drawn >= args.n:
            break
        post = next((args.export / "postings").glob(f"{p}.*"))
        s = score_profiles(
            profile(args.export / "resumes" / r, "resume"), profile(post, "posting")
        )
        implied += [(r, p, m) for m in getattr(s, "implied", ())]
        matched = list(s.matched)
        for m in rng.sample(matched, min(2, len(matched), args.n - drawn)):
            drawn += 1
            ev = m.evidence[0]
            print(
                f"M{drawn:02d} {r} x {p} | {m.name} ({m.match_type} {m.credit})"
                f" | {ev.how()} | {' '.join(ev.snippet.split())!r}"
            )
    print(f"\nshown apart as implied in the pairs run: {len(implied)}")
    for r, p, m in implied:
        ev = m.evidence[0]
        print(f"  {r} x {p} | {m.name} | {ev.how()} | {' '.join(ev.snippet.split())!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
