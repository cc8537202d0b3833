"""gapcheck's tokenizer: spaCy's English rules, adjusted so technical terms stay whole.

Registered as ``gapcheck.tokenizer.v1`` (``[nlp.tokenizer] @tokenizers =
"gapcheck.tokenizer.v1"``). Differences from ``spacy.blank("en")``:

* hyphenated words stay whole (``e-commerce``, ``Wi-Fi``, ``cross-functional``); dashes
  (``–``, ``—``, ``--``) between words still split;
* ``3+`` stays one token (``3+ years``);
* ``C#``, ``F#`` and a curated list of slash terms are kept whole (``CI/CD``, ``A/B``,
  ``TCP/IP``, ``UI/UX``, ``PL/SQL``, ``I/O``...); any other ``word/word`` splits on
  the slash, so ``SQL/NoSQL`` gives ``SQL``, ``/``, ``NoSQL`` (two skills) and
  ``and/or`` stays whole as spaCy has it;
* amounts keep their magnitude letter: ``$1.2M`` gives ``$``, ``1.2M`` (spaCy:
  ``$``, ``1.2``, ``M``); other units still split (``16GB``, ``5km``).

Unchanged from spaCy: ``C++``, ``.NET``, ``ASP.NET``, ``Node.js``, ``R&D``, ``AT&T``,
``24/7``, ``k8s``, ``EC2``, ``GPT-4``, ``3.11``, e-mail addresses and URLs are whole;
``20%`` is ``20``, ``%``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import spacy
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokenizer import Tokenizer

#: Terms written with a slash, ``#`` or other punctuation that are one concept.
#: Lower-case and capitalised variants are added automatically.
WHOLE_TERMS: tuple[str, ...] = (
    "C#",
    "F#",
    "J#",
    "CI/CD",
    "A/B",
    "TCP/IP",
    "UI/UX",
    "UX/UI",
    "PL/SQL",
    "I/O",
    "OS/2",
    "N/A",
    "B/S",
    "P/L",
    "AR/AP",
    "AP/AR",
    "R/3",
    "S/4HANA",
    "T/E",
    "CAD/CAM",
    "EHS/HSE",
    "M&A",
    "Q&A",
    "R&D",
    "P&L",
    "AT&T",
    "B&W",
)

#: Unit suffixes spaCy splits off numbers that in resumes and postings are magnitudes
#: (``$1.2M``, ``5K``, ``$5m``): these stay attached.
MAGNITUDES: frozenset[str] = frozenset({"K", "M", "G", "T", "m"})


def _variants(term: str) -> set[str]:
    return {term, term.lower(), term.capitalize()} - {""}


def special_cases() -> dict[str, list[dict[Any, str]]]:
    """spaCy's English exceptions plus :data:`WHOLE_TERMS` as single tokens."""
    from spacy.attrs import ORTH
    from spacy.lang.en import English

    cases: dict[str, list[dict[Any, str]]] = dict(English.Defaults.tokenizer_exceptions)
    for term in WHOLE_TERMS:
        for form in _variants(term):
            cases[form] = [{ORTH: form}]
    return cases


def prefixes() -> list[Any]:
    from spacy.lang.en import English

    return list(English.Defaults.prefixes or [])


def suffixes() -> list[Any]:
    """English suffixes, but ``+`` and magnitude letters stay on a number, and a
    period after ``&X`` (``P&L.``) splits."""
    from spacy.lang.char_classes import UNITS
    from spacy.lang.en import English

    units_rule = rf"(?<=[0-9])(?:{UNITS})"
    units = "|".join(u for u in UNITS.split("|") if u not in MAGNITUDES)
    out = []
    for rule in English.Defaults.suffixes or []:
        if rule == r"(?<=[0-9])\+":
            continue
        out.append(rf"(?<=[0-9])(?:{units})" if rule == units_rule else rule)
    out.append(r"(?<=&[A-Za-z])\.")
    return out


def infixes() -> list[Any]:
    """English infixes, except that a single ``-`` between letters does not split."""
    from spacy.lang.char_classes import ALPHA
    from spacy.lang.en import English

    hyphen_rule = next(
        (i for i in (English.Defaults.infixes or []) if "(?:-|–|—|--|---|——|~)" in i),
        None,
    )
    out = [i for i in (English.Defaults.infixes or []) if i != hyphen_rule]
    out.append(rf"(?<=[{ALPHA}0-9])(?:–|—|--|---|——|~)(?=[{ALPHA}])")
    return out


def build_tokenizer(nlp: Language) -> Tokenizer:
    """A :class:`spacy.tokenizer.Tokenizer` for ``nlp`` with gapcheck's rules."""
    from spacy.lang.en import English
    from spacy.tokenizer import Tokenizer

    return Tokenizer(
        nlp.vocab,
        rules=special_cases(),
        prefix_search=compile_prefix_regex(prefixes()).search,
        suffix_search=compile_suffix_regex(suffixes()).search,
        infix_finditer=compile_infix_regex(infixes()).finditer,
        url_match=English.Defaults.url_match,
    )


@spacy.registry.tokenizers("gapcheck.tokenizer.v1")
def create_tokenizer() -> Callable[[Language], Tokenizer]:
    """Factory for ``[nlp.tokenizer]``: ``@tokenizers = "gapcheck.tokenizer.v1"``."""
    return build_tokenizer


TOKENIZER_CONFIG: dict[str, Any] = {
    "nlp": {"tokenizer": {"@tokenizers": "gapcheck.tokenizer.v1"}}
}


def make_blank() -> Language:
    """``spacy.blank("en")`` with gapcheck's tokenizer (no trained components)."""
    return spacy.blank("en", config=TOKENIZER_CONFIG)
