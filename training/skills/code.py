"""For `spacy train --code training/skills/code.py`: registers gapcheck's tokenizer,
and trains on numpy's BLAS instead of blis, as gapcheck.nlp.spacy_load runs the
models (GAPCHECK_BLIS=1 keeps blis)."""

from thinc.api import set_current_ops

import gapcheck.nlp.tokenizer  # noqa: F401
from gapcheck.nlp import numpy_blas_ops

if (ops := numpy_blas_ops()) is not None:
    set_current_ops(ops)
