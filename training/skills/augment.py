"""Mention-replacement augmentation of SkillSpan *train* for the skill model.

The model sees 4,800 labelled sentences and overfits them after ~2,500 steps; most
of what it misses on dev are skills it never saw. Mention replacement (Dai & Adel,
COLING 2020) keeps each sentence's context and swaps a labelled span for another
phrase of the same label, so the model learns where skills sit in a sentence from
many more skill phrases. Replacement phrases, drawn at random:

* half from the other SKILL/KNOWLEDGE spans of SkillSpan train (in-domain wording);
* half from ESCO v1.1.1 labels (preferred and alternative): ``skill/competence``
  for SKILL, ``knowledge`` for KNOWLEDGE ("This service uses the ESCO classification
  of the European Commission.").

Spans that overlap a span of the other layer are kept as they are. Dev is untouched.

    python training/skills/augment.py --copies 2 --out training/corpus/skills_aug
"""

from __future__ import annotations

import argparse
import csv
import random
from pathlib import Path

from convert import SHARED, make_nlp, to_docs  # type: ignore[import-not-found]

ESCO = SHARED.parent / "esco-v1.1.1" / "skills_en.csv"


def esco_phrases() -> dict[str, list[list[str]]]:
    pools: dict[str, list[list[str]]] = {"SKILL": [], "KNOWLEDGE": []}
    kinds = {"skill/competence": "SKILL", "knowledge": "KNOWLEDGE"}
    with open(ESCO, encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            label = kinds.get(row["skillType"])
            if label is None:
                continue
            for text in [row["preferredLabel"], *row["altLabels"].splitlines()]:
                if 1 <= len(text.split()) <= 8:
                    pools[label].append(text.split())
    return pools


def train_phrases(sentences) -> dict[str, list[list[str]]]:  # type: ignore[no-untyped-def]
    from gapcheck.extract.evaluate import bio_spans

    pools: dict[str, list[list[str]]] = {"SKILL": [], "KNOWLEDGE": []}
    for s in sentences:
        for label, tags in (("SKILL", s.skill), ("KNOWLEDGE", s.knowledge)):
            pools[label] += [list(s.tokens[a:b]) for a, b in bio_spans(tags)]
    return pools


def replace(sentence, pools, rng, rate: float):  # type: ignore[no-untyped-def]
    """One augmented copy of ``sentence`` (None when nothing could be replaced)."""
    from gapcheck.extract.evaluate import Sentence, bio_spans

    layers = {"SKILL": sentence.skill, "KNOWLEDGE": sentence.knowledge}
    spans = [(a, b, lab) for lab, tags in layers.items() for a, b in bio_spans(tags)]
    tokens, skill, know = [], [], []
    pos, changed = 0, False
    for a, b, label in sorted(spans):
        if a < pos:
            continue
        other = layers["KNOWLEDGE" if label == "SKILL" else "SKILL"]
        alone = all(t == "O" for t in other[a:b])
        if not alone or rng.random() > rate:
            continue
        source = pools["train" if rng.random() < 0.5 else "esco"][label]
        new = rng.choice(source)
        tokens += sentence.tokens[pos:a]
        skill += sentence.skill[pos:a]
        know += sentence.knowledge[pos:a]
        tags = ["B-" + label] + ["I-" + label] * (len(new) - 1)
        outside = ["O"] * len(new)
        tokens += new
        skill += tags if label == "SKILL" else outside
        know += tags if label == "KNOWLEDGE" else outside
        pos, changed = b, True
    if not changed:
        return None
    tokens += sentence.tokens[pos:]
    skill += sentence.skill[pos:]
    know += sentence.knowledge[pos:]
    return Sentence(tuple(tokens), tuple(skill), tuple(know), sentence.source)


def main() -> None:
    from spacy.tokens import DocBin

    from gapcheck.extract.evaluate import load_skillspan

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=Path("training/corpus/skills_aug"))
    parser.add_argument("--copies", type=int, default=1)
    parser.add_argument("--rate", type=float, default=0.5)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    train = load_skillspan("train", root=SHARED)
    pools = {"train": train_phrases(train), "esco": esco_phrases()}
    augmented = list(train)
    for _ in range(args.copies):
        copies = (replace(s, pools, rng, args.rate) for s in train)
        augmented += [s for s in copies if s is not None]
    rng.shuffle(augmented)
    nlp = make_nlp("gapcheck")
    args.out.mkdir(parents=True, exist_ok=True)
    docs, lost = to_docs(nlp, augmented)
    DocBin(docs=docs, store_user_data=True).to_disk(args.out / "train.spacy")
    print(
        f"train: {len(train)} sentences + {len(docs) - len(train)} copies, {lost} lost"
    )


if __name__ == "__main__":
    main()
