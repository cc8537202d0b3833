"""Spurious in-word splits in extracted PDF text ("P resent", "C ontact").

usage: python benchmarks/split_words.py PDF_DIR_OR_FILE...
       [--extractor ours] [--extractor pdftotext] [--tools ../shared/tools] [--show 8]

A *split* is two tokens of one line, apart by spaces only (no tab, line break, hyphen or
punctuation), whose join is a dictionary word while at least one of the two is not one:
"P resent" (p + resent = present), "C ontact", "manage ment". Two dictionary words whose
join is also one ("any way", "work place") are not counted: either spelling is English.
Tokens are runs of letters, lowercased (NFKC); the join must have 4+ letters.
Rate = splits per 1,000 tokens of the extractor's own text.

Words: the word list of ``../shared/tools/pdf_fidelity.py`` (the English of
../shared/data: ESCO, O*NET, UD EWT, SkillSpan, with simple inflections), so that
glued and split words are judged against one dictionary. Names and the sources' own
typos and spacing ("Mantis BT", "colleg e") set a floor.

Extractors: ``ours`` (``gapcheck.ingest.pdf.read_pdf(...).text``, in process) and
``pdftotext`` (poppler, plain mode).
"""

from __future__ import annotations

import argparse
import collections
import re
import subprocess
import sys
import unicodedata
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LETTERS = re.compile(r"[^\W\d_]+")
#: two letter-runs apart by spaces only (the second captured in a look-ahead so
#: that overlapping pairs are all seen)
PAIR = re.compile(r"(?<![^\W\d_])([^\W\d_]+) +(?=([^\W\d_]+)(?![^\W\d_]))")


def extract(name: str, path: Path) -> str:
    if name == "ours":
        from gapcheck.ingest.pdf import read_pdf

        return read_pdf(path.read_bytes(), str(path)).text
    if name == "pdftotext":
        cmd = ["pdftotext", str(path), "-"]
        return subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    raise SystemExit(f"unknown extractor {name}")


def splits(text: str, known: Callable[[str], bool]) -> tuple[int, list[str]]:
    """Number of tokens in ``text`` and the split pairs found ("p resent")."""
    text = unicodedata.normalize("NFKC", text)
    found = []
    tokens = 0
    for line in re.split(r"[\r\n\f\t]+", text):
        tokens += len(LETTERS.findall(line))
        for m in PAIR.finditer(line):
            a, b = m.group(1).lower(), m.group(2).lower()
            joined = a + b
            if len(joined) >= 4 and known(joined) and not (known(a) and known(b)):
                found.append(f"{a} {b}")
    return tokens, found


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("inputs", nargs="+", type=Path)
    ap.add_argument("--extractor", action="append")
    ap.add_argument("--tools", type=Path, default=ROOT.parent / "shared" / "tools")
    ap.add_argument("--show", type=int, default=8)
    a = ap.parse_args()
    sys.path.insert(0, str(a.tools))
    import pdf_fidelity  # the shared word list (see module doc)

    words, _ = pdf_fidelity.vocab(pdf_fidelity.SHARED)
    base = pdf_fidelity.knower(words)
    memo: dict[str, bool] = {}

    def known(w: str) -> bool:
        if w not in memo:
            memo[w] = base(w)
        return memo[w]

    files: list[Path] = []
    for p in a.inputs:
        files += sorted(p.rglob("*.pdf")) if p.is_dir() else [p]
    for name in a.extractor or ["ours", "pdftotext"]:
        tokens = 0
        found: collections.Counter[str] = collections.Counter()
        per_file: collections.Counter[str] = collections.Counter()
        failed = 0
        for f in files:
            try:
                text = extract(name, f)
            except Exception as exc:  # reported, not fatal
                failed += 1
                print(f"{name}: no text for {f} ({type(exc).__name__})",
                      file=sys.stderr)  # fmt: skip
                continue
            n, got = splits(text, known)
            tokens += n
            found.update(got)
            per_file[f.name] += len(got)
        total = sum(found.values())
        rate = 1000 * total / max(tokens, 1)
        worst = ", ".join(f"{k} {v}" for k, v in per_file.most_common(3) if v)
        print(
            f"{name}: split {total} in {tokens} tokens ({rate:.2f} per 1000) over "
            f"{len(files) - failed} files; most common: "
            + ", ".join(f"'{k}' x{v}" for k, v in found.most_common(a.show))
            + (f"; worst files: {worst}" if worst else "")
        )


if __name__ == "__main__":
    main()
