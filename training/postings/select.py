"""Pick the judged NHS postings: a fixed seed, a few postings per occupation group.

    python training/postings/select.py ../shared/data \
        > models/posting_judgements/postings.tsv

Groups are matched on the title, first rule first; postings with a description shorter
than 1,000 characters are skipped. The ids are written with their group; the postings
themselves stay in ../shared/data (never copied into the repo).
"""

from __future__ import annotations

import gzip
import html
import json
import random
import re
import sys
from pathlib import Path

SEED = 15
#: (group, title pattern, how many)
GROUPS: tuple[tuple[str, str, int], ...] = (
    ("midwifery", r"midwi", 2),
    ("pharmacy", r"pharmac", 2),
    ("physiotherapy", r"physiotherap|physio\b", 2),
    ("occupational_therapy", r"occupational therap", 2),
    ("psychology", r"psycholog|\bcbt\b|counsell|psychotherap", 2),
    ("radiography", r"radiograph|sonograph", 1),
    ("allied_health", r"dietitian|speech and language|podiatr|paramedic|orthoptist", 1),
    ("medical", r"consultant|doctor|registrar|\bfellow\b|physician|psychiatrist|"
     r"specialty|\bgp\b", 2),
    ("nursing", r"\bnurse\b|\brgn\b|\brmn\b|staff nurse|sister|charge nurse", 2),
    ("care_support", r"healthcare assistant|support worker|care assistant|"
     r"health care assistant", 2),
    ("finance", r"financ|accountant|accounts|payroll", 2),
    ("hr", r"\bhr\b|human resources|recruitment|workforce|people", 2),
    ("it_digital", r"\bit\b|\bict\b|digital|developer|informatics|\bdata\b|"
     r"analyst|network", 2),
    ("estates_trades", r"estates|electrician|engineer|maintenance|plumb|joiner|"
     r"carpenter|technician \(estates\)", 2),
    ("facilities_hospitality", r"domestic|porter|housekeep|catering|chef|\bcook\b|"
     r"driver|hostess", 2),
    ("education", r"teacher|trainer|\beducation\b|lecturer|tutor|practice educator", 2),
    ("procurement_logistics", r"procurement|buyer|supplies|logistics|stores|"
     r"purchas|contract", 2),
    ("admin", r"administrator|secretary|receptionist|clerk|\badmin|medical records|"
     r"booking", 2),
)  # fmt: skip
MIN_DESCRIPTION = 1000


def group_of(title: str) -> str | None:
    for group, pattern, _ in GROUPS:
        if re.search(pattern, title, re.IGNORECASE):
            return group
    return None


def load(data: Path) -> list[dict]:
    path = data / "postings" / "nhs_jobs_2020-11_dev.jsonl.gz"
    with gzip.open(path, "rt", encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def select(records: list[dict]) -> list[tuple[str, str, str]]:
    by_group: dict[str, list[dict]] = {g: [] for g, _, _ in GROUPS}
    for r in sorted(records, key=lambda r: int(r["_fileid"])):
        title = re.sub(r"\s+", " ", html.unescape(html.unescape(r["title"]))).strip()
        group = group_of(title)
        if group and len(html.unescape(r.get("description", ""))) > MIN_DESCRIPTION:
            by_group[group].append(r)
    rng = random.Random(SEED)
    out = []
    for group, _, n in GROUPS:
        for r in rng.sample(by_group[group], n):
            out.append((r["_fileid"], group, html.unescape(r["title"]).strip()))
    return out


def main() -> None:
    data = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/data")
    print("posting\tgroup\ttitle")
    for row in select(load(data)):
        print("\t".join(row))


if __name__ == "__main__":
    main()
