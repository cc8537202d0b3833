"""Build corpora/wordlist.txt: common lowercase English words with their counts.

The ingest normalizer uses it to decide whether a word hyphenated at a line end is
one word split for layout ("manage-/ment" -> "management") or a real compound
("cloud-/native" -> "cloud-native"). An aggregate statistic (word counts) of
UD English EWT train (CC BY-SA 4.0) and SkillSpan train (MIT); no text is copied.

    python training/wordlist/build.py [--data ../shared/data]
"""

from __future__ import annotations

import argparse
import hashlib
import re
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
WORD = re.compile(r"^[a-z]{2,}$")


def _tokens(data: Path) -> tuple[Counter[str], list[str]]:
    counts: Counter[str] = Counter()
    sources = []
    files = sorted((data / "ud-english-ewt").glob("*-train.conllu"))
    files += sorted((data / "skillspan").glob("*_train.conll"))
    for path in files:
        sources.append(
            f"{path.relative_to(data)} sha256:"
            f"{hashlib.sha256(path.read_bytes()).hexdigest()[:16]}"
        )
        conllu = path.suffix == ".conllu"
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line or line.startswith("#"):
                continue
            cols = line.split("\t")
            if conllu and (len(cols) < 2 or not cols[0].isdigit()):
                continue
            form = (cols[1] if conllu else cols[0]).lower()
            for part in form.split("-"):
                if WORD.match(part):
                    counts[part] += 1
    return counts, sources


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--min-count", type=int, default=2)
    args = parser.parse_args()
    counts, sources = _tokens(args.data)
    words = sorted(w for w, c in counts.items() if c >= args.min_count)
    out = ROOT / "corpora" / "wordlist.txt"
    header = [
        "# gapcheck word list: lowercase words seen at least "
        f"{args.min_count} times in:"
    ]
    header += [f"#   {s}" for s in sources]
    header.append("# built by training/wordlist/build.py")
    out.write_text("\n".join(header + words) + "\n", encoding="utf-8")
    print(f"wrote {len(words)} words to {out}")


if __name__ == "__main__":
    main()
