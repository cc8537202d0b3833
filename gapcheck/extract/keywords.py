"""Keywords beyond the taxonomy: distinctive noun phrases an ATS would match.

Candidates are the base pipeline's noun chunks, trimmed of determiners, pronouns,
numbers, vague modifiers ("strong", "excellent") and generic heads ("experience",
"knowledge", "ability", "years"...), and never boilerplate (``corpora/boilerplate.txt``:
"equal opportunity employer", "competitive salary"...). They are ranked by TF-IDF
against a background IDF table learned from job-posting text (``models/
idf_postings.json``, built by ``training/keywords/build_idf.py`` from SkillSpan's train
postings and UD English EWT as general English).

``KeywordExtractor`` follows scikit-learn's estimator contract: parameters in
``__init__`` only, ``fit(texts)`` learns ``vocabulary_``/``idf_``/``n_docs_`` and
returns ``self``; ``transform(texts)`` and ``extract(text_or_doc)`` return
:class:`~gapcheck.records.Mention` lists (label ``KNOWLEDGE``, source ``keyword``,
character offsets into the text). State is saved as JSON (``to_json``/``from_json``),
never pickled. ``load_keyword_extractor()`` returns the shipped one, cached.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Iterator
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sklearn.base import BaseEstimator

from gapcheck.errors import ModelError
from gapcheck.paths import corpora_dir, models_dir
from gapcheck.records import Mention

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span

IDF_NAME = "idf_postings"
#: Ranking weight per extra word: ATS keywords are mostly multi-word phrases, and a
#: phrase is less likely than a lone word to be a tagging accident.
PHRASE_BONUS = 0.25
FORMAT = 1

#: Heads too generic to be a keyword alone; trimmed from the end of a phrase.
# fmt: off
GENERIC_HEADS: frozenset[str] = frozenset((
    "ability", "abilities", "experience", "experiences", "knowledge", "understanding",
    "skill", "skills", "expertise", "proficiency", "familiarity", "background",
    "exposure", "competence", "competency", "competencies", "capability",
    "capabilities", "aptitude", "talent", "degree", "qualification", "qualifications",
    "requirement", "requirements", "responsibility", "responsibilities", "duty",
    "duties", "task", "tasks", "role", "roles", "position", "job", "work", "team",
    "teams", "member", "members", "year", "years", "yrs", "month", "months", "week",
    "weeks", "day", "days", "level", "levels", "area", "areas", "field", "fields",
    "range", "variety", "number", "lot", "lots", "kind", "kinds", "type", "types",
    "way", "ways", "thing", "things", "part", "parts", "use", "plus", "etc", "e.g.",
    "i.e.", "opportunity", "opportunities", "environment", "candidate", "candidates",
    "person", "people", "individual", "individuals", "someone", "anyone", "everyone",
    "company", "organization", "organisation", "other", "others", "one", "ones"
))
# fmt: on

#: Leading modifiers that say how much, not what: trimmed from the start.
# fmt: off
VAGUE_MODIFIERS: frozenset[str] = frozenset((
    "strong", "solid", "excellent", "good", "great", "outstanding", "exceptional",
    "proven", "demonstrated", "extensive", "deep", "broad", "thorough", "working",
    "basic", "advanced", "relevant", "related", "various", "several", "many",
    "multiple", "numerous", "other", "new", "own", "key", "high", "highly", "minimum",
    "min", "maximum", "max", "least", "preferred", "required", "desired", "ideal",
    "successful", "previous", "prior", "current", "overall", "additional", "similar",
    "appropriate", "effective", "superior", "sound", "clear", "hands-on", "practical",
    "professional", "equivalent", "necessary", "essential", "important", "significant"
))
# fmt: on

#: POS tags never kept at either edge of a phrase.
_EDGE_POS = frozenset(
    {"DET", "PRON", "PUNCT", "SYM", "NUM", "CCONJ", "SCONJ", "ADP", "PART", "AUX", "X"}
)
#: Verb forms that do not start a noun phrase ("Prepare", "owns"); VBN/VBG do
#: ("distributed systems", "machine learning").
_FINITE_VERB = frozenset({"VB", "VBD", "VBP", "VBZ", "MD"})
#: A past form opening a line is the action verb of a bullet ("Prepared account
#: reconciliations"), not a modifier ("prepared food"), whatever the tagger says.
_PAST = frozenset({"VBD", "VBN"})
#: Relations of a verb form that modifies the noun ("distributed systems").
_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "acl"})
#: What a keyword may end in: a noun (tech names are sometimes tagged X or SYM).
_HEAD_POS = frozenset({"NOUN", "PROPN", "X", "SYM"})
#: Components of the base pipeline keywords do not need.
_UNUSED_PIPES = frozenset({"trainable_lemmatizer", "lemmatizer"})
_ABBREVIATIONS = frozenset(
    {
        "e.g.",
        "i.e.",
        "etc",
        "etc.",
        "eg",
        "ie",
        "vs",
        "vs.",
        "w/",
        "w/o",
        "incl",
        "incl.",
    }
)
_WORD = re.compile(r"[^\W\d_]", re.UNICODE)


def normalize(words: Iterable[str]) -> str:
    """Lower-cased, space-joined form used as a term key."""
    return " ".join(w.lower() for w in words if w.strip())


def _analyzer_words(text: str) -> list[str]:
    from gapcheck.nlp import make_blank

    return [t.lower_ for t in _tokenizer(make_blank)(text) if _WORD.search(t.text)]


@cache
def _tokenizer(factory: Any) -> Any:
    return factory().tokenizer


def _ngrams(words: list[str], max_n: int) -> Iterator[str]:
    for n in range(1, max_n + 1):
        for i in range(len(words) - n + 1):
            yield " ".join(words[i : i + n])


@cache
def load_boilerplate(
    path: Path | None = None,
) -> tuple[frozenset[str], tuple[str, ...]]:
    """``(single_words, phrases)`` from ``corpora/boilerplate.txt``.

    A single-word entry drops a candidate equal to it; a phrase drops any candidate
    containing it as whole words.
    """
    path = path or corpora_dir() / "boilerplate.txt"
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as err:
        raise ModelError(
            f"boilerplate list cannot be read ({err})",
            path=path,
            fix="restore corpora/boilerplate.txt from the repository",
        ) from err
    entries = [
        ln.strip().lower() for ln in lines if ln.strip() and not ln.startswith("#")
    ]
    singles = frozenset(e for e in entries if " " not in e)
    phrases = tuple(sorted({e for e in entries if " " in e}, key=len, reverse=True))
    return singles, phrases


class KeywordExtractor(BaseEstimator):
    """TF-IDF ranked noun-phrase keywords (see the module docstring).

    Parameters
    ----------
    max_ngram:
        Longest n-gram counted in the background table (and longest keyword, in words).
    min_df:
        Background n-grams seen in fewer documents are not stored (their IDF is the
        unseen-term IDF).
    min_specificity:
        Keep a candidate only if its IDF divided by the unseen-term IDF reaches this
        (0..1). Common words ("management", "work") fall below it.
    top_n:
        Most distinct keywords returned per text (all their occurrences are returned).
    """

    def __init__(
        self,
        max_ngram: int = 3,
        min_df: int = 2,
        min_specificity: float = 0.65,
        top_n: int = 25,
    ) -> None:
        self.max_ngram = max_ngram
        self.min_df = min_df
        self.min_specificity = min_specificity
        self.top_n = top_n

    # -- learning -------------------------------------------------------------
    def fit(self, texts: Iterable[str], y: Any = None) -> KeywordExtractor:
        """Learn document frequencies of 1..max_ngram-grams from background texts."""
        from sklearn.feature_extraction.text import TfidfVectorizer

        def analyzer(text: str) -> list[str]:
            return list(_ngrams(_analyzer_words(text), self.max_ngram))

        vectorizer = TfidfVectorizer(
            analyzer=analyzer, min_df=self.min_df, smooth_idf=True, norm=None
        )
        matrix = vectorizer.fit_transform(texts)
        self.n_docs_ = int(matrix.shape[0])
        self.vocabulary_: dict[str, int] = {
            str(k): int(v) for k, v in vectorizer.vocabulary_.items()
        }
        self.idf_ = vectorizer.idf_.astype(float)
        return self

    @property
    def unseen_idf_(self) -> float:
        """IDF of a term never seen in the background (smoothed, as sklearn does)."""
        return math.log((1 + self.n_docs_) / 1) + 1.0

    def idf(self, term: str) -> float:
        """IDF of a normalized term; a phrase not in the table gets the mean IDF of
        its words (unseen words count as :attr:`unseen_idf_`)."""
        index = self.vocabulary_.get(term)
        if index is not None:
            return float(self.idf_[index])
        words = term.split()
        if len(words) == 1:
            return self.unseen_idf_
        return sum(self.idf(w) for w in words) / len(words)

    # -- extraction -----------------------------------------------------------
    def _nlp(self) -> Language:
        from gapcheck.nlp import load_base

        return load_base()  # the shared cached pipeline; lemmas are skipped in pipe

    def _table(self) -> KeywordExtractor:
        """Self when fitted; an unfitted extractor uses the shipped table."""
        return self if hasattr(self, "idf_") else load_keyword_extractor()

    def extract(self, text: str | Doc) -> list[Mention]:
        """Keywords of one text (or of a ``Doc``'s text, from any pipeline), in text
        order, with offsets into that text. Each line is parsed on its own."""
        return self.transform([text if isinstance(text, str) else text.text])[0]

    #: ``doc -> mentions``, the form :class:`gapcheck.extract.Extractor` calls.
    doc_mentions = extract

    def transform(
        self, texts: Iterable[str], batch_size: int = 256
    ) -> list[list[Mention]]:
        """Keywords of many texts. All their lines go through one ``nlp.pipe``: a line
        is a unit for the parser (resume bullets and posting lines are not
        sentences of running text), so chunks never span lines."""
        from gapcheck.nlp import line_spans

        texts = list(texts)
        spans = [line_spans(t) for t in texts]
        lines = (
            _uncapitalize(t[s:e])
            for t, ls in zip(texts, spans, strict=True)
            for s, e in ls
        )
        nlp = self._nlp()
        skip = [p for p in nlp.pipe_names if p in _UNUSED_PIPES]
        docs = iter(nlp.pipe(lines, batch_size=batch_size, disable=skip))
        out = []
        for text, line_offsets in zip(texts, spans, strict=True):
            found: dict[str, list[tuple[int, int]]] = {}
            for start, _end in line_offsets:
                for key, a, b in self._candidates(next(docs)):
                    found.setdefault(key, []).append((start + a, start + b))
            out.append(self._rank(text, found))
        return out

    def _candidates(self, doc: Doc) -> Iterator[tuple[str, int, int]]:
        """``(term, start_char, end_char)`` of each keyword candidate in ``doc``."""
        singles, phrases = load_boilerplate()
        for chunk in doc.noun_chunks:
            span = trim(chunk, self.max_ngram)
            if span is None:
                continue
            key = normalize(t.text for t in span)
            if key in singles or any(_contains(key, p) for p in phrases):
                continue
            yield key, span.start_char, span.end_char

    def _rank(
        self, text: str, found: dict[str, list[tuple[int, int]]]
    ) -> list[Mention]:
        table = self._table()
        unseen = table.unseen_idf_
        scored: list[tuple[float, float, str]] = []
        for key, places in found.items():
            specificity = table.idf(key) / unseen
            if specificity < self.min_specificity:
                continue
            words = key.count(" ") + 1
            rank = len(places) * specificity * (1 + PHRASE_BONUS * (words - 1))
            scored.append((rank, specificity, key))
        scored.sort(key=lambda s: (-s[0], s[2]))
        mentions = [
            Mention(
                start=start,
                end=end,
                text=text[start:end],
                label="KNOWLEDGE",
                canonical=None,
                source="keyword",
                score=round(specificity, 3),
            )
            for _, specificity, key in scored[: self.top_n]
            for start, end in found[key]
        ]
        return sorted(mentions, key=lambda m: (m.start, m.end))

    # -- persistence ----------------------------------------------------------
    def to_json(self, path: str | Path) -> None:
        """Write the learned table as JSON (``{"idf": {term: idf}, "n_docs": ...}``)."""
        terms = sorted(self.vocabulary_, key=self.vocabulary_.__getitem__)
        data = {
            "format": FORMAT,
            "params": self.get_params(),
            "n_docs": self.n_docs_,
            "idf": {t: round(float(self.idf_[self.vocabulary_[t]]), 4) for t in terms},
        }
        Path(path).write_text(
            json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n",
            encoding="utf-8",
        )

    @classmethod
    def from_json(cls, path: str | Path) -> KeywordExtractor:
        """Rebuild an extractor written by :meth:`to_json`."""
        import numpy as np

        path = Path(path)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if data.get("format") != FORMAT:
                raise ValueError(f"format {data.get('format')!r}, expected {FORMAT}")
            self = cls(**data["params"])
            terms = list(data["idf"])
            self.vocabulary_ = {t: i for i, t in enumerate(terms)}
            self.idf_ = np.array([data["idf"][t] for t in terms], dtype=float)
            self.n_docs_ = int(data["n_docs"])
        except FileNotFoundError as err:
            raise ModelError(
                "IDF table is missing",
                path=path,
                fix="rebuild it with training/keywords/build_idf.py or reinstall",
            ) from err
        except (OSError, ValueError, KeyError, TypeError) as err:
            raise ModelError(
                f"IDF table cannot be read ({err})",
                path=path,
                fix="rebuild it with training/keywords/build_idf.py or reinstall",
            ) from err
        return self


_CAPITALIZED = re.compile(r"[A-Z][a-z]+\b")


def _uncapitalize(line: str) -> str:
    """The line with a capitalised first word lower-cased (same length, so offsets
    hold). The small parser reads a capitalised line opener ("Utilize SQL...",
    "Administered IV...") as a proper noun or adjective; lower-cased it sees the verb.
    Mentions are cut from the original text, so their case is kept."""
    if _CAPITALIZED.match(line):
        return line[0].lower() + line[1:]
    return line


def _contains(key: str, phrase: str) -> bool:
    return f" {phrase} " in f" {key} "


def trim(chunk: Span, max_words: int = 3) -> Span | None:
    """The keyword inside a noun chunk, or ``None`` when nothing specific is left.

    Drops from the left determiners, pronouns, numbers, punctuation, possessives,
    adverbs, verbs that are not modifiers ("identify gaps"), verbs opening a sentence
    or line ("Prepared account reconciliations") and vague modifiers ("strong");
    from the right anything that is not a noun and generic heads ("experience");
    then keeps at most ``max_words`` words (the head and its nearest modifiers).
    Phrases with a URL or e-mail address are dropped.
    """
    if any(t.like_url or t.like_email for t in chunk):
        return None
    tokens = list(chunk)
    start, end = 0, len(tokens)

    def droppable_left(i: int) -> bool:
        t = tokens[i]
        return (
            t.pos_ in _EDGE_POS
            or t.pos_ in {"ADV", "INTJ"}
            or (t.pos_ == "VERB" and t.dep_ not in _MODIFIER_DEPS)
            or (t.is_sent_start and (t.pos_ == "VERB" or t.tag_ in _PAST))
            or t.tag_ in _FINITE_VERB
            or t.tag_ == "POS"
            or t.lower_ in VAGUE_MODIFIERS
            or t.lower_ in _ABBREVIATIONS
            or t.is_stop
            or not _WORD.search(t.text)
        )

    def droppable_right(i: int) -> bool:
        t = tokens[i]
        return (
            t.pos_ not in _HEAD_POS
            or t.lower_ in GENERIC_HEADS
            or t.lower_ in _ABBREVIATIONS
            or t.is_stop
            or not _WORD.search(t.text)
        )

    changed = True
    while changed and start < end:
        changed = False
        while start < end and droppable_left(start):
            start += 1
            changed = True
        while start < end and droppable_right(end - 1):
            end -= 1
            changed = True
    if start >= end:
        return None
    # nothing before punctuation inside the phrase ("vocabulary, comprehension")
    for i in range(start, end):
        if tokens[i].is_punct:
            start = i + 1
    # keep the words closest to the head when the phrase is long
    start = max(start, end - max_words)
    while start < end and droppable_left(start):
        start += 1
    if start >= end:
        return None
    span = chunk.doc[chunk.start + start : chunk.start + end]
    if len(span) == 1 and len(span.text) < 3 and not span.text.isupper():
        return None
    return span


@cache
def load_keyword_extractor(path: Path | None = None) -> KeywordExtractor:
    """The shipped extractor (``models/idf_postings.json``), loaded once."""
    return KeywordExtractor.from_json(path or models_dir() / f"{IDF_NAME}.json")
