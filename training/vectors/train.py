"""Train floret word vectors on the corpus of ``corpus.py`` for the skill model.

floret (Explosion's fastText fork) stores a word as the sum of hashed subword rows,
so typos and rare technical words still get a vector and the table stays small:
``--bucket`` rows of ``--dim`` floats, whatever the vocabulary.

    python training/vectors/train.py training/corpus/vectors/corpus.txt \
        training/corpus/vectors/skills.floret
    python -m spacy init vectors en training/corpus/vectors/skills.floret \
        training/corpus/vectors/model --mode floret --attr NORM

The second command turns the table into a spaCy vectors directory that the skill
model's config points at (``[paths] vectors``); training copies it into the model.
"""

from __future__ import annotations

import argparse


def main() -> None:
    import floret

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus")
    parser.add_argument("out")
    parser.add_argument("--dim", type=int, default=100)
    parser.add_argument("--bucket", type=int, default=40000)
    parser.add_argument("--epoch", type=int, default=10)
    parser.add_argument("--min-count", type=int, default=3)
    parser.add_argument("--threads", type=int, default=1)
    args = parser.parse_args()
    model = floret.train_unsupervised(
        args.corpus,
        model="cbow",
        mode="floret",
        hashCount=2,
        bucket=args.bucket,
        minn=4,
        maxn=5,
        dim=args.dim,
        epoch=args.epoch,
        minCount=args.min_count,
        thread=args.threads,
    )
    model.save_floret_vectors(args.out)


if __name__ == "__main__":
    main()
