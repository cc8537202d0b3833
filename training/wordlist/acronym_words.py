"""Build corpora/acronym_words.txt: taxonomy acronyms that are also ordinary words.

An acronym the taxonomy writes in capitals (RADIUS, SOAP, LAMP, PLC, BIND, VAT) is
often also an English word ("live within a 15 radius of the site", "soap and
towels"). For each capitalised alphabetic name or alias of three letters or more,
count how the word is written in real text: NHS Jobs postings, ESCO skill and
occupation descriptions, O*NET occupation descriptions and UD English EWT train
(URLs and e-mail addresses removed). A word seen in lowercase at least twice, and
at least twice as often in lowercase as in capitals, is an ordinary word: the
matcher then takes it as the acronym only where it is written as the taxonomy
writes it (see ``gapcheck.extract.matcher._mode``). Aggregate counts only; no text
is copied.

    python training/wordlist/acronym_words.py [--data ../shared/data]
"""

from __future__ import annotations

import argparse
import csv
import gzip
import hashlib
import json
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
WORD = re.compile(r"\b[A-Za-z]{3,}\b")
LINKS = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+")
CAPS = re.compile(r"[A-Z]{3,}")


def _texts(data: Path, sources: list[str]) -> Iterator[str]:
    def note(path: Path) -> None:
        digest = hashlib.sha256(path.read_bytes()).hexdigest()[:16]
        sources.append(f"{path.relative_to(data)} sha256:{digest}")

    postings = data / "postings" / "nhs_jobs_2020-11_dev.jsonl.gz"
    note(postings)
    with gzip.open(postings, "rt", encoding="utf-8") as f:
        for line in f:
            record = json.loads(line)
            yield " ".join(v for v in record.values() if isinstance(v, str))
    csv.field_size_limit(1 << 30)
    for name in ("skills_en.csv", "occupations_en.csv"):
        path = data / "esco-v1.1.1" / name
        note(path)
        with path.open(encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f):
                yield " ".join(
                    row.get(k) or ""
                    for k in ("preferredLabel", "altLabels", "description")
                )
    onet = data / "onet-29.2" / "Occupation Data.txt"
    note(onet)
    yield from onet.read_text(encoding="utf-8", errors="replace").splitlines()
    for path in sorted((data / "ud-english-ewt").glob("*-train.conllu")):
        note(path)
        for line in path.read_text(encoding="utf-8").splitlines():
            cols = line.split("\t")
            if len(cols) > 1 and cols[0].isdigit():
                yield cols[1]


def acronym_words(data: Path) -> tuple[list[tuple[str, int, int]], list[str]]:
    """(word, lowercase count, capitals count) of each ordinary-word acronym."""
    from gapcheck.extract.taxonomy import load_taxonomy

    acronyms = {
        surface.lower()
        for skill in load_taxonomy().skills
        for surface in (skill.name, *skill.aliases)
        if CAPS.fullmatch(surface)
    }
    lower: Counter[str] = Counter()
    upper: Counter[str] = Counter()
    sources: list[str] = []
    for text in _texts(data, sources):
        for word in WORD.findall(LINKS.sub(" ", text)):
            key = word.lower()
            if key not in acronyms:
                continue
            if word.isupper():
                upper[key] += 1
            elif word.islower():
                lower[key] += 1
    words = [
        (w, lower[w], upper[w])
        for w in sorted(acronyms)
        if lower[w] >= 2 and lower[w] >= 2 * upper[w]
    ]
    return words, sources


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    args = parser.parse_args()
    words, sources = acronym_words(args.data)
    header = [
        "# gapcheck: taxonomy acronyms that are also ordinary words (word, times seen",
        "# in lowercase, times in capitals), counted with URLs removed in:",
        *(f"#   {s}" for s in sources),
        "# built by training/wordlist/acronym_words.py",
    ]
    out = ROOT / "corpora" / "acronym_words.txt"
    lines = [f"{w}\t{lo}\t{up}" for w, lo, up in words]
    out.write_text("\n".join(header + lines) + "\n", encoding="utf-8")
    print(f"wrote {len(words)} words to {out}")


if __name__ == "__main__":
    main()
