"""How the score's components rank on an occupation-match set, alone and combined
another way (round 11, issue 16): the figures behind docs/scoring.md's "Round 11:
transfer".

Reads the analyses a ``gapcheck batch --cache-dir DIR`` run stored (so no document is
read again), profiles and scores them in-process with the code as it is, and prints
posting-view / resume-view ROC-AUC (mean over usable queries, as match_unseen.py and
match_split.py) of:

* the score and each component alone;
* the score with the occupation credit scaled by other evidence factors
  (``--variants``): min(1, e / E0) for a few E0, floors, and the rule that nothing
  matched halves it, e being the larger of min(1, keyword alignment / 0.4) and the
  text-similarity component; the shipped rule is E0 = OCCUPATION_EVIDENCE; and
  (round 11) the score capped at 36.9, 30 or 21.9, or times 0.75, where the verdict's
  term evidence is under NO_EVIDENCE or no term matched;
* (``--bands``) the share of same- and different-occupation pairs whose evidence e
  is below 0.1 and 0.15, and of pairs matching no term that score 22 or 37 or more;
  and the pairs at or above ON_TARGET whose term evidence (required terms shown /
  required terms; the skills score when none is marked required) is under the verdict's
  NO_EVIDENCE, in the 22-37 band and at or above 37: since round 11 their verdict
  is keyword alignment at any score (not parse risk, weak evidence or "fine").

Usage (from the project's root; the cache of a batch over the set):
    python benchmarks/match_components.py --unseen /work/extra/match_unseen1 \
        --cache-dir CACHE --half A [--variants] [--bands]
    python benchmarks/match_components.py --split dev --export /tmp/r9m/dev \
        --cache-dir CACHE [--half A]

Only read the halves a round may read (match_unseen: half A while working).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sqlite3
import sys
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import match_split
import match_unseen


def cached(root: Path, kind: str, cache: Path) -> dict[str, Any]:
    """{file name: Analysis} of the files of root/kind+"s" found in the cache (the
    newest entry of each file's content)."""
    from gapcheck.batch.cache import with_source
    from gapcheck.records import Analysis

    conn = sqlite3.connect(cache / "analyses.sqlite3")
    out = {}
    for p in sorted((root / f"{kind}s").iterdir()):
        sha = hashlib.sha256(p.read_bytes()).hexdigest()
        row = conn.execute(
            "SELECT data FROM analyses WHERE sha256=? AND kind=? ORDER BY rowid DESC",
            (sha, kind),
        ).fetchone()
        if row is not None:
            a = Analysis.from_dict(json.loads(zlib.decompress(row[0])))
            out[p.name] = with_source(a, str(p))
    return out


def load(args: argparse.Namespace) -> tuple[list, list, np.ndarray]:
    """(resume analyses, posting analyses, Y[resume, posting]) of the chosen half."""
    keep = (lambda n: match_split.half(n) == args.half) if args.half else bool
    if args.unseen:
        root = args.unseen
        r_lab, p_lab = match_unseen.read_labels(root / "labels.tsv")
        ra, pa = (
            cached(root, "resume", args.cache_dir),
            cached(root, "posting", args.cache_dir),
        )
        rn = [n for n in ra if keep(n)]
        pn = [n for n in pa if keep(n)]
        Y = np.array(
            [[r_lab[Path(r).stem][0] == p_lab[Path(p).stem][0] for p in pn] for r in rn]
        )
        return [ra[n] for n in rn], [pa[n] for n in pn], Y
    om = match_split.tool()
    resumes, postings, Y_all = match_split.load_set(om, args.split)
    ra = cached(args.export, "resume", args.cache_dir)
    pa = cached(args.export, "posting", args.cache_dir)
    names_r = [p.name for _, p in resumes]
    names_p = [f"{p['name']}.txt" for p in postings]
    ri = [i for i, n in enumerate(names_r) if n in ra and keep(n)]
    pj = [j for j, n in enumerate(names_p) if n in pa and keep(n)]
    return (
        [ra[names_r[i]] for i in ri],
        [pa[names_p[j]] for j in pj],
        Y_all[np.ix_(ri, pj)],
    )


def aucs(Y: np.ndarray, S: np.ndarray) -> tuple[float, float]:
    """Posting view over usable postings; resume view over resumes relevant to some
    posting (match_split's convention; match_unseen's is the same on its set)."""
    om = match_split.tool()
    rel = Y.any(1)
    return (
        float(np.nanmean(match_unseen.query_aucs(om, S, Y))),
        float(np.nanmean(match_unseen.query_aucs(om, S[rel].T, Y[rel].T))),
    )


def recombine(m: Any, factor: np.ndarray) -> np.ndarray:
    """The score with the occupation credit (component and title by occupation are
    approximated by the component) times ``factor`` instead of the shipped one."""
    import gapcheck.score.components as comp

    shipped = np.where(m.evidence > 0, m.evidence, 1.0)
    occ = np.where(m.evidence > 0, m.components["occupation"] / shipped, 0.0) * factor
    kw = comp.keyword_alignment(
        m.weights["skills"][None, :], m.components["skills"],
        m.weights["requirements"][None, :], m.components["requirements"],
    )  # fmt: skip
    gate = np.maximum(np.minimum(1.0, kw / comp.FULL_RELEVANCE), occ)
    old_gate = np.where(m.gate > 0, m.gate, 1.0)
    S = np.zeros_like(m.scores)
    for name in comp.COMPONENTS:
        c = m.components[name]
        if name == "occupation":
            c = occ
        elif name in comp.GATED:
            c = np.where(m.gate > 0, c / old_gate, 0.0) * gate
        S += 100.0 * m.weights[name][None, :] * np.clip(c, 0.0, 1.0)
    return S


def coverage(P: list, m: Any, kw: np.ndarray) -> np.ndarray:
    """The verdict's term evidence of each pair (advise/verdict.py): required terms
    shown / required terms of the posting; the skills score when it marks none
    required; keyword alignment when it has no term (terms found in ``m.terms`` by
    name)."""
    from gapcheck.score import resolve_taxonomy
    from gapcheck.score.requirements import posting_profile

    tax = resolve_taxonomy(None)
    out = np.array(kw, float)
    for j, a in enumerate(P):
        cols: dict[str, int] = {}
        for name, _, col in m.terms[j]:
            cols.setdefault(name, col)
        terms = posting_profile(a, tax).terms
        req = [t.name for t in terms if t.importance == "required"]
        if req:
            shown = sum(m.credits[:, cols[n]] > 0 for n in req)
            out[:, j] = shown / len(req)
        elif terms:
            out[:, j] = m.components["skills"][:, j]
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--unseen", type=Path, help="a match_unseen set (labels.tsv)")
    ap.add_argument("--split", choices=("dev", "fresh"), help="a match_split set")
    ap.add_argument("--export", type=Path, help="where match_split exported it")
    ap.add_argument("--cache-dir", type=Path, required=True)
    ap.add_argument("--half", choices=("A", "B"))
    ap.add_argument("--variants", action="store_true")
    ap.add_argument("--bands", action="store_true")
    args = ap.parse_args()
    import gapcheck.score.components as comp
    from gapcheck.score import resolve_taxonomy
    from gapcheck.score.evidence import resume_profile
    from gapcheck.score.matrix import score_profiles_matrix
    from gapcheck.score.requirements import posting_profile

    R, P, Y = load(args)
    tax = resolve_taxonomy(None)
    m = score_profiles_matrix(
        [resume_profile(a, tax) for a in R], [posting_profile(a, tax) for a in P]
    )
    print(f"{len(R)} resumes x {len(P)} postings; posting / resume AUC")
    print("score            {:.3f} / {:.3f}".format(*aucs(Y, m.scores)))
    for name in comp.COMPONENTS:
        print(f"  {name:16}", "{:.3f} / {:.3f}".format(*aucs(Y, m.components[name])))
    kw = comp.keyword_alignment(
        m.weights["skills"][None, :], m.components["skills"],
        m.weights["requirements"][None, :], m.components["requirements"],
    )  # fmt: skip
    e = np.maximum(
        np.minimum(1.0, kw / comp.FULL_RELEVANCE), m.components["text_similarity"]
    )
    if args.variants:
        variants: dict[str, Callable[[], np.ndarray]] = {
            "no factor (main)": lambda: np.ones_like(e),
            "nothing matched: x0.5": lambda: np.where(m.matched > 0, 1.0, 0.5),
            "e (E0 = 1)": lambda: e,
            "0.5 + 0.5 e": lambda: 0.5 + 0.5 * e,
        }
        for e0 in (0.05, 0.1, 0.15, 0.2, 0.3):
            variants[f"min(1, e / {e0})"] = lambda e0=e0: np.minimum(1.0, e / e0)
        for name, f in variants.items():
            a = aucs(Y, recombine(m, f()))
            print(f"  occupation x {name:24} {a[0]:.3f} / {a[1]:.3f}")
        # round 11, scores with no evidence: the score capped or scaled where the
        # verdict's term evidence is under NO_EVIDENCE (or nothing matched)
        from gapcheck.advise.verdict import NO_EVIDENCE

        no_ev = coverage(P, m, kw) < NO_EVIDENCE
        nothing = m.matched == 0
        for what, sel in (("no term evidence", no_ev), ("nothing matched", nothing)):
            for cap in (36.9, 30.0, 21.9):
                S = np.where(sel, np.minimum(m.scores, cap), m.scores)
                print(
                    f"  {what}: score capped at {cap:g}",
                    "{:.3f} / {:.3f}".format(*aucs(Y, S)),
                )
            S = np.where(sel, 0.75 * m.scores, m.scores)
            print(f"  {what}: score x0.75", "{:.3f} / {:.3f}".format(*aucs(Y, S)))
    if args.bands:
        Yb = Y.astype(bool)
        cov = coverage(P, m, kw)
        from gapcheck.advise.verdict import NO_EVIDENCE, OFF_TARGET, ON_TARGET

        low = (m.scores >= OFF_TARGET) & (m.scores < ON_TARGET)
        top = m.scores >= ON_TARGET
        none = cov < NO_EVIDENCE
        for lab, sel in (("same", Yb), ("different", ~Yb)):
            print(
                f"{lab}: {OFF_TARGET:g}-{ON_TARGET:g} {int((sel & low).sum())},"
                f" of them term ev. < {NO_EVIDENCE:g} {int((sel & low & none).sum())};"
                f" at or above {ON_TARGET:g} {int((sel & top).sum())}, of them"
                f" term ev. < {NO_EVIDENCE:g} {int((sel & top & none).sum())}"
            )
        for lab, sel in (("same", Yb), ("different", ~Yb)):
            nm = sel & (m.matched == 0)
            low, lower = np.mean(e[sel] < 0.1), np.mean(e[sel] < 0.15)
            print(
                f"{lab}: {int(sel.sum())} pairs, evidence < 0.1 {low:.3f},"
                f" < 0.15 {lower:.3f}; nothing matched {int(nm.sum())},"
                f" of them >= 22: {int((nm & (m.scores >= 22)).sum())},"
                f" >= 37: {int((nm & (m.scores >= 37)).sum())}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
