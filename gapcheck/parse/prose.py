"""Which sentences of a posting's prose ask something of the candidate.

A sentence asks when it is long enough to say something in particular and the
asking test says so (a short one that says its object is essential or required
asks however short it is: "Good communication is essential."; so does one that
says what the person sought should be or have); a sentence that only goes on from an
asked one ("You will develop a range of communications activities. For example this
may include developing campaigns, social media, news stories") asks with it: its
examples are the work asked.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator

from gapcheck.parse.lines import Item

#: A sentence that opens by giving examples of, or more of, the one before it.
_GOES_ON = re.compile(
    r"^(?:for\s+example|for\s+instance|e\.?g\.?|such\s+as|including|"
    r"(?:this|these|which|it)\s+(?:may|might|will|could|can|would)?\s*"
    r"(?:also\s+)?(?:includes?|involves?|covers?|consists?\s+of)|examples?\s+"
    r"(?:include|are))\b",
    re.IGNORECASE,
)


#: A short sentence that says in so many words that what it names is asked (round
#: 13): "Good communication is essential.", "Punctuality is a must.", "Driving
#: licence required." It names what it asks however short it is.
_SHORT_ASK = re.compile(
    r"^\W*[A-Za-z][\w'’/&+-]*(?:\s+[\w'’/&+-]+){0,4}\s+(?:(?:is|are)\s+)?(?:essential|"
    r"required|a\s+must|mandatory)\W*$",
    re.IGNORECASE,
)

#: A sentence that says what the person sought should be or have, whoever it names
#: ("He should be pro in cuisine like Indian, Chinese ...", "The candidate must
#: hold ..."): it asks (round 13).
_PERSON_ASKED = re.compile(
    r"\b(?:he|she|they|(?:candidate|applicant|person|individual)s?)\s+(?:should|"
    r"must|shall|will\s+need\s+to)\s+(?:also\s+)?(?:be|have|hold|possess|know)\b",
    re.IGNORECASE,
)


def asked_sentences(
    pieces: Iterable[Item], asks: Callable[[str], bool], min_words: int
) -> Iterator[Item]:
    """The sentences of ``pieces`` that ask, and those that go on from one that does."""
    after_asked = False
    for piece in pieces:
        long_enough = len(piece.text.split()) >= min_words
        long_enough = long_enough or _SHORT_ASK.match(piece.text) is not None
        goes_on = after_asked and _GOES_ON.match(piece.text) is not None
        said = goes_on or asks(piece.text) or _PERSON_ASKED.search(piece.text)
        after_asked = long_enough and bool(said)
        if after_asked:
            yield piece


def sentence_span(text: str, start: int, end: int) -> tuple[int, int]:
    """``(left, right)`` of the sentence or line holding ``text[start:end]``: from after
    the last ".", "!", "?" or line break before ``start`` to the first one after
    ``end`` (the text's end if none)."""
    left = max(text.rfind(c, 0, start) for c in ".!?\n") + 1
    rights = [i for i in (text.find(c, end) for c in ".!?\n") if i >= 0]
    return left, (min(rights) if rights else len(text))
