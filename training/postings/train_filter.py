"""Train the learned posting-term filter and write models/posting_filter.json.

    .venv/bin/python training/postings/train_filter.py [--data ../shared/data]
        [--cache /tmp/posting_filter_items.json] [--out models/posting_filter]

Items: every mention the rules of ``gapcheck.extract.posting_terms`` keep (the learned
filter off) in the judged NHS and shared postings, labelled with the hand judgement of
the term it makes (``models/posting_judgements/judgements*.tsv``: 1 asked of the
candidate, 0 not); a term not judged is left out. Postings are read as
``score_terms.py --as txt`` reads them.

* **train**: dev, heldout, fresh, fresh2 (the sets rules were written on);
  ``C`` chosen by 5-fold cross-validation grouped by posting (ROC AUC of the terms).
* **validation**: fresh3, only to choose the threshold: the highest threshold that
  still keeps at least :data:`KEEP_REAL` of fresh3's real terms (a term stays when
  one of its mentions does).
* **test**: fresh4, scored once after the choice, written to the sidecar; never used
  to choose anything.

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

from score_terms import HERE, SETS, key, posting_files, read_tsv  # noqa: E402

TRAIN = ("dev", "heldout", "fresh", "fresh2")
VALIDATION = "fresh3"
TEST = "fresh4"
#: share of the validation set's real terms the threshold must keep
KEEP_REAL = 0.95
C_GRID = (0.03, 0.1, 0.3, 1.0)


def items(data: Path, which: str) -> list[dict]:
    """One item per kept mention: set, posting, term, label (or None), features."""
    from gapcheck.extract.posting_filter import features, rules_only, term_key
    from gapcheck.extract.posting_senses import document_field
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
    out = []
    with tempfile.TemporaryDirectory() as tmp, rules_only():
        for row, path in posting_files(data, rows, "txt", Path(tmp)):
            pid = row["posting"]
            analysis = analyse_file(path, "posting")
            posting = analysis.record
            assert isinstance(posting, Posting)
            profile = posting_profile(analysis, taxonomy)
            names = {t.key: t.name for t in profile.terms}
            asked = asked_mentions(analysis.mentions, posting, taxonomy)
            field = document_field(asking_text(posting.sections, posting.document.text))
            repeats = Counter(term_key(m) for m in asked)
            for m in asked:
                name = names.get((m.canonical or "").lower() or norm(m.text))
                if name is None:
                    continue  # the profile drops it (a degree, "5 years", ...)
                feats = features(m, posting, taxonomy, repeats[term_key(m)], field)
                out.append(
                    {
                        "set": which,
                        "group": row["group"],
                        "posting": pid,
                        "term": name,
                        "label": judged.get((pid, key(name))),
                        "features": feats,
                    }
                )
    return out


def term_scores(model, rows: list[dict]) -> dict[tuple[str, str], tuple[float, int]]:
    """``(posting, term) -> (max probability over its mentions, label)``."""
    probs = model.predict_proba([r["features"] for r in rows])[:, 1]
    out: dict[tuple[str, str], tuple[float, int]] = {}
    for r, p in zip(rows, probs, strict=True):
        k = (r["posting"], key(r["term"]))
        prev = out.get(k, (0.0, r["label"]))
        out[k] = (max(prev[0], float(p)), r["label"])
    return out


def at_threshold(scores: dict, threshold: float) -> dict[str, float]:
    kept = [lab for p, lab in scores.values() if p >= threshold]
    real = sum(lab for _, lab in scores.values())
    return {
        "terms": len(scores),
        "kept": len(kept),
        "precision_before": round(real / max(1, len(scores)), 3),
        "precision_after": round(sum(kept) / max(1, len(kept)), 3),
        "real_kept": round(sum(kept) / max(1, real), 3),
    }


def auc(scores: dict) -> float:
    from sklearn.metrics import roc_auc_score

    labels = [lab for _, lab in scores.values()]
    return round(float(roc_auc_score(labels, [p for p, _ in scores.values()])), 3)


def cross_validate(rows: list[dict], C: float, folds: int = 5) -> float:
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
            [r["features"] for r in train], [r["label"] for r in train]
        )
        merged.update(term_scores(model, test))
    return auc(merged)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def main(argv: list[str] | None = None) -> int:
    import sklearn

    from gapcheck import __version__
    from gapcheck.extract.posting_filter_model import PostingTermFilter

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", default="../shared/data")
    ap.add_argument("--cache", help="items JSON: read if present, else written")
    ap.add_argument("--out", default=str(ROOT / "models" / "posting_filter"))
    ap.add_argument(
        "--final", action="store_true", help="also score the test set (at the end)"
    )
    args = ap.parse_args(argv)
    cache = Path(args.cache) if args.cache else None
    if cache and cache.exists():
        every = json.loads(cache.read_text(encoding="utf-8"))
    else:
        every = [
            it
            for which in (*TRAIN, VALIDATION, TEST)
            for it in items(Path(args.data), which)
        ]
        if cache:
            cache.write_text(json.dumps(every), encoding="utf-8")
    by_set: dict[str, list[dict]] = defaultdict(list)
    for it in every:
        if it["label"] is not None:
            by_set[it["set"]].append(it)
    train = [r for s in TRAIN for r in by_set[s]]
    cv = {C: cross_validate(train, C) for C in C_GRID}
    print("CV AUC by C:", cv)
    best_c = max(C_GRID, key=lambda c: (cv[c], -c))
    model = PostingTermFilter(C=best_c).fit(
        [r["features"] for r in train], [r["label"] for r in train]
    )
    val = term_scores(model, by_set[VALIDATION])
    real = sum(lab for _, lab in val.values())
    threshold = 0.0
    for t in [i / 100 for i in range(0, 100)]:
        kept_real = sum(lab for p, lab in val.values() if p >= t)
        if kept_real >= KEEP_REAL * real:
            threshold = t
    model.threshold = threshold
    scores = {
        "train_cv_auc": cv[best_c],
        "validation_fresh3": {"auc": auc(val), **at_threshold(val, threshold)},
    }
    test = term_scores(model, by_set[TEST]) if args.final and by_set[TEST] else {}
    if test:
        scores["test_fresh4"] = {"auc": auc(test), **at_threshold(test, threshold)}
    print(json.dumps(scores, indent=1))
    out = Path(args.out)
    out.with_suffix(".json").write_text(
        json.dumps(model.to_dict(), indent=1) + "\n", encoding="utf-8"
    )
    files = [
        f"{kind}{SETS[s]}.tsv"
        for s in (*TRAIN, VALIDATION, TEST)
        for kind in ("postings", "judgements")
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
            "validation": VALIDATION,
            "test": TEST,
            "items": {s: len(by_set[s]) for s in (*TRAIN, VALIDATION, TEST)},
            "sha256": {f: sha256(HERE / f) for f in files if (HERE / f).exists()},
        },
        "params": {**model.get_params(), "keep_real": KEEP_REAL, "C_grid": C_GRID},
        "scores": scores,
        "recipe": "python training/postings/train_filter.py",
    }
    out.with_suffix(".meta.json").write_text(
        json.dumps(meta, indent=1) + "\n", encoding="utf-8"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
