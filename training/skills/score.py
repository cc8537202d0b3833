"""Score a trained skill pipeline on SkillSpan dev through the real Extractor path.

    python training/skills/score.py training/output/skills_a/model-best [--no-taxonomy]

Prints label-aware and label-agnostic strict P/R/F1 (all, tech, house) for the model
alone, the taxonomy alone and the whole extractor, and the extractor's words/s.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from package import write_precision_table  # type: ignore[import-not-found]


def main() -> None:
    from gapcheck.extract import Extractor
    from gapcheck.extract.evaluate import evaluate_extractor, load_skillspan
    from gapcheck.extract.model import PRECISION_FILE

    parser = argparse.ArgumentParser()
    parser.add_argument("model", nargs="?", default=None)
    parser.add_argument("--no-taxonomy", action="store_true")
    parser.add_argument("--taxonomy-only", default="confident")
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--json", default=None, help="write the scores here")
    args = parser.parse_args()
    if args.model and not (Path(args.model) / PRECISION_FILE).exists():
        write_precision_table(Path(args.model))  # learned on train, as package.py does
    sentences = load_skillspan("dev")
    if args.limit:
        sentences = sentences[: args.limit]
    extractor = Extractor(
        model=args.model,
        use_taxonomy=not args.no_taxonomy,
        taxonomy_only=args.taxonomy_only,
    )
    extractor.extract("warm up the pipeline with Python and SQL.")
    words = sum(len(s.tokens) for s in sentences)
    t0 = time.perf_counter()
    for _ in extractor.pipe(s.text for s in sentences):
        pass
    wps = words / (time.perf_counter() - t0)
    scores = evaluate_extractor(extractor, sentences)
    for view, entry in scores.items():
        for part, table in entry.items():
            row = "  ".join(
                f"{k} {v['p']:.3f}/{v['r']:.3f}/{v['f']:.3f}" for k, v in table.items()
            )
            print(f"{view:9} {part:5} {row}")
    print(f"words/s {wps:.0f} ({words} words)")
    if args.json:
        with open(args.json, "w") as fh:
            json.dump({"scores": scores, "words_per_second": round(wps)}, fh, indent=2)


if __name__ == "__main__":
    main()
