"""The JSON every command writes: one envelope (schema and gapcheck versions, kind)
and one serialiser. At the bottom of the package so every stage that writes JSON
(:mod:`gapcheck.batch`, :mod:`gapcheck.report`, the CLI) shares it."""

from __future__ import annotations

import json
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
