"""The learned posting-term filter as a scikit-learn estimator (training only).

``X`` is a sequence of feature dicts (:func:`gapcheck.extract.posting_filter.features`),
``y`` 1 when the term is asked of the candidate. A logistic regression over the named
features; saved as plain JSON (``{"weights": {feature: weight}, "threshold": t}``), no
pickles. At run time :func:`gapcheck.extract.posting_filter.keep_asked` reads that JSON
and needs no scikit-learn.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sklearn.base import BaseEstimator, ClassifierMixin

from gapcheck.extract.posting_filter import probability


class PostingTermFilter(ClassifierMixin, BaseEstimator):
    def __init__(
        self, C: float = 1.0, threshold: float = 0.5, balanced: bool = False
    ) -> None:
        self.C = C
        self.threshold = threshold
        self.balanced = balanced

    def fit(
        self,
        X: Sequence[Mapping[str, float]],
        y: Sequence[int],
        sample_weight: Sequence[float] | None = None,
    ) -> PostingTermFilter:
        import numpy as np
        from sklearn.feature_extraction import DictVectorizer
        from sklearn.linear_model import LogisticRegression

        vec = DictVectorizer(sparse=True)
        # the bias is the model's intercept, not a penalised feature
        matrix = vec.fit_transform(
            [{k: v for k, v in x.items() if k != "bias"} for x in X]
        )
        lr = LogisticRegression(
            C=self.C,
            class_weight="balanced" if self.balanced else None,
            max_iter=5000,
        )
        lr.fit(
            matrix,
            np.asarray(y),
            sample_weight=None if sample_weight is None else np.asarray(sample_weight),
        )
        self.classes_ = lr.classes_
        self.weights_ = {
            name: round(float(w), 6)
            for name, w in zip(vec.get_feature_names_out(), lr.coef_[0], strict=True)
            if abs(w) > 1e-9
        }
        self.weights_["bias"] = round(float(lr.intercept_[0]), 6)
        return self

    def predict_proba(self, X: Sequence[Mapping[str, float]]) -> Any:
        import numpy as np

        p = np.array([probability(self.weights_, dict(x)) for x in X])
        return np.column_stack([1 - p, p])

    def predict(self, X: Sequence[Mapping[str, float]]) -> Any:
        return (self.predict_proba(X)[:, 1] >= self.threshold).astype(int)

    def to_dict(self) -> dict[str, Any]:
        return {
            "params": self.get_params(),
            "threshold": self.threshold,
            "weights": dict(sorted(self.weights_.items(), key=lambda kv: -abs(kv[1]))),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PostingTermFilter:
        model = cls(**data["params"])
        model.weights_ = dict(data["weights"])
        model.classes_ = [0, 1]
        return model
