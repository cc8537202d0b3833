"""The feedback-sentence corpus (``corpora/feedback/sentences.tsv``) and its split.

Each line is a sentence of employer feedback the project wrote, with one or two
labels. The held-out split is fixed by the sentence's own text (a hash), so adding
sentences never moves old ones between train and test.
"""

from __future__ import annotations

import csv
import hashlib
from pathlib import Path

from gapcheck.errors import ModelError
from gapcheck.feedback.labels import LABELS
from gapcheck.paths import corpora_dir

#: One sentence in this many goes to the held-out test split.
TEST_EVERY = 4

Example = tuple[str, tuple[str, ...]]


def corpus_path() -> Path:
    return corpora_dir() / "feedback" / "sentences.tsv"


def load(path: str | Path | None = None) -> list[Example]:
    source = Path(path) if path is not None else corpus_path()
    rows: list[Example] = []
    with open(source, encoding="utf-8", newline="") as fh:
        for line, row in enumerate(csv.DictReader(fh, delimiter="\t"), start=2):
            labels = tuple(x.strip() for x in row["labels"].split(",") if x.strip())
            unknown = [x for x in labels if x not in LABELS]
            if unknown or not labels:
                raise ModelError(
                    f"line {line}: unknown or missing label {unknown}",
                    path=source,
                    fix=f"use labels from {', '.join(LABELS)}",
                )
            rows.append((row["text"].strip(), labels))
    return rows


def is_test(text: str) -> bool:
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return digest[0] % TEST_EVERY == 0


def split(rows: list[Example]) -> tuple[list[Example], list[Example]]:
    """(train, test)."""
    train = [r for r in rows if not is_test(r[0])]
    test = [r for r in rows if is_test(r[0])]
    return train, test
