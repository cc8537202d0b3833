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


def data_dir() -> Path:
    """Where gapcheck keeps the user's own data (the application log, imported
    taxonomies): ``$GAPCHECK_DATA``, else ``$XDG_DATA_HOME/gapcheck``, else
    ``%LOCALAPPDATA%\\gapcheck`` on Windows, else ``~/.local/share/gapcheck``.

    Not cached: it follows the environment of the moment (tests, ``--db`` aside).
    """
    env = os.environ.get("GAPCHECK_DATA")
    if env:
        return Path(env)
    base = os.environ.get("XDG_DATA_HOME") or os.environ.get("LOCALAPPDATA")
    return (Path(base) if base else Path.home() / ".local" / "share") / "gapcheck"


def cache_dir() -> Path:
    """Where gapcheck caches analyses: ``$GAPCHECK_CACHE``, else
    ``$XDG_CACHE_HOME/gapcheck``, else ``~/.cache/gapcheck``."""
    env = os.environ.get("GAPCHECK_CACHE")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "gapcheck"
