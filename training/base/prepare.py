"""Convert UD English EWT (CoNLL-U) to spaCy's binary format for training.

    python training/base/prepare.py [--data ../shared/data/ud-english-ewt]

Writes into ``training/corpus/`` (git-ignored; never commit converted data):
``ewt-{train,dev}.spacy`` (gold EWT), ``ewt-train-fragments.spacy`` (gold train plus
resume-style fragments, for stage 2), ``ewt-dev-fragments.spacy`` (fragments of dev
only, to measure bullet-style lines) and ``ewt-source.json`` with the sha256 of each
input file, which ``finalize.py`` copies into the model's sidecar. Sentences are
grouped into documents of 10, as ``spacy convert -n 10`` does; tokens, tags, UPOS,
features, lemmas and dependencies are kept from the gold annotation.
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


def convert(src: Path, out: Path, split: str, n_sents: int = 10) -> dict[str, int]:
    """CoNLL-U file -> ``ewt-{split}.spacy`` and ``ewt-{split}-fragments.spacy``.

    For train, the fragments file holds every gold document plus the fragments
    (stage 2 trains on it); for dev, only the fragments (to measure tagging of
    bullet-style lines). Returns counts.
    """
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
    extra = group(fragments(docs), n_sents)
    DocBin(docs=docs).to_disk(out / f"ewt-{split}.spacy")
    both = docs + extra if split == "train" else extra
    DocBin(docs=both).to_disk(out / f"ewt-{split}-fragments.spacy")
    return {
        "docs": len(docs),
        "sentences": sum(len(list(d.sents)) for d in docs),
        "tokens": sum(len(d) for d in docs),
        "fragment_sentences": sum(len(list(d.sents)) for d in extra),
    }


#: Subject pronouns dropped to make resume-style fragments ("Managed a team...").
SUBJECTS = frozenset({"i", "we", "he", "she", "they"})
BULLET = "•"


def _sentence_doc(vocab, tokens, bullet: bool, capitalize: bool):  # type: ignore[no-untyped-def]
    """A one-sentence Doc from gold tokens (a list of Token), optionally behind a
    bullet glyph, with heads remapped."""
    from spacy.tokens import Doc

    index = {t.i: n + int(bullet) for n, t in enumerate(tokens)}
    root = next(t for t in tokens if t.head.i == t.i or t.head.i not in index)
    words = [t.text for t in tokens]
    if capitalize:
        words[0] = words[0][:1].upper() + words[0][1:]
    spaces = [bool(t.whitespace_) for t in tokens]
    spaces[-1] = False
    tags = [t.tag_ for t in tokens]
    pos = [t.pos_ for t in tokens]
    morphs = [str(t.morph) for t in tokens]
    lemmas = [t.lemma_ for t in tokens]
    deps = [t.dep_ if t is not root else "ROOT" for t in tokens]
    heads = [index.get(t.head.i, index[root.i]) for t in tokens]
    if bullet:
        words, spaces = [BULLET, *words], [True, *spaces]
        tags, pos, morphs = ["NFP", *tags], ["PUNCT", *pos], ["", *morphs]
        lemmas, deps = [BULLET, *lemmas], ["punct", *deps]
        heads = [index[root.i], *heads]
    return Doc(
        vocab,
        words=words,
        spaces=spaces,
        tags=tags,
        pos=pos,
        morphs=morphs,
        lemmas=lemmas,
        heads=heads,
        deps=deps,
        sent_starts=[True] + [False] * (len(words) - 1),
    )


def fragments(docs: list) -> list:  # type: ignore[type-arg]
    """Resume- and posting-style lines made from gold EWT sentences.

    EWT has almost no subject-less bullets ("Managed a team of five"), so the model
    took their first verb for an adjective. For each sentence that starts with a
    subject pronoun attached to the verb right after it ("I managed..."), the
    pronoun is dropped (the verb keeps its gold tag and tree); every other such
    sentence, and every imperative sentence ("Identify gaps..."), is also put behind
    a "• " bullet glyph, as gapcheck's normalized text writes bullets.
    """
    out = []
    n = 0
    for doc in docs:
        for sent in doc.sents:
            first = sent[0]
            if (
                first.text.lower() in SUBJECTS
                and first.dep_ == "nsubj"
                and first.head.i == first.i + 1
                and first.head.pos_ == "VERB"
                and not list(first.children)
                and len(sent) > 3
            ):
                n += 1
                out.append(_sentence_doc(doc.vocab, list(sent)[1:], n % 2 == 0, True))
            elif first.tag_ == "VB" and first.dep_.lower() == "root" and len(sent) > 2:
                out.append(_sentence_doc(doc.vocab, list(sent), True, False))
    return out


def group(docs: list, n_sents: int = 10) -> list:  # type: ignore[type-arg]
    from spacy.tokens import Doc

    return [Doc.from_docs(docs[i : i + n_sents]) for i in range(0, len(docs), n_sents)]


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
        counts = convert(src, args.out, split)
        files[split] = {"file": name, "sha256": sha256(src), **counts}
        print(f"{split}: {counts}")
    source["files"] = files
    (args.out / "ewt-source.json").write_text(json.dumps(source, indent=2) + "\n")


if __name__ == "__main__":
    main()
