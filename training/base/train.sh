#!/usr/bin/env bash
# Retrain gapcheck's base English pipeline (models/gapcheck_en_base) from UD English EWT.
#
#   training/base/train.sh            # prepare, train (2 stages), evaluate, install
#   DATA=/path/to/ud-english-ewt training/base/train.sh
#
# Stage 1 (config.cfg): 4000 steps on gold EWT train. Stage 2 (finetune.cfg): 800 more
# steps at half the learning rate on EWT train + resume-style fragments. ~1 h on one
# core of a busy 2-core machine. Output: training/output/base{,-ft}/ (git-ignored), then
# models/gapcheck_en_base/ + models/gapcheck_en_base.meta.json.
set -euo pipefail
cd "$(dirname "$0")/../.."
export OMP_NUM_THREADS=${OMP_NUM_THREADS:-1} OPENBLAS_NUM_THREADS=${OPENBLAS_NUM_THREADS:-1}
DATA=${DATA:-../shared/data/ud-english-ewt}
CORPUS=training/corpus
CODE=gapcheck/nlp/tokenizer.py

python training/base/prepare.py --data "$DATA" --out "$CORPUS"
start=$(date +%s)
python -m spacy train training/base/config.cfg --output training/output/base --code "$CODE" \
  --paths.train "$CORPUS/ewt-train.spacy" --paths.dev "$CORPUS/ewt-dev.spacy"
python -m spacy train training/base/finetune.cfg --output training/output/base-ft --code "$CODE" \
  --paths.base_model training/output/base/model-best \
  --paths.train "$CORPUS/ewt-train-fragments.spacy" --paths.dev "$CORPUS/ewt-dev.spacy"
end=$(date +%s)
for stage in base base-ft; do
  python -m spacy evaluate "training/output/$stage/model-best" "$CORPUS/ewt-dev.spacy" \
    --code "$CODE" --output "training/output/$stage/dev-scores.json"
  python -m spacy evaluate "training/output/$stage/model-best" "$CORPUS/ewt-dev-fragments.spacy" \
    --code "$CODE" --output "training/output/$stage/dev-fragments-scores.json"
done
python training/base/finalize.py --model training/output/base-ft/model-best \
  --scores training/output/base-ft/dev-scores.json \
  --fragment-scores training/output/base-ft/dev-fragments-scores.json \
  --stage1-scores training/output/base/dev-scores.json \
  --stage1-fragment-scores training/output/base/dev-fragments-scores.json \
  --seconds $((end - start))
