"""For `spacy train --code training/skills/code.py`: registers gapcheck's tokenizer,
and trains on numpy's BLAS instead of blis, as gapcheck.nlp.spacy_load runs the
models (1.6x as fast on the benchmark machine; GAPCHECK_BLIS=1 keeps blis)."""

import os

from thinc.api import NumpyOps, set_current_ops

import gapcheck.nlp.tokenizer  # noqa: F401

if os.environ.get("GAPCHECK_BLIS") != "1":
    set_current_ops(NumpyOps(use_blis=False))
