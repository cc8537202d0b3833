"""Sentence prior: how likely a line is to hold any skill span at all.

SkillSpan annotates the skills a posting asks of the candidate, not every technology
a line names: "We are building a cloud service using C# Python AWS Docker" has no gold
span, "Experience with C# and AWS" has two. On SkillSpan dev 71% of the sentences
hold no span, and 47% of the extractor's wrong spans fell in them. The NER sees four
tokens either side, so it cannot tell a company description from a requirement; a
bag of the whole line's words and word pairs can (ROC-AUC 0.94 on dev for "holds any
span").

:class:`SentencePrior` is that classifier: TF-IDF of lower-cased words and word
pairs (scikit-learn's ``TfidfVectorizer`` defaults, sublinear tf) and a logistic
regression, fitted on SkillSpan train. Its log-odds is one feature of the span
reranker (:mod:`.rerank`), which learns how much to trust it. It is saved inside
the reranker's JSON (no pickle) and applied in pure Python, with the same analyzer
as scikit-learn's (a test checks they agree).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from itertools import pairwise
from typing import Any

#: scikit-learn's default ``token_pattern`` (words of two or more characters).
TOKEN = re.compile(r"(?u)\b\w\w+\b")
NGRAMS = (1, 2)
MIN_DF = 2


def analyze(text: str) -> list[str]:
    """The words and word pairs of ``text``, as ``TfidfVectorizer(ngram_range=(1,
    2))`` sees them (lower-cased, pairs joined by one space)."""
    words = TOKEN.findall(text.lower())
    return [*words, *(" ".join(pair) for pair in pairwise(words))]


class SentencePrior:
    """P(a line holds any skill span) from its words (scikit-learn's contract: no
    logic in ``__init__``, ``fit`` returns self, learned state ends in ``_``)."""

    def __init__(self, C: float = 3.0, min_df: int = MIN_DF) -> None:
        self.C = C
        self.min_df = min_df

    def fit(self, texts: Sequence[str], y: Sequence[int]) -> SentencePrior:
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression

        vectorizer = TfidfVectorizer(
            ngram_range=NGRAMS, min_df=self.min_df, sublinear_tf=True
        )
        matrix = vectorizer.fit_transform(texts)
        clf = LogisticRegression(C=self.C, max_iter=5000).fit(matrix, list(y))
        self.terms_ = {
            term: (float(vectorizer.idf_[i]), float(clf.coef_[0][i]))
            for term, i in vectorizer.vocabulary_.items()
        }
        self.intercept_ = float(clf.intercept_[0])
        return self

    def log_odds(self, text: str) -> float:
        """The classifier's decision value for ``text`` (log-odds of a span)."""
        terms = self.terms_
        weights = []
        for term, count in Counter(analyze(text)).items():
            entry = terms.get(term)
            if entry is not None:
                weights.append(((1.0 + math.log(count)) * entry[0], entry[1]))
        norm = math.sqrt(sum(v * v for v, _ in weights))
        if not norm:
            return self.intercept_
        return self.intercept_ + sum(v * w for v, w in weights) / norm

    def predict_proba(self, texts: Iterable[str]) -> list[float]:
        """P(any skill span) of each text."""
        return [sigmoid(self.log_odds(text)) for text in texts]

    # -- persistence (JSON, never pickle) ------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        return {
            "params": {"C": self.C, "min_df": self.min_df},
            "intercept_": self.intercept_,
            "terms_": {
                k: [round(i, 6), round(c, 6)] for k, (i, c) in self.terms_.items()
            },
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> SentencePrior:
        self = cls(**data["params"])
        self.intercept_ = float(data["intercept_"])
        self.terms_ = {
            str(k): (float(v[0]), float(v[1])) for k, v in data["terms_"].items()
        }
        return self


def sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
