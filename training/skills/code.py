"""Registers gapcheck's tokenizer for `spacy train --code training/skills/code.py`."""

import gapcheck.nlp.tokenizer  # noqa: F401
