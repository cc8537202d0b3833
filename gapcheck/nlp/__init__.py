"""gapcheck's own English spaCy pipeline, trained on UD English EWT.

``load_base()`` returns the trained base pipeline (tokenizer ``gapcheck.tokenizer.v1``,
tok2vec, tagger + morphologizer, parser, lemmatizer), loaded once and cached;
``doc.noun_chunks`` works on its parses (UD labels, see :mod:`gapcheck.nlp.chunks`).
``make_blank()`` returns a blank English pipeline with the same tokenizer. spaCy is
imported only when one of them is called. Nothing is ever downloaded.
"""

from __future__ import annotations

import json
import os
import re
import warnings
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from gapcheck.errors import ModelError
from gapcheck.paths import models_dir

if TYPE_CHECKING:
    from spacy.language import Language

BASE_NAME = "gapcheck_en_base"
RETRAIN = "retrain it with training/base/train.sh (see training/README.md) or reinstall"


def base_path() -> Path:
    """Directory of the base pipeline (``models/gapcheck_en_base``)."""
    return models_dir() / BASE_NAME


def base_meta() -> dict[str, Any]:
    """The base pipeline's sidecar ``models/gapcheck_en_base.meta.json``."""
    path = models_dir() / f"{BASE_NAME}.meta.json"
    try:
        data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as err:
        raise ModelError("model sidecar is missing", path=path, fix=RETRAIN) from err
    except (OSError, ValueError) as err:
        raise ModelError(
            f"model sidecar cannot be read ({err})", path=path, fix=RETRAIN
        ) from err
    return data


def _check_version(meta: dict[str, Any], path: Path) -> None:
    import spacy

    trained = str(meta.get("spacy_version", ""))
    if not trained:
        warnings.warn(f"{path}: sidecar lists no spaCy version", stacklevel=3)
        return
    if trained.split(".")[:2] != spacy.__version__.split(".")[:2]:
        raise ModelError(
            f"pipeline was trained with spaCy {trained} but spaCy "
            f"{spacy.__version__} is installed",
            path=path,
            fix=f"install spacy=={trained} or {RETRAIN}",
        )


_BULLET = re.compile(r"[•▪◦●‣∙·*\-–]\s+")


def line_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each non-blank line of ``text``, without its leading
    bullet marker and surrounding spaces: the units to parse one by one, since the
    base pipeline was trained on sentences, not on a page of lines."""
    spans = []
    for match in re.finditer(r"[^\n]+", text):
        start, end = match.span()
        line = match.group()
        stripped = line.lstrip()
        start += len(line) - len(stripped)
        bullet = _BULLET.match(stripped)
        if bullet:
            start += bullet.end()
        end -= len(line) - len(line.rstrip())
        if start < end:
            spans.append((start, end))
    return spans


def make_blank() -> Language:
    """``spacy.blank("en")`` with gapcheck's tokenizer (no trained components)."""
    from gapcheck.nlp.tokenizer import make_blank as _make_blank

    return _make_blank()


def numpy_blas_ops() -> Any:
    """thinc's ``NumpyOps`` on numpy's BLAS instead of blis, or None when
    ``GAPCHECK_BLIS=1`` asks for blis. numpy's wheels bring OpenBLAS, which picks
    kernels for the CPU it runs on; on the benchmark machine the skill extractor runs
    1.6x as fast on it as on blis, with the same output (benchmarks/README.md)."""
    if os.environ.get("GAPCHECK_BLIS") == "1":
        return None
    from thinc.api import NumpyOps

    return NumpyOps(use_blis=False)


def spacy_load(path: Path, exclude: Iterable[str] = ()) -> Language:
    """``spacy.load`` with thinc's layers on :func:`numpy_blas_ops`."""
    import spacy
    from thinc.api import Model, get_current_ops, set_current_ops

    ops = numpy_blas_ops()
    if ops is None:
        return spacy.load(path, exclude=list(exclude))
    before = get_current_ops()
    set_current_ops(ops)
    try:
        nlp = spacy.load(path, exclude=list(exclude))
    finally:
        set_current_ops(before)
    for _name, pipe in nlp.pipeline:  # a layer resized on load is built apart
        model = getattr(pipe, "model", None)
        for node in model.walk() if isinstance(model, Model) else ():
            node.ops = ops
    return nlp


def load_base(exclude: Iterable[str] = ()) -> Language:
    """The trained base pipeline, cached per ``exclude`` set.

    ``exclude`` names components not to load (e.g. ``("parser",)`` when only tags are
    needed). Raises :class:`~gapcheck.errors.ModelError` when the model is missing,
    unreadable or was trained with an incompatible spaCy.
    """
    return _load(tuple(sorted(set(exclude))))


@cache
def _load(exclude: tuple[str, ...]) -> Language:
    import gapcheck.nlp.tokenizer  # noqa: F401  (registers gapcheck.tokenizer.v1)

    path = base_path()
    if not (path / "config.cfg").is_file():
        raise ModelError("the base English pipeline is missing", path=path, fix=RETRAIN)
    _check_version(base_meta(), path)
    try:
        nlp = spacy_load(path, exclude)
    except (OSError, ValueError, KeyError) as err:
        raise ModelError(
            f"the base English pipeline cannot be loaded ({err})",
            path=path,
            fix=RETRAIN,
        ) from err
    from gapcheck.nlp.chunks import noun_chunks

    # UD labels, not the ClearNLP ones spaCy's English iterator expects
    nlp.vocab.get_noun_chunks = noun_chunks  # type: ignore[assignment]
    return nlp


__all__ = [
    "BASE_NAME",
    "base_meta",
    "base_path",
    "line_spans",
    "load_base",
    "make_blank",
]
