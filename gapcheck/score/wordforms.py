"""A skill written as the resume's verb or noun of its head word.

Postings name an activity by its noun ("negotiation skills", "budget management");
resumes say what the person did with its verb ("negotiated contracts", "managed a
$2M budget") or a plural ("Negotiations"). Two general forms are evidence, and only
these (so a reader still sees the skill in the snippet):

* **the head word's family**: a term whose core (the wording without a trailing
  "skills", "abilities", "experience"...) is one action noun made from a verb
  ("negotiation", "mediation", "recruitment": ending -tion, -sion or -ment) or such a
  verb ("negotiate"), shown by a resume word of the same verb: its inflections, its
  action noun or their plurals ("negotiated", "negotiating", "negotiations"). Words
  that share only a stem with it ("manager", "community") are other words.
* **verb and object**: a two-word term "<object> <action noun>" ("budget management",
  "contract negotiation") shown by the verb followed, within :data:`MAX_BETWEEN`
  words of one clause, by the object as the last word of its noun phrase ("managed a
  $2M budget.", "negotiated contracts for"), not as a modifier ("managed budget
  holders" is no budget management).

* **one word's -sis family**: a one-word term of a noun in -sis, its adjective in
  -tic(al) or its verb in -se/-ze ("analysis", "analytical", "analyse", "analyze")
  shown by any of these or their inflections ("analysed", "analysing", "analyses");
  not the agent noun ("analyst" is a job) nor the field in -tics ("analytics").

Nouns ending -ing ("planning", "reporting", "accounting") take no family of their
own: their verbs are common words in other senses ("reported to the CEO", "accounted
for"). As the action noun of a verb and object they do ("problem solving": "solved
complex problems"), since the object names the activity; and (round 11) a one-word
-ing term is shown by its verb with a direct object opened by a determiner ("Clean
the kitchen", "cleaned the freezers" for Cleaning; "planned all events" for
planning): a preposition after the verb ("reported to") is another sense.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

#: Words after a term's core that say "the ability to": dropped to find its head.
TRAILING = frozenset(
    """skills skill abilities ability experience expertise knowledge""".split()  # noqa: SIM905
)
#: Words between a verb and its object, at most.
MAX_BETWEEN = 3
#: Suffixes of a verb's forms and action nouns, longest first, with what they leave.
_SUFFIXES: tuple[tuple[str, str], ...] = (
    ("isations", "is"),
    ("izations", "iz"),
    ("isation", "is"),
    ("ization", "iz"),
    ("ations", "at"),
    ("ation", "at"),
    ("itions", "it"),
    ("ition", "it"),
    ("ments", ""),
    ("ment", ""),
    ("sions", "s"),
    ("sion", "s"),
    ("ing", ""),
    ("ed", ""),
    ("es", ""),
    ("s", ""),
)
#: Endings of a term's head that make it an action noun or a verb with a family.
_ACTION_HEAD = re.compile(r"(?:tions?|sions?|ments?|ate|ise|ize)$")
MIN_STEM = 5
#: Endings of adjectives: such a first word of a term is no object of its verb.
#: Endings of action nouns: such a first word of an -ing term is no object either
#: ("management accounting"; "operations management" keeps its object).
_ACTION_NOUN = re.compile(r"(?:tions?|sions?|ments?|ing)$")
_ADJECTIVE_END = re.compile(r"(?:al|ic|ive|ous|ful|ary)$")
_TOKEN = re.compile(r"[$£€]?[A-Za-z0-9][A-Za-z0-9'%&-]*(?:[.,][0-9]+[A-Za-z%]*)*")
_FUNCTION = frozenset(
    """and or but to in with of for on at by as from into across within while when
    which that who including""".split()  # noqa: SIM905
)


def family(word: str) -> str:
    """The stem a verb, its inflections and its action noun share: "negotiated",
    "negotiations", "negotiator" -> "negotiat"; "managed", "management" -> "manag";
    "manager" -> "manager" (an agent noun is another word)."""
    w = word.lower()
    for suffix, rest in _SUFFIXES:
        if len(w) - len(suffix) + len(rest) >= 3 and w.endswith(suffix):
            w = w[: len(w) - len(suffix)] + rest
            break
    if w.endswith("e") and len(w) > 3:
        w = w[:-1]
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "aeiouls":
        w = w[:-1]  # "planned" -> "plan"
    return w


def core(form: str) -> list[str]:
    """A term's normalised wording without its trailing "skills"-like words."""
    words = form.split()
    while len(words) > 1 and words[-1] in TRAILING:
        words.pop()
    return words


def head_family(form: str) -> tuple[str, bool] | None:
    """(family, whether the head is a verb) of a one-word action core: "negotiation
    skills" -> ("negotiat", False), "negotiate" -> ("negotiat", True); else None."""
    words = core(form)
    if len(words) != 1 or not _ACTION_HEAD.search(words[0]):
        return None
    stem = family(words[0])
    if len(stem) < MIN_STEM or stem == words[0]:
        return None
    return stem, not re.search(r"(?:tions?|sions?|ments?)$", words[0])


#: Words that open a direct object right after a verb: the verb is transitive there.
DETERMINERS = frozenset(
    """the a an all each every our their his her its my this these those new daily
    weekly monthly""".split()  # noqa: SIM905
)
MIN_ING_STEM = 4


def ing_head(form: str) -> str | None:
    """The verb family of a one-word -ing core ("cleaning" -> "clean", "planning
    skills" -> "plan"), else None."""
    words = core(form)
    if len(words) != 1 or not words[0].isalpha() or not words[0].endswith("ing"):
        return None
    stem = family(words[0])
    return stem if len(stem) >= MIN_ING_STEM and stem != words[0] else None


def takes_object(text: str, start: int, end: int) -> bool:
    """Whether the word ``text[start:end]`` is a verb, not its -ing noun, with a
    direct object opened by a determiner ("Clean the kitchen", "cleaned all")."""
    word = text[start:end].lower()
    if word.endswith("ing") or not is_verb(word):
        return False
    after = re.match(r"[ \t]+([A-Za-z]+)[ \t]", text[end:])
    return after is not None and after.group(1).lower() in DETERMINERS


def verb_object(form: str) -> tuple[str, str] | None:
    """(verb family, object) of a two-word "<object> <action noun>" core
    ("budget management" -> ("manag", "budget")), else None."""
    words = core(form)
    if len(words) != 2 or not re.search(r"(?:tions?|sions?|ments?|ing)$", words[1]):
        return None
    stem = family(words[1])
    if len(stem) < MIN_STEM - 1 or not words[0].isalpha():
        return None
    if _ADJECTIVE_END.search(words[0]):
        return None  # "financial management": no object to manage
    if words[1].endswith("ing") and _ACTION_NOUN.search(words[0]):
        return None  # "management accounting": a compound, "Account Management" no form
    return stem, words[0]


#: Endings of a -sis noun's family, longest first: noun, adjective, verb, inflections.
_SIS = re.compile(r"(?:tically|tical|tic|sis|ses|sed|sing|se|zed|zes|zing|ze)$")
MIN_SIS_STEM = 4


def sis_family(word: str) -> str | None:
    """The stem a -sis noun shares with its -tic(al) adjective and its -se/-ze
    verb ("analysis", "analytical", "analysed", "analyzing" -> "analy"), else
    None."""
    w = word.lower()
    found = _SIS.search(w)
    if found is None or not w.isalpha():
        return None
    stem = w[: found.start()]
    return stem if len(stem) >= MIN_SIS_STEM else None


def sis_head(form: str) -> str | None:
    """The -sis family of a one-word term whose word is the noun, the adjective or
    the verb ("analytical", "analysis skills" -> "analy"), else None."""
    words = core(form)
    if len(words) != 1 or not re.search(r"(?:sis|tic|tical|yse|yze)$", words[0]):
        return None
    return sis_family(words[0])


def _same_noun(word: str, noun: str) -> bool:
    w, n = word.lower(), noun.lower()
    return w in (n, n + "s", n + "es") or (n.endswith("y") and w == n[:-1] + "ies")


def object_follows(text: str, end: int, noun: str) -> int | None:
    """The end of ``noun`` written after a verb ending at ``end``: within
    :data:`MAX_BETWEEN` words of the same clause (no punctuation and no function
    word between: "managed payroll by checking time" is no time management), and
    last in its noun phrase (followed by punctuation, a line end or a function
    word)."""
    pos = end
    for _ in range(MAX_BETWEEN + 1):
        gap = re.match(r"[ \t]+", text[pos:])
        if gap is None:
            return None
        found = _TOKEN.match(text, pos + gap.end())
        if found is None:
            return None
        pos = found.end()
        word = found.group(0)
        if _same_noun(word, noun):
            after = re.match(r"[ \t]+([A-Za-z]+)", text[pos:])
            return pos if after is None or after.group(1).lower() in _FUNCTION else None
        if word.lower() in _FUNCTION:
            return None
    return None


def hyphened(form: str) -> str:
    """A two-word wording with a hyphen for its space, or the other way round
    ("customer facing" <-> "customer-facing"); else the wording itself."""
    words = form.split()
    if len(words) == 2:
        return "-".join(words)
    if len(words) == 1 and form.count("-") == 1:
        return form.replace("-", " ")
    return form


def plural(form: str) -> str:
    """The plural of a wording's last word: "contract negotiation" -> "...s"."""
    return form[:-1] + "ies" if form.endswith("y") else form + "s"


def singular(form: str) -> str:
    """The singular of a wording's last word ("newsletters" -> "newsletter"), or
    the wording itself. A plural in -ions, -ices or -ics is often a field or a
    service of its own ("communications", "community services", "analytics"):
    it is kept."""
    if form.endswith(("ions", "ices", "ics")):
        return form
    if form.endswith("ies") and len(form) > 4:
        return form[:-3] + "y"
    if form.endswith("s") and not form.endswith(("ss", "us", "is")) and len(form) > 3:
        return form[:-1]
    return form


def is_verb(word: str) -> bool:
    """Whether a word of a verb's family is written as the verb (not its action
    noun): "managed", "manages", "negotiating", "manage"."""
    return not re.search(r"(?:tions?|sions?|ments?|ators?)$", word.lower())


def variant_keys(form: str) -> set[str]:
    """Keys under which a resume may show ``form`` in another form of its words:
    its other number and hyphenation, its verb family and its -sis family
    ("sis:" + stem); for a batch to know which terms to look for."""
    keys = {plural(form), singular(form), hyphened(form)}
    head = head_family(form)
    pair = verb_object(form)
    sis = sis_head(form)
    ing = ing_head(form)
    keys |= {ing} if ing else set()
    keys |= {head[0]} if head else set()
    keys |= {pair[0]} if pair else set()
    keys |= {f"sis:{sis}"} if sis else set()
    return keys


def family_index(
    words: Iterable[tuple[str, int, int]],
) -> dict[str, list[tuple[int, int]]]:
    """family -> (start, end) of each one-word token ``(word, start, end)``."""
    out: dict[str, list[tuple[int, int]]] = {}
    for word, start, end in words:
        if word.isalpha() and len(word) > 3:
            out.setdefault(family(word), []).append((start, end))
    return out


__all__ = [
    "family",
    "family_index",
    "head_family",
    "hyphened",
    "ing_head",
    "is_verb",
    "object_follows",
    "plural",
    "singular",
    "sis_family",
    "sis_head",
    "takes_object",
    "variant_keys",
    "verb_object",
]
