"""K-fold splits of SkillSpan *train* for the span reranker's training data.

The reranker (``gapcheck.extract.rerank``) learns which candidate spans of the skill
model are gold. It must see the model's mistakes on sentences the model was not
trained on, so its training data comes from K models, each trained on K-1 folds of
SkillSpan train and run on the fold it did not see (out-of-fold predictions). Dev
stays held out for scoring.

    python training/skills/folds.py --k 4 --out training/corpus/skills_folds
    # -> fold0/train.spacy (3/4 of train) ... fold3/train.spacy, and
    #    heldout.json: the sentence indices of each fold

Sentence i of train goes to fold ``i % k``.
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

from augment import esco_phrases, replace, train_phrases  # type: ignore[import-not-found]
from convert import SHARED, make_nlp, to_docs  # type: ignore[import-not-found]


def main() -> None:
    from spacy.tokens import DocBin

    from gapcheck.extract.evaluate import load_skillspan

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--k", type=int, default=4)
    parser.add_argument(
        "--out", type=Path, default=Path("training/corpus/skills_folds")
    )
    parser.add_argument("--copies", type=int, default=0, help="augmented copies")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    train = load_skillspan("train", root=SHARED)
    nlp = make_nlp("gapcheck")
    rng = random.Random(args.seed)
    heldout = {}
    for fold in range(args.k):
        kept = [s for i, s in enumerate(train) if i % args.k != fold]
        heldout[fold] = [i for i in range(len(train)) if i % args.k == fold]
        if args.copies:
            pools = {"train": train_phrases(kept), "esco": esco_phrases()}
            for _ in range(args.copies):
                copies = (replace(s, pools, rng, 0.5) for s in kept)
                kept += [s for s in copies if s is not None]
            rng.shuffle(kept)
        docs, _ = to_docs(nlp, kept)
        (args.out / f"fold{fold}").mkdir(parents=True, exist_ok=True)
        DocBin(docs=docs).to_disk(args.out / f"fold{fold}" / "train.spacy")
        print(f"fold {fold}: {len(docs)} training sentences")
    (args.out / "heldout.json").write_text(json.dumps(heldout) + "\n")


if __name__ == "__main__":
    main()
