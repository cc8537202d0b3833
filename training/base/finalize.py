"""Install a trained base pipeline into models/ and write its sidecar.

    python training/base/finalize.py --model training/output/base-ft/model-best \\
        --scores training/output/base-ft/dev-scores.json [--fragment-scores ...] \\
        [--stage1-scores ...] [--stage1-fragment-scores ...] --seconds 3600

Copies the pipeline to ``models/gapcheck_en_base`` (``nlp.to_disk``, with gapcheck's
name and version in its meta) and writes ``models/gapcheck_en_base.meta.json``:
library versions, data source and sha256 of the EWT files (from
``training/corpus/ewt-source.json``, written by ``prepare.py``), dev scores from
``spacy evaluate``, training time and the sha256 of the training config.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import platform
import shutil
import sys
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from gapcheck.nlp import BASE_NAME  # noqa: E402
from gapcheck.paths import models_dir  # noqa: E402

CONFIGS = (
    ROOT / "training" / "base" / "config.cfg",
    ROOT / "training" / "base" / "finetune.cfg",
)
SOURCE = ROOT / "training" / "corpus" / "ewt-source.json"

#: Dev scores kept in the sidecar (spaCy's names, see ``spacy evaluate``).
SCORE_KEYS = (
    "token_acc",
    "tag_acc",
    "pos_acc",
    "morph_acc",
    "dep_uas",
    "dep_las",
    "sents_f",
    "lemma_acc",
    "speed",
)


def pick(path: Path | None) -> dict[str, float] | None:
    """The kept dev scores of a ``spacy evaluate --output`` file."""
    if path is None:
        return None
    scores = json.loads(path.read_text())
    return {k: scores[k] for k in SCORE_KEYS if k in scores}


def dir_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path, required=True)
    parser.add_argument("--scores", type=Path, required=True)
    parser.add_argument("--fragment-scores", type=Path)
    parser.add_argument("--stage1-scores", type=Path)
    parser.add_argument("--stage1-fragment-scores", type=Path)
    parser.add_argument("--seconds", type=int, required=True)
    parser.add_argument("--note", default="", help="free text kept in the sidecar")
    args = parser.parse_args()

    import spacy
    import thinc

    import gapcheck.nlp.tokenizer  # noqa: F401  (registers the tokenizer)

    nlp = spacy.load(args.model)
    nlp.meta.update(
        {
            "name": "en_base",
            "version": "1.0.0",
            "description": "gapcheck's base English pipeline trained on UD English "
            "EWT r2.16: tagger, morphologizer, parser (UD labels), lemmatizer",
            "author": "gapcheck developers",
            "license": "CC BY-SA 4.0",
            "sources": [
                {
                    "name": "UD English EWT r2.16",
                    "url": "https://github.com/UniversalDependencies/UD_English-EWT",
                    "license": "CC BY-SA 4.0",
                }
            ],
        }
    )
    dest = models_dir() / BASE_NAME
    if dest.exists():
        shutil.rmtree(dest)
    nlp.to_disk(dest)

    source = json.loads(SOURCE.read_text())
    meta = {
        "name": BASE_NAME,
        "what": "spaCy pipeline: tok2vec, tagger (PTB), morphologizer (UPOS+feats), "
        "parser (UD labels), trainable_lemmatizer; tokenizer gapcheck.tokenizer.v1",
        "pipeline": nlp.pipe_names,
        "spacy_version": spacy.__version__,
        "thinc_version": thinc.__version__,
        "python_version": platform.python_version(),
        "data": source,
        "dev_scores": pick(args.scores),
        "dev_fragment_scores": pick(args.fragment_scores),
        "stage1_dev_scores": pick(args.stage1_scores),
        "stage1_dev_fragment_scores": pick(args.stage1_fragment_scores),
        "dev_scores_command": "python -m spacy evaluate models/gapcheck_en_base "
        "training/corpus/ewt-dev.spacy --code gapcheck/nlp/tokenizer.py "
        "(dev_fragment_scores: ewt-dev-fragments.spacy, resume-style lines made "
        "from dev by prepare.py)",
        "training_seconds": args.seconds,
        "note": args.note,
        "config_sha256": {
            c.name: hashlib.sha256(c.read_bytes()).hexdigest() for c in CONFIGS
        },
        "size_bytes": dir_size(dest),
        "trained_at": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "machine": f"{platform.machine()}, {platform.system()}",
        "licence": "CC BY-SA 4.0 (weights derived from UD English EWT)",
    }
    out = models_dir() / f"{BASE_NAME}.meta.json"
    out.write_text(json.dumps(meta, indent=2) + "\n")
    print(f"installed {dest} ({meta['size_bytes'] / 1e6:.1f} MB); wrote {out}")


if __name__ == "__main__":
    main()
