"""Renderers for `gapcheck skills`: text, JSON and JSON Lines.

Document results are small and rendered whole; line results are streamed (one output
line per input line as soon as it is ready), so ``--lines`` runs in constant memory.
Shapes are documented in docs/json.md ("gapcheck skills").
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

import click

from gapcheck.report import envelope, to_json

KIND = "skills"


def _mention_text(m: Any) -> str:
    name = f" -> {m.canonical}" if m.canonical and m.canonical != m.text else ""
    return f"{m.text} [{m.label}{name}]"


def render_documents(results: Iterable[Any], fmt: str) -> str:
    """The skills of whole documents as text, JSON or JSON Lines."""
    results = list(results)
    if fmt == "json":
        return to_json(envelope(KIND, {"documents": [r.to_dict() for r in results]}))
    if fmt == "jsonl":
        return "".join(
            to_json(envelope(KIND, r.to_dict()), indent=None) for r in results
        )
    out = []
    for r in results:
        out.append(f"{r.source}: {len(r.skills)} skills, {len(r.mentions)} mentions")
        for s in r.skills:
            kind = ", ".join(x for x in (s.label.lower(), s.type, s.category) if x)
            out.append(f"  {s.count:>3}  {s.name}  ({kind})")
        out += [f"  warning {n.code} {n.message}" for n in r.warnings]
        out.append("")
    return "\n".join(out)


def stream_lines(results: Iterable[Any], fmt: str) -> Iterator[str]:
    """One chunk of output per input line, in order (JSON: one array, streamed)."""
    if fmt == "json":
        head = to_json(envelope(KIND, {"lines": []}), indent=None).rstrip()
        yield head[: -len("[]}")] + "["
        for i, r in enumerate(results):
            yield ("," if i else "") + "\n" + to_json(r.to_dict(), indent=None).rstrip()
        yield "\n]}\n"
        return
    for r in results:
        if fmt == "jsonl":
            yield to_json(r.to_dict(), indent=None)
        else:
            yield f"{r.line}\t" + "; ".join(_mention_text(m) for m in r.mentions) + "\n"


def write_stream(chunks: Iterable[str], output: str | None) -> None:
    """Write chunks to stdout, or atomically to ``output`` (a temp file renamed)."""
    if output is None or output == "-":
        for chunk in chunks:
            click.echo(chunk, nl=False)
        return
    target = Path(output)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            _write_all(fh, chunks)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            Path(tmp).unlink()
        raise


def _write_all(fh: IO[str], chunks: Iterable[str]) -> None:
    for chunk in chunks:
        fh.write(chunk)
