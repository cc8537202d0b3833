"""The sentence prior: P(a line holds any skill span), as a reranker feature."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gapcheck.extract.context import SentencePrior, analyze

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


@pytest.fixture(scope="module")
def prior() -> SentencePrior:
    texts_ = REQUIREMENTS + OTHER
    y = [1] * len(REQUIREMENTS) + [0] * len(OTHER)
    return SentencePrior(C=10.0, min_df=1).fit(texts_ * 2, y * 2)


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
    ours = SentencePrior(C=10.0, min_df=1).fit(corpus, y)
    assert ours.log_odds(text) == pytest.approx(expected, abs=1e-9)


def test_prior_follows_the_estimator_contract(prior: SentencePrior) -> None:
    fresh = SentencePrior(C=2.0)
    assert vars(fresh) == {"C": 2.0, "min_df": 2}  # no logic in __init__
    assert {k for k in vars(prior) if k.endswith("_")} == {"terms_", "intercept_"}
    req, other = prior.predict_proba(
        ["Experience with Kubernetes is required", "We offer a pension plan"]
    )
    assert req > 0.5 > other
    assert prior.log_odds("zzz qqq") == prior.intercept_  # no known term


def test_prior_round_trips_through_json(prior: SentencePrior) -> None:
    data = json.loads(json.dumps(prior.to_dict()))  # plain JSON, no pickle
    loaded = SentencePrior.from_dict(data)
    for text in REQUIREMENTS + OTHER + ["", "python python python"]:
        assert loaded.log_odds(text) == pytest.approx(prior.log_odds(text), abs=1e-4)


def test_the_installed_prior_tells_requirements_from_company_text() -> None:
    from gapcheck.extract.model import load_reranker

    reranker = load_reranker()
    if reranker is None or reranker.prior is None:
        pytest.fail("the installed reranker has no sentence prior")
    asks = reranker.prior.predict_proba(
        [
            "Experience with C# and AWS is required .",
            "You have solid knowledge of Docker and Linux",
        ]
    )
    tells = reranker.prior.predict_proba(
        [
            "We are building a new cloud service using C# Python AWS Docker Linux .",
            "Our office in Copenhagen has great coffee and a friendly team .",
        ]
    )
    assert min(asks) > max(tells)
