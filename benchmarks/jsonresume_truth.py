"""Field truth of a match set's resumes from their JSON Resume sources (issue 14, r13).

The match sets (``/work/extra/match_unseen1``, ``_unseen2``, ``_unseen3``) keep one
rendered PDF a person in ``resumes/NAME.pdf`` beside the hand-transcribed JSON Resume
file ``src/NAME.json`` it was rendered from (``benchmarks/render_resumes.py``, one
layout a person, listed in the set's ``draw.tsv``). This writes the truth of those
PDFs, from the JSON sources only, in the form ``benchmarks/field_accuracy.py --truth
PATH`` reads, with ``file`` entries relative to the truth file's folder::

    python benchmarks/jsonresume_truth.py /work/extra/match_unseen3  # DIR/truth.json
    python benchmarks/field_accuracy.py --reader gapcheck \
        --truth /work/extra/match_unseen3/truth.json

Each entry is ``render_resumes.truth_for`` of the source (the conventions of the
rendered sets' ``truth.json``: "?" is not scored, a list means any is right) with
``file`` set to the PDF's path under the set and the layout from ``draw.tsv`` kept as
``layout`` (unknown: "?"). Sources without a rendered PDF are left out (listed on
stderr). No resume text is read but the JSON; no reader runs.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))


def layouts(root: Path) -> dict[str, str]:
    """{person: layout} from the set's ``draw.tsv`` (empty when there is none)."""
    path = root / "draw.tsv"
    if not path.is_file():
        return {}
    with open(path, encoding="utf-8", newline="") as f:
        return {
            row["resume"]: row["layout"] for row in csv.DictReader(f, delimiter="\t")
        }


def set_truth(
    root: Path, src: str = "src", resumes: str = "resumes"
) -> tuple[dict[str, Any], list[str]]:
    """(truth document, sources with no rendered PDF) for the set at ``root``."""
    from render_resumes import truth_for

    drawn = layouts(root)
    files, missing = [], []
    for path in sorted((root / src).glob("*.json")):
        name = path.stem
        pdf = root / resumes / f"{name}.pdf"
        if not pdf.is_file():
            missing.append(name)
            continue
        resume = json.loads(path.read_text(encoding="utf-8"))
        layout = drawn.get(name, "?")
        item = truth_for(name, layout if layout != "?" else "html1", resume)
        item["file"] = f"{resumes}/{name}.pdf"
        item["layout"] = layout
        files.append(item)
    about = {
        "about": "Truth written from the set's JSON Resume sources (src/) by"
        " benchmarks/jsonresume_truth.py, before any reader ran, in"
        " render_resumes.py's conventions. '?' = not scored; a list = any is right.",
        "files": files,
    }
    return about, missing


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "root", type=Path, help="the set's folder (holds src/ and resumes/)"
    )
    parser.add_argument(
        "-o", "--out", type=Path, help="truth file (default ROOT/truth.json)"
    )
    args = parser.parse_args(argv)
    if not (args.root / "src").is_dir():
        parser.error(f"no src/ folder in {args.root}")
    truth, missing = set_truth(args.root)
    out = args.out or args.root / "truth.json"
    out.write_text(json.dumps(truth, indent=1, ensure_ascii=False), encoding="utf-8")
    for name in missing:
        print(f"{name}: no resumes/{name}.pdf, left out", file=sys.stderr)
    print(f"{len(truth['files'])} files -> {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
