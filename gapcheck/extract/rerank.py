"""Span reranker: decides which candidate skill spans to keep.

The greedy NER makes one guess per region and has no threshold; a quarter of its
wrong spans overlap a gold span with the wrong boundaries. The reranker looks at more
candidates and at what a span-level classifier can see:

* **candidates**: the NER's entities (optionally also from extra passes at higher
  recall, :data:`LEVEL_SHIFTS`), each span also moved by one token at either edge,
  plus every taxonomy match;
* **features** (:func:`span_features`): whether the NER proposed the span or a
  neighbour of it (and at which level), its length, its edge words, their shapes, the
  words just outside, function words and punctuation inside, the taxonomy's view
  (an exact match, and how often that skill's matches were gold in SkillSpan train),
  and, when the reranker was trained with one (the installed one is), the line's
  sentence prior (:mod:`.context`: does this line ask for skills at all?), bounded
  by the line's section when its document knows it;
* **model**: a logistic regression (:class:`SpanReranker`, scikit-learn's contract),
  fitted on *out-of-fold* candidates of SkillSpan train (``training/skills/
  rerank.py``), saved as JSON weights (no pickle), applied without scikit-learn;
* **decoding**: candidates at or above ``threshold_`` (tuned on dev), best first, each
  kept unless it overlaps one already kept.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from gapcheck.extract.context import SentencePrior, sigmoid

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from gapcheck.records import Mention

#: Extra lowering of the ``O`` score for higher-recall NER passes, one pass each (each
#: costs a run of the NER, not of the tok2vec). The installed recipe has one at 2.5:
#: without the sentence prior they added at most 0.002 F1 on SkillSpan dev (runs
#: R1-R3); with it, one pass added 0.004 (runs PRIOR-R1, PRIOR-SECT in models/README).
LEVEL_SHIFTS: tuple[float, ...] = (2.5,)
FUNCTION_WORDS = frozenset(
    [
        "on",
        "of",
        "in",
        "for",
        "to",
        "with",
        "and",
        "or",
        "the",
        "a",
        "an",
        "at",
        "by",
        "from",
        "as",
        "into",
        "within",
        "is",
        "are",
        "be",
    ]
)
PUNCT = frozenset({",", ".", "(", ")", ":", ";"})
CONJUNCTIONS = frozenset({"and", "or", "&"})
#: How far (in tokens) a candidate's edges may move from an NER span's.
MOVES: tuple[int, ...] = (-1, 0, 1)
FILE = "reranker.json"


@dataclass
class Candidate:
    """One candidate span of a doc: token span ``[start, end)`` and what proposed it."""

    start: int
    end: int
    votes: dict[str, int] = field(default_factory=dict)  # "v{ds}_{de}" -> best level
    label: str | None = None  # the NER's label when it proposed exactly this span
    taxonomy: Mention | None = None  # an exact taxonomy match


def ner_levels(
    nlp: Language, docs: Sequence[Doc], shifts: Sequence[float] = LEVEL_SHIFTS
) -> list[list[dict[tuple[int, int], str]]]:
    """Per doc, per level (the model's own entities first, then one pass per shift),
    the NER's token spans with labels. ``docs`` must have been through the pipeline
    (``doc.tensor`` set); their ``doc.ents`` are left as the model made them. Each
    shift costs one more pass of the NER (not of the tok2vec)."""
    result = [[{(e.start, e.end): e.label_ for e in doc.ents}] for doc in docs]
    if not shifts:
        return result
    ner = nlp.get_pipe("ner")
    moves = ner.moves  # type: ignore[attr-defined]
    outside = [moves.get_class_name(i) for i in range(moves.n_moves)].index("O")
    upper = ner.model.get_ref("upper")  # type: ignore[attr-defined]
    bias = upper.get_param("b").copy()
    saved = [list(doc.ents) for doc in docs]
    try:
        for shift in shifts:
            shifted = bias.copy()
            shifted[outside] -= shift
            upper.set_param("b", shifted)
            ner.set_annotations(docs, ner.predict(docs))  # type: ignore[attr-defined]
            for levels, doc in zip(result, docs, strict=True):
                levels.append({(e.start, e.end): e.label_ for e in doc.ents})
    finally:
        upper.set_param("b", bias)
        for doc, ents in zip(docs, saved, strict=True):
            doc.ents = ents
    return result


def candidates(
    doc: Doc,
    level_spans: Sequence[dict[tuple[int, int], str]],
    taxonomy: Iterable[Mention] = (),
) -> dict[tuple[int, int], Candidate]:
    """Candidates of ``doc`` from its NER spans per level (most confident first) and
    its taxonomy matches."""
    found: dict[tuple[int, int], Candidate] = {}
    n = len(doc)
    for rank, spans in enumerate(level_spans):
        level = len(level_spans) - rank
        for (start, end), label in spans.items():
            for ds in MOVES:
                for de in MOVES:
                    s, e = start + ds, end + de
                    if not 0 <= s < e <= n:
                        continue
                    cand = found.setdefault((s, e), Candidate(s, e))
                    key = f"v{ds}_{de}"
                    cand.votes[key] = max(cand.votes.get(key, 0), level)
                    if ds == de == 0 and cand.label is None:
                        cand.label = label
    for m in taxonomy:
        span = doc.char_span(m.start, m.end)
        if span is None:
            continue
        cand = found.setdefault((span.start, span.end), Candidate(span.start, span.end))
        cand.taxonomy = m
    return found


def _shape(text: str) -> str:
    if text.isupper() and len(text) > 1:
        return "XX"
    if text[:1].isupper():
        return "Xx"
    if text.islower():
        return "x"
    return "d" if any(c.isdigit() for c in text) else "p"


def span_features(
    doc: Doc,
    cand: Candidate,
    precision: dict[str, tuple[int, int]],
    prior: float | None = None,
) -> dict[str, float]:
    """The reranker's features of one candidate (sparse: name -> value); ``prior`` is
    the line's :meth:`.context.SentencePrior.evidence`, when the reranker has one."""
    x: dict[str, float] = {}
    if prior is not None:
        x.update(prior_features(prior))
    for key, level in cand.votes.items():
        x[key] = float(level)
        x[f"{key}={level}"] = 1.0
    best = max(cand.votes.values(), default=0)
    x[f"best={best}"] = 1.0
    if cand.label:
        x["lab_" + cand.label] = 1.0
    if cand.taxonomy is not None:
        t = cand.taxonomy
        hits, matches = precision.get(t.canonical or "", (0, 0))
        x["tax_exact"] = 1.0
        x["tax_seen"] = float(matches > 0)
        x["tax_prec"] = hits / matches if matches else 0.0
        x[f"tax_{t.type}"] = 1.0
    first, last = doc[cand.start], doc[cand.end - 1]
    n = cand.end - cand.start
    x[f"len={min(n, 10)}"] = 1.0
    x["len"] = n / 10
    x["f=" + first.lower_] = 1.0
    x["l=" + last.lower_] = 1.0
    x["fs=" + _shape(first.text)] = 1.0
    x["ls=" + _shape(last.text)] = 1.0
    x["p=" + (doc[cand.start - 1].lower_ if cand.start > 0 else "<s>")] = 1.0
    x["n=" + (doc[cand.end].lower_ if cand.end < len(doc) else "</s>")] = 1.0
    x["ffw"] = float(first.lower_ in FUNCTION_WORDS)
    x["lfw"] = float(last.lower_ in FUNCTION_WORDS)
    inner = doc[cand.start : cand.end]
    x["has_punct"] = float(any(t.text in PUNCT for t in inner))
    x["has_and"] = float(any(t.lower_ in CONJUNCTIONS for t in inner))
    return x


def prior_features(evidence: float) -> dict[str, float]:
    """The sentence prior's features: its evidence and that as a tenth of 0-1."""
    return {"slo": evidence, f"sbin={min(int(sigmoid(evidence) * 10), 9)}": 1.0}


class SpanReranker:
    """Logistic regression over :func:`span_features` (scikit-learn's contract: no
    logic in ``__init__``, ``fit`` returns self, learned state ends in ``_``).

    ``shifts`` are the extra NER passes (:func:`ner_levels`) its candidates come
    from; ``prior`` is a fitted :class:`~.context.SentencePrior` whose evidence for
    the line is a feature (the training features must have been made with it). Both
    are part of the model, saved with it."""

    def __init__(
        self,
        C: float = 1.0,
        threshold: float = 0.15,
        shifts: Sequence[float] = LEVEL_SHIFTS,
        prior: SentencePrior | None = None,
    ) -> None:
        self.C = C
        self.threshold = threshold
        self.shifts = shifts
        self.prior = prior

    def fit(self, X: Sequence[dict[str, float]], y: Sequence[int]) -> SpanReranker:
        from sklearn.feature_extraction import DictVectorizer
        from sklearn.linear_model import LogisticRegression

        vectorizer = DictVectorizer()
        matrix = vectorizer.fit_transform(X)
        clf = LogisticRegression(C=self.C, max_iter=3000).fit(matrix, list(y))
        self.weights_ = {
            name: float(w)
            for name, w in zip(vectorizer.feature_names_, clf.coef_[0], strict=True)
            if w != 0.0
        }
        self.intercept_ = float(clf.intercept_[0])
        self.threshold_ = self.threshold
        return self

    def predict_proba(self, X: Iterable[dict[str, float]]) -> list[float]:
        """P(gold span) of each feature dict."""
        w, b = self.weights_, self.intercept_
        return [sigmoid(b + sum(v * w.get(k, 0.0) for k, v in x.items())) for x in X]

    def score_doc(
        self,
        doc: Doc,
        cands: Sequence[Candidate],
        precision: dict[str, tuple[int, int]],
        hint: str | None = None,
    ) -> list[float]:
        """``predict_proba`` of the candidates' :func:`span_features`, computed from
        per-token weight tables instead of feature dicts (several times faster).
        ``hint`` (:data:`.context.ASK` or :data:`.context.NOT_ASKING`, from the
        line's section) bounds the sentence prior's evidence, when it has one."""
        w = self.weights_
        get = w.get
        z0 = self.intercept_
        if self.prior is not None:
            evidence = self.prior.bounded(doc.text, hint)
            z0 += sum(v * get(k, 0.0) for k, v in prior_features(evidence).items())
        texts = [t.text for t in doc]  # one pass: each Token is a new object
        lower = [text.lower() for text in texts]  # = Token.lower_ in English
        shapes = [_shape(text) for text in texts]
        ffw, lfw = get("ffw", 0.0), get("lfw", 0.0)
        first = [
            get("f=" + lw, 0.0) + get("fs=" + sh, 0.0) + ffw * (lw in FUNCTION_WORDS)
            for lw, sh in zip(lower, shapes, strict=True)
        ]
        last = [
            get("l=" + lw, 0.0) + get("ls=" + sh, 0.0) + lfw * (lw in FUNCTION_WORDS)
            for lw, sh in zip(lower, shapes, strict=True)
        ]
        before = [get("p=" + lw, 0.0) for lw in ["<s>", *lower]]  # before[start]
        after = [get("n=" + lw, 0.0) for lw in [*lower, "</s>"]]  # after[end]
        punct, conj = [0], [0]  # prefix counts
        for text, lw in zip(texts, lower, strict=True):
            punct.append(punct[-1] + (text in PUNCT))
            conj.append(conj[-1] + (lw in CONJUNCTIONS))
        w_len, w_punct = get("len", 0.0), get("has_punct", 0.0)
        w_and = get("has_and", 0.0)
        lengths = [get(f"len={k}", 0.0) for k in range(11)]
        out = []
        for c in cands:
            a, e = c.start, c.end
            z = z0 + first[a] + last[e - 1] + before[a] + after[e]
            k = e - a
            z += lengths[min(k, 10)] + w_len * k / 10
            if punct[e] > punct[a]:
                z += w_punct
            if conj[e] > conj[a]:
                z += w_and
            for key, level in c.votes.items():
                z += get(key, 0.0) * level + get(f"{key}={level}", 0.0)
            z += get(f"best={max(c.votes.values(), default=0)}", 0.0)
            if c.label:
                z += get("lab_" + c.label, 0.0)
            if c.taxonomy is not None:
                hits, matches = precision.get(c.taxonomy.canonical or "", (0, 0))
                z += get("tax_exact", 0.0) + get(f"tax_{c.taxonomy.type}", 0.0)
                if matches:
                    z += get("tax_seen", 0.0) + get("tax_prec", 0.0) * hits / matches
            out.append(sigmoid(z))
        return out

    def select(
        self, cands: Sequence[Candidate], probs: Sequence[float]
    ) -> list[tuple[Candidate, float]]:
        """Candidates at or above ``threshold_``, best first, without overlaps."""
        kept: list[tuple[Candidate, float]] = []
        ranked = sorted(zip(cands, probs, strict=True), key=lambda cp: -cp[1])
        for cand, p in ranked:
            if p < self.threshold_:
                break
            if all(cand.end <= k.start or cand.start >= k.end for k, _ in kept):
                kept.append((cand, p))
        return kept

    # -- persistence (JSON, never pickle) ------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        return {
            "params": {
                "C": self.C,
                "threshold": self.threshold,
                "shifts": list(self.shifts),
                "prior": self.prior.to_dict() if self.prior is not None else None,
            },
            "threshold_": self.threshold_,
            "intercept_": self.intercept_,
            "weights_": self.weights_,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> SpanReranker:
        params = dict(data["params"])
        params["shifts"] = tuple(float(s) for s in params.get("shifts", LEVEL_SHIFTS))
        if params.get("prior") is not None:
            params["prior"] = SentencePrior.from_dict(params["prior"])
        self = cls(**params)
        self.threshold_ = float(data["threshold_"])
        self.intercept_ = float(data["intercept_"])
        self.weights_ = {str(k): float(v) for k, v in data["weights_"].items()}
        return self

    def to_disk(self, path: str | Path) -> None:
        Path(path).write_text(json.dumps(self.to_dict(), indent=0) + "\n")

    @classmethod
    def from_disk(cls, path: str | Path) -> SpanReranker:
        return cls.from_dict(json.loads(Path(path).read_text(encoding="utf-8")))


def reranked_mentions(
    nlp: Language,
    docs: Sequence[Doc],
    taxonomy: Sequence[Sequence[Mention]],
    reranker: SpanReranker,
    precision: dict[str, tuple[int, int]],
    hints: Sequence[str | None] | None = None,
) -> list[list[Mention]]:
    """Per doc, the spans the reranker keeps as :class:`Mention`s (source ``model``,
    or ``taxonomy`` when only the taxonomy proposed the span; ``score`` = P(gold)).
    ``hints``: per doc, what its section says the line is (see ``score_doc``)."""
    from gapcheck.extract.span_edges import edge_trimmed
    from gapcheck.records import Mention

    result = []
    per_doc = ner_levels(nlp, docs, reranker.shifts)
    hints = hints if hints is not None else [None] * len(docs)
    for doc, levels, found, hint in zip(docs, per_doc, taxonomy, hints, strict=True):
        cands = list(candidates(doc, levels, found).values())
        probs = reranker.score_doc(doc, cands, precision, hint)
        mentions = []
        for cand, p in reranker.select(cands, probs):
            start, end = edge_trimmed(doc, cand.start, cand.end)
            if start == end:
                continue
            span = doc[start:end]
            t = cand.taxonomy
            mentions.append(
                Mention(
                    start=span.start_char,
                    end=span.end_char,
                    text=span.text,
                    label=_label(cand, levels),  # type: ignore[arg-type]
                    canonical=t.canonical if t else None,
                    category=t.category if t else None,
                    type=t.type if t else None,
                    source="model" if cand.votes else "taxonomy",
                    score=round(p, 3),
                )
            )
        mentions.sort(key=lambda m: m.start)
        result.append(mentions)
    return result


def _label(cand: Candidate, levels: Sequence[dict[tuple[int, int], str]]) -> str:
    """The NER's label for the span, else that of the NER span it most overlaps,
    else KNOWLEDGE for a hard taxonomy skill and SKILL otherwise."""
    if cand.label:
        return cand.label
    best, label = 0, ""
    for spans in levels:
        for (s, e), lab in spans.items():
            overlap = min(e, cand.end) - max(s, cand.start)
            if overlap > best:
                best, label = overlap, lab
    if label:
        return label
    t = cand.taxonomy
    return "KNOWLEDGE" if t is not None and t.type == "hard" else "SKILL"
