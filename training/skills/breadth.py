"""Breadth check: which skills the extractor finds in postings from many fields.

    python training/skills/breadth.py --save /tmp/before.json
    GAPCHECK_MODELS=/tmp/candidate/models python training/skills/breadth.py \
        --against /tmp/before.json

SkillSpan dev has tech and house postings only, so a change that lifts its F1 can
still cost skills elsewhere: a sentence prior that reached 0.503 on dev stopped
seeing BLS and ACLS in a nursing posting (models/README.md, runs PRIOR*). This runs
the installed extractor (or the models under ``$GAPCHECK_MODELS``) over every posting
in ``corpora/samples`` and ``../shared/data/postings`` (27 files, eight fields), and
prints the distinct canonical skills found per file; ``--against`` a saved run, what
each file lost and gained. Read the lists, not only the totals: a lost "Parcel" is
noise, a lost "Basic Life Support" is a regression.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


SHARED = ROOT.parent / "shared" / "data" / "postings"


def posting_files() -> list[Path]:
    if not SHARED.is_dir():
        raise SystemExit(
            f"breadth.py: {SHARED} is missing; put ../shared beside the repo"
        )
    files = sorted((ROOT / "corpora" / "samples").glob("*posting*"))
    for folder in ("jd_docx_2020", "jd_pdf_2024"):
        files += sorted((SHARED / folder).glob("*.*"))
    return files


def canonicals(files: list[Path]) -> dict[str, list[str]]:
    """Per file (named relative to its collection), its sorted canonical skills."""
    from gapcheck.extract import skills_of_files

    found = {}
    results = skills_of_files([str(f) for f in files])
    for path, result in zip(files, results, strict=True):
        name = path.name if path.parent.name == "samples" else path.relative_to(SHARED)
        found[str(name)] = sorted({m.canonical for m in result.mentions if m.canonical})
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--save", type=Path, help="write the skills per file here")
    parser.add_argument("--against", type=Path, help="a saved run to compare with")
    args = parser.parse_args()
    before: dict[str, list[str]] = {}
    if args.against:  # read first: a bad file should not wait for the extraction
        try:
            before = json.loads(args.against.read_text())
        except (OSError, ValueError) as err:
            raise SystemExit(
                f"breadth.py: cannot read {args.against} ({err}); give a file "
                "written by --save"
            ) from err
    found = canonicals(posting_files())
    total = sum(len(v) for v in found.values())
    print(f"{len(found)} postings, {total} canonical skills (distinct per file)")
    if args.save:
        args.save.write_text(json.dumps(found, indent=1) + "\n")
    if not args.against:
        for name, names in found.items():
            print(f"{len(names):4}  {name}")
        return
    lost = gained = 0
    for name, names in found.items():
        old, new = set(before.get(name, [])), set(names)
        lost += len(old - new)
        gained += len(new - old)
        if old != new:
            print(f"{name}\n    lost:   {sorted(old - new)}")
            print(f"    gained: {sorted(new - old)}")
    print(f"lost {lost}, gained {gained} against {args.against}")


if __name__ == "__main__":
    main()
