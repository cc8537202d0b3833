"""The score's levers on an occupation-match set (round 12, issue 16): how far each
rule the round tested moves the posting-view and resume-view AUC, so a lever that
does nothing is seen to do nothing on every set (docs/scoring.md, "Round 12").

Reads the analyses a ``gapcheck batch --cache-dir DIR`` run stored (as
``match_components.py``), scores them in-process and prints posting / resume AUC of
the shipped score and of the score with one lever moved:

* **term weights** of the skills component (``comp.skill_weight``): specificity
  squared, soft terms left out, required terms only in full, a credit counted as 1
  wherever the term is shown (experience and skills list alike);
* **combination**: the occupation, skills, title or text-similarity weight times
  0.5 / 1.5 / 2 (the rest as shipped; the effective weights no longer sum to 1,
  which does not change a ranking's order within a view more than the move does);
* **title by occupation** off (``OCCUPATION_TITLE_CREDIT`` 0) and **title words in
  the BM25 query** 1x / 6x (``TITLE_QUERY``), rescored;
* **batch centring** (not a score rule: it needs the batch): each pair's score minus
  ``a`` times the resume's mean score over the batch's postings, ``a`` 0.25 / 0.5 /
  0.75. It tells how much of the posting view's error is a resume scoring high on
  every posting of a family (hub resumes);
* **reference centring** (``--reference DIR --reference-cache CACHE``, a folder with
  ``postings/`` whose analyses are in CACHE, e.g. another set's export): the same
  with the resume's mean score over those fixed postings, which a single ``check``
  could compute too (so it would be a score rule, if the reference were shipped);
  and the occupation similarity alone centred on its mean over those postings (only
  their occupation distributions would need shipping).

Usage (from the project's root; the cache of a batch over the set):
    python benchmarks/score_levers.py --unseen /work/extra/match_unseen1 \
        --cache-dir CACHE --half A
    python benchmarks/score_levers.py --split dev --export /tmp/r9m/dev \
        --cache-dir CACHE [--reference /tmp/r9m/fresh --reference-cache CACHE2]

Only read the halves a round may read (match_unseen: half A while working).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import match_components as mc


def skills_with(m: Any, pps: list, weight: Callable[[Any], float], binary: bool) -> Any:
    """The skills component with another term weight (and credit 0/1 if binary)."""
    cols: dict[tuple, int] = {}
    for pp in pps:
        for t in pp.terms:
            cols.setdefault(t.signature, len(cols))
    out = np.zeros_like(m.scores)
    for j, pp in enumerate(pps):
        total = 0.0
        for t in pp.terms:
            w = weight(t)
            credit = m.credits[:, cols[t.signature]]
            out[:, j] += w * ((credit > 0).astype(float) if binary else credit)
            total += w
        if total > 0:
            out[:, j] /= total
    return out


def with_component(m: Any, name: str, values: Any, factor: float = 1.0) -> Any:
    """The score with component ``name`` replaced by ``values`` at ``factor`` x its
    effective weight."""
    w = 100.0 * m.weights[name][None, :]
    return m.scores - w * m.components[name] + factor * w * values


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--unseen", type=Path, help="a match_unseen set (labels.tsv)")
    ap.add_argument("--split", choices=("dev", "fresh"), help="a match_split set")
    ap.add_argument("--export", type=Path, help="where match_split exported it")
    ap.add_argument("--cache-dir", type=Path, required=True)
    ap.add_argument("--half", choices=("A", "B"))
    ap.add_argument("--reference", type=Path, help="a folder with postings/")
    ap.add_argument("--reference-cache", type=Path)
    args = ap.parse_args()
    import gapcheck.score.components as comp
    import gapcheck.score.title as title
    from gapcheck.score import resolve_taxonomy
    from gapcheck.score.evidence import resume_profile
    from gapcheck.score.matrix import occupation_matrix, score_profiles_matrix
    from gapcheck.score.requirements import posting_profile

    R, P, Y = mc.load(args)
    tax = resolve_taxonomy(None)
    rps = [resume_profile(a, tax) for a in R]
    pps = [posting_profile(a, tax) for a in P]
    m = score_profiles_matrix(rps, pps)

    def show(label: str, S: Any) -> None:
        print(f"  {label:44} {'{:.3f} / {:.3f}'.format(*mc.aucs(Y, S))}")

    print(f"{len(R)} resumes x {len(P)} postings; posting / resume AUC")
    show("shipped score", m.scores)
    spec, skill = comp.term_specificity, comp.skill_weight
    terms: dict[str, tuple[Callable[[Any], float], bool]] = {
        "specificity squared": (lambda t: t.weight * spec(t.forms) ** 2, False),
        "soft terms left out": (lambda t: 0.0 if t.soft else skill(t), False),
        "required only in full (others x0.3)": (
            lambda t: skill(t) * (1.0 if t.importance == "required" else 0.3),
            False,
        ),
        "credit 1 wherever shown": (skill, True),
    }
    print("term weights (skills component alone, then in the score):")
    for label, (weight, binary) in terms.items():
        values = skills_with(m, pps, weight, binary)
        a = mc.aucs(Y, values)
        alone = f"{label} (alone {a[0]:.3f} / {a[1]:.3f})"
        show(alone, with_component(m, "skills", values))
    print("combination (one component's weight times f):")
    for name in ("occupation", "skills", "title", "text_similarity"):
        for f in (0.5, 1.5, 2.0):
            show(f"{name} x{f:g}", with_component(m, name, m.components[name], f))
    print("rescored with a constant moved:")
    for const, value in (
        ("OCCUPATION_TITLE_CREDIT", 0.0),
        ("TITLE_QUERY", 1.0),
        ("TITLE_QUERY", 6.0),
    ):
        home = title if hasattr(title, const) else comp  # where the rule reads it
        old = getattr(home, const)
        setattr(home, const, value)
        try:
            show(f"{const} = {value:g}", score_profiles_matrix(rps, pps).scores)
        finally:
            setattr(home, const, old)
    print("batch centring (not a score rule):")
    for a in (0.25, 0.5, 0.75):
        batch = m.scores.mean(1, keepdims=True)
        show(f"score - {a:g} x resume's batch mean", m.scores - a * batch)
    if args.reference:
        cache = args.reference_cache or args.cache_dir
        ref = mc.cached(args.reference, "posting", cache)
        refs = [posting_profile(a, tax) for a in ref.values()]
        mean = score_profiles_matrix(rps, refs).scores.mean(1, keepdims=True)
        print(f"reference centring ({len(refs)} postings of {args.reference}):")
        for a in (0.25, 0.5, 0.75):
            show(f"score - {a:g} x resume's reference mean", m.scores - a * mean)
        # the occupation similarity alone (no evidence factor): what a shipped
        # artifact of reference occupation distributions could give
        occ = occupation_matrix(rps, refs).mean(1, keepdims=True)
        w = 100.0 * m.weights["occupation"][None, :]
        for a in (0.5, 1.0):
            label = f"score - {a:g} x occ. weight x ref. occ. mean"
            show(label, m.scores - a * w * occ)
    return 0


if __name__ == "__main__":
    sys.exit(main())
