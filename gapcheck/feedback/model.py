"""A multi-label feedback-sentence classifier with scikit-learn's estimator contract.

TF-IDF over word 1-2 grams and character 3-5 grams (inside words), one logistic
regression per label. A sentence gets every label whose probability reaches
``threshold``, and at least its most probable one. Saved as plain JSON (vocabularies,
IDF weights, coefficients): no pickles.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import Any

from sklearn.base import BaseEstimator, ClassifierMixin

from gapcheck.feedback.labels import CUES, LABELS


@cache
def _cue_patterns(label: str) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(c) for c in CUES.get(label, ()))


class FeedbackClassifier(ClassifierMixin, BaseEstimator):
    def __init__(
        self,
        C: float = 3.0,
        threshold: float = 0.4,
        char: bool = True,
        cue_weight: float = 1.0,
        labels: Sequence[str] = LABELS,
    ) -> None:
        self.C = C
        self.threshold = threshold
        self.char = char
        self.cue_weight = cue_weight
        self.labels = labels

    # --- features -------------------------------------------------------------------

    def _vectorizers(self) -> list[Any]:
        from sklearn.feature_extraction.text import TfidfVectorizer

        out = [
            TfidfVectorizer(
                ngram_range=(1, 2), sublinear_tf=True, min_df=1, lowercase=True
            )
        ]
        if self.char:
            out.append(
                TfidfVectorizer(
                    analyzer="char_wb",
                    ngram_range=(3, 5),
                    sublinear_tf=True,
                    min_df=2,
                    lowercase=True,
                )
            )
        return out

    def _cues(self, texts: Sequence[str]) -> Any:
        """One column per label: how many of its cue words the sentence has (capped
        at 3, scaled to 0..cue_weight)."""
        from scipy.sparse import csr_matrix

        rows = [
            [
                min(3, sum(1 for cue in _cue_patterns(label) if cue.search(t.lower())))
                / 3
                * self.cue_weight
                for label in self.labels
            ]
            for t in texts
        ]
        return csr_matrix(rows)

    def _features(self, texts: Sequence[str], fit: bool = False) -> Any:
        from scipy.sparse import hstack

        texts = list(texts)
        parts = [
            v.fit_transform(texts) if fit else v.transform(texts)
            for v in self.vectorizers_
        ]
        if self.cue_weight:
            parts.append(self._cues(texts))
        return hstack(parts).tocsr()

    # --- estimator contract -------------------------------------------------------

    def fit(self, X: Sequence[str], y: Sequence[Sequence[str]]) -> FeedbackClassifier:
        import numpy as np
        from sklearn.linear_model import LogisticRegression

        self.vectorizers_ = self._vectorizers()
        features = self._features(X, fit=True)
        self.classes_ = np.array(list(self.labels))
        coef, intercept = [], []
        for label in self.labels:
            target = np.array([label in labels for labels in y], dtype=int)
            lr = LogisticRegression(C=self.C, class_weight="balanced", max_iter=2000)
            lr.fit(features, target)
            coef.append(lr.coef_[0])
            intercept.append(lr.intercept_[0])
        self.coef_ = np.vstack(coef)
        self.intercept_ = np.array(intercept)
        return self

    def predict_proba(self, X: Sequence[str]) -> Any:
        import numpy as np

        scores = self._features(X) @ self.coef_.T + self.intercept_
        return 1.0 / (1.0 + np.exp(-np.asarray(scores)))

    def predict(self, X: Sequence[str]) -> list[tuple[str, ...]]:
        out = []
        for row in self.predict_proba(X):
            chosen = [i for i, p in enumerate(row) if p >= self.threshold]
            if not chosen:
                chosen = [int(row.argmax())]
            chosen.sort(key=lambda i: -row[i])
            out.append(tuple(str(self.classes_[i]) for i in chosen))
        return out

    # --- JSON, no pickles ---------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        return {
            "params": self.get_params(),
            "classes": [str(c) for c in self.classes_],
            "vectorizers": [
                {
                    "params": {
                        k: list(v) if isinstance(v, tuple) else v
                        for k, v in vec.get_params().items()
                        if k in ("analyzer", "ngram_range", "sublinear_tf", "lowercase")
                    },
                    "vocabulary": {t: int(i) for t, i in vec.vocabulary_.items()},
                    "idf": [round(float(x), 6) for x in vec.idf_],
                }
                for vec in self.vectorizers_
            ],
            "coef": [[round(float(x), 6) for x in row] for row in self.coef_],
            "intercept": [round(float(x), 6) for x in self.intercept_],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> FeedbackClassifier:
        import numpy as np
        from sklearn.feature_extraction.text import TfidfVectorizer

        params = dict(data["params"])
        params["labels"] = tuple(params["labels"])
        model = cls(**params)
        model.classes_ = np.array(data["classes"])
        model.vectorizers_ = []
        for spec in data["vectorizers"]:
            p = dict(spec["params"])
            p["ngram_range"] = tuple(p["ngram_range"])
            vec = TfidfVectorizer(vocabulary=spec["vocabulary"], **p)
            vec.idf_ = np.array(spec["idf"])
            model.vectorizers_.append(vec)
        model.coef_ = np.array(data["coef"])
        model.intercept_ = np.array(data["intercept"])
        return model
