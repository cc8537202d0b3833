"""Sentence prior: how likely a line is to hold any skill span at all (optional).

SkillSpan annotates the skills a posting asks of the candidate, not every technology
a line names: company descriptions name tools and have no gold span. On SkillSpan dev
71% of the sentences hold no span, and 47% of the extractor's wrong spans fell in
them. The NER sees four tokens either side, so it cannot tell a company description
from a requirement; a bag of the whole line's words and word pairs can (ROC-AUC 0.94
on dev for "holds any span").

:class:`SentencePrior` is that classifier: TF-IDF of lower-cased words and word pairs
(sublinear tf) and a logistic regression, fitted on SkillSpan train. A span reranker
trained with one (``training/skills/rerank.py --prior``) reads its *evidence* (what
the line's words add to the base rate's log-odds) as a feature; it is saved inside
the reranker's JSON (no pickle) and applied in pure Python, with the same analyzer
as scikit-learn's (tests check they agree).

The installed reranker has one (``words="all"``, run PRIOR-SECT): it lifts SkillSpan
dev F1 from 0.486 to 0.501 with one extra NER pass. Read alone, a line's words are
SkillSpan's fields: requirement lines of nursing, accounting or teaching postings
look like no requirement to it, and the extractor dropped skills they plainly ask for
(BLS, ACLS, revenue recognition, Qualified Teacher Status). So in a document the
line's section bounds the evidence (:meth:`SentencePrior.bounded`): a line of
requirements, responsibilities or a resume's experience reads at least as a typical
requirement line, one of benefits at most as a typical other line. Masking topic
words (``words="structure"``) or reading cue words only (``"cues"``) lost fewer skills
and stayed below 0.50. The figures are in models/README.md (runs PRIOR*).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from itertools import pairwise
from typing import Any

#: scikit-learn's default ``token_pattern`` (words of two or more characters).
TOKEN = re.compile(r"(?u)\b\w\w+\b")
MIN_DF = 2
#: What a prior reads: every word, function and cue words with the shapes of the
#: others, or the cue words alone.
WORDS = ("all", "structure", "cues")
#: What a line's document says it is (:meth:`SentencePrior.bounded`): a line of a
#: section that asks for or shows skills, or one of a section that does not.
ASK, NOT_ASKING = "ask", "not"
#: Words that say whether a line asks something of the reader, in any field: kept
#: as themselves by the ``structure`` analyzer, with English function words.
# fmt: off
CUES = frozenset([
    "experience", "experienced", "knowledge", "skills", "skill", "ability", "able",
    "proficiency", "proficient", "familiarity", "familiar", "understanding",
    "required", "requirements", "require", "requires", "preferred", "plus", "degree",
    "certification", "certified", "certificate", "license", "licence", "years", "year",
    "strong", "excellent", "good", "solid", "working", "background",
    "qualifications", "qualification", "must", "should", "bachelor", "master", "phd",
    "desirable", "advantage", "advantageous", "ideally", "expertise", "expert",
    "competence", "competences", "competencies", "apply", "application", "offer",
    "offers", "benefits", "salary", "company", "team", "office", "culture",
    "responsible", "responsibilities", "will", "would", "you", "your", "we", "our",
    "us", "they", "their", "candidate", "candidates", "role", "position", "job",
])
# fmt: on


def analyze(
    text: str, keep: frozenset[str] | None = None, drop: bool = False
) -> list[str]:
    """The words and word pairs of ``text`` as ``TfidfVectorizer(ngram_range=(1,
    2))`` sees them (lower-cased, pairs joined by one space). With ``keep``, a word
    not in it becomes its shape (``<Xx>``, ``<XX>``, ``<d>``, ``<x>``): the line's
    structure without its topic; with ``drop`` too, it is left out."""
    words = TOKEN.findall(text.lower() if keep is None else text)
    if keep is not None:
        if drop:
            words = [w for w in (word.lower() for word in words) if w in keep]
        else:
            words = [_masked(word, keep) for word in words]
    return [*words, *(" ".join(pair) for pair in pairwise(words))]


def _masked(word: str, keep: frozenset[str]) -> str:
    lower = word.lower()
    if lower in keep:
        return lower
    if any(c.isdigit() for c in word):
        return "<d>"
    if word.isupper():
        return "<XX>"
    return "<Xx>" if word[:1].isupper() else "<x>"


class SentencePrior:
    """P(a line holds any skill span) from its words (scikit-learn's contract: no
    logic in ``__init__``, ``fit`` returns self, learned state ends in ``_``).

    ``words="structure"`` (the default) keeps only function words and
    :data:`CUES` and turns every other word into its shape, so the prior reads
    how a line is put ("you have ... experience", "we are ...") more than its
    topic; ``"cues"`` reads the cue words alone; ``"all"`` keeps every word."""

    def __init__(
        self, C: float = 3.0, min_df: int = MIN_DF, words: str = "structure"
    ) -> None:
        self.C = C
        self.min_df = min_df
        self.words = words

    def fit(self, texts: Sequence[str], y: Sequence[int]) -> SentencePrior:
        from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, TfidfVectorizer
        from sklearn.linear_model import LogisticRegression

        if self.words not in WORDS:
            raise ValueError(f"words must be one of {WORDS}, not {self.words!r}")
        keep = None
        if self.words == "structure":
            keep = frozenset(ENGLISH_STOP_WORDS) | CUES
        elif self.words == "cues":
            keep = CUES
        self.keep_ = keep
        vectorizer = TfidfVectorizer(
            analyzer=self._analyze,
            min_df=self.min_df,
            sublinear_tf=True,
        )
        matrix = vectorizer.fit_transform(texts)
        clf = LogisticRegression(C=self.C, max_iter=5000).fit(matrix, list(y))
        self.terms_ = {
            term: (float(vectorizer.idf_[i]), float(clf.coef_[0][i]))
            for term, i in vectorizer.vocabulary_.items()
        }
        self.intercept_ = float(clf.intercept_[0])
        labels = list(y)
        held = sorted(self.evidence(t) for t, v in zip(texts, labels, strict=True) if v)
        free = sorted(
            self.evidence(t) for t, v in zip(texts, labels, strict=True) if not v
        )
        self.ask_ = held[len(held) // 2] if held else None
        self.not_ = free[len(free) // 2] if free else None
        return self

    def bounded(self, text: str, hint: str | None = None) -> float:
        """:meth:`evidence`, raised to at least ``ask_`` (the median evidence of
        training lines that hold a span) when the line's section says it asks for
        skills (``hint="ask"``), lowered to at most ``not_`` (the median of lines
        without) when it says it does not (``"not"``). A requirement line of a field
        SkillSpan never saw ("Current BLS and ACLS certification") then reads as one."""
        evidence = self.evidence(text)
        if hint == ASK and self.ask_ is not None:
            return max(evidence, self.ask_)
        if hint == NOT_ASKING and self.not_ is not None:
            return min(evidence, self.not_)
        return evidence

    def log_odds(self, text: str) -> float:
        """The classifier's decision value for ``text`` (log-odds of a span)."""
        return self.intercept_ + self.evidence(text)

    def evidence(self, text: str) -> float:
        """What the words of ``text`` add to the base rate's log-odds: 0 for a line
        of words the prior never saw, rather than SkillSpan's base rate (two in
        three sentences ask for no skill). The reranker reads this, not the
        log-odds; on its own that did not keep "Current BLS and ACLS certification"
        (models/README.md, run PRIOR-EV-R1)."""
        terms = self.terms_
        weights = []
        for term, count in Counter(self._analyze(text)).items():
            entry = terms.get(term)
            if entry is not None:
                weights.append(((1.0 + math.log(count)) * entry[0], entry[1]))
        norm = math.sqrt(sum(v * v for v, _ in weights))
        if not norm:
            return 0.0
        return sum(v * w for v, w in weights) / norm

    def _analyze(self, text: str) -> list[str]:
        """:func:`analyze` as this prior reads (``keep_`` set by ``fit``)."""
        return analyze(text, self.keep_, drop=self.words == "cues")

    def predict_proba(self, texts: Iterable[str]) -> list[float]:
        """P(any skill span) of each text."""
        return [sigmoid(self.log_odds(text)) for text in texts]

    # -- persistence (JSON, never pickle) ------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        return {
            "params": {"C": self.C, "min_df": self.min_df, "words": self.words},
            "intercept_": self.intercept_,
            "ask_": self.ask_,
            "not_": self.not_,
            "keep_": sorted(self.keep_) if self.keep_ is not None else None,
            "terms_": {
                k: [round(i, 6), round(c, 6)] for k, (i, c) in self.terms_.items()
            },
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> SentencePrior:
        self = cls(**data["params"])
        self.intercept_ = float(data["intercept_"])
        self.ask_ = data.get("ask_")
        self.not_ = data.get("not_")
        keep = data.get("keep_")
        self.keep_ = frozenset(keep) if keep is not None else None
        self.terms_ = {
            str(k): (float(v[0]), float(v[1])) for k, v in data["terms_"].items()
        }
        return self


def sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
