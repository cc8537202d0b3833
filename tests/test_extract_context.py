"""The sentence prior: P(a line holds any skill span), as a reranker feature."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gapcheck.extract.context import CUES, SentencePrior, analyze
from tests.conftest import require_shared

REQUIREMENTS = [
    "Experience with Python and SQL is required",
    "You have strong communication skills",
    "Knowledge of Docker and Kubernetes",
    "You will design and build data pipelines",
    "Solid experience with AWS or Azure",
    "You can mentor junior engineers",
]
OTHER = [
    "We are a fast growing company in Copenhagen",
    "We offer a competitive salary and a pension plan",
    "Our office is close to the station",
    "Apply online before the deadline",
    "We are building a new cloud service with Python",
    "Our team has offices in three countries",
]

words = st.sampled_from(
    ["python", "Python", "SQL", "we", "are", "experience", "with", "C++", "a",
     "team", "our", "data", "é-learning", "x", "3+", "years", ";", "Node.js"]
)  # fmt: skip
texts = st.lists(words, max_size=12).map(" ".join) | st.text(max_size=60)


@pytest.fixture(scope="module", params=["all", "structure", "cues"])
def prior(request: pytest.FixtureRequest) -> SentencePrior:
    texts_ = REQUIREMENTS + OTHER
    y = [1] * len(REQUIREMENTS) + [0] * len(OTHER)
    return SentencePrior(C=10.0, min_df=1, words=request.param).fit(texts_ * 2, y * 2)


@settings(deadline=None)  # the first example imports scikit-learn
@given(text=texts)
def test_analyze_is_scikit_learns_analyzer(text: str) -> None:
    from sklearn.feature_extraction.text import TfidfVectorizer

    sk = TfidfVectorizer(ngram_range=(1, 2)).build_analyzer()
    assert analyze(text) == sk(text)


@settings(max_examples=50, deadline=None)
@given(text=texts)
def test_log_odds_equal_scikit_learns_decision_function(text: str) -> None:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    corpus = (REQUIREMENTS + OTHER) * 2
    y = ([1] * len(REQUIREMENTS) + [0] * len(OTHER)) * 2
    vectorizer = TfidfVectorizer(ngram_range=(1, 2), min_df=1, sublinear_tf=True)
    clf = LogisticRegression(C=10.0, max_iter=5000).fit(
        vectorizer.fit_transform(corpus), y
    )
    expected = clf.decision_function(vectorizer.transform([text]))[0]
    ours = SentencePrior(C=10.0, min_df=1, words="all").fit(corpus, y)
    assert ours.log_odds(text) == pytest.approx(expected, abs=1e-9)


def test_prior_follows_the_estimator_contract(prior: SentencePrior) -> None:
    fresh = SentencePrior(C=2.0)
    params = {"C": 2.0, "min_df": 2, "words": "structure"}
    assert vars(fresh) == params  # no logic in __init__
    learned = {k for k in vars(prior) if k.endswith("_")}
    assert learned == {"terms_", "intercept_", "keep_", "ask_", "not_"}
    req, other = prior.predict_proba(
        ["Experience with Kubernetes is required", "We offer a pension plan"]
    )
    assert req > 0.5 > other
    assert prior.log_odds("-- ? !") == prior.intercept_  # no term at all
    assert prior.evidence("-- ? !") == 0.0
    text = "Experience with Kubernetes"
    assert prior.evidence(text) == pytest.approx(
        prior.log_odds(text) - prior.intercept_
    )
    if prior.words == "cues":
        assert prior.keep_ == CUES and all(
            word in CUES for term in prior.terms_ for word in term.split()
        )
    with pytest.raises(ValueError, match="words"):
        SentencePrior(words="some").fit(["a b"], [1])


def test_structure_words_keep_cues_and_mask_topics() -> None:
    prior = SentencePrior(min_df=1).fit(REQUIREMENTS + OTHER, [1] * 6 + [0] * 6)
    assert prior.keep_ is not None and prior.keep_ >= CUES and "the" in prior.keep_
    assert not any("python" in term or "docker" in term for term in prior.terms_)
    # a field SkillSpan lacks reads like one it has, when it is put the same way
    assert prior.log_odds("Experience with ventilators is required") == (
        prior.log_odds("Experience with databases is required")
    )
    assert analyze("Knowledge of SQL in 2024", CUES) == [
        "knowledge", "<x>", "<XX>", "<x>", "<d>",
        "knowledge <x>", "<x> <XX>", "<XX> <x>", "<x> <d>",
    ]  # fmt: skip
    assert analyze("We need strong SQL and Java experience", CUES, drop=True) == [
        "we", "strong", "experience", "we strong", "strong experience",
    ]  # fmt: skip


def test_prior_round_trips_through_json(prior: SentencePrior) -> None:
    data = json.loads(json.dumps(prior.to_dict()))  # plain JSON, no pickle
    loaded = SentencePrior.from_dict(data)
    assert loaded.words == prior.words and loaded.keep_ == prior.keep_
    for text in REQUIREMENTS + OTHER + ["", "python python python"]:
        assert loaded.log_odds(text) == pytest.approx(prior.log_odds(text), abs=1e-4)


def test_a_section_bounds_the_evidence(prior: SentencePrior) -> None:
    # ask_ / not_: the median evidence of training lines with and without a span
    assert prior.ask_ is not None and prior.not_ is not None
    assert prior.ask_ > prior.not_
    for text in REQUIREMENTS + OTHER + ["Current BLS and ACLS certification"]:
        evidence = prior.evidence(text)
        assert prior.bounded(text) == evidence
        assert prior.bounded(text, "ask") == max(evidence, prior.ask_)
        assert prior.bounded(text, "not") == min(evidence, prior.not_)
    loaded = SentencePrior.from_dict(json.loads(json.dumps(prior.to_dict())))
    assert (loaded.ask_, loaded.not_) == (prior.ask_, prior.not_)


@pytest.mark.parametrize(("words", "floor"), [("all", 0.90), ("structure", 0.85)])
def test_a_prior_fitted_on_skillspan_train_ranks_dev_lines(
    words: str, floor: float
) -> None:
    from sklearn.metrics import roc_auc_score

    from gapcheck.extract.evaluate import load_skillspan

    root = require_shared("skillspan")
    train, dev = load_skillspan("train", root=root), load_skillspan("dev", root=root)
    y = [int(bool(s.gold())) for s in train]
    prior = SentencePrior(words=words).fit([s.text for s in train], y)
    auc = roc_auc_score(
        [int(bool(s.gold())) for s in dev], [prior.log_odds(s.text) for s in dev]
    )
    assert auc >= floor, f"dev ROC-AUC {auc:.3f} (0.936 / 0.900 when written)"
