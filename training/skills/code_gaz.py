"""Registers gapcheck's tokenizer and the taxonomy gazetteer embedding
(``gapcheck.GazetteerEmbed.v1``, run G2 in experiments.json) for
``spacy train --code training/skills/code_gaz.py``."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import gazetteer  # type: ignore[import-not-found]  # noqa: F401

import gapcheck.nlp.tokenizer  # noqa: F401
