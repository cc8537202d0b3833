"""Compile ESCO and O*NET occupations into models/occupation_skills.json.

    python training/occupations/build.py [--data ../shared/data] [--terms 20]

Each occupation gets its ``--terms`` heaviest terms (words and two-word phrases,
gapcheck.diagnose.occupations.terms) by TF-IDF over all occupations, from its
description and, for O*NET, its technology skills (examples and their commodity
classes, counted twice: they are skills by definition). Only IDF weights and term
lists are written, not the source texts. Credits: "This service uses the ESCO
classification of the European Commission." O*NET 29.2 by USDOL/ETA, CC BY 4.0.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import math
import platform
import sys
from collections import Counter, defaultdict
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from gapcheck import __version__  # noqa: E402
from gapcheck.diagnose.occupations import terms  # noqa: E402

FILES = {
    "esco": "esco-v1.1.1/occupations_en.csv",
    "onet_occupations": "onet-29.2/Occupation Data.txt",
    "onet_technology": "onet-29.2/Technology Skills.txt",
}


def read_esco(path: Path) -> list[dict]:
    out = []
    with open(path, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            out.append(
                {
                    "title": row["preferredLabel"].strip(),
                    "source": "esco",
                    "code": row.get("code") or row["iscoGroup"],
                    "texts": [row.get("description") or ""],
                    "skills": [],
                }
            )
    return out


def read_onet(occupations: Path, technology: Path) -> list[dict]:
    skills: dict[str, list[str]] = defaultdict(list)
    with open(technology, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            skills[row["O*NET-SOC Code"]] += [row["Example"], row["Commodity Title"]]
    out = []
    with open(occupations, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            code = row["O*NET-SOC Code"]
            out.append(
                {
                    "title": row["Title"].strip(),
                    "source": "onet",
                    "code": code,
                    "texts": [row["Description"]],
                    "skills": skills.get(code, []),
                }
            )
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=str(ROOT.parent / "shared" / "data"))
    parser.add_argument("--terms", type=int, default=20)
    parser.add_argument("--out", default=str(ROOT / "models" / "occupation_skills"))
    args = parser.parse_args()
    data = Path(args.data)
    occs = read_esco(data / FILES["esco"]) + read_onet(
        data / FILES["onet_occupations"], data / FILES["onet_technology"]
    )
    counts = []
    df: Counter[str] = Counter()
    for occ in occs:
        tf: Counter[str] = Counter()
        for text in occ["texts"]:
            tf.update(terms(text))
        for skill in dict.fromkeys(occ["skills"]):
            for t in terms(skill):
                tf[t] += 2
        counts.append(tf)
        df.update(tf.keys())
    n = len(occs)
    idf = {t: math.log((1 + n) / (1 + d)) + 1 for t, d in df.items()}
    chosen = []
    for tf in counts:
        ranked = sorted(tf, key=lambda t: (-(1 + math.log(tf[t])) * idf[t], t))
        # a term seen once in all occupations is too rare to be shared by a resume
        chosen.append([t for t in ranked if df[t] > 1][: args.terms])
    vocab = sorted({t for ts in chosen for t in ts})
    index = {t: i for i, t in enumerate(vocab)}
    model = {
        "terms": vocab,
        "idf": [round(idf[t], 4) for t in vocab],
        "occupations": [
            {
                "title": occ["title"],
                "source": occ["source"],
                "code": occ["code"],
                "terms": [index[t] for t in ts],
            }
            for occ, ts in zip(occs, chosen, strict=True)
            if ts
        ],
    }
    out = Path(args.out)
    out.with_suffix(".json").write_text(
        json.dumps(model, separators=(",", ":"), ensure_ascii=False) + "\n",
        encoding="utf-8",
    )
    meta = {
        "name": out.name,
        "description": "skill profiles of ESCO and O*NET occupations for "
        "gapcheck diagnose's best-fitting occupations",
        "created": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "versions": {"gapcheck": __version__, "python": platform.python_version()},
        "data": {
            "source": "ESCO v1.1.1 occupations (This service uses the ESCO "
            "classification of the European Commission.); O*NET 29.2 Occupation Data "
            "and Technology Skills (USDOL/ETA, CC BY 4.0)",
            "sha256": {
                name: hashlib.sha256((data / rel).read_bytes()).hexdigest()
                for name, rel in FILES.items()
            },
        },
        "params": {"terms_per_occupation": args.terms},
        "occupations": len(model["occupations"]),
        "by_source": dict(Counter(o["source"] for o in model["occupations"])),
        "vocabulary": len(vocab),
    }
    out.with_suffix(".meta.json").write_text(
        json.dumps(meta, indent=2) + "\n", encoding="utf-8"
    )
    print(json.dumps({k: meta[k] for k in ("occupations", "by_source", "vocabulary")}))


if __name__ == "__main__":
    main()
