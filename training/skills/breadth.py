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


def posting_files() -> list[Path]:
    shared = ROOT.parent / "shared" / "data" / "postings"
    files = sorted((ROOT / "corpora" / "samples").glob("*posting*"))
    files = [f for f in files if f.suffix != ".py"]
    for folder in ("jd_docx_2020", "jd_pdf_2024"):
        files += sorted((shared / folder).glob("*.*"))
    return files


def canonicals(files: list[Path]) -> dict[str, list[str]]:
    from gapcheck.extract import skills_of_files

    found = {}
    for path, result in zip(
        files, skills_of_files([str(f) for f in files]), strict=True
    ):
        names = {m.canonical for m in result.mentions if m.canonical}
        found[
            path.name
            if path.parent.name == "samples"
            else path.parent.name + "/" + path.name
        ] = sorted(names)
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--save", type=Path, help="write the skills per file here")
    parser.add_argument("--against", type=Path, help="a saved run to compare with")
    args = parser.parse_args()
    found = canonicals(posting_files())
    total = sum(len(v) for v in found.values())
    print(f"{len(found)} postings, {total} canonical skills (distinct per file)")
    if args.save:
        args.save.write_text(json.dumps(found, indent=1) + "\n")
    if not args.against:
        for name, names in found.items():
            print(f"{len(names):4}  {name}")
        return
    before = json.loads(args.against.read_text())
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
