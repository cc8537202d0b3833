"""A cue: one list of words that decides what a posting's text asks or offers.

The cues themselves are one table, :data:`gapcheck.parse.asking.CUES`; this module
only defines their type: a kind (:class:`CueKind`: asks, offers, describes ...) and
the span of text each is read on (:class:`Scope`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from enum import StrEnum


class CueKind(StrEnum):
    """What a cue's words say of the text they are found in."""

    ASKS = "asks"  # something is asked of the candidate
    PREFERS = "prefers"  # asked as a wish: desirable, preferred, a plus
    NOT_ASKS = "not_asks"  # looks like an ask and is none: "as required"
    OFFERS = "offers"  # the employer gives: pay, training, support, opportunity
    DESCRIBES = "describes"  # the employer, its unit, a place, a named service
    SELECTS = "selects"  # how the employer selects: interviews, tests, checks
    NOTES = "notes"  # job facts, notes and instructions of the employer


class Scope(StrEnum):
    """The span of text a cue is read on."""

    LINE = "line"  # a line or list item
    SENTENCE = "sentence"  # a sentence or a clause
    OPENING = "opening"  # the start of a line or sentence (matched there)
    LEAD_IN = "lead_in"  # the line above a list, saying what its items are
    BEFORE = "before"  # the words right before a term or an object (ends with $)


@dataclass(frozen=True)
class Cue:
    """One list of words that decides what a posting's text asks: read it with
    ``search`` / ``match`` / ``finditer`` / ``sub`` as a compiled pattern."""

    name: str
    kind: CueKind
    scope: Scope
    pattern: re.Pattern[str]

    @property
    def search(self) -> Callable[..., re.Match[str] | None]:
        return self.pattern.search

    @property
    def match(self) -> Callable[..., re.Match[str] | None]:
        return self.pattern.match

    @property
    def finditer(self) -> Callable[..., Iterator[re.Match[str]]]:
        return self.pattern.finditer

    @property
    def sub(self) -> Callable[..., str]:
        return self.pattern.sub

    def to_dict(self) -> dict[str, object]:
        return {
            "name": self.name,
            "kind": str(self.kind),
            "scope": str(self.scope),
            "pattern": self.pattern.pattern,
            "ignorecase": bool(self.pattern.flags & re.IGNORECASE),
        }


def cue(name: str, kind: CueKind, scope: Scope) -> Callable[..., Cue]:
    """A maker of the cue named ``name`` of ``kind``, read on ``scope``: call it with
    the pattern (case-insensitive unless ``flags`` say otherwise)."""

    def make(pattern: str, flags: int = re.IGNORECASE) -> Cue:
        return Cue(name, kind, scope, re.compile(pattern, flags))

    return make
