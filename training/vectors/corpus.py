"""Unlabeled text for the skill model's static word vectors (floret).

The skill model learns from 4,800 labelled sentences; word vectors learned from far
more unlabelled text tell it that "supervision" is like "teaching" and "Kubernetes"
like "Docker" before it sees a label. The text, all of it read locally:

* job-domain prose: ESCO v1.1.1 skill and occupation descriptions and labels ("This
  service uses the ESCO classification of the European Commission."), O*NET 29.2
  occupation descriptions (USDOL/ETA, CC BY 4.0), SkillSpan *train* sentences (never
  dev) and UD English EWT train;
* general and technical English from Debian's documentation packages, when installed
  (``apt-get install python3.11-doc debian-handbook postgresql-doc-15 perl-doc
  wordnet-base``): the Python 3.11 documentation, the Debian Administrator's
  Handbook, the PostgreSQL 15 manual, Perl's pod pages and WordNet 3 glosses.

Each output line is one paragraph as the skill model's tokenizer splits it, written
as token norms (``Token.norm_``: lower case, British/American spellings folded) joined
by spaces; the vectors are keyed by NORM.

    python training/vectors/corpus.py > training/corpus/vectors/corpus.txt
"""

from __future__ import annotations

import csv
import re
import sys
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = HERE.parents[1].parent / "shared" / "data"
DOCS = {
    "python": Path("/usr/share/doc/python3.11/html"),
    "debian-handbook": Path("/usr/share/doc/debian-handbook/html/en-US"),
    "postgresql": Path("/usr/share/doc/postgresql-doc-15/html"),
}
PERL_POD = Path("/usr/share/perl/5.36/pod")
WORDNET = Path("/usr/share/wordnet")
SKIP_TAGS = {"script", "style", "pre", "code", "tt", "kbd", "samp", "nav", "head"}
BLOCK_TAGS = {"p", "li", "dd", "dt", "td", "th", "h1", "h2", "h3", "h4", "div"}


class _Text(HTMLParser):
    """Visible prose of an HTML page, one paragraph per block element."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[str] = []
        self._buf: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: object) -> None:
        if tag in SKIP_TAGS:
            self._skip += 1
        elif tag in BLOCK_TAGS:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if tag in SKIP_TAGS:
            self._skip = max(0, self._skip - 1)
        elif tag in BLOCK_TAGS:
            self._flush()

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self._buf.append(data)

    def _flush(self) -> None:
        text = " ".join("".join(self._buf).split())
        self._buf = []
        if len(text.split()) >= 5:
            self.paragraphs.append(text)


def html_paragraphs(root: Path) -> Iterator[str]:
    for path in sorted(root.rglob("*.html")):
        parser = _Text()
        parser.feed(path.read_text(encoding="utf-8", errors="replace"))
        parser.close()
        yield from parser.paragraphs


def pod_paragraphs(root: Path) -> Iterator[str]:
    for path in sorted(root.glob("*.pod")):
        for block in path.read_text(encoding="utf-8", errors="replace").split("\n\n"):
            if block[:1] in ("=", " ", "\t") or len(block.split()) < 5:
                continue  # directives and verbatim code
            yield re.sub(r"[A-Z]<+([^<>]*)>+", r"\1", " ".join(block.split()))


def wordnet_glosses(root: Path) -> Iterator[str]:
    for pos in ("noun", "verb", "adj", "adv"):
        path = root / f"data.{pos}"
        if not path.exists():
            continue
        for line in path.open(encoding="utf-8", errors="replace"):
            if line.startswith(" ") or "|" not in line:
                continue
            yield line.split("|", 1)[1].strip().replace('"', "")


def job_texts() -> Iterator[str]:
    from gapcheck.extract.evaluate import load_skillspan

    for name in ("skills_en.csv", "occupations_en.csv"):
        with open(SHARED / "esco-v1.1.1" / name, encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                yield from (t for t in (row["description"],) if t)
                labels = [row["preferredLabel"], *row["altLabels"].splitlines()]
                yield " , ".join(label for label in labels if label.strip())
    with open(SHARED / "onet-29.2" / "Occupation Data.txt", encoding="utf-8") as fh:
        yield from (r["Description"] for r in csv.DictReader(fh, delimiter="\t"))
    yield from (s.text for s in load_skillspan("train", root=SHARED / "skillspan"))
    for path in sorted((SHARED / "ud-english-ewt").glob("*train*.conllu")):
        yield from _conllu_sentences(path)


def _conllu_sentences(path: Path) -> Iterator[str]:
    for line in path.open(encoding="utf-8"):
        if line.startswith("# text = "):
            yield line[len("# text = ") :].strip()


def all_texts() -> Iterator[str]:
    yield from job_texts()
    for root in DOCS.values():
        if root.exists():
            yield from html_paragraphs(root)
    if PERL_POD.exists():
        yield from pod_paragraphs(PERL_POD)
    if WORDNET.exists():
        yield from wordnet_glosses(WORDNET)


def main() -> None:
    sys.path.insert(0, str(HERE.parents[1]))
    import spacy

    import gapcheck.nlp.tokenizer  # noqa: F401  (registers the tokenizer)

    config = {"nlp": {"tokenizer": {"@tokenizers": "gapcheck.tokenizer.v1"}}}
    nlp = spacy.blank("en", config=config)
    texts = (" ".join(t.split()) for text in all_texts() for t in text.splitlines())
    for doc in nlp.tokenizer.pipe((t for t in texts if t), batch_size=1000):
        sys.stdout.write(" ".join(tok.norm_ for tok in doc if not tok.is_space) + "\n")


if __name__ == "__main__":
    main()
