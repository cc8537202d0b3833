"""Unlabeled text for `spacy pretrain` of the skill model's tok2vec.

Job-domain prose the tok2vec can learn word contexts from (no labels used):
ESCO v1.1.1 skill and occupation descriptions ("This service uses the ESCO
classification of the European Commission."), O*NET 29.2 occupation descriptions
(USDOL/ETA, CC BY 4.0) and the SkillSpan *train* sentences (never dev).

    python training/skills/pretrain_text.py > training/corpus/skills/pretrain.jsonl
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "data"


def texts() -> list[str]:
    from gapcheck.extract.evaluate import load_skillspan

    out: list[str] = []
    for name in ("skills_en.csv", "occupations_en.csv"):
        with open(SHARED / "esco-v1.1.1" / name, encoding="utf-8") as fh:
            out += [r["description"] for r in csv.DictReader(fh) if r["description"]]
    with open(SHARED / "onet-29.2" / "Occupation Data.txt", encoding="utf-8") as fh:
        out += [r["Description"] for r in csv.DictReader(fh, delimiter="\t")]
    out += [s.text for s in load_skillspan("train", root=SHARED / "skillspan")]
    return [" ".join(t.split()) for t in out if t.strip()]


if __name__ == "__main__":
    for text in texts():
        sys.stdout.write(json.dumps({"text": text}) + "\n")
