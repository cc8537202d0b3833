"""Build the background IDF table for gapcheck.extract.keywords.

    python training/keywords/build_idf.py [--data ../shared/data]

Background documents: every sentence of SkillSpan's train postings (tech + house; the
job-posting register) and of UD English EWT train (general web English, so everyday
words get a low IDF too). Dev splits are not used. Writes ``models/idf_postings.json``
(term -> IDF of 1..3-grams seen in at least 2 sentences, and n_docs) and its sidecar
``models/idf_postings.meta.json`` (sources with sha256, versions, parameters).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import platform
import sys
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from gapcheck.extract.keywords import IDF_NAME, KeywordExtractor  # noqa: E402
from gapcheck.paths import models_dir  # noqa: E402

SKILLSPAN = ("skillspan_tech_train.conll", "skillspan_house_train.conll")
EWT = "en_ewt-ud-train.conllu"


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def conll_sentences(path: Path) -> Iterator[str]:
    """Sentences of a SkillSpan file (token in column 1; blank line between)."""
    words: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if words:
                yield " ".join(words)
            words = []
            continue
        token = line.split("\t")[0]
        if not (token.startswith("<") and token.endswith(">")):  # <ORGANIZATION>...
            words.append(token)
    if words:
        yield " ".join(words)


def conllu_sentences(path: Path) -> Iterator[str]:
    """Raw text of each CoNLL-U sentence (its ``# text =`` line)."""
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# text = "):
            yield line[len("# text = ") :]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    args = parser.parse_args()
    import sklearn
    import spacy

    files = [args.data / "skillspan" / n for n in SKILLSPAN]
    files.append(args.data / "ud-english-ewt" / EWT)
    texts: list[str] = []
    counts: dict[str, int] = {}
    for path in files:
        read = conll_sentences if path.suffix == ".conll" else conllu_sentences
        sents = [s for s in read(path) if s.strip()]
        counts[path.name] = len(sents)
        texts.extend(sents)
    start = time.perf_counter()
    extractor = KeywordExtractor().fit(texts)
    seconds = time.perf_counter() - start
    out = models_dir() / f"{IDF_NAME}.json"
    extractor.to_json(out)
    meta = {
        "name": IDF_NAME,
        "what": "background IDF of 1..3-grams (lower-cased gapcheck.tokenizer.v1 "
        "tokens) for gapcheck.extract.keywords; a document is one sentence",
        "params": extractor.get_params(),
        "n_docs": extractor.n_docs_,
        "n_terms": len(extractor.vocabulary_),
        "sources": [
            {
                "file": f"{p.parent.name}/{p.name}",
                "sha256": sha256(p),
                "sentences": counts[p.name],
                "licence": "MIT (SkillSpan, Zhang et al. 2022)"
                if p.suffix == ".conll"
                else "CC BY-SA 4.0 (UD English EWT r2.16)",
            }
            for p in files
        ],
        "sha256": sha256(out),
        "size_bytes": out.stat().st_size,
        "fit_seconds": round(seconds, 1),
        "spacy_version": spacy.__version__,
        "sklearn_version": sklearn.__version__,
        "python_version": platform.python_version(),
        "command": "python training/keywords/build_idf.py",
    }
    (models_dir() / f"{IDF_NAME}.meta.json").write_text(
        json.dumps(meta, indent=2) + "\n"
    )
    print(f"{out}: {meta['n_terms']} terms from {meta['n_docs']} sentences")


if __name__ == "__main__":
    main()
