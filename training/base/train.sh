#!/usr/bin/env bash
# Retrain gapcheck's base English pipeline (models/gapcheck_en_base) from UD English EWT.
#
#   training/base/train.sh            # prepare, train, evaluate, install into models/
#   DATA=/path/to/ud-english-ewt training/base/train.sh
#
# ~35-45 min on one core of a 2-core machine. Output: training/output/base/ (git-ignored),
# then models/gapcheck_en_base/ + models/gapcheck_en_base.meta.json.
set -euo pipefail
cd "$(dirname "$0")/../.."
export OMP_NUM_THREADS=${OMP_NUM_THREADS:-1} OPENBLAS_NUM_THREADS=${OPENBLAS_NUM_THREADS:-1}
DATA=${DATA:-../shared/data/ud-english-ewt}
OUT=training/output/base

python training/base/prepare.py --data "$DATA"
mkdir -p "$OUT"
start=$(date +%s)
python -m spacy train training/base/config.cfg --output "$OUT" \
  --code gapcheck/nlp/tokenizer.py \
  --paths.train training/corpus/ewt-train.spacy --paths.dev training/corpus/ewt-dev.spacy
end=$(date +%s)
python -m spacy evaluate "$OUT/model-best" training/corpus/ewt-dev.spacy \
  --code gapcheck/nlp/tokenizer.py --output "$OUT/dev-scores.json"
python training/base/finalize.py --model "$OUT/model-best" \
  --scores "$OUT/dev-scores.json" --seconds $((end - start))
