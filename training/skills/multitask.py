"""Experiment MT: the skill NER learns English syntax on the side (multi-task).

The skill model's tok2vec sees only ~100k words of SkillSpan. Here it also feeds a
part-of-speech tagger trained on UD English EWT, so the shared tok2vec learns some
syntax too. The EWT documents have no entity annotation (missing, not "O"), and the
SkillSpan ones have no tags (missing), so each head learns only from its own data.
The tagger is removed when the model is packaged: at run time the pipeline is
tok2vec + ner, exactly as fast as before.

    python training/skills/multitask.py --fraction 0.5
    # -> training/corpus/skills_mt/train.spacy (SkillSpan train + half of EWT train),
    #    fold0..3/train.spacy (each fold's train + the same EWT part),
    #    config.cfg: training/skills/config.cfg plus a tagger
    python -m spacy train training/corpus/skills_mt/config.cfg \
        --code training/skills/code.py --output training/output/skills_mt \
        --paths.train training/corpus/skills_mt/train.spacy \
        --paths.vectors training/corpus/vectors/model \
        --components.tok2vec.model.embed.include_static_vectors true \
        --training.max_steps 6000 --training.patience 1600

Result (models/README.md, run MT): it did not help. The NER learns more slowly and
plateaus lower (label-aware ents_f 42.8 against V's 43.6); as the whole extractor
with V's reranker, 0.461 at O-bias 0 and 0.455 at 0.5, against V's 0.469.
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

CORPUS = Path("training/corpus")


def ewt_part(nlp, fraction: float, seed: int) -> list:  # type: ignore[no-untyped-def]
    """EWT train documents with tags only (entities left missing)."""
    from spacy.tokens import DocBin

    docs = list(DocBin().from_disk(CORPUS / "ewt-train.spacy").get_docs(nlp.vocab))
    random.Random(seed).shuffle(docs)
    return docs[: int(len(docs) * fraction)]


def write_config(out: Path) -> None:
    from thinc.api import Config

    config = Config().from_disk(
        Path(__file__).with_name("config.cfg"), interpolate=False
    )
    config["nlp"]["pipeline"] = ["tok2vec", "tagger", "ner"]
    config["components"]["tagger"] = {
        "factory": "tagger",
        "model": {
            "@architectures": "spacy.Tagger.v2",
            "nO": None,
            "normalize": False,
            "tok2vec": {
                "@architectures": "spacy.Tok2VecListener.v1",
                "width": "${components.tok2vec.model.encode.width}",
                "upstream": "*",
            },
        },
    }
    config["training"]["score_weights"]["tag_acc"] = 0.0
    config.to_disk(out)


def main() -> None:
    import spacy
    from spacy.tokens import DocBin

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--fraction", type=float, default=0.5)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", type=Path, default=CORPUS / "skills_mt")
    args = parser.parse_args()
    nlp = spacy.blank("en")
    extra = ewt_part(nlp, args.fraction, args.seed)
    sources = {"": CORPUS / "skills" / "train.spacy"}
    for fold in range(4):
        sources[f"fold{fold}"] = CORPUS / "skills_folds" / f"fold{fold}" / "train.spacy"
    for name, path in sources.items():
        docs = list(DocBin().from_disk(path).get_docs(nlp.vocab)) + extra
        random.Random(args.seed).shuffle(docs)
        (args.out / name).mkdir(parents=True, exist_ok=True)
        DocBin(docs=docs).to_disk(args.out / name / "train.spacy")
        print(f"{args.out / name}: {len(docs)} docs ({len(extra)} from EWT)")
    write_config(args.out / "config.cfg")


if __name__ == "__main__":
    main()
