"""Taxonomy coverage on SkillSpan dev, load/compile time and matcher speed.

Reads ``../shared/data/skillspan/*_dev.conll`` (column 2 SKILL, column 3 KNOWLEDGE,
BIO tags), joins each sentence's tokens with spaces and runs the taxonomy matcher.
A gold KNOWLEDGE span is matched *exactly* when a taxonomy mention has the same
character span, *partially* when one overlaps it. Also reports how many taxonomy
mentions overlap any gold span (SKILL or KNOWLEDGE), load and compile time of the
whole taxonomy, words/second of ``match_text`` and, for comparison, of spaCy's
``PhraseMatcher`` on ``LOWER`` over the same names and aliases.

    python benchmarks/taxonomy_coverage.py [--taxonomy PATH] [--repeat 3]
"""

from __future__ import annotations

import argparse
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SKILLSPAN = ROOT.parent / "shared" / "data" / "skillspan"


def read_conll(path: Path) -> list[tuple[str, dict[str, list[tuple[int, int]]]]]:
    """(sentence text, {"SKILL": spans, "KNOWLEDGE": spans}) per sentence."""
    sentences, tokens = [], []

    def flush() -> None:
        if not tokens:
            return
        text, spans = "", {"SKILL": [], "KNOWLEDGE": []}
        open_: dict[str, int | None] = {"SKILL": None, "KNOWLEDGE": None}
        last_end = 0
        for word, tags in tokens:
            text += ("" if not text else " ") + word
            start = len(text) - len(word)
            for layer, tag in zip(("SKILL", "KNOWLEDGE"), tags, strict=True):
                if open_[layer] is not None and not tag.startswith("I-"):
                    spans[layer].append((open_[layer], last_end))
                    open_[layer] = None
                if tag.startswith("B-") or (
                    tag.startswith("I-") and open_[layer] is None
                ):
                    open_[layer] = start
            last_end = len(text)
        for layer in open_:
            if open_[layer] is not None:
                spans[layer].append((open_[layer], last_end))
        sentences.append((text, spans))
        tokens.clear()

    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            flush()
            continue
        cells = line.split("\t")
        if len(cells) >= 3:
            tokens.append((cells[0], (cells[1], cells[2])))
    flush()
    return sentences


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--taxonomy", default=None)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    t0 = time.perf_counter()
    from gapcheck.extract.matcher import TaxonomyMatcher
    from gapcheck.extract.taxonomy import load_taxonomy

    t1 = time.perf_counter()
    tax = load_taxonomy(args.taxonomy)
    t2 = time.perf_counter()
    matcher = TaxonomyMatcher.from_taxonomy(tax)
    t3 = time.perf_counter()
    print(f"taxonomy: {len(tax):,} skills, {len(tax.families)} families")
    print(
        f"import {t1 - t0:.3f}s  load+validate {t2 - t1:.3f}s  compile {t3 - t2:.3f}s"
    )

    for path in sorted(SKILLSPAN.glob("*_dev.conll")):
        sentences = read_conll(path)
        gold = Counter()
        tax_mentions = overlapping = 0
        for text, spans in sentences:
            mentions = matcher.match_text(text)
            got = [(m.start, m.end) for m in mentions]
            for start, end in spans["KNOWLEDGE"]:
                gold["spans"] += 1
                if (start, end) in got:
                    gold["exact"] += 1
                if any(s < end and start < e for s, e in got):
                    gold["partial"] += 1
            every = spans["KNOWLEDGE"] + spans["SKILL"]
            for s, e in got:
                tax_mentions += 1
                overlapping += any(s < ge and gs < e for gs, ge in every)
        n = gold["spans"]
        print(
            f"{path.name}: {len(sentences):,} sentences, {n:,} KNOWLEDGE spans; "
            f"exact {gold['exact']:,} ({gold['exact'] / n:.1%}), "
            f"partial {gold['partial']:,} ({gold['partial'] / n:.1%}); "
            f"taxonomy mentions {tax_mentions:,}, overlapping a gold span "
            f"{overlapping:,} ({overlapping / max(tax_mentions, 1):.1%})"
        )

    texts = [t for p in sorted(SKILLSPAN.glob("*_dev.conll")) for t, _ in read_conll(p)]
    words = sum(len(t.split()) for t in texts)
    best = min(_time(lambda: [matcher.match_text(t) for t in texts], args.repeat))
    print(f"match_text: {words:,} words in {best:.2f}s = {words / best:,.0f} words/s")
    _phrase_matcher(tax, texts, words, args.repeat)


def _time(fn, repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        out.append(time.perf_counter() - start)
    return out


def _phrase_matcher(tax, texts: list[str], words: int, repeat: int) -> None:
    """spaCy's PhraseMatcher on LOWER over names+aliases, for comparison (speed)."""
    import spacy
    from spacy.matcher import PhraseMatcher

    nlp = spacy.blank("en")
    start = time.perf_counter()
    pm = PhraseMatcher(nlp.vocab, attr="LOWER")
    for skill in tax.skills:
        pm.add(skill.name, list(nlp.tokenizer.pipe([skill.name, *skill.aliases])))
    compile_s = time.perf_counter() - start
    docs = list(nlp.tokenizer.pipe(texts))
    best_match = min(_time(lambda: [pm(d) for d in docs], repeat))
    best_all = min(_time(lambda: [pm(d) for d in nlp.tokenizer.pipe(texts)], repeat))
    print(
        f"PhraseMatcher(LOWER): compile {compile_s:.2f}s; matching only "
        f"{words / best_match:,.0f} words/s; tokenize+match {words / best_all:,.0f} "
        "words/s (no normalization, word order or ambiguity rules)"
    )


if __name__ == "__main__":
    main()
