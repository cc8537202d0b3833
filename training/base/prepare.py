"""Convert UD English EWT (CoNLL-U) to spaCy's binary format for training.

    python training/base/prepare.py [--data ../shared/data/ud-english-ewt]

Writes ``training/corpus/ewt-{train,dev}.spacy`` (git-ignored; never commit converted
data) and ``training/corpus/ewt-source.json`` with the sha256 of each input file, which
``finalize.py`` copies into the model's sidecar. Sentences are grouped into documents
of 10, as ``spacy convert -n 10`` does; tokens, tags, UPOS, features, lemmas and
dependencies are kept from the gold annotation.
"""

from __future__ import annotations

import argparse
import hashlib
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "ud-english-ewt"
CORPUS = ROOT / "training" / "corpus"
SPLITS = {"train": "en_ewt-ud-train.conllu", "dev": "en_ewt-ud-dev.conllu"}


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def convert(src: Path, dest: Path, n_sents: int = 10) -> dict[str, int]:
    """CoNLL-U file -> DocBin on disk; returns counts."""
    from spacy.tokens import DocBin
    from spacy.training.converters import conllu_to_docs

    docs = list(
        conllu_to_docs(
            src.read_text(encoding="utf-8"),
            n_sents=n_sents,
            append_morphology=False,
            merge_subtokens=False,
            no_print=True,
        )
    )
    DocBin(docs=docs, store_user_data=False).to_disk(dest)
    return {
        "docs": len(docs),
        "sentences": sum(len(list(d.sents)) for d in docs),
        "tokens": sum(len(d) for d in docs),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--out", type=Path, default=CORPUS)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    source: dict[str, object] = {
        "name": "UD English EWT r2.16",
        "url": "https://github.com/UniversalDependencies/UD_English-EWT",
        "licence": "CC BY-SA 4.0",
        "files": {},
    }
    files: dict[str, object] = {}
    for split, name in SPLITS.items():
        src = args.data / name
        counts = convert(src, args.out / f"ewt-{split}.spacy")
        files[split] = {"file": name, "sha256": sha256(src), **counts}
        print(f"{split}: {counts}")
    source["files"] = files
    (args.out / "ewt-source.json").write_text(json.dumps(source, indent=2) + "\n")


if __name__ == "__main__":
    main()
