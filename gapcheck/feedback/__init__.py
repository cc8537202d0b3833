"""Employer feedback, sentence by sentence, in the six skill-gap categories or
``generic``.

:func:`classify` splits feedback into sentences and labels each with the trained
:class:`~gapcheck.feedback.model.FeedbackClassifier` (``models/feedback_classifier
.json``; recipe in ``training/feedback/``, corpus in ``corpora/feedback/``). A sentence
may carry two labels.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from gapcheck.errors import ModelError
from gapcheck.feedback.labels import DISPLAY, GENERIC, LABELS
from gapcheck.paths import models_dir
from gapcheck.records import Record

MODEL_NAME = "feedback_classifier"

__all__ = [
    "DISPLAY",
    "GENERIC",
    "LABELS",
    "LabelledSentence",
    "classify",
    "classify_sentences",
    "load_model",
    "sentences",
]

_SPLIT = re.compile(r"(?<=[.!?])[\"')\]]*\s+(?=[\"'(\[]?[A-Z0-9])|\n\s*(?:[-*•]\s*)?")


@dataclass(frozen=True)
class LabelledSentence(Record):
    text: str
    labels: tuple[str, ...]


_ABBREVIATION = re.compile(r"\b(?:e\.g|i\.e|etc|vs|Mr|Mrs|Ms|Dr|approx|incl)\.$", re.I)


def sentences(text: str) -> list[str]:
    """Feedback text -> sentences (and list items), stripped, without empties. A
    split after an abbreviation ("e.g.", "Dr.") is undone."""
    parts: list[str] = []
    for piece in _SPLIT.split(text or ""):
        piece = piece.strip(" \t-*•")
        if parts and _ABBREVIATION.search(parts[-1]) and piece:
            parts[-1] = f"{parts[-1]} {piece}"
        else:
            parts.append(piece)
    return [p for p in parts if len(p) > 2 and re.search(r"[A-Za-z]", p)]


@cache
def load_model() -> Any:
    """The shipped classifier (cached). ModelError when it is missing or foreign."""
    from gapcheck.feedback.model import FeedbackClassifier

    path = models_dir() / f"{MODEL_NAME}.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return FeedbackClassifier.from_dict(data)
    except (OSError, ValueError, KeyError, TypeError) as err:
        raise ModelError(
            f"the feedback classifier cannot be loaded ({err.__class__.__name__})",
            path=path,
            fix="rebuild it with `python training/feedback/train.py`",
        ) from err


def classify_sentences(sents: Sequence[str]) -> list[LabelledSentence]:
    """Each sentence with its labels (most probable first), in one batch."""
    if not sents:
        return []
    labels = load_model().predict(list(sents))
    return [LabelledSentence(s, tuple(ls)) for s, ls in zip(sents, labels, strict=True)]


def classify(texts: Sequence[str]) -> list[LabelledSentence]:
    """Every sentence of every text, with its labels (most probable first)."""
    return classify_sentences([s for t in texts for s in sentences(t)])
