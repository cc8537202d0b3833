"""The span reranker: candidates, features, the estimator, decoding, the extractor."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from gapcheck.extract.rerank import (
    FILE,
    LEVEL_SHIFTS,
    Candidate,
    SpanReranker,
    candidates,
    ner_levels,
    span_features,
)
from gapcheck.records import Mention


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    from gapcheck.extract.model import load_model

    return load_model()


def _doc(nlp, text: str):  # type: ignore[no-untyped-def]
    return nlp.make_doc(text)


def test_candidates_are_neighbours_of_ner_spans_and_taxonomy_matches(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _doc(nlp, "Experience with Python and SQL Server is required")
    levels = [{(2, 3): "KNOWLEDGE"}, {(2, 3): "KNOWLEDGE", (4, 6): "KNOWLEDGE"}]
    sql = Mention(27, 37, "SQL Server", "KNOWLEDGE", "SQL Server", type="hard")
    found = candidates(doc, levels, [sql])
    # every NER span moved by up to one token at either edge, inside the doc
    assert {(1, 3), (2, 4), (3, 3 + 1), (1, 4)} <= set(found)
    assert all(0 <= s < e <= len(doc) for s, e in found)
    assert found[(2, 3)].votes["v0_0"] == 2  # seen at the model's own level
    assert found[(2, 3)].label == "KNOWLEDGE"
    assert found[(4, 6)].votes["v0_0"] == 1
    assert found[(4, 6)].taxonomy == sql
    assert found[(3, 4)].label is None  # a neighbour, not an NER span itself


def test_span_features_see_edges_levels_and_taxonomy(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _doc(nlp, "Experience with Python and SQL Server is required")
    sql = Mention(27, 37, "SQL Server", "KNOWLEDGE", "SQL Server", type="hard")
    cand = Candidate(4, 6, {"v0_0": 3}, "KNOWLEDGE", sql)
    x = span_features(doc, cand, {"SQL Server": (3, 4)})
    assert x["f=sql"] == x["l=server"] == 1.0
    assert x["p=and"] == x["n=is"] == 1.0
    assert x["v0_0"] == 3.0 and x["v0_0=3"] == 1.0 and x["best=3"] == 1.0
    assert x["tax_exact"] == 1.0 and x["tax_prec"] == 0.75 and x["tax_hard"] == 1.0
    assert x["len=2"] == 1.0 and x["ffw"] == 0.0
    edge = span_features(doc, Candidate(1, 3, {"v-1_0": 4}), {})
    assert edge["ffw"] == 1.0 and "tax_exact" not in edge


def _toy_data() -> tuple[list[dict[str, float]], list[int]]:
    X = [{"good": 1.0, "len": 0.1}] * 20 + [{"bad": 1.0, "len": 0.5}] * 20
    return X, [1] * 20 + [0] * 20


def test_reranker_follows_the_estimator_contract() -> None:
    reranker = SpanReranker(C=2.0, threshold=0.3)
    params = {"C": 2.0, "threshold": 0.3, "shifts": LEVEL_SHIFTS, "prior": None}
    assert vars(reranker) == params  # no logic in __init__
    X, y = _toy_data()
    assert reranker.fit(X, y) is reranker
    learned = {k for k in vars(reranker) if k.endswith("_")}
    assert learned == {"weights_", "intercept_", "threshold_"}
    good, bad = reranker.predict_proba([{"good": 1.0}, {"bad": 1.0}])
    assert good > 0.8 > 0.2 > bad
    assert reranker.predict_proba([{"never seen": 1.0}])[0] == pytest.approx(
        1 / (1 + 2.718281828**-reranker.intercept_), rel=1e-6
    )


def test_reranker_round_trips_through_json(tmp_path: Path) -> None:
    X, y = _toy_data()
    reranker = SpanReranker().fit(X, y)
    reranker.to_disk(tmp_path / FILE)
    data = json.loads((tmp_path / FILE).read_text())  # plain JSON, no pickle
    assert set(data) >= {"params", "weights_", "intercept_", "threshold_"}
    loaded = SpanReranker.from_disk(tmp_path / FILE)
    assert loaded.predict_proba(X) == reranker.predict_proba(X)
    assert loaded.threshold_ == reranker.threshold_
    assert loaded.prior is None


def test_reranker_saves_its_sentence_prior(tmp_path: Path) -> None:
    from gapcheck.extract.context import SentencePrior

    prior = SentencePrior(min_df=1).fit(["know SQL", "we offer a pension"], [1, 0])
    X, y = _toy_data()
    SpanReranker(prior=prior).fit(X, y).to_disk(tmp_path / FILE)
    loaded = SpanReranker.from_disk(tmp_path / FILE).prior
    assert isinstance(loaded, SentencePrior)
    for text in ["know SQL", "we offer", "nothing known"]:
        assert loaded.log_odds(text) == pytest.approx(prior.log_odds(text), abs=1e-4)


spans = st.tuples(st.integers(0, 30), st.integers(1, 6)).map(
    lambda se: Candidate(se[0], se[0] + se[1])
)


@given(st.lists(st.tuples(spans, st.floats(0, 1)), max_size=30), st.floats(0, 1))
def test_select_keeps_the_best_non_overlapping_spans(items, threshold) -> None:  # type: ignore[no-untyped-def]
    reranker = SpanReranker()
    reranker.threshold_ = threshold
    kept = reranker.select([c for c, _ in items], [p for _, p in items])
    assert all(p >= threshold for _, p in kept)
    assert [p for _, p in kept] == sorted((p for _, p in kept), reverse=True)
    for i, (a, _) in enumerate(kept):
        for b, _ in kept[i + 1 :]:
            assert a.end <= b.start or b.end <= a.start
    # a dropped candidate above the threshold overlaps a kept one that scored higher
    chosen = [id(c) for c, _ in kept]
    for cand, p in items:
        if p >= threshold and id(cand) not in chosen:
            assert any(
                min(cand.end, k.end) > max(cand.start, k.start) and q >= p
                for k, q in kept
            )


def test_ner_levels_add_recall_and_leave_the_doc_as_it_was(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "You will design data pipelines in Python and Spark, mentor junior "
        "engineers and present results to stakeholders."
    )
    doc = nlp(text)
    before = [(e.start, e.end, e.label_) for e in doc.ents]
    bias = nlp.get_pipe("ner").model.get_ref("upper").get_param("b").copy()
    shifts = (1.0, 2.5, 4.5)
    levels = ner_levels(nlp, [doc], shifts)[0]
    assert [(e.start, e.end, e.label_) for e in doc.ents] == before
    assert (nlp.get_pipe("ner").model.get_ref("upper").get_param("b") == bias).all()
    assert {(s, e, lab) for (s, e), lab in levels[0].items()} == set(before)
    assert len(levels) == len(shifts) + 1
    # without shifts only the model's own entities; the default is one pass (2.5)
    assert ner_levels(nlp, [doc], ()) == [levels[:1]]
    assert ner_levels(nlp, [doc]) == ner_levels(nlp, [doc], (2.5,))
    assert LEVEL_SHIFTS == (2.5,)  # the installed recipe (run PRIOR-SECT)
    # lowering the O score never finds fewer tokens inside entities
    covered = [sum(e - s for s, e in lv) for lv in levels]
    assert covered[-1] >= covered[0]


def test_extractor_uses_the_installed_reranker() -> None:
    from gapcheck.extract import Extractor
    from gapcheck.extract.model import model_path

    if not (model_path() / FILE).exists():
        pytest.fail("the installed skill model has no reranker.json")
    text = "Experience with Python, SQL and Docker; mentor junior engineers."
    reranked = Extractor().extract(text)
    assert reranked and all(0.0 < m.score <= 1.0 for m in reranked)
    for a, b in itertools.pairwise(reranked):
        assert a.end <= b.start
    assert all(text[m.start : m.end] == m.text for m in reranked)
    plain = Extractor(rerank=False).extract(text)
    assert all(m.score == 1.0 for m in plain if m.source == "model")
    # its candidates and features include taxonomy matches: no taxonomy, no reranker
    no_taxonomy = Extractor(use_taxonomy=False)
    assert no_taxonomy.reranker is None
    ner_only = no_taxonomy.extract(text)
    assert ner_only and all(m.score == 1.0 and m.canonical is None for m in ner_only)
    spans = {(m.start, m.end) for m in plain if m.source == "model"}
    assert {(m.start, m.end) for m in ner_only} == spans


def test_a_corrupt_reranker_is_a_model_error(tmp_path: Path) -> None:
    from gapcheck.errors import ModelError
    from gapcheck.extract.model import load_reranker

    (tmp_path / FILE).write_text("{not json")
    with pytest.raises(ModelError, match="reranker"):
        load_reranker(str(tmp_path))
    assert load_reranker(str(tmp_path / "absent")) is None


@pytest.mark.parametrize(
    "text",
    [
        "Experience with Python, SQL Server and Docker is required.",
        "You will mentor junior engineers and present results to stakeholders.",
        "( Kubernetes ) or AWS & GCP : a plus",
        "x",
    ],
)
@given(seed=st.integers(0, 10_000), with_prior=st.booleans())
def test_fast_scores_equal_the_feature_dicts(nlp, text, seed, with_prior):  # type: ignore[no-untyped-def]
    import random

    from gapcheck.extract.context import SentencePrior

    rng = random.Random(seed)
    doc = _doc(nlp, text)
    n = len(doc)
    tax = Mention(0, len(doc[0].text), doc[0].text, "KNOWLEDGE", "Python", type="hard")
    spans = {(rng.randrange(n), 0) for _ in range(3)}
    levels = [{(s, min(n, s + 1 + rng.randrange(3))): "SKILL" for s, _ in spans}] * 2
    cands = list(candidates(doc, levels, [tax]).values())
    precision = {"Python": (rng.randrange(5), 5)}
    prior = None
    if with_prior:
        texts = ["Experience with Python", "We offer a pension", "SQL and Docker"]
        prior = SentencePrior(min_df=1).fit(texts, [1, 0, 1])
    evidence = prior.evidence(doc.text) if prior else None
    X = [span_features(doc, c, precision, evidence) for c in cands]
    assert with_prior == all("slo" in x for x in X)
    names = [*sorted({k for x in X for k in x}), "f=never", "tax_prec"]
    reranker = SpanReranker(prior=prior)
    reranker.weights_ = {k: rng.uniform(-2, 2) for k in names}
    reranker.intercept_ = rng.uniform(-1, 1)
    fast = reranker.score_doc(doc, cands, precision)
    assert fast == pytest.approx(reranker.predict_proba(X), abs=1e-9)


def test_the_skill_model_sidecar_describes_what_is_installed() -> None:
    from gapcheck.extract.model import load_reranker, meta, model_path

    data = meta()
    target = model_path()
    size = sum(p.stat().st_size for p in target.rglob("*") if p.is_file())
    assert data["size_bytes"] == size
    reranker = load_reranker()
    assert data["reranker"]["threshold"] == reranker.threshold_
    assert data["reranker"]["weights"] == len(reranker.weights_)
    assert data["reranker"]["extra_ner_passes"] == list(reranker.shifts)
    assert tuple(reranker.shifts) == LEVEL_SHIFTS  # the installed recipe's default
    prior = data["reranker"]["sentence_prior"]  # run PRIOR-SECT, models/README
    assert prior["words"] == reranker.prior.words == "all"
    assert prior["ask_evidence"] == reranker.prior.ask_ > 0
    assert prior["not_asking_evidence"] == reranker.prior.not_ < 0
    dev = data["dev"]["extractor"]["all"]["ALL"]
    assert 0 < dev["p"] <= 1 and 0 < dev["r"] <= 1
    assert dev["f"] == pytest.approx(
        2 * dev["p"] * dev["r"] / (dev["p"] + dev["r"]), abs=1e-3
    )
    assert set(data["data"]["sha256"]) >= {"skillspan_tech_train.conll"}
    models = target.parent
    total = sum(p.stat().st_size for p in models.rglob("*") if p.is_file())
    assert total < 50_000_000, f"models/ is {total / 1e6:.1f} MB, the budget is 50 MB"
