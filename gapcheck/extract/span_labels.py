"""Label the spans of a single-label skill NER as SKILL or KNOWLEDGE.

SkillSpan's score that matters here ignores labels, so the skill NER may be trained
with one label (``SPAN``: the union of both layers). This component, placed after the
``ner``, gives each ``SPAN`` entity a label with a tiny naive Bayes over cues of the
span (its text, first and last word, their endings, its length, a capital first
letter), counted on SkillSpan *train*; on SkillSpan dev gold spans it picks the gold
label ~90% of the time. Its counts are saved with the pipeline (``span_labels.json``).
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

FACTORY = "gapcheck_span_labeler"
LABELS = ("SKILL", "KNOWLEDGE")
FILE = "span_labels.json"


def span_features(words: Sequence[str]) -> list[str]:
    """The cues of a span given as its words (as written)."""
    low = [w.lower() for w in words]
    return [
        "w=" + " ".join(low),
        "f=" + low[0],
        "l=" + low[-1],
        f"n={min(len(low), 5)}",
        "s=" + low[0][-3:],
        "ls=" + low[-1][-3:],
        f"c={int(words[0][:1].isupper())}",
    ]


class SpanLabeler:
    """Relabels ``doc.ents`` of label ``source_label`` as SKILL or KNOWLEDGE."""

    def __init__(self, source_label: str = "SPAN", alpha: float = 0.5) -> None:
        self.source_label = source_label
        self.alpha = alpha

    def fit(self, spans: Iterable[tuple[Sequence[str], str]]) -> SpanLabeler:
        """Count cues per label over ``(words, label)`` gold spans."""
        prior = dict.fromkeys(LABELS, 0)
        counts: dict[str, list[int]] = {}
        for words, label in spans:
            if label not in prior or not words:
                continue
            prior[label] += 1
            for feature in span_features(words):
                counts.setdefault(feature, [0, 0])[LABELS.index(label)] += 1
        self.prior_ = prior
        self.counts_ = counts
        return self

    def predict(self, words: Sequence[str]) -> str:
        total = sum(self.prior_.values()) or 1
        best, best_label = -math.inf, LABELS[-1]
        for i, label in enumerate(LABELS):
            p = max(self.prior_[label], 1) / total
            score = math.log(p)
            for feature in span_features(words):
                row = self.counts_.get(feature)
                if row:  # p(label | cue) / p(label)
                    score += math.log(
                        (row[i] + self.alpha) / (sum(row) + 2 * self.alpha)
                    )
                    score -= math.log(p)
            if score > best:
                best, best_label = score, label
        return best_label

    def __call__(self, doc: Doc) -> Doc:
        from spacy.tokens import Span

        if not any(e.label_ == self.source_label for e in doc.ents):
            return doc
        doc.ents = [
            Span(doc, e.start, e.end, self.predict([t.text for t in e]))
            if e.label_ == self.source_label
            else e
            for e in doc.ents
        ]
        return doc

    def to_disk(self, path: str | Path, exclude: Iterable[str] = ()) -> None:
        target = Path(path)
        target.mkdir(parents=True, exist_ok=True)
        data = {"prior": self.prior_, "counts": self.counts_}
        (target / FILE).write_text(json.dumps(data, separators=(",", ":")) + "\n")

    def from_disk(self, path: str | Path, exclude: Iterable[str] = ()) -> SpanLabeler:
        data = json.loads((Path(path) / FILE).read_text(encoding="utf-8"))
        self.prior_ = {str(k): int(v) for k, v in data["prior"].items()}
        self.counts_ = {
            str(k): [int(a), int(b)] for k, (a, b) in data["counts"].items()
        }
        return self


def register() -> None:
    """Register the spaCy factory (idempotent)."""
    from spacy.language import Language

    if Language.has_factory(FACTORY):
        return

    @Language.factory(FACTORY, default_config={"source_label": "SPAN", "alpha": 0.5})
    def make_span_labeler(
        nlp: Language, name: str, source_label: str, alpha: float
    ) -> Any:
        return SpanLabeler(source_label, alpha)
