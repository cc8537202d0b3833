"""Install a trained skill pipeline into models/ with its sidecar meta.json.

    OMP_NUM_THREADS=1 python training/skills/package.py training/output/skills/model-x

Copies the pipeline to ``models/gapcheck_skills/``, then scores it on SkillSpan dev
through the real Extractor path (model alone, taxonomy alone, whole extractor; per
label, label-agnostic, per source), measures the whole extractor's words/s on one
core, and writes ``models/gapcheck_skills.meta.json``.
"""

from __future__ import annotations

import argparse
import json
import platform
import shutil
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def precision_table(matcher, make_doc, sentences) -> dict[str, list[int]]:  # type: ignore[no-untyped-def]
    """Per canonical skill: [taxonomy matches that were exactly a gold span (any
    label), taxonomy matches] over ``sentences``."""
    table: dict[str, list[int]] = {}
    for sent in sentences:
        gold = {(s, e) for s, e, _ in sent.gold()}
        for m in matcher(make_doc(sent.text)):
            if m.canonical:
                row = table.setdefault(m.canonical, [0, 0])
                row[0] += (m.start, m.end) in gold
                row[1] += 1
    return table


def write_precision_table(target: Path) -> None:
    """Per canonical skill: how often a taxonomy match was exactly a gold span (any
    label) in SkillSpan *train*. The extractor keeps taxonomy-only mentions of skills
    whose ratio reaches ``gapcheck.extract.CONFIDENT``."""
    from gapcheck.extract import Extractor
    from gapcheck.extract.evaluate import load_skillspan
    from gapcheck.extract.model import PRECISION_FILE
    from gapcheck.extract.taxonomy import load_taxonomy

    extractor = Extractor(use_model=False)
    matcher = extractor.matcher
    assert matcher is not None, "the taxonomy matcher is needed"
    table = precision_table(matcher, extractor.nlp.make_doc, load_skillspan("train"))
    taxonomy = load_taxonomy()
    data = {
        "about": "per canonical skill: [taxonomy matches that were exactly a gold "
        "span, taxonomy matches] on SkillSpan train (tech + house)",
        "taxonomy": {
            "name": getattr(taxonomy, "name", ""),
            "version": getattr(taxonomy, "version", ""),
            "skills": len(taxonomy),
        },
        "precision": dict(sorted(table.items())),
    }
    (target / PRECISION_FILE).write_text(json.dumps(data, indent=1) + "\n")


def _reranker_meta(target: Path) -> dict[str, object] | None:
    from gapcheck.extract.rerank import FILE, SpanReranker

    if not (target / FILE).exists():
        return None
    reranker = SpanReranker.from_disk(target / FILE)
    return {
        "file": FILE,
        "what": "logistic regression over candidate spans (the NER's spans moved by "
        "up to one token at either edge, and taxonomy matches); "
        "gapcheck.extract.rerank",
        "training": "out-of-fold candidates of SkillSpan train: fold models "
        "(training/skills/folds.py, train_folds.sh), each run on the quarter it did "
        "not see (training/skills/rerank.py; the fold sets are in the notes); dev "
        "only chose the threshold",
        "threshold": reranker.threshold_,
        "extra_ner_passes": list(reranker.shifts),
        "weights": len(reranker.weights_),
        "sentence_prior": None
        if reranker.prior is None
        else {
            "what": "P(the line holds any skill span): TF-IDF of words and word "
            "pairs + logistic regression, fitted on SkillSpan train (per fold for "
            "the out-of-fold candidates); gapcheck.extract.context",
            "words": reranker.prior.words,
            "terms": len(reranker.prior.terms_),
            "ask_evidence": getattr(reranker.prior, "ask_", None),
            "not_asking_evidence": getattr(reranker.prior, "not_", None),
        },
    }


def add_span_labeler(nlp) -> None:  # type: ignore[no-untyped-def]
    """After a single-label (SPAN) ner: the SKILL/KNOWLEDGE labeler, fitted on the
    gold spans of SkillSpan *train* as the pipeline's tokenizer splits them."""
    from gapcheck.extract.evaluate import load_skillspan
    from gapcheck.extract.span_labels import FACTORY

    spans = []
    for sent in load_skillspan("train"):
        doc = nlp.make_doc(sent.text)
        for start, end, label in sorted(sent.gold()):
            span = doc.char_span(start, end, alignment_mode="contract")
            if span is not None and len(span):
                spans.append(([t.text for t in span], label))
    labeler = nlp.add_pipe(FACTORY, after="ner")
    labeler.fit(spans)


def main() -> None:
    import spacy

    import gapcheck
    from gapcheck.extract import CONFIDENT, Extractor
    from gapcheck.extract.evaluate import evaluate_extractor, load_skillspan
    from gapcheck.extract.model import (
        MODEL_NAME,
        register_tokenizer,
        shift_outside_bias,
    )
    from gapcheck.extract.span_labels import register as register_span_labeler

    parser = argparse.ArgumentParser()
    parser.add_argument("trained", type=Path)
    parser.add_argument("--corpus", type=Path, default=ROOT / "training/corpus/skills")
    parser.add_argument("--notes", default="")
    parser.add_argument(
        "--target",
        type=Path,
        default=None,
        help="install here instead of models/ (to score a candidate)",
    )
    parser.add_argument(
        "--reranker",
        type=Path,
        default=None,
        help="span reranker JSON to install with the model (training/skills/rerank.py)",
    )
    parser.add_argument(
        "--o-bias",
        type=float,
        default=0.0,
        help="lower the NER's O score (tuned on dev)",
    )
    args = parser.parse_args()

    target = args.target if args.target else ROOT / "models" / MODEL_NAME
    if target.exists():
        shutil.rmtree(target)
    register_tokenizer()
    register_span_labeler()
    nlp = spacy.load(args.trained)
    if args.o_bias or "SPAN" in nlp.get_pipe("ner").labels:
        if args.o_bias:
            shift_outside_bias(nlp, args.o_bias)
        if "SPAN" in nlp.get_pipe("ner").labels:
            add_span_labeler(nlp)
        nlp.to_disk(target)
    else:
        shutil.copytree(args.trained, target)
    write_precision_table(target)
    if args.reranker:
        from gapcheck.extract.rerank import FILE

        shutil.copy(args.reranker, target / FILE)

    sentences = load_skillspan("dev")
    extractor = Extractor(model=str(target))
    extractor.extract("warm up with Python and SQL.")
    words = sum(len(s.tokens) for s in sentences)
    best = 0.0  # CPU time of this single-threaded process: one core, whatever the load
    for _ in range(3):
        t0 = time.process_time()
        for _ in extractor.pipe(s.text for s in sentences):
            pass
        best = max(best, words / (time.process_time() - t0))
    scores = evaluate_extractor(extractor, sentences)

    info = json.loads((args.corpus / "info.json").read_text())
    config = spacy.util.load_config(target / "config.cfg")
    t2v = config["components"]["tok2vec"]["model"]
    meta = {
        "name": MODEL_NAME,
        "description": "spaCy NER (CNN tok2vec) for SKILL and KNOWLEDGE spans",
        "pipeline": nlp.pipe_names,
        "created": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "versions": {
            "gapcheck": gapcheck.__version__,
            "spacy": spacy.__version__,
            "python": platform.python_version(),
        },
        "data": {
            "source": "SkillSpan (Zhang et al., NAACL 2022), MIT licence, "
            "https://github.com/kris927b/SkillSpan; train split of tech + house for "
            "training, dev split for scores",
            "tokenizer": info["tokenizer"],
            "sha256": info["files"],
        },
        "architecture": {
            "tok2vec_width": t2v["encode"]["width"],
            "tok2vec_depth": t2v["encode"]["depth"],
            "window_size": t2v["encode"]["window_size"],
            "embed": t2v["embed"].get("attrs"),
            "rows": t2v["embed"].get("rows"),
            "ner_hidden_width": config["components"]["ner"]["model"]["hidden_width"],
            "ner_extra_state_tokens": config["components"]["ner"]["model"][
                "extra_state_tokens"
            ],
            "ner_outside_bias_shift": args.o_bias,
        },
        "training": {
            "recipe": "training/skills (see training/README.md)",
            "command": " ".join(sys.argv),
            "notes": args.notes,
        },
        "dev": {
            "evaluation": "strict span P/R/F1 on SkillSpan dev (tech + house), char "
            "spans of lines = tokens joined by single spaces; ALL = label-agnostic",
            "extractor_default": {
                "taxonomy_only": extractor.taxonomy_only,
                "confident": CONFIDENT,
            },
            **scores,
        },
        "experiments": json.loads(
            (Path(__file__).parent / "experiments.json").read_text()
        ),
        "reranker": _reranker_meta(target),
        "words_per_second": round(best),
        "words_per_second_note": "whole extractor (tokenizer + model + taxonomy "
        "matcher + merge), SkillSpan dev, OMP_NUM_THREADS=1, process CPU time (one "
        "core), best of 3",
        "size_bytes": _size(target),
    }
    out = target.with_suffix(".meta.json")
    out.write_text(json.dumps(meta, indent=2) + "\n")
    ext = scores["extractor"]["all"]["ALL"]
    mod = scores["model"]["all"]["ALL"]
    print(f"model ALL f={mod['f']}  extractor ALL f={ext['f']}  words/s={best:.0f}")
    print(f"wrote {out} ({meta['size_bytes'] / 1e6:.1f} MB model)")


if __name__ == "__main__":
    main()
