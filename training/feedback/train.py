"""Train the feedback-sentence classifier and write models/feedback_classifier.json.

    python training/feedback/train.py            # train on the train split, report test
    python training/feedback/train.py --cv       # also 5-fold CV on train (choosing C)

Trains on the train split of corpora/feedback/sentences.tsv (the split is fixed by
each sentence's hash, gapcheck.feedback.corpus), scores the held-out test split per
label, and writes the artifact and its sidecar with the scores. The test split is
never used for choosing parameters.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import platform
import sys
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from gapcheck import __version__  # noqa: E402
from gapcheck.feedback.corpus import corpus_path, load, split  # noqa: E402
from gapcheck.feedback.labels import LABELS  # noqa: E402
from gapcheck.feedback.model import FeedbackClassifier  # noqa: E402


def scores(model: FeedbackClassifier, rows: list) -> dict:
    from sklearn.metrics import f1_score
    from sklearn.preprocessing import MultiLabelBinarizer

    binarizer = MultiLabelBinarizer(classes=list(LABELS))
    gold = binarizer.fit_transform([labels for _, labels in rows])
    pred = binarizer.transform(model.predict([text for text, _ in rows]))
    per = f1_score(gold, pred, average=None, zero_division=0)
    return {
        "sentences": len(rows),
        "micro_f1": round(float(f1_score(gold, pred, average="micro")), 3),
        "macro_f1": round(float(f1_score(gold, pred, average="macro")), 3),
        "per_label_f1": {
            label: round(float(f), 3) for label, f in zip(LABELS, per, strict=True)
        },
        "support": {label: int(gold[:, i].sum()) for i, label in enumerate(LABELS)},
    }


def cross_validate(train: list, C: float) -> float:
    from sklearn.metrics import f1_score
    from sklearn.preprocessing import MultiLabelBinarizer

    binarizer = MultiLabelBinarizer(classes=list(LABELS))
    folds = 5
    gold_all, pred_all = [], []
    for k in range(folds):
        fit = [r for i, r in enumerate(train) if i % folds != k]
        held = [r for i, r in enumerate(train) if i % folds == k]
        model = FeedbackClassifier(C=C).fit([t for t, _ in fit], [y for _, y in fit])
        gold_all += [y for _, y in held]
        pred_all += model.predict([t for t, _ in held])
    gold = binarizer.fit_transform(gold_all)
    pred = binarizer.transform(pred_all)
    return float(f1_score(gold, pred, average="micro"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cv", action="store_true", help="5-fold CV on train over C")
    parser.add_argument("--C", type=float, default=3.0)
    parser.add_argument("--out", default=str(ROOT / "models" / "feedback_classifier"))
    args = parser.parse_args()
    rows = load()
    train, test = split(rows)
    if args.cv:
        for C in (1.0, 3.0, 10.0, 30.0):
            print(f"C={C}: CV micro-F1 on train {cross_validate(train, C):.3f}")
    model = FeedbackClassifier(C=args.C).fit(
        [t for t, _ in train], [y for _, y in train]
    )
    test_scores = scores(model, test)
    print(json.dumps(test_scores, indent=2))
    import sklearn

    out = Path(args.out)
    out.with_suffix(".json").write_text(
        json.dumps(model.to_dict(), separators=(",", ":")) + "\n", encoding="utf-8"
    )
    corpus = corpus_path()
    meta = {
        "name": out.name,
        "description": "multi-label feedback-sentence classifier: six skill-gap "
        "categories + generic (TF-IDF word 1-2 + char 3-5 grams, one logistic "
        "regression per label)",
        "created": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "versions": {
            "gapcheck": __version__,
            "scikit-learn": sklearn.__version__,
            "python": platform.python_version(),
        },
        "data": {
            "source": "corpora/feedback/sentences.tsv, written by the gapcheck project "
            "(see corpora/feedback/README.md); split by sentence hash, 1 in 4 held out",
            "sha256": {
                corpus.name: hashlib.sha256(corpus.read_bytes()).hexdigest(),
            },
            "train_sentences": len(train),
            "test_sentences": len(test),
        },
        "params": model.get_params(),
        "scores": {"test": test_scores},
    }
    meta["params"]["labels"] = list(meta["params"]["labels"])
    out.with_suffix(".meta.json").write_text(
        json.dumps(meta, indent=2) + "\n", encoding="utf-8"
    )
    print(f"wrote {out.with_suffix('.json')} and its .meta.json")


if __name__ == "__main__":
    main()
