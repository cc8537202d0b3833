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
    assert asked["prev=of"] == 1.0 and asked["ctxb=experience"] == 1.0
    assert asked["before=must"] == 1.0  # "must" stands before the term
    assert not any(k.startswith("term=") for k in asked)  # not the term's own name
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
    validation = meta["scores"]["all_sets"]["out_of_fold"]
    # chosen on out-of-fold predictions to keep 95% of the real terms and 98% of
    # those naming a gold essential; it must also gain
    assert validation["real_kept"] >= 0.95 and validation["essential_kept"] >= 0.98
    assert validation["precision_after"] > validation["precision_before"]


def test_features_name_where_the_work_is_and_who_is_worked_with() -> None:
    text = (
        "Senior Physiotherapist\n\nAbout\nThis is a rotational experience in Critical "
        "Care, Paediatrics, Surgical Wards and Medicine.\nYou will support the "
        "nursing team.\n"
    )
    posting = _posting(text)
    ward = features(_mention(text, "Paediatrics", canonical="Paediatrics"), posting)
    assert ward["capitalised"] == 1.0 and ward["specialty_form"] == 1.0
    assert ward["cap_list"] == 1.0 and ward["specialty_list"] == 1.0
    nursing = features(_mention(text, "nursing", canonical="Nursing"), posting)
    assert nursing["profession_off_title"] == 1.0  # the title names another
    own = features(_mention(text, "Physiotherapist"), posting)
    assert own["profession_in_title"] == 1.0


def test_fresh4_real_postings_hold_their_floor() -> None:
    """The fresh4 set of round 8 (24 NHS postings of 12 groups, select.py --plan
    fresh4 --seed 6408, gold committed before gapcheck ran on them, every term judged
    by hand), the learned filter's test set in round 8: precision 0.75, essential
    recall 0.71 at main e9819e7 (rules); 0.77 and 0.70 with the filter. Round 9 read
    it for error analysis and trains on it (0.86 / 0.71 with the shipped model; 0.83 /
    0.71 with the model trained without it); with round 9's key phrases 0.86 / 0.87
    (floors a little below)."""
    from tests.test_posting_structure import judged_figures

    precision, recall = judged_figures("fresh4")
    assert precision >= 0.84
    assert recall >= 0.85


def _recipe():
    import importlib.util
    import sys
    from pathlib import Path

    here = Path(__file__).parents[1] / "training" / "postings"
    sys.path.insert(0, str(here))  # the recipe imports score_terms beside it
    spec = importlib.util.spec_from_file_location(
        "train_filter", here / "train_filter.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_recipe_keeps_real_terms_and_those_naming_an_essential() -> None:
    """The threshold is the highest keeping 95% of the real terms and 98% of the real
    terms that name a gold essential (round 9): here the essential one at 0.30 holds it
    down, though the real terms alone would allow 0.62."""
    recipe = _recipe()
    scores = {
        ("p", f"t{i}"): (0.60 + i / 100, 1, False) for i in range(1, 40)
    }  # 39 real terms
    scores["p", "ess"] = (0.30, 1, True)
    scores["p", "bad"] = (0.20, 0, False)
    assert recipe.choose_threshold(scores) == 0.30
    del scores["p", "ess"]
    assert recipe.choose_threshold(scores) == 0.62  # 38 of 39 real kept; 37 < 95%
    report = recipe.at_threshold(scores, 0.61)
    assert report["kept"] == 39 and report["precision_after"] == 1.0


def test_a_model_file_replaces_the_shipped_weights_within_its_block(tmp_path) -> None:
    from gapcheck.extract.posting_filter import model_file

    posting = _posting(TEXT)
    found = [_mention(TEXT, "wound care"), _mention(TEXT, "leadership training")]
    path = tmp_path / "none.json"
    path.write_text(json.dumps({"weights": {"bias": -30.0}, "threshold": 0.5}))
    with model_file(str(path)):
        assert keep_asked(found, posting) == []  # a model that keeps nothing
    assert keep_asked(found, posting) != []
