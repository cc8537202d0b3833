"""Renderers: records in, text out (text, JSON, Markdown, HTML). No analysis here."""

from __future__ import annotations

from gapcheck.envelope import envelope, to_json
from gapcheck.files import write_atomic

__all__ = ["envelope", "to_json", "write_atomic"]
