"""Snapshot the PDF reader's output on the shared real PDFs, or compare with one.

Usage (from the project root)::

    python benchmarks/reader_snapshot.py --out /tmp/speed_ref      # write
    python benchmarks/reader_snapshot.py --compare /tmp/speed_ref  # check

Files: every PDF under ``../shared/data/resumes/*/`` and
``../shared/data/postings/jd_pdf_2024`` plus the project's PDF fixtures
(``tests/fixtures/pdf``). For each, ``read_pdf``'s text goes to ``NAME.txt`` and
its layout facts and warnings to ``NAME.json`` (an error, e.g. a file with no text
layer, goes there as its class and message), so a change meant to leave the reader's
output alone (a speed-up) can be checked byte for byte. ``--compare`` prints each
file that differs with the first differing lines and exits 1 when any does.
"""

from __future__ import annotations

import argparse
import difflib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data"


def pdf_files() -> list[tuple[str, Path]]:
    """(snapshot name, path) of every PDF snapshotted, sorted by name."""
    groups = [
        *sorted(p for p in (SHARED / "resumes").glob("*") if p.is_dir()),
        SHARED / "postings" / "jd_pdf_2024",
        ROOT / "tests" / "fixtures" / "pdf",
    ]
    out = []
    for group in groups:
        for path in sorted(group.rglob("*.pdf")):
            rel = path.relative_to(group).with_suffix("")
            out.append((f"{group.name}/{rel}", path))
    return out


def read(path: Path) -> tuple[str, str]:
    """(text, facts as JSON) of one PDF."""
    from gapcheck.ingest.pdf import read_pdf

    try:
        result = read_pdf(path.read_bytes(), str(path))
    except Exception as exc:  # (a file the reader refuses: its error is the output)
        facts: dict[str, object] = {"error": type(exc).__name__, "message": str(exc)}
        return "", json.dumps(facts, indent=1, sort_keys=True)
    facts = {
        "layout": result.layout.to_dict(),
        "warnings": [w.to_dict() for w in result.warnings],
    }
    return result.text, json.dumps(facts, indent=1, sort_keys=True, default=str)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--out", type=Path, help="write a snapshot to this folder")
    mode.add_argument("--compare", type=Path, help="compare with this snapshot")
    args = parser.parse_args()
    files = pdf_files()
    if not files:
        print("no PDF found (../shared/data missing?)", file=sys.stderr)
        return 2
    differ = missing = 0
    for name, path in files:
        text, facts = read(path)
        if args.out:
            target = args.out / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.with_suffix(".txt").write_text(text, encoding="utf-8")
            target.with_suffix(".json").write_text(facts, encoding="utf-8")
            continue
        ref = args.compare / name
        if not ref.with_suffix(".txt").exists():
            missing += 1
            print(f"{name}: not in the snapshot")
            continue
        old_text = ref.with_suffix(".txt").read_text(encoding="utf-8")
        old_facts = ref.with_suffix(".json").read_text(encoding="utf-8")
        if (old_text, old_facts) != (text, facts):
            differ += 1
            print(f"{name}: differs")
            diff = difflib.unified_diff(
                (old_text + "\n" + old_facts).splitlines(),
                (text + "\n" + facts).splitlines(),
                "snapshot",
                "now",
                lineterm="",
                n=0,
            )
            for line in list(diff)[:12]:
                print("   ", line)
    verb = "written to" if args.out else "compared with"
    print(f"{len(files)} PDFs {verb} {args.out or args.compare}: "
          f"{differ} differ, {missing} not in the snapshot")  # fmt: skip
    return 1 if differ or missing else 0


if __name__ == "__main__":
    sys.exit(main())
