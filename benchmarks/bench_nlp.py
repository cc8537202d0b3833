"""Speed and size of gapcheck's base English pipeline and keyword extractor.

    python benchmarks/bench_nlp.py [--sentences 2000] [--json out.json]

Text: SkillSpan dev job-posting sentences (../shared/data/skillspan, read in place).
Reports the pipeline's load time, words per second on one core for the tokenizer
alone, tokenizer + tagger, and the full pipeline (``nlp.pipe``), the keyword
extractor's sentences per second, and the model's size on disk. Figures go in
benchmarks/README.md ("NLP base pipeline").
"""

from __future__ import annotations

import os

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import argparse
import json
import platform
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SKILLSPAN = ROOT.parent / "shared" / "data" / "skillspan"

ONLY_TAGGER = ("morphologizer", "parser", "trainable_lemmatizer")


def posting_sentences(limit: int) -> list[str]:
    sents: list[str] = []
    for name in ("skillspan_house_dev.conll", "skillspan_tech_dev.conll"):
        words: list[str] = []
        for line in (SKILLSPAN / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                words.append(line.split("\t")[0])
            elif words:
                sents.append(" ".join(words))
                words = []
    sents = [s for s in sents if len(s.split()) >= 4]
    return sents[:limit]


def words_per_second(nlp, texts: list[str], repeat: int = 2) -> tuple[float, int]:
    best = 0.0
    n_words = 0
    for _ in range(repeat):
        start = time.perf_counter()
        n_words = sum(len(doc) for doc in nlp.pipe(texts, batch_size=256))
        best = max(best, n_words / (time.perf_counter() - start))
    return best, n_words


def dir_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=int, default=2000)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()

    t0 = time.perf_counter()
    import spacy

    import gapcheck.nlp as gnlp
    from gapcheck.extract.keywords import load_keyword_extractor

    import_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    full = gnlp.load_base()
    load_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    tagger_only = gnlp.load_base(exclude=ONLY_TAGGER)
    load_tagger_s = time.perf_counter() - t0

    texts = posting_sentences(args.sentences)
    results: dict[str, object] = {
        "date": datetime.now(UTC).strftime("%Y-%m-%d"),
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, "
        f"{platform.system()} {platform.release()}",
        "python": platform.python_version(),
        "spacy": spacy.__version__,
        "sentences": len(texts),
        "import_spacy_s": round(import_s, 2),
        "load_full_s": round(load_s, 2),
        "load_tagger_only_s": round(load_tagger_s, 2),
        "model_mb": round(dir_size(gnlp.base_path()) / 1e6, 2),
    }
    for name, nlp in (
        ("tokenizer", gnlp.make_blank()),
        ("tokenizer+tagger", tagger_only),
        ("full", full),
    ):
        wps, n_words = words_per_second(nlp, texts)
        results[f"wps_{name}"] = round(wps)
        results["words"] = n_words
    extractor = load_keyword_extractor()
    start = time.perf_counter()
    extractor.transform(texts)
    results["keywords_sentences_per_s"] = round(
        len(texts) / (time.perf_counter() - start), 1
    )
    print(json.dumps(results, indent=2))
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n")


if __name__ == "__main__":
    main()
