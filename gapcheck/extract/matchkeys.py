"""Cheap, parser-free text normalization shared by the taxonomy matcher.

Tokens are runs of word characters (``C++``/``C#`` keep their symbols) or single
punctuation marks. Each token has a *piece*: its lowercase form, ``""`` for a
separator that may sit inside a skill name (``.`` ``/`` ``-`` ``_`` ``'`` and the
articles a/an/the), or ``None`` for punctuation that ends a phrase (``,`` ``(`` ...).
``stem`` undoes plurals; ``roots`` maps verbs and their nominalisations to shared
stems ("managed", "managing", "management" -> "manag") for word-order variants.
"""

from __future__ import annotations

import re
from functools import lru_cache

TOKEN = re.compile(r"\w+(?:[+#]+(?!\w))?|[^\w\s]")
SEPARATORS = frozenset({".", "/", "-", "_", "'", "\u2019", "\u00b7", "\u2013"})
ARTICLES = frozenset({"a", "an", "the", "An", "The"})


#: Closed-class English words (pronouns, determiners, prepositions, auxiliaries) that
#: some skill names also spell: "IT", "US", "AS", "DO", "AM". Written so in capitals
#: they may name the skill; in any other case they are the ordinary word ("It was").
_FUNCTION_WORDS_TEXT = """
    i me my we us our you your he him his she her it its they them their this that
    these those a an the and or but nor if as at by for from in into of off on onto
    out over to up with am is are was were be been being do does did done have has
    had can could may might must shall should will would not no so than then too
    """
FUNCTION_WORDS = frozenset(_FUNCTION_WORDS_TEXT.split())


def written_as_skill(text: str) -> bool:
    """Whether wording can stand for a skill: not a function word written as one
    ("It" is a pronoun, "IT" may be information technology)."""
    words = text.split()
    return not (
        len(words) == 1 and not text.isupper() and text.lower() in FUNCTION_WORDS
    )


def tokens(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, text)`` of every token."""
    return [(m.start(), m.end(), m.group()) for m in TOKEN.finditer(text)]


def piece(token: str) -> str | None:
    """Normalized form of one token ("" = skippable inside a phrase, None = break)."""
    if token in ARTICLES or token in SEPARATORS:
        return ""
    if token == "&" or token == "+":
        return "and" if token == "&" else "+"
    first = token[0]
    if first.isalnum() or first == "_":
        return token.lower().replace("_", "")
    if first == "#" or first == "+":
        return token
    return None


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """Light plural stemming: "databases" -> "database", "policies" -> "policy"."""
    if len(word) <= 3 or not word.isalpha():
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "xes", "ches", "shes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


_IRREGULAR = {
    "led": "lead",
    "leading": "lead",
    "leads": "lead",
    "leadership": "lead",
    "built": "build",
    "wrote": "writ",
    "written": "writ",
    "sold": "sell",
    "selling": "sell",
    "taught": "teach",
    "teaching": "teach",
    "ran": "run",
    "running": "run",
    "drove": "driv",
    "driven": "driv",
    "made": "mak",
    "spoke": "speak",
    "spoken": "speak",
    "maintenance": "maintain",
    "bought": "buy",
    "thought": "think",
    "thinking": "think",
    "solution": "solv",
}
#: Inflected verb forms without -ed/-ing ("led a team", "built services").
IRREGULAR_FORMS = frozenset(
    w for w in _IRREGULAR if not w.endswith(("ing", "ship", "ance", "tion"))
)
# (suffix, replacement): every rule that applies adds a candidate root.
_RULES: tuple[tuple[str, str], ...] = (
    ("izations", "iz"),
    ("ization", "iz"),
    ("isations", "iz"),
    ("isation", "iz"),
    ("yses", "yz"),
    ("ysis", "yz"),
    ("yzing", "yz"),
    ("ysing", "yz"),
    ("yzed", "yz"),
    ("ysed", "yz"),
    ("yzes", "yz"),
    ("yze", "yz"),
    ("yse", "yz"),
    ("izing", "iz"),
    ("ising", "iz"),
    ("ized", "iz"),
    ("ised", "iz"),
    ("izes", "iz"),
    ("ises", "iz"),
    ("ize", "iz"),
    ("ise", "iz"),
    ("ations", "at"),
    ("ations", ""),
    ("ation", "at"),
    ("ation", ""),
    ("tions", "t"),
    ("tion", "t"),
    ("tion", ""),
    ("sions", "s"),
    ("sion", "s"),
    ("ments", ""),
    ("ment", ""),
    ("ings", ""),
    ("ing", ""),
    ("ed", ""),
    ("es", ""),
    ("s", ""),
    ("ery", "er"),
    ("al", ""),
    ("ance", ""),
    ("ence", ""),
)
#: Suffixes of nouns that name an action (the head of "project management").
NOMINAL_SUFFIXES = ("ment", "tion", "sion", "ysis", "ing", "ance", "ence", "ery")
#: Nouns that are also the verb ("UX design" ~ "designed the UX").
ZERO_NOUNS = frozenset(
    {
        "design",
        "research",
        "review",
        "support",
        "audit",
        "control",
        "forecast",
        "leadership",
        "maintenance",
        "build",
        "coaching",
        "outreach",
        "solution",
    }
)


def _undouble(word: str) -> str:
    if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "aeiou":
        return word[:-1]
    return word


@lru_cache(maxsize=65536)
def roots(word: str) -> frozenset[str]:
    """Candidate verb roots of a word; a verb and its nominalisation share one."""
    word = word.lower()
    if not word.isalpha():
        return frozenset()
    if word in _IRREGULAR:
        return frozenset({_IRREGULAR[word]})
    found = {word}
    for suffix, repl in _RULES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            found.add(word[: -len(suffix)] + repl)
    out = set()
    for root in found:
        root = _undouble(root[:-1] if root.endswith("e") and len(root) > 4 else root)
        if len(root) >= 3:
            out.add(root)
    return frozenset(out)


def is_nominal(word: str) -> bool:
    """Whether ``word`` can head a "noun + nominalisation" skill name."""
    word = word.lower()
    return word in ZERO_NOUNS or word.endswith(NOMINAL_SUFFIXES)
