"""The trained skill model: a spaCy NER (CNN tok2vec) for SKILL and KNOWLEDGE spans.

Trained on SkillSpan train (recipe in ``training/skills/``), saved with spaCy's own
serialization in ``models/gapcheck_skills/``, sidecar ``gapcheck_skills.meta.json``.
The pipeline's tokenizer is the project's ``gapcheck.tokenizer.v1`` (registered by
:mod:`gapcheck.nlp.tokenizer`), so inference sees the tokens training saw.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from gapcheck.errors import ModelError
from gapcheck.extract.span_edges import edge_trimmed
from gapcheck.records import Mention

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

MODEL_NAME = "gapcheck_skills"


def model_path() -> Path:
    from gapcheck.paths import models_dir

    return models_dir() / MODEL_NAME


def register_tokenizer() -> bool:
    """Import the project tokenizer so spaCy can build it; False when it is absent."""
    try:
        import gapcheck.nlp.tokenizer  # noqa: F401
    except ImportError:
        return False
    return True


@cache
def load_model(path: str | None = None) -> Language:
    """Load the skill pipeline once (cached). Raises :class:`ModelError` when the
    model is missing or cannot be built."""
    from gapcheck.nlp import spacy_load

    target = Path(path) if path else model_path()
    if not (target / "config.cfg").exists():
        raise ModelError(
            "the skill model is missing",
            path=target,
            fix="reinstall gapcheck or train it (see training/README.md)",
        )
    register_tokenizer()
    from gapcheck.extract.span_labels import register

    register()  # a single-label model relabels its spans with this component
    try:
        return spacy_load(target, exclude=["tagger", "parser", "lemmatizer"])
    except (OSError, ValueError, KeyError) as err:  # catalogue errors are ValueErrors
        raise ModelError(
            f"the skill model cannot be loaded ({type(err).__name__}: "
            f"{str(err).splitlines()[0][:160]})",
            path=target,
            fix="check that gapcheck and spaCy match the versions in its meta.json",
        ) from err


def shift_outside_bias(nlp: Language, delta: float) -> None:
    """Lower the NER's score for the ``O`` (outside) action by ``delta``, in place.

    Greedy transition-based NER has no threshold; this bias is its recall/precision
    knob (more entities with ``delta > 0``). ``training/skills/package.py`` tunes it on
    SkillSpan dev and saves the shifted weights with the model."""
    ner = nlp.get_pipe("ner")
    moves = ner.moves  # type: ignore[attr-defined]
    names = [moves.get_class_name(i) for i in range(moves.n_moves)]
    upper = ner.model.get_ref("upper")  # type: ignore[attr-defined]
    bias = upper.get_param("b").copy()
    bias[names.index("O")] -= delta
    upper.set_param("b", bias)


def doc_mentions(doc: Doc, offset: int = 0) -> list[Mention]:
    """The model's entities of ``doc`` as :class:`Mention`s (source ``"model"``),
    without a dangling conjunction or separator at either edge (on SkillSpan dev this
    changes 3 of 2,037 spans; users see the names, so they must be clean)."""
    mentions = []
    for ent in doc.ents:
        if ent.label_ not in ("SKILL", "KNOWLEDGE"):
            continue
        start, end = edge_trimmed(doc, ent.start, ent.end)
        if start == end:
            continue
        span = doc[start:end]
        mentions.append(
            Mention(
                start=span.start_char + offset,
                end=span.end_char + offset,
                text=span.text,
                label=ent.label_,  # type: ignore[arg-type]
                source="model",
            )
        )
    return mentions


#: File in the model directory: per canonical skill, how often a taxonomy match of it
#: was exactly a gold span in SkillSpan *train* (``{"Python": [hits, matches]}``).
PRECISION_FILE = "taxonomy_precision.json"


@cache
def taxonomy_precision(path: str | None = None) -> dict[str, tuple[int, int]]:
    """The model's table of taxonomy match precision per canonical skill (learned on
    SkillSpan train); {} when the model has none."""
    import json

    target = (Path(path) if path else model_path()) / PRECISION_FILE
    if not target.exists():
        return {}
    data = json.loads(target.read_text(encoding="utf-8"))
    return {str(k): (int(v[0]), int(v[1])) for k, v in data["precision"].items()}


@cache
def load_reranker(path: str | None = None) -> Any:
    """The model's span reranker (``reranker.json`` beside its weights: JSON, no
    pickle), or None when the model has none."""
    from gapcheck.extract.rerank import FILE, SpanReranker

    target = (Path(path) if path else model_path()) / FILE
    if not target.exists():
        return None
    try:
        return SpanReranker.from_disk(target)
    except (OSError, ValueError, KeyError, TypeError) as err:
        raise ModelError(
            f"the span reranker cannot be read ({type(err).__name__})",
            path=target,
            fix="reinstall gapcheck or refit it (training/skills/rerank.py)",
        ) from err


def meta() -> dict[str, Any]:
    """The model's sidecar metadata (versions, data, scores), or {} when absent."""
    import json

    path = model_path().with_suffix(".meta.json")
    if not path.exists():
        return {}
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data
