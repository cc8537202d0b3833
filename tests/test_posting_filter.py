"""The learned posting-term filter: features, estimator contract, shipped artifact."""

from __future__ import annotations

import json
import math

from gapcheck.extract.posting_filter import (
    MODEL_NAME,
    features,
    keep_asked,
    load_weights,
    probability,
    rules_only,
)
from gapcheck.extract.posting_filter_model import PostingTermFilter
from gapcheck.parse import parse_posting
from gapcheck.paths import models_dir
from gapcheck.records import Document, Mention, Posting


def _posting(text: str) -> Posting:
    return parse_posting(Document("p.txt", "txt", text))


def _mention(text: str, needle: str, **kw: object) -> Mention:
    at = text.index(needle)
    return Mention(at, at + len(needle), needle, "SKILL", **kw)  # type: ignore[arg-type]


TEXT = (
    "Staff Nurse\n\nRequirements\n"
    "- You must hold NMC registration and have experience of wound care.\n\n"
    "Benefits\nWe offer:\n- Funded leadership training\n"
)


def test_features_read_the_sentence_the_lead_in_and_the_term() -> None:
    posting = _posting(TEXT)
    asked = features(_mention(TEXT, "wound care", canonical="Wound care"), posting)
    assert asked["cue=must"] == 1.0 and asked["cue=ability"] == 1.0
    assert asked["subject=you"] == 1.0 and "cue=offer" not in asked
    assert asked["bullet"] == 1.0 and asked["canonical"] == 1.0
    assert asked["prev=of"] == 1.0 and asked["term=wound care"] == 1.0
    offered = features(_mention(TEXT, "leadership training"), posting)
    assert offered["lead=offer"] == 1.0  # the list's lead-in: "We offer:"
    assert offered["no_canonical"] == 1.0 and "cue=must" not in offered
    assert 0 < asked["pos"] < offered["pos"] < 1


def _toy() -> tuple[list[dict[str, float]], list[int]]:
    X, y = [], []
    for i in range(40):
        asked = i % 2 == 0
        X.append({"bias": 1.0, "cue=must" if asked else "cue=offer": 1.0})
        y.append(int(asked))
    return X, y


def test_the_estimator_follows_the_contract_and_round_trips_through_json() -> None:
    X, y = _toy()
    model = PostingTermFilter(C=1.0, threshold=0.5).fit(X, y)
    assert model.get_params() == {"C": 1.0, "threshold": 0.5, "balanced": False}
    proba = model.predict_proba(X)
    assert proba.shape == (40, 2)
    assert all(abs(row.sum() - 1) < 1e-9 for row in proba)
    assert list(model.predict(X)) == y  # a separable cue is learned
    again = PostingTermFilter.from_dict(json.loads(json.dumps(model.to_dict())))
    assert (again.predict_proba(X) == proba).all()


def test_probability_is_a_logistic_of_the_named_weights() -> None:
    assert probability({"bias": 0.0}, {"bias": 1.0}) == 0.5
    assert probability({"a": 2.0, "bias": -1.0}, {"a": 1.0, "bias": 1.0}) == (
        1 / (1 + math.exp(-1.0))
    )
    assert probability({"a": 1e6}, {"a": 1.0}) > 0.99  # clipped, no overflow


def test_a_described_ability_is_left_to_the_requirement_lines() -> None:
    from gapcheck.extract.posting_filter import TERM_WORDS
    from gapcheck.score.requirements import LONG_SURFACE

    assert TERM_WORDS == LONG_SURFACE  # what the score shows as a line, not a term
    text = (
        "Engineer\n\nAbout us\nWe offer a generous pension.\n"
        "- We offer funded training to turn requirements into plans.\n"
    )
    line = _mention(text, "turn requirements into plans")
    assert keep_asked([line], _posting(text)) == [line]


def test_rules_only_turns_the_filter_off() -> None:
    posting = _posting(TEXT)
    found = [_mention(TEXT, "wound care"), _mention(TEXT, "leadership training")]
    with rules_only():
        assert keep_asked(found, posting) == found
    assert set(keep_asked(found, posting)) <= set(found)


def test_the_shipped_filter_has_its_sidecar_and_keeps_most_real_terms() -> None:
    weights = load_weights()
    assert weights is not None, "models/posting_filter.json is missing"
    named, threshold = weights
    assert 0 < threshold < 1 and "bias" in named
    assert all(math.isfinite(w) for w in named.values())
    meta = json.loads(
        (models_dir() / f"{MODEL_NAME}.meta.json").read_text(encoding="utf-8")
    )
    assert meta["versions"]["scikit-learn"] and meta["data"]["sha256"]
    assert meta["params"]["threshold"] == threshold
    validation = meta["scores"]["validation_fresh3"]
    # chosen to keep 95% of the validation set's real terms; it must also gain
    assert validation["real_kept"] >= 0.95
    assert validation["precision_after"] > validation["precision_before"]


def test_fresh4_real_postings_hold_their_floor() -> None:
    """The fresh4 set of round 8 (24 NHS postings of 12 groups, select.py --plan
    fresh4 --seed 6408, gold committed before gapcheck ran on them, every term judged
    by hand), the learned filter's test set: precision 0.75, essential recall 0.71 at
    main e9819e7 (rules); 0.77 and 0.70 with the filter; 0.79 and 0.86 after round
    9's key phrases, which used it for error analysis (floors a little below)."""
    from tests.test_posting_structure import judged_figures

    precision, recall = judged_figures("fresh4")
    assert precision >= 0.76
    assert recall >= 0.83
