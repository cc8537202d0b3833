"""Convert SkillSpan CoNLL into spaCy DocBins for training the skill model.

Each sentence is joined with single spaces (exactly the text the evaluation feeds the
extractor) and tokenized by the tokenizer the model will run with at inference
(``gapcheck.tokenizer.v1`` when it is importable, else spaCy's English tokenizer), so
training and inference see the same tokens. Gold character spans are snapped to those
tokens (``contract``: punctuation glued to a SkillSpan token, as in ``"Python,"``, is
left out). Overlapping SKILL/KNOWLEDGE spans (~3% of spans) keep the longer one in
``doc.ents``; ``doc.spans["sc"]`` keeps all of them.

    python training/skills/convert.py --out training/corpus/skills

The DocBins are derived data: they stay out of git (training/corpus/ is ignored).
"""

from __future__ import annotations

import argparse
import hashlib
import json
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "skillspan"


def make_nlp(tokenizer: str = "auto"):  # type: ignore[no-untyped-def]
    import spacy

    if tokenizer in ("auto", "gapcheck"):
        try:
            import gapcheck.nlp.tokenizer  # noqa: F401  (registers the factory)

            config = {"nlp": {"tokenizer": {"@tokenizers": "gapcheck.tokenizer.v1"}}}
            return spacy.blank("en", config=config)
        except ImportError:
            if tokenizer == "gapcheck":
                raise
    return spacy.blank("en")


def to_docs(nlp, sentences, label=None):  # type: ignore[no-untyped-def]
    from spacy.tokens import Span
    from spacy.util import filter_spans

    docs, lost = [], 0
    for sent in sentences:
        doc = nlp.make_doc(sent.text)
        spans = []
        for start, end, gold_label in sorted(sent.gold()):
            span = doc.char_span(
                start, end, label=label or gold_label, alignment_mode="contract"
            )
            if span is None or len(span) == 0:
                lost += 1
                continue
            spans.append(span)
        doc.spans["sc"] = [Span(doc, s.start, s.end, s.label_) for s in spans]
        doc.ents = filter_spans(spans)
        doc.user_data["source"] = sent.source
        docs.append(doc)
    return docs, lost


def main() -> None:
    from spacy.tokens import DocBin

    from gapcheck.extract.evaluate import load_skillspan

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=SHARED)
    parser.add_argument("--out", type=Path, default=Path("training/corpus/skills"))
    parser.add_argument(
        "--tokenizer", default="auto", choices=["auto", "gapcheck", "spacy"]
    )
    parser.add_argument(
        "--label",
        default=None,
        help="one label for every span (e.g. SPAN: the union of both layers, "
        "overlaps keep the longer span); default: SKILL and KNOWLEDGE",
    )
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    nlp = make_nlp(args.tokenizer)
    info = {
        "tokenizer": nlp.config["nlp"]["tokenizer"]["@tokenizers"],
        "label": args.label,
        "files": {},
    }
    for split in ("train", "dev"):
        sentences = load_skillspan(split, root=args.data)
        docs, lost = to_docs(nlp, sentences, args.label)
        DocBin(docs=docs, store_user_data=True).to_disk(args.out / f"{split}.spacy")
        ents = sum(len(d.ents) for d in docs)
        print(f"{split}: {len(docs)} sentences, {ents} ents, {lost} spans lost")
    for path in sorted(args.data.glob("skillspan_*_*.conll")):
        if path.name.endswith(("_train.conll", "_dev.conll")):
            info["files"][path.name] = hashlib.sha256(path.read_bytes()).hexdigest()
    (args.out / "info.json").write_text(json.dumps(info, indent=2) + "\n")


if __name__ == "__main__":
    main()
