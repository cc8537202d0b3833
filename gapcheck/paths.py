"""Where gapcheck finds its trained models and its own corpora."""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

#: The size limit of one input file, in bytes or as 20M (``gapcheck.ingest``);
#: ``--max-bytes`` sets it for a run and worker processes inherit it.
MAX_BYTES_VARIABLE = "GAPCHECK_MAX_BYTES"

_PACKAGE = Path(__file__).resolve().parent
_ROOT = _PACKAGE.parent


@cache
def models_dir() -> Path:
    """``$GAPCHECK_MODELS``, else ``models/`` beside the package (source checkout)."""
    env = os.environ.get("GAPCHECK_MODELS")
    return Path(env) if env else _ROOT / "models"


@cache
def corpora_dir() -> Path:
    """``$GAPCHECK_CORPORA``, else ``corpora/`` beside the package."""
    env = os.environ.get("GAPCHECK_CORPORA")
    return Path(env) if env else _ROOT / "corpora"
