#!/bin/sh
# Train the K fold models of the span reranker (see folds.py), two at a time.
# Same config as the installed skill model (config.cfg + floret vectors + EXTRA).
#   sh training/skills/train_folds.sh 0 1   # then: sh training/skills/train_folds.sh 2 3
# Environment: PREFIX names the outputs (default skills_fold -> training/output/
# skills_fold0 ...); EXTRA adds spaCy config overrides, as given to the main model.
set -e
PREFIX="${PREFIX:-skills_fold}"
for k in "$@"; do
  # shellcheck disable=SC2086  # EXTRA is a list of words
  OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 python3 -m spacy train training/skills/config.cfg \
    --code training/skills/code.py --output "training/output/$PREFIX$k" \
    --paths.train "training/corpus/skills_folds/fold$k/train.spacy" \
    --paths.vectors training/corpus/vectors/model \
    --components.tok2vec.model.embed.include_static_vectors true \
    --training.max_steps 3200 --training.patience 800 $EXTRA \
    > "training/output/$PREFIX$k.log" 2>&1 &
done
wait
