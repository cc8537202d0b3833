"""Text helpers for the scorers: one normalisation, one tokenizer, an n-gram index.

A literal ATS matches a posting's term against the resume's words, case-insensitively.
``norm`` is the one normalisation both sides go through, so that "Node.js", "node.js"
and "NODE.JS" meet, "C++" and "C#" stay themselves and "CI/CD" stays one token.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache

TOKEN = re.compile(r"[a-z0-9+#]+(?:[./'\-&][a-z0-9+#]+)*")
MAX_NGRAM = 6

STOPWORDS = frozenset(
    [
        "a",
        "about",
        "above",
        "after",
        "again",
        "all",
        "also",
        "am",
        "an",
        "and",
        "any",
        "are",
        "as",
        "at",
        "be",
        "because",
        "been",
        "before",
        "being",
        "below",
        "between",
        "both",
        "but",
        "by",
        "can",
        "could",
        "did",
        "do",
        "does",
        "doing",
        "down",
        "during",
        "each",
        "etc",
        "few",
        "for",
        "from",
        "further",
        "had",
        "has",
        "have",
        "having",
        "he",
        "her",
        "here",
        "hers",
        "him",
        "his",
        "how",
        "i",
        "if",
        "in",
        "into",
        "is",
        "it",
        "its",
        "itself",
        "just",
        "me",
        "more",
        "most",
        "my",
        "no",
        "nor",
        "not",
        "now",
        "of",
        "off",
        "on",
        "once",
        "only",
        "or",
        "other",
        "our",
        "ours",
        "out",
        "over",
        "own",
        "same",
        "she",
        "should",
        "so",
        "some",
        "such",
        "than",
        "that",
        "the",
        "their",
        "theirs",
        "them",
        "then",
        "there",
        "these",
        "they",
        "this",
        "those",
        "through",
        "to",
        "too",
        "under",
        "until",
        "up",
        "very",
        "was",
        "we",
        "were",
        "what",
        "when",
        "where",
        "which",
        "while",
        "who",
        "whom",
        "why",
        "will",
        "with",
        "would",
        "you",
        "your",
        "yours",
        "able",
        "ability",
        "including",
        "using",
        "use",
        "used",
        "within",
        "across",
        "well",
        "new",
        "strong",
        "excellent",
        "good",
        "great",
        "work",
        "working",
        "must",
        "plus",
        "preferred",
        "required",
        "requirements",
        "responsibilities",
        "years",
        "year",
        "experience",
        "role",
        "team",
        "join",
        "company",
        "looking",
        "candidate",
        "ideal",
        "job",
        "position",
        "opportunity",
    ]
)


#: An acronym written with dots between its letters ("i.t", "u.k" of "U.K.").
_DOTTED = re.compile(r"(?:[a-z]\.)+[a-z]")


def plain(token: str) -> str:
    """A token as compared: a dotted acronym in its plain form ("i.t" -> "it")."""
    return token.replace(".", "") if _DOTTED.fullmatch(token) else token


def tokens(text: str) -> list[str]:
    return [plain(t) for t in TOKEN.findall(text.lower())]


def norm(text: str) -> str:
    """The comparison form of a term: lowercase tokens joined by one space."""
    return " ".join(tokens(text))


@dataclass(frozen=True)
class Span:
    start: int
    end: int


@dataclass
class NgramIndex:
    """Every 1..6-gram of a text's tokens, to the character spans where it occurs."""

    spans: dict[str, list[Span]] = field(default_factory=dict)

    @classmethod
    def build(cls, text: str, max_n: int = MAX_NGRAM) -> NgramIndex:
        found = [
            (plain(m.group(0)), m.start(), m.end())
            for m in TOKEN.finditer(text.lower())
        ]
        spans: dict[str, list[Span]] = {}
        for i in range(len(found)):
            words: list[str] = []
            for j in range(i, min(i + max_n, len(found))):
                # an n-gram never crosses a blank line (block) boundary
                if j > i and "\n\n" in text[found[j - 1][2] : found[j][1]]:
                    break
                words.append(found[j][0])
                spans.setdefault(" ".join(words), []).append(
                    Span(found[i][1], found[j][2])
                )
        return cls(spans)

    def find(self, term: str) -> list[Span]:
        return self.spans.get(norm(term), [])


def content_counts(text: str) -> Counter[str]:
    """Content words (no stopwords, no bare numbers) with their counts."""
    return Counter(
        t for t in tokens(text) if t not in STOPWORDS and not t.isdigit() and len(t) > 1
    )


@cache
def idf_table() -> tuple[dict[str, float], float]:
    """Unigram IDF from ``models/idf_postings.json`` (SkillSpan + UD EWT sentences;
    see its meta.json) and the IDF of an unseen word; uniform when it is missing."""
    import json

    from gapcheck.paths import models_dir

    path = models_dir() / "idf_postings.json"
    try:
        table = json.loads(path.read_text(encoding="utf-8"))["idf"]
    except (OSError, ValueError, KeyError):
        return {}, 1.0
    unigrams = {k: float(v) for k, v in table.items() if " " not in k}
    return unigrams, max(unigrams.values(), default=1.0)


def idf(word: str) -> float:
    table, unseen = idf_table()
    return table.get(word, unseen)


def weights(counts: Counter[str]) -> dict[str, float]:
    """TF-IDF weights: (1 + log tf) * idf."""
    return {t: (1.0 + math.log(c)) * idf(t) for t, c in counts.items()}


def cosine(a: Counter[str], b: Counter[str]) -> float:
    """Cosine of TF-IDF vectors ((1 + log tf) * idf)."""
    if not a or not b:
        return 0.0
    wa, wb = weights(a), weights(b)
    dot = sum(v * wb[t] for t, v in wa.items() if t in wb)
    na = math.sqrt(sum(v * v for v in wa.values()))
    nb = math.sqrt(sum(v * v for v in wb.values()))
    return dot / (na * nb) if na and nb else 0.0


def line_at(text: str, start: int, end: int, width: int = 160) -> str:
    """The line holding ``text[start:end]``, cut to ``width`` characters centred on
    it (never cutting it)."""
    line_left = text.rfind("\n", 0, start) + 1
    line_right = text.find("\n", end)
    line_right = len(text) if line_right < 0 else line_right
    left, right = at_words(text, *window(line_left, line_right, start, end, width))
    return text[left:right].strip()


def window(lo: int, hi: int, start: int, end: int, width: int) -> tuple[int, int]:
    """[left, right) within [lo, hi), at most ``width`` long (or the match), centred
    on [start, end)."""
    if hi - lo <= width:
        return lo, hi
    centre = (start + end) // 2
    left = max(lo, min(centre - width // 2, hi - width))
    right = min(hi, left + width)
    return min(left, start), max(right, end)


def at_words(
    text: str, left: int, right: int, start: int = -1, end: int = -1
) -> tuple[int, int]:
    """``[left, right)`` narrowed so that it neither starts nor ends inside a word
    ("dministration"), never cutting into ``[start, end)`` (the match)."""
    start = right if start < 0 else start
    end = left if end < 0 else end
    if (
        0 < left < len(text)
        and not text[left - 1].isspace()
        and not text[left].isspace()
    ):
        gap = next((i for i in range(left, min(start, right)) if text[i].isspace()), -1)
        if gap >= 0:
            left = gap + 1
    if (
        0 < right < len(text)
        and not text[right].isspace()
        and not text[right - 1].isspace()
    ):
        gap = next(
            (i for i in range(right - 1, max(end, left) - 1, -1) if text[i].isspace()),
            -1,
        )
        if gap >= 0:
            right = gap
    return left, right


def centred(snippet: str, words: str, width: int) -> str:
    """``snippet`` cut to ``width`` characters centred on ``words`` (its first
    occurrence, any case), with an ellipsis where it was cut."""
    if len(snippet) <= width:
        return snippet
    at = snippet.lower().find(words.lower()) if words else -1
    if at < 0:
        return snippet[: width - 1] + "…"
    left, right = window(0, len(snippet), at, at + len(words), width - 2)
    left, right = at_words(snippet, left, right, at, at + len(words))
    return (
        ("…" if left > 0 else "")
        + snippet[left:right].strip()
        + ("…" if right < len(snippet) else "")
    )


def unique(items: Iterable[str]) -> list[str]:
    seen: dict[str, None] = {}
    for item in items:
        seen.setdefault(item, None)
    return list(seen)
