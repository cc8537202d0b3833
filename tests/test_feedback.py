"""The feedback-sentence classifier: held-out F1 of the shipped artifact, the
estimator contract, JSON round trip, and the sentence splitter."""

from __future__ import annotations

import json

import pytest

from gapcheck.feedback import LABELS, classify, load_model, sentences
from gapcheck.feedback.corpus import load, split
from gapcheck.feedback.model import FeedbackClassifier
from gapcheck.paths import models_dir

#: Held-out floors, below the shipped figures (micro 0.860; per label 0.73-1.00 on
#: 76 sentences, models/README.md): a retrain that falls under them is worse.
MICRO_F1 = 0.80
LABEL_F1 = 0.65


def _f1(gold: list[tuple[str, ...]], pred: list[tuple[str, ...]], label: str | None):
    tp = fp = fn = 0
    for g, p in zip(gold, pred, strict=True):
        for lab in LABELS if label is None else (label,):
            tp += lab in g and lab in p
            fp += lab not in g and lab in p
            fn += lab in g and lab not in p
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def test_held_out_f1_of_the_shipped_model() -> None:
    _, test = split(load())
    assert len(test) >= 60
    gold = [labels for _, labels in test]
    pred = load_model().predict([text for text, _ in test])
    assert _f1(gold, pred, None) >= MICRO_F1
    for label in LABELS:
        assert _f1(gold, pred, label) >= LABEL_F1, label


def test_split_is_disjoint_and_stable() -> None:
    rows = load()
    train, test = split(rows)
    assert not {t for t, _ in train} & {t for t, _ in test}
    assert len(train) + len(test) == len(rows)
    assert split(list(reversed(rows)))[1] == list(reversed(test))


def test_sidecar_records_source_and_scores() -> None:
    meta = json.loads((models_dir() / "feedback_classifier.meta.json").read_text())
    assert meta["data"]["sha256"]["sentences.tsv"]
    assert set(meta["scores"]["test"]["per_label_f1"]) == set(LABELS)
    assert meta["versions"]["scikit-learn"]


def test_estimator_contract_and_json_round_trip() -> None:
    from sklearn.base import clone

    train, test = split(load())
    model = clone(FeedbackClassifier(C=1.0)).fit(
        [t for t, _ in train], [y for _, y in train]
    )
    assert model.get_params()["C"] == 1.0
    texts = [t for t, _ in test]
    again = FeedbackClassifier.from_dict(json.loads(json.dumps(model.to_dict())))
    assert again.predict(texts) == model.predict(texts)
    proba = model.predict_proba(texts)
    assert proba.shape == (len(texts), len(LABELS))
    assert all(len(p) >= 1 for p in model.predict(texts))


def test_two_labels_and_generic() -> None:
    out = classify(
        [
            "Unfortunately we have decided to move forward with another candidate.",
            "Your SQL was weak and you struggled to explain your approach clearly.",
        ]
    )
    assert out[0].labels == ("generic",)
    assert {"technical", "communication_presentation"} <= set(out[1].labels)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Thanks. Your answers were vague! Next time, prepare.",
            ["Thanks.", "Your answers were vague!", "Next time, prepare."],
        ),
        ("- first point\n- second point\n\n", ["first point", "second point"]),
        ("We use e.g. SQL daily.", ["We use e.g. SQL daily."]),
        ("", []),
    ],
)
def test_sentences(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected
