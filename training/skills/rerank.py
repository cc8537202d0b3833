"""Fit the span reranker (``gapcheck.extract.rerank``) on out-of-fold candidates.

    python training/skills/rerank.py MODEL --folds training/output/skills_fold{0..3}

MODEL is the skill pipeline the reranker will sit on (as installed, O-bias included).
Fold model k (trained by ``train_folds.sh`` on the folds of ``folds.py``) is run on
the SkillSpan train sentences it did not see (fold models past K wrap around, so
fold sets of two configs can be pooled), with the same O-bias shift as MODEL;
their candidates, labelled against gold, train the reranker. The taxonomy-precision
feature of those candidates comes from a table built on the fold's own training
sentences, so nothing of the held-out fold leaks in; so does the optional sentence
prior (``--prior``, ``gapcheck.extract.context``). The decision threshold is then
chosen on SkillSpan dev with MODEL's candidates, and the reranker is written
to ``MODEL/reranker.json``.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from package import precision_table  # type: ignore[import-not-found]

THRESHOLDS = [round(0.08 + 0.01 * i, 2) for i in range(20)]


def rows(nlp, matcher, precision, sentences, shifts, prior):  # type: ignore[no-untyped-def]
    """(features, is_gold, sentence index, char span) of every candidate."""
    from gapcheck.extract.rerank import candidates, ner_levels, span_features

    texts = [s.text for s in sentences]
    out = []
    for i, doc in enumerate(nlp.pipe(texts, batch_size=256)):
        gold = {(s, e) for s, e, _ in sentences[i].gold()}
        levels = ner_levels(nlp, [doc], shifts)[0]
        evidence = prior.evidence(doc.text) if prior is not None else None
        for cand in candidates(doc, levels, matcher(doc)).values():
            span = doc[cand.start : cand.end]
            key = (span.start_char, span.end_char)
            x = span_features(doc, cand, precision, evidence)
            out.append((x, int(key in gold), i, key))
    return out


def replaced_lines(sentences, names, copies, seed=0):  # type: ignore[no-untyped-def]
    """``copies`` versions of each sentence that holds a span, every span (the first
    of overlapping ones) replaced by a random name from ``names``: lines that ask
    for skills of any field, for the prior (``--prior-augment``)."""
    import random

    from gapcheck.extract.evaluate import bio_spans

    rng = random.Random(seed)
    out = []
    for _ in range(copies):
        for s in sentences:
            spans = sorted(
                {sp for tags in (s.skill, s.knowledge) for sp in bio_spans(tags)}
            )
            if not spans:
                continue
            words, pos = [], 0
            for start, end in spans:
                if start < pos:
                    continue
                words += [*s.tokens[pos:start], rng.choice(names)]
                pos = end
            out.append(" ".join([*words, *s.tokens[pos:]]))
    return out


def f1_at(reranker, data, n_gold, threshold):  # type: ignore[no-untyped-def]
    from gapcheck.extract.rerank import Candidate

    reranker.threshold_ = threshold
    probs = reranker.predict_proba([r[0] for r in data])
    by_sent: dict[int, list] = {}
    for (_x, y, i, key), p in zip(data, probs, strict=True):
        by_sent.setdefault(i, []).append((Candidate(key[0], key[1]), p, y))
    tp = n = 0
    for items in by_sent.values():
        gold = {(c.start, c.end) for c, _, y in items if y}
        kept = reranker.select([c for c, _, _ in items], [p for _, p, _ in items])
        n += len(kept)
        tp += len({(c.start, c.end) for c, _ in kept} & gold)
    p = tp / n if n else 0.0
    r = tp / n_gold
    return {"p": round(p, 4), "r": round(r, 4), "f": round(2 * tp / (n + n_gold), 4)}


def main() -> None:
    import spacy

    from gapcheck.extract.context import WORDS, SentencePrior
    from gapcheck.extract.evaluate import load_skillspan
    from gapcheck.extract.matcher import doc_matcher
    from gapcheck.extract.model import register_tokenizer, shift_outside_bias
    from gapcheck.extract.rerank import FILE, LEVEL_SHIFTS, SpanReranker
    from gapcheck.extract.taxonomy import load_taxonomy

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("model", type=Path)
    parser.add_argument("--folds", nargs="+", type=Path, required=True)
    parser.add_argument(
        "--heldout",
        type=Path,
        default=Path("training/corpus/skills_folds/heldout.json"),
    )
    parser.add_argument("--o-bias", type=float, default=0.5)
    parser.add_argument("--C", type=float, default=1.0)
    parser.add_argument(
        "--prior",
        choices=["none", *WORDS],
        default="all",
        help="the sentence prior feature (gapcheck.extract.context) reads these "
        "words; the installed recipe: all (models/README.md, runs PRIOR*)",
    )
    parser.add_argument(
        "--prior-augment",
        type=int,
        default=0,
        help="fit the prior also on this many copies of each train line that holds a "
        "span, its spans replaced by names of random taxonomy skills (all fields)",
    )
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument(
        "--shifts",
        default=",".join(str(s) for s in LEVEL_SHIFTS),
        help="O-score shifts of the extra NER passes (each costs one NER pass)",
    )
    args = parser.parse_args()
    shifts = tuple(float(s) for s in args.shifts.split(",") if s)

    register_tokenizer()
    taxonomy = load_taxonomy()
    matcher = doc_matcher(taxonomy)
    train = load_skillspan("train")
    heldout = {int(k): v for k, v in json.loads(args.heldout.read_text()).items()}

    def fit_prior(sentences):  # type: ignore[no-untyped-def]
        if args.prior == "none":
            return None
        texts = [s.text for s in sentences]
        y = [int(bool(s.gold())) for s in sentences]
        if args.prior_augment:
            names = [skill.name for skill in taxonomy.skills]
            extra = replaced_lines(sentences, names, args.prior_augment)
            texts, y = texts + extra, y + [1] * len(extra)
        return SentencePrior(words=args.prior).fit(texts, y)

    data = []
    priors = {}
    for run, fold_path in enumerate(args.folds):
        nlp = spacy.load(fold_path / "model-best")
        shift_outside_bias(nlp, args.o_bias)
        k = run % len(heldout)  # two sets of fold models can be pooled: 0-3, 0-3
        seen = set(heldout[k])
        kept = [s for i, s in enumerate(train) if i not in seen]
        table = {
            k: (v[0], v[1])
            for k, v in precision_table(matcher, nlp.make_doc, kept).items()
        }
        if k not in priors:  # fitted on the fold's own training sentences only
            priors[k] = fit_prior(kept)
        held = [train[i] for i in heldout[k]]
        fold_rows = rows(nlp, matcher, table, held, shifts, priors[k])
        data += [(x, y, (run, i), key) for x, y, i, key in fold_rows]
        n_gold = sum(r[1] for r in fold_rows)
        print(f"fold {k}: {len(fold_rows)} candidates, {n_gold} gold")
    prior = fit_prior(train)
    reranker = SpanReranker(C=args.C, shifts=shifts, prior=prior).fit(
        [r[0] for r in data], [r[1] for r in data]
    )
    n_gold_train = sum(len({(s, e) for s, e, _ in s.gold()}) for s in train)
    n_gold_train *= len(args.folds) // len(heldout)
    train_f = f1_at(reranker, data, n_gold_train, 0.15)
    print(f"out-of-fold train at 0.15: {train_f}")

    from gapcheck.extract.model import taxonomy_precision

    nlp = spacy.load(args.model)
    dev = load_skillspan("dev")
    precision = taxonomy_precision(str(args.model))
    dev_rows = rows(nlp, matcher, precision, dev, shifts, prior)
    n_gold = sum(len({(s, e) for s, e, _ in s.gold()}) for s in dev)
    scores = {t: f1_at(reranker, dev_rows, n_gold, t) for t in THRESHOLDS}
    best = max(THRESHOLDS, key=lambda t: scores[t]["f"])
    for t in THRESHOLDS:
        print(
            f"dev threshold {t:.2f}: {scores[t]}" + ("  <- chosen" if t == best else "")
        )
    reranker.threshold = best
    reranker.threshold_ = best
    out = args.out or args.model / FILE
    reranker.to_disk(out)
    print(f"wrote {out}: {len(reranker.weights_)} weights, threshold {best}")


if __name__ == "__main__":
    main()
