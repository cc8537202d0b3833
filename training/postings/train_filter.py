"""Train the learned posting-term filter and write models/posting_filter.json.

    .venv/bin/python training/postings/train_filter.py [--data ../shared/data]
        [--cache /tmp/posting_filter_items.json] [--out models/posting_filter]

Items: every mention the rules of ``gapcheck.extract.posting_terms`` keep (the learned
filter off) in the judged NHS and shared postings, labelled with the hand judgement of
the term it makes (``models/posting_judgements/judgements*.tsv``: 1 asked of the
candidate, 0 not); a term not judged is left out. Postings are read as
``score_terms.py --as txt`` reads them.

Round 9: every judged set was read for error analysis, so none is a test set any more
(the next unseen set, fresh5, is another's). The shipped model is trained on all six
sets:

* ``C`` by 5-fold cross-validation grouped by posting (ROC AUC of the terms, a term
  scored by its best mention);
* **threshold** on the out-of-fold predictions of that cross-validation (validation
  data, never the fitted items): the highest that still keeps at least
  :data:`KEEP_REAL` of the real terms.

``--loso DIR`` also measures the recipe honestly on each set: for every set, the same
recipe (C and threshold included) run on the other five, its weights written to
``DIR/<set>.json`` and scored on the set left out; ``score_terms.py --set S --filter
DIR/S.json`` gives that model's precision and essential recall on S.

The weights are JSON (named features -> weights, threshold); the sidecar
``.meta.json`` holds versions, data files and their sha256, and the scores.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import platform
import sys
import tempfile
from collections import Counter, defaultdict
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(Path(__file__).resolve().parent))

from score_terms import (  # noqa: E402
    HERE,
    SETS,
    key,
    matches,
    posting_files,
    read_tsv,
    words,
)

TRAIN = ("dev", "heldout", "fresh", "fresh2", "fresh3", "fresh4")
#: share of the validation predictions' real terms the threshold must keep
KEEP_REAL = 0.95
#: ... and of the real terms that name one of the posting's gold essentials (losing
#: one costs essential recall, the figure this filter must not lower)
KEEP_ESSENTIAL = 0.98
#: the weight of such a term's mentions in the fit (others weigh 1)
ESSENTIAL_WEIGHT = 3.0
C_GRID = (0.03, 0.1, 0.3, 1.0)


def items(data: Path, which: str) -> list[dict]:
    """One item per kept mention: set, posting, term, label (or None), features."""
    from gapcheck.extract.posting_filter import (
        TERM_WORDS,
        features,
        rules_only,
        term_key,
    )
    from gapcheck.extract.posting_senses import clean, document_field
    from gapcheck.extract.posting_terms import asked_mentions
    from gapcheck.parse.posting import asking_text
    from gapcheck.pipeline import analyse_file
    from gapcheck.records import Posting
    from gapcheck.score import resolve_taxonomy
    from gapcheck.score.requirements import posting_profile
    from gapcheck.score.text import norm

    taxonomy = resolve_taxonomy()
    suffix = SETS[which]
    rows = read_tsv(f"postings{suffix}.tsv")
    judged = {
        (j["posting"], key(j["term"])): int(j["ok"])
        for j in read_tsv(f"judgements{suffix}.tsv")
    }
    gold: dict[str, list[str]] = defaultdict(list)
    for g in read_tsv(f"gold{suffix}.tsv"):
        gold[g["posting"]].append(g["essential"])
    out = []
    with tempfile.TemporaryDirectory() as tmp, rules_only():
        for row, path in posting_files(data, rows, "txt", Path(tmp)):
            pid = row["posting"]
            analysis = analyse_file(path, "posting")
            posting = analysis.record
            assert isinstance(posting, Posting)
            profile = posting_profile(analysis, taxonomy)
            names = {t.key: t.name for t in profile.terms}
            essential = {}
            for t in profile.terms:  # the term's words as score_terms.py reads them
                ws = words(t.name) | words(t.canonical or "")
                for form in (*t.forms, *t.alias_forms):
                    ws |= words(form)
                essential[t.name] = any(matches(g, ws) for g in gold[pid])
            asked = asked_mentions(analysis.mentions, posting, taxonomy)
            field = document_field(asking_text(posting.sections, posting.document.text))
            repeats = Counter(term_key(m) for m in asked)
            for m in asked:
                name = names.get((m.canonical or "").lower() or norm(m.text))
                if name is None:
                    continue  # the profile drops it (a degree, "5 years", ...)
                if not m.canonical and len(clean(m.text).split()) > TERM_WORDS:
                    continue  # a described ability: the filter leaves it alone
                feats = features(m, posting, taxonomy, repeats[term_key(m)], field)
                out.append(
                    {
                        "set": which,
                        "group": row["group"],
                        "posting": pid,
                        "term": name,
                        "label": judged.get((pid, key(name))),
                        "essential": essential.get(name, False),
                        "features": feats,
                    }
                )
    return out


def term_scores(model, rows: list[dict]) -> dict[tuple[str, str], tuple]:
    """``(posting, term) -> (max probability over its mentions, label, names a gold
    essential)``."""
    probs = model.predict_proba([r["features"] for r in rows])[:, 1]
    out: dict[tuple[str, str], tuple] = {}
    for r, p in zip(rows, probs, strict=True):
        k = (r["posting"], key(r["term"]))
        prev = out.get(k, (0.0,))
        out[k] = (
            max(prev[0], float(p)),
            r["label"],
            bool(r["label"] and r["essential"]),
        )
    return out


def weight(r: dict) -> float:
    return ESSENTIAL_WEIGHT if r["label"] and r["essential"] else 1.0


def at_threshold(scores: dict, threshold: float) -> dict[str, float]:
    kept = [lab for p, lab, _ in scores.values() if p >= threshold]
    real = sum(lab for _, lab, _ in scores.values())
    ess = [p >= threshold for p, _, e in scores.values() if e]
    return {
        "terms": len(scores),
        "kept": len(kept),
        "precision_before": round(real / max(1, len(scores)), 3),
        "precision_after": round(sum(kept) / max(1, len(kept)), 3),
        "real_kept": round(sum(kept) / max(1, real), 3),
        "essential_kept": round(sum(ess) / max(1, len(ess)), 3),
    }


def auc(scores: dict) -> float:
    from sklearn.metrics import roc_auc_score

    labels = [v[1] for v in scores.values()]
    return round(float(roc_auc_score(labels, [v[0] for v in scores.values()])), 3)


def out_of_fold(rows: list[dict], C: float, folds: int = 5) -> dict:
    """Term scores of ``rows``, each predicted by a model fitted without its posting
    (folds grouped by posting)."""
    from gapcheck.extract.posting_filter_model import PostingTermFilter

    postings = sorted({r["posting"] for r in rows})
    fold_of = {
        p: int(hashlib.sha256(p.encode()).hexdigest(), 16) % folds for p in postings
    }
    merged: dict = {}
    for k in range(folds):
        train = [r for r in rows if fold_of[r["posting"]] != k]
        test = [r for r in rows if fold_of[r["posting"]] == k]
        model = PostingTermFilter(C=C).fit(
            [r["features"] for r in train],
            [r["label"] for r in train],
            [weight(r) for r in train],
        )
        merged.update(term_scores(model, test))
    return merged


def choose_threshold(scores: dict) -> float:
    """The highest threshold keeping at least :data:`KEEP_REAL` of the real terms and
    :data:`KEEP_ESSENTIAL` of those naming a gold essential."""
    real = sum(lab for _, lab, _ in scores.values())
    ess = sum(e for _, _, e in scores.values())
    threshold = 0.0
    for t in [i / 100 for i in range(0, 100)]:
        kept_real = sum(lab for p, lab, _ in scores.values() if p >= t)
        kept_ess = sum(e for p, _, e in scores.values() if p >= t)
        if kept_real >= KEEP_REAL * real and kept_ess >= KEEP_ESSENTIAL * ess:
            threshold = t
    return threshold


def fit(rows: list[dict]) -> tuple[object, dict]:
    """The recipe on ``rows``: C by grouped CV, the threshold on the out-of-fold
    predictions, then the model fitted on all of them."""
    from gapcheck.extract.posting_filter_model import PostingTermFilter

    oof = {C: out_of_fold(rows, C) for C in C_GRID}
    cv = {C: auc(oof[C]) for C in C_GRID}
    best_c = max(C_GRID, key=lambda c: (cv[c], -c))
    threshold = choose_threshold(oof[best_c])
    model = PostingTermFilter(C=best_c, threshold=threshold).fit(
        [r["features"] for r in rows],
        [r["label"] for r in rows],
        [weight(r) for r in rows],
    )
    model.threshold = threshold
    report = {
        "cv_auc_by_C": cv,
        "C": best_c,
        "out_of_fold": {"auc": cv[best_c], **at_threshold(oof[best_c], threshold)},
    }
    return model, report


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def main(argv: list[str] | None = None) -> int:
    import sklearn

    from gapcheck import __version__

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", default="../shared/data")
    ap.add_argument("--cache", help="items JSON: read if present, else written")
    ap.add_argument("--out", default=str(ROOT / "models" / "posting_filter"))
    ap.add_argument(
        "--loso",
        help="also run the recipe once per set without it, writing DIR/<set>.json",
    )
    args = ap.parse_args(argv)
    cache = Path(args.cache) if args.cache else None
    if cache and cache.exists():
        every = json.loads(cache.read_text(encoding="utf-8"))
    else:
        every = [it for which in TRAIN for it in items(Path(args.data), which)]
        if cache:
            cache.write_text(json.dumps(every), encoding="utf-8")
    by_set: dict[str, list[dict]] = defaultdict(list)
    for it in every:
        if it["label"] is not None:
            by_set[it["set"]].append(it)
    model, report = fit([r for s in TRAIN for r in by_set[s]])
    scores: dict = {"all_sets": report}
    if args.loso:
        loso_dir = Path(args.loso)
        loso_dir.mkdir(parents=True, exist_ok=True)
        scores["leave_one_set_out"] = {}
        for held in TRAIN:
            fold, rep = fit([r for s in TRAIN if s != held for r in by_set[s]])
            test = term_scores(fold, by_set[held])
            threshold = fold.threshold  # type: ignore[attr-defined]
            scores["leave_one_set_out"][held] = {
                "C": rep["C"],
                "threshold": threshold,
                "auc": auc(test),
                **at_threshold(test, threshold),
            }
            (loso_dir / f"{held}.json").write_text(
                json.dumps(fold.to_dict(), indent=1) + "\n",  # type: ignore[attr-defined]
                encoding="utf-8",
            )
    print(json.dumps(scores, indent=1))
    out = Path(args.out)
    out.with_suffix(".json").write_text(
        json.dumps(model.to_dict(), indent=1) + "\n", encoding="utf-8"
    )
    files = [
        f"{kind}{SETS[s]}.tsv" for s in TRAIN for kind in ("postings", "judgements")
    ]
    meta = {
        "name": "posting_filter",
        "description": "is a posting term asked of the candidate: logistic regression "
        "over named features of the term and its sentence "
        "(gapcheck.extract.posting_filter.features)",
        "created": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "versions": {
            "gapcheck": __version__,
            "scikit-learn": sklearn.__version__,
            "python": platform.python_version(),
        },
        "data": {
            "source": "hand judgements of the terms gapcheck extracts from NHS Jobs "
            "postings (../shared/data/postings/nhs_jobs_2020-11_dev.jsonl.gz, ids "
            "only) and the shared postings; models/posting_judgements/README.md",
            "train": list(TRAIN),
            "threshold_from": "out-of-fold predictions of the grouped cross-validation",
            "test": "none here: every judged set was read in round 9 (the next unseen "
            "set, fresh5, is scored by score_terms.py)",
            "items": {s: len(by_set[s]) for s in TRAIN},
            "sha256": {f: sha256(HERE / f) for f in files if (HERE / f).exists()},
        },
        "params": {
            **model.get_params(),
            "keep_real": KEEP_REAL,
            "keep_essential": KEEP_ESSENTIAL,
            "essential_weight": ESSENTIAL_WEIGHT,
            "C_grid": C_GRID,
        },
        "scores": scores,
        "recipe": "python training/postings/train_filter.py --loso DIR",
    }
    out.with_suffix(".meta.json").write_text(
        json.dumps(meta, indent=1) + "\n", encoding="utf-8"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
