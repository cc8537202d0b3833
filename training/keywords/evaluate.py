"""Score the keyword extractor against SkillSpan dev KNOWLEDGE spans.

    OMP_NUM_THREADS=1 python training/keywords/evaluate.py [--data ../shared/data]

Each SkillSpan dev sentence (tech + house; tokens joined by spaces) goes through
``load_keyword_extractor().transform``. A keyword counts as correct when it overlaps a
gold KNOWLEDGE span (loose) or equals one exactly (strict); recall is over gold spans.
``loose_precision_skill_or_knowledge`` also counts overlaps with SKILL spans.
Keywords are not trained on these labels, and SkillSpan annotates knowledge more
narrowly than an ATS keyword list, so this is a floor, not a target.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from gapcheck.extract.keywords import load_keyword_extractor  # noqa: E402

FILES = ("skillspan_tech_dev.conll", "skillspan_house_dev.conll")


Spans = list[tuple[int, int]]


def bio_spans(words: list[str], tags: list[str]) -> tuple[str, Spans]:
    """Text of space-joined ``words`` and the character spans of its BIO ``tags``."""
    text, spans, pos, open_at = "", [], 0, None
    for word, tag in zip(words, tags, strict=True):
        start = pos + (1 if text else 0)
        if tag.startswith("B") or tag == "O":
            if open_at is not None:
                spans.append((open_at, pos))
            open_at = start if tag.startswith("B") else None
        text = f"{text} {word}" if text else word
        pos = len(text)
    if open_at is not None:
        spans.append((open_at, pos))
    return text, spans


def read(path: Path) -> list[tuple[str, Spans, Spans]]:
    """``(text, gold KNOWLEDGE spans, gold SKILL spans)`` per sentence."""
    out: list[tuple[str, Spans, Spans]] = []
    rows: list[list[str]] = []

    def flush() -> None:
        if rows:
            words = [r[0] for r in rows]
            text, knowledge = bio_spans(words, [r[2] for r in rows])
            _, skills = bio_spans(words, [r[1] for r in rows])
            out.append((text, knowledge, skills))

    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            flush()
            rows = []
            continue
        cols = [*line.split("\t"), "O", "O"]
        rows.append(cols[:3])
    flush()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--min-specificity", type=float, help="override the shipped")
    args = parser.parse_args()
    data = [s for f in FILES for s in read(args.data / "skillspan" / f)]
    extractor = load_keyword_extractor()
    if args.min_specificity is not None:
        extractor = extractor.set_params(min_specificity=args.min_specificity)
    predicted = extractor.transform([t for t, _, _ in data])
    n_pred = n_gold = loose_p = loose_r = strict = any_p = 0
    for (_text, gold, skills), mentions in zip(data, predicted, strict=True):
        spans = [(m.start, m.end) for m in mentions]
        n_pred += len(spans)
        n_gold += len(gold)
        loose_p += sum(any(s < ge and gs < e for gs, ge in gold) for s, e in spans)
        both = gold + skills
        any_p += sum(any(s < ge and gs < e for gs, ge in both) for s, e in spans)
        loose_r += sum(any(s < ge and gs < e for s, e in spans) for gs, ge in gold)
        strict += len(set(spans) & set(gold))
    result = {
        "min_specificity": extractor.min_specificity,
        "sentences": len(data),
        "gold_spans": n_gold,
        "keywords": n_pred,
        "loose_precision": round(loose_p / max(n_pred, 1), 3),
        "loose_recall": round(loose_r / max(n_gold, 1), 3),
        "strict_precision": round(strict / max(n_pred, 1), 3),
        "strict_recall": round(strict / max(n_gold, 1), 3),
        "loose_precision_skill_or_knowledge": round(any_p / max(n_pred, 1), 3),
    }
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
