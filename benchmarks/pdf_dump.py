"""Dump what ``read_pdf`` returns for a set of PDFs, to check a reader change is exact.

Usage (from the project root)::

    python benchmarks/pdf_dump.py OUT.json DIR_OR_PDF [DIR_OR_PDF ...]
    python benchmarks/pdf_dump.py --compare BEFORE.json AFTER.json

Each PDF (found recursively under the folders given) is read once; its text,
layout facts (``Layout.to_dict()``) and warnings, or the error code it raises, are
written under its path. ``--compare`` lists the files whose dump differs and exits
1 when any does. A speed change must leave every dump byte-identical.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def dump(paths: list[Path]) -> dict[str, object]:
    from gapcheck.errors import GapcheckError
    from gapcheck.ingest.pdf import read_pdf

    files = sorted(f for p in paths for f in ([p] if p.is_file() else p.rglob("*.pdf")))
    out: dict[str, object] = {}
    for f in files:
        try:
            r = read_pdf(f.read_bytes(), str(f))
        except GapcheckError as exc:
            out[str(f)] = {"error": type(exc).__name__, "message": str(exc)}
            continue
        out[str(f)] = {
            "text": r.text,
            "layout": r.layout.to_dict(),
            "warnings": [[w.code, w.message] for w in r.warnings],
        }
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--compare", action="store_true")
    parser.add_argument("first", type=Path)
    parser.add_argument("rest", type=Path, nargs="+")
    args = parser.parse_args()
    if args.compare:
        before = json.loads(args.first.read_text(encoding="utf-8"))
        after = json.loads(args.rest[0].read_text(encoding="utf-8"))
        differ = sorted(k for k in before.keys() | after.keys()
                        if before.get(k) != after.get(k))  # fmt: skip
        for k in differ:
            print("differs:", k)
        print(f"{len(before)} / {len(after)} files, {len(differ)} differ")
        return 1 if differ else 0
    data = dump(args.rest)
    args.first.write_text(json.dumps(data, ensure_ascii=False, sort_keys=True,
                                     indent=0), encoding="utf-8")  # fmt: skip
    print(f"{len(data)} files dumped to {args.first}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
