"""Batch output: an append-only journal while running, atomic files at the end.

Rows are appended to ``OUT.partial.jsonl`` (flushed and fsynced per block) as they
are scored, so an interrupted run keeps everything it wrote and the next run with the
same output skips those pairs. When the run finishes, the final files are written
atomically (``write_atomic``) and the journal is removed: a reader never sees a
half-written output file.
"""

from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from gapcheck.envelope import envelope, to_json
from gapcheck.files import write_atomic
from gapcheck.formats import formats_of

FORMATS = formats_of("batch")


def sibling(output: str, suffix: str) -> Path:
    """``scores.csv`` -> ``scores.errors.csv`` style names beside the output."""
    path = Path(output)
    stem = path.name[: -len(path.suffix)] if path.suffix else path.name
    return path.with_name(f"{stem}.{suffix}")


class Journal:
    """Append-only JSON lines of finished rows, tied to one run's fingerprint."""

    def __init__(self, output: str, fingerprint: str) -> None:
        self.path = Path(f"{output}.partial.jsonl")
        self.fingerprint = fingerprint
        self._fh: io.TextIOWrapper | None = None

    def load(self) -> list[dict[str, Any]]:
        """Rows of an earlier, interrupted run with the same fingerprint."""
        if not self.path.exists():
            return []
        rows: list[dict[str, Any]] = []
        good = 0  # bytes of complete, valid lines
        with self.path.open("rb") as fh:
            for raw in fh:
                if not raw.endswith(b"\n"):
                    break  # a line cut off by the interruption
                try:
                    item = json.loads(raw)
                except ValueError:
                    break
                if "_journal" in item:
                    if item["_journal"] != self.fingerprint:
                        self.path.unlink()  # other inputs or versions: start again
                        return []
                else:
                    rows.append(item)
                good += len(raw)
        if good == 0:
            self.path.unlink()
            return []
        with self.path.open("rb+") as fh:
            fh.truncate(good)
        return rows

    def append(self, rows: Iterable[dict[str, Any]]) -> None:
        if self._fh is None:
            new = not self.path.exists()
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._fh = self.path.open("a", encoding="utf-8")
            if new:
                self._fh.write(json.dumps({"_journal": self.fingerprint}) + "\n")
        for row in rows:
            self._fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        self._fh.flush()
        os.fsync(self._fh.fileno())

    def close(self, *, remove: bool = False) -> None:
        if self._fh is not None:
            self._fh.close()
            self._fh = None
        if remove:
            self.path.unlink(missing_ok=True)


def _csv_text(header: Sequence[str], rows: Iterable[Sequence[Any]]) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buf.getvalue()


def _flat(row: dict[str, Any], components: Sequence[str]) -> list[Any]:
    comps = row.get("components", {})
    return [
        row["resume"],
        row["posting"],
        row.get("posting_title") or "",
        row["score"],
        *(comps.get(name, "") for name in components),
        row["matched"],
        row["missing"],
        "; ".join(row.get("top_missing", [])),
        "; ".join(row.get("warnings", [])),
    ]


def render_rows(rows: Sequence[dict[str, Any]], fmt: str) -> str:
    components = sorted({name for r in rows for name in r.get("components", {})})
    if fmt == "csv":
        header = ["resume", "posting", "posting_title", "score", *components]
        header += ["matched", "missing", "top_missing", "warnings"]
        return _csv_text(header, (_flat(r, components) for r in rows))
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def render_rankings(rankings: dict[str, Any], fmt: str) -> str:
    if fmt != "csv":
        return to_json(rankings)
    lines: list[list[Any]] = []
    for view, key, other in (
        ("posting", "by_posting", "resume"),
        ("resume", "by_resume", "posting"),
    ):
        for name, ranked in rankings[key].items():
            lines.extend([view, name, r["rank"], r[other], r["score"]] for r in ranked)
    return _csv_text(["view", "for", "rank", "candidate", "score"], lines)


def render_errors(errors: Sequence[dict[str, Any]], fmt: str) -> str:
    if fmt == "csv":
        header = ["path", "kind", "code", "message"]
        return _csv_text(header, ([e[h] for h in header] for e in errors))
    return "".join(json.dumps(e, ensure_ascii=False) + "\n" for e in errors)


def write_outputs(
    output: str,
    fmt: str,
    rows: Sequence[dict[str, Any]],
    rankings: dict[str, Any],
    errors: Sequence[dict[str, Any]],
    summary: dict[str, Any],
) -> dict[str, str | None]:
    """Write the final files atomically; return their paths."""
    errors_path = sibling(output, "errors.csv" if fmt == "csv" else "errors.jsonl")
    rankings_path: Path | None = None
    if fmt == "json":
        payload = {
            "summary": summary,
            "rows": list(rows),
            "rankings": rankings,
            "errors": list(errors),
        }
        write_atomic(output, to_json(envelope("batch", payload)))
    else:
        write_atomic(output, render_rows(rows, fmt))
        rankings_path = sibling(
            output, "rankings.csv" if fmt == "csv" else "rankings.json"
        )
        write_atomic(rankings_path, render_rankings(rankings, fmt))
    if errors:
        write_atomic(errors_path, render_errors(errors, fmt))
    else:
        errors_path.unlink(missing_ok=True)  # a stale file from an earlier run
    return {
        "output": output,
        "rankings": str(rankings_path) if rankings_path else None,
        "errors": str(errors_path) if errors else None,
    }
