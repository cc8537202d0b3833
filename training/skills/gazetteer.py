"""A taxonomy gazetteer feature for the skill model's embedding layer.

Each token gets an integer tag from the taxonomy matcher's mentions of its ``Doc``
(:mod:`gapcheck.extract.matcher`): its BILUO position in a mention times the mention's
kind (hard KNOWLEDGE, hard SKILL, soft SKILL), or ``O`` (0) outside any mention, so
:data:`N_TAGS` = 13 values. The architecture ``gapcheck.GazetteerEmbed.v1`` is
``spacy.MultiHashEmbed.v2`` with a small learned embedding of that tag concatenated per
token and projected back to ``width``; the tags are computed inside the layer's forward
from the Doc, so training and inference see the same feature and nothing else in the
pipeline has to change.

This module imports spaCy and thinc at import time: nothing in gapcheck imports it
eagerly. It is imported by ``spacy train --code training/skills/code_gaz.py`` and must
be imported before loading a pipeline built with the architecture.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Any

import numpy
import spacy
from spacy.tokens import Doc
from thinc.api import Maxout, Model, chain, concatenate, with_array
from thinc.types import Floats2d, Ints1d

__all__ = ["N_TAGS", "GazetteerEmbed", "doc_tags", "gazetteer_tags", "tag_embed"]

#: BILUO positions within a mention (0 is reserved for O).
_BILU = {"B": 0, "I": 1, "L": 2, "U": 3}
#: Mention kinds: (type, label) -> index.
_KINDS = {("hard", "KNOWLEDGE"): 0, ("hard", "SKILL"): 1, ("soft", "SKILL"): 2}
N_KINDS = 3
N_TAGS = 1 + 4 * N_KINDS


@cache
def _matcher() -> Callable[[Any], list[Any]]:
    """The built-in taxonomy's matcher (compiled once per process)."""
    from gapcheck.extract.matcher import doc_matcher
    from gapcheck.extract.taxonomy import load_taxonomy

    return doc_matcher(load_taxonomy())


def _kind(mention: Any) -> int:
    kind = _KINDS.get((mention.type, mention.label))
    if (
        kind is None
    ):  # unknown type/label combination: a soft skill if soft, else by label
        kind = (
            2 if mention.type == "soft" else (0 if mention.label == "KNOWLEDGE" else 1)
        )
    return kind


def doc_tags(
    doc: Doc, matcher: Callable[[Any], list[Any]] | None = None
) -> numpy.ndarray:
    """Per-token gazetteer tags of ``doc`` (int32, length ``len(doc)``; 0 = O)."""
    tags = numpy.zeros((len(doc),), dtype="int32")
    if len(doc) == 0:
        return tags
    mentions = (matcher or _matcher())(doc)
    for mention in mentions:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        if tags[span.start : span.end].any():  # overlap: the earlier mention keeps it
            continue
        base = 1 + 4 * _kind(mention)
        if len(span) == 1:
            tags[span.start] = base + _BILU["U"]
        else:
            tags[span.start] = base + _BILU["B"]
            tags[span.start + 1 : span.end - 1] = base + _BILU["I"]
            tags[span.end - 1] = base + _BILU["L"]
    return tags


def gazetteer_tags(dropout: float = 0.0) -> Model[list[Doc], list[Ints1d]]:
    """Layer: docs -> per-token tag arrays. During training each non-O tag is set to
    O with probability ``dropout`` so the model does not over-trust the taxonomy."""
    return Model(
        "gazetteer_tags",
        _tags_forward,
        attrs={"dropout": float(dropout)},
    )


def _tags_forward(
    model: Model[list[Doc], list[Ints1d]], docs: list[Doc], is_train: bool
) -> tuple[list[Ints1d], Callable]:
    rate = model.attrs["dropout"]
    out = []
    for doc in docs:
        tags = doc_tags(doc)
        if is_train and rate > 0 and len(tags):
            tags[numpy.random.random_sample(len(tags)) < rate] = 0
        out.append(model.ops.asarray1i(tags))

    def backprop(d_out: Any) -> list[Doc]:
        return []

    return out, backprop


def tag_embed(nO: int, nV: int = N_TAGS) -> Model[list[Ints1d], list[Floats2d]]:
    """Layer: per-doc tag arrays -> per-doc ``nO``-wide learned embeddings (a plain
    lookup table; unlike ``with_array(Embed)`` it keeps integer indices when every
    doc of a batch is empty)."""
    return Model(
        "tag_embed",
        _embed_forward,
        init=_embed_init,
        dims={"nO": nO, "nV": nV},
        params={"E": None},
    )


def _embed_init(model: Model, X: Any = None, Y: Any = None) -> None:
    from thinc.api import uniform_init

    shape = (model.get_dim("nV"), model.get_dim("nO"))
    model.set_param("E", uniform_init(model.ops, shape))


def _embed_forward(
    model: Model[list[Ints1d], list[Floats2d]], Xs: list[Ints1d], is_train: bool
) -> tuple[list[Floats2d], Callable]:
    E = model.get_param("E")
    lengths = [len(x) for x in Xs]
    ids = model.ops.xp.concatenate(Xs).astype("int32") if Xs else model.ops.alloc1i(0)
    Y = E[ids]

    def backprop(dYs: list[Floats2d]) -> list[Ints1d]:
        dY = (
            model.ops.xp.concatenate(dYs, axis=0)
            if dYs
            else model.ops.alloc2f(0, E.shape[1])
        )
        dE = model.ops.alloc2f(*E.shape)
        model.ops.scatter_add(dE, ids, dY)
        model.inc_grad("E", dE)
        return [model.ops.alloc1i(n) for n in lengths]

    return model.ops.unflatten(Y, model.ops.asarray1i(lengths)), backprop


@spacy.registry.architectures("gapcheck.GazetteerEmbed.v1")
def GazetteerEmbed(
    width: int,
    attrs: list[str],
    rows: list[int],
    include_static_vectors: bool,
    gaz_width: int = 16,
    gaz_dropout: float = 0.15,
    dropout: float = 0.0,
) -> Model[list[Doc], list[Floats2d]]:
    """``spacy.MultiHashEmbed.v2`` plus a ``gaz_width`` embedding of the taxonomy
    gazetteer tag per token, concatenated and projected back to ``width`` with a
    Maxout layer (``dropout`` on its output). ``gaz_dropout``: rate at which tags are
    zeroed (set to O) during training."""
    from spacy.ml.models.tok2vec import MultiHashEmbed

    base = MultiHashEmbed(
        width=width,
        attrs=attrs,
        rows=rows,
        include_static_vectors=include_static_vectors,
    )
    gaz = chain(
        gazetteer_tags(gaz_dropout),
        tag_embed(gaz_width, N_TAGS),
    )
    project = with_array(
        Maxout(width, width + gaz_width, nP=3, normalize=True, dropout=dropout)
    )
    model: Model[list[Doc], list[Floats2d]] = chain(concatenate(base, gaz), project)
    return model
