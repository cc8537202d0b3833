"""Evaluate skill extraction on SkillSpan (Zhang et al., NAACL 2022).

SkillSpan is CoNLL: ``token<TAB>SKILL-BIO<TAB>KNOWLEDGE-BIO``, sentences separated by
blank lines. The two layers may overlap. Evaluation goes through the real path: each
sentence becomes one line (tokens joined by single spaces), the extractor reads that
line like ``gapcheck skills --lines`` does, and predicted character spans are compared
with the gold spans mapped to character offsets.

Strict = exact boundary match. Label-aware scores compare ``(start, end, label)``;
the label-agnostic score ("ALL") compares the sets of ``(start, end)`` of both layers
(deduplicated), ignoring the label.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

LABELS: tuple[str, str] = ("SKILL", "KNOWLEDGE")
SOURCES: tuple[str, str] = ("tech", "house")
#: The key of the label-agnostic score.
ALL = "ALL"

CharSpan = tuple[int, int, str]


@dataclass(frozen=True)
class Sentence:
    """One SkillSpan sentence: tokens and one BIO tag sequence per layer."""

    tokens: tuple[str, ...]
    skill: tuple[str, ...]
    knowledge: tuple[str, ...]
    source: str = ""

    @property
    def text(self) -> str:
        return " ".join(self.tokens)

    def token_offsets(self) -> list[tuple[int, int]]:
        """Character offsets of each token in :attr:`text`."""
        offsets, pos = [], 0
        for token in self.tokens:
            offsets.append((pos, pos + len(token)))
            pos += len(token) + 1
        return offsets

    def gold(self) -> set[CharSpan]:
        """Gold spans of both layers as ``(start, end, label)`` character spans."""
        offsets = self.token_offsets()
        spans: set[CharSpan] = set()
        for label, tags in (("SKILL", self.skill), ("KNOWLEDGE", self.knowledge)):
            for start, end in bio_spans(tags):
                spans.add((offsets[start][0], offsets[end - 1][1], label))
        return spans


def bio_spans(tags: Sequence[str]) -> list[tuple[int, int]]:
    """Token spans ``(start, end)`` (end exclusive) of a BIO sequence.

    Broken BIO is read the usual (conlleval) way: an ``I-`` that does not continue a
    span of the same type starts a new span; unknown tags count as ``O``.
    """
    spans: list[tuple[int, int]] = []
    start: int | None = None
    kind = ""
    for i, tag in enumerate(tags):
        prefix, _, tag_kind = tag.partition("-")
        if prefix == "I" and start is not None and tag_kind == kind:
            continue
        if start is not None:
            spans.append((start, i))
            start = None
        if prefix in ("B", "I"):
            start, kind = i, tag_kind
    if start is not None:
        spans.append((start, len(tags)))
    return spans


def read_conll(path: str | Path, source: str = "") -> list[Sentence]:
    """Read a SkillSpan CoNLL file (rows with fewer than 3 columns get O tags)."""
    sentences: list[Sentence] = []
    rows: list[list[str]] = []

    def flush() -> None:
        if rows:
            tokens = tuple(r[0] for r in rows)
            skill = tuple(r[1] if len(r) > 1 else "O" for r in rows)
            know = tuple(r[2] if len(r) > 2 else "O" for r in rows)
            sentences.append(Sentence(tokens, skill, know, source))
            rows.clear()

    with open(path, encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\r\n")
            if not line.strip():
                flush()
                continue
            rows.append(line.split("\t"))
    flush()
    return sentences


def skillspan_dir() -> Path:
    """``../shared/data/skillspan`` beside the project (where SkillSpan lives here)."""
    from gapcheck.paths import models_dir

    return models_dir().parent.parent / "shared" / "data" / "skillspan"


def load_skillspan(
    split: str = "dev",
    sources: Iterable[str] = SOURCES,
    root: str | Path | None = None,
) -> list[Sentence]:
    """Sentences of one split (``train`` or ``dev``) of the given sources, in order."""
    base = Path(root) if root is not None else skillspan_dir()
    sentences: list[Sentence] = []
    for source in sources:
        sentences.extend(read_conll(base / f"skillspan_{source}_{split}.conll", source))
    return sentences


def prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float | int]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f": round(f, 4), "tp": tp,
            "pred": n_pred, "gold": n_gold}  # fmt: skip


def score_spans(
    predicted: Iterable[set[CharSpan]], gold: Iterable[set[CharSpan]]
) -> dict[str, dict[str, float | int]]:
    """Strict P/R/F1 per label and label-agnostic (key :data:`ALL`), micro-averaged
    over sentences. Each item is the set of ``(start, end, label)`` of one sentence."""
    counts = {key: [0, 0, 0] for key in (*LABELS, ALL)}
    for pred, ref in zip(predicted, gold, strict=True):
        for label in LABELS:
            p = {s for s in pred if s[2] == label}
            g = {s for s in ref if s[2] == label}
            c = counts[label]
            c[0], c[1], c[2] = c[0] + len(p & g), c[1] + len(p), c[2] + len(g)
        p2 = {(s, e) for s, e, _ in pred}
        g2 = {(s, e) for s, e, _ in ref}
        c = counts[ALL]
        c[0], c[1], c[2] = c[0] + len(p2 & g2), c[1] + len(p2), c[2] + len(g2)
    return {key: prf(*c) for key, c in counts.items()}


def evaluate(
    predict: Callable[[list[str]], Iterator[dict[str, Iterable[Any]]]],
    sentences: Sequence[Sentence],
) -> dict[str, Any]:
    """Score ``predict`` on ``sentences``: it maps the lines to, per line, a dict of
    view name -> mentions (e.g. ``{"model": [...], "extractor": [...]}``). Each view
    is scored on all sentences (``"all"``) and per source (``"tech"``, ``"house"``)."""
    lines = [s.text for s in sentences]
    preds: dict[str, list[set[CharSpan]]] = {}
    for views in predict(lines):
        for name, mentions in views.items():
            spans = {(m.start, m.end, m.label) for m in mentions}
            preds.setdefault(name, []).append(spans)
    gold = [s.gold() for s in sentences]
    result: dict[str, Any] = {}
    for name, pred in preds.items():
        entry: dict[str, Any] = {"all": score_spans(pred, gold)}
        for source in sorted({s.source for s in sentences if s.source}):
            idx = [i for i, s in enumerate(sentences) if s.source == source]
            entry[source] = score_spans([pred[i] for i in idx], [gold[i] for i in idx])
        result[name] = entry
    return result


def evaluate_extractor(extractor: Any, sentences: Sequence[Sentence]) -> dict[str, Any]:
    """Score an :class:`~gapcheck.extract.Extractor` on SkillSpan sentences the way
    ``gapcheck skills --lines`` runs it: the greedy NER alone (``ner``), the model
    with its span reranker (``model``), the taxonomy alone and the whole extractor
    (what the command prints)."""

    def predict(lines: list[str]) -> Iterator[dict[str, Iterable[Any]]]:
        for sources in extractor.pipe_sources(lines, with_ner=True):
            yield {
                "ner": sources["ner"],
                "model": sources["model"],
                "taxonomy": sources["taxonomy"],
                "extractor": extractor.combine(sources),
            }

    return evaluate(predict, sentences)
