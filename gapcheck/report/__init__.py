"""Renderers: records in, text out (text, JSON, Markdown, HTML). No analysis here."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

from gapcheck import SCHEMA_VERSION, __version__


def envelope(kind: str, payload: dict[str, Any]) -> dict[str, Any]:
    """Wrap a command's JSON payload with the fields every JSON output shares."""
    return {
        "schema_version": SCHEMA_VERSION,
        "gapcheck_version": __version__,
        "kind": kind,
        **payload,
    }


def to_json(data: Any, *, indent: int | None = 2) -> str:
    return json.dumps(data, indent=indent, ensure_ascii=False) + "\n"


def write_atomic(path: str | os.PathLike[str], text: str) -> None:
    """Write ``text`` to ``path`` so that readers never see a half-written file."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    try:
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes 0600; outputs are ordinary files
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
