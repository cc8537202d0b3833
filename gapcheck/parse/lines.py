"""Line-level helpers shared by resume and posting parsing: blocks, wrapped lines,
bullets with their continuation lines, sentences."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from gapcheck.parse.bullets import is_bullet, strip_bullet
from gapcheck.parse.sections import Line
from gapcheck.records import Document


@dataclass(frozen=True)
class Item:
    """A bullet or sentence: its text (wrapped lines joined) and where it is."""

    text: str
    start: int
    end: int
    first_line: int  # Line.index of its first line
    marked: bool  # started with a bullet glyph or number


def wrap_width(lines: list[Line]) -> int:
    """Typical full-line length: the 90th percentile of non-blank line lengths."""
    lengths = sorted(len(ln.text) for ln in lines if ln.text)
    if not lengths:
        return 80
    return max(40, lengths[int(0.9 * (len(lengths) - 1))])


def blocks(lines: list[Line]) -> list[list[Line]]:
    """Runs of non-blank lines."""
    out: list[list[Line]] = []
    current: list[Line] = []
    for line in lines:
        if line.blank:
            if current:
                out.append(current)
            current = []
        else:
            current.append(line)
    if current:
        out.append(current)
    return out


#: The column mark a flattened person specification leaves after a row: "Phlebotomy
#: E", "Cannulation (D)", "Car driver - Desirable". It ends the row.
COLUMN_MARK = re.compile(
    r"\s+(?:[-–—|:]\s*)?\(?(?P<mark>E|D|Essential|Desirable)\)?\s*$"
)


def continues(prev: str, nxt: str, width: int) -> bool:
    """Is ``nxt`` the wrapped continuation of ``prev``?"""
    if not nxt or is_bullet(nxt):
        return False
    if nxt[0].islower() or prev.endswith(("-", ",", "&", "/", "(")):
        return True
    if re.search(r"[.!?;:]$", prev) or COLUMN_MARK.search(prev):
        return False
    return len(prev) >= 0.7 * width


def items(
    lines: list[Line],
    doc: Document,
    *,
    width: int,
    skip: frozenset[int] = frozenset(),
    plain: bool = False,
) -> list[Item]:
    """Bullets (and, with ``plain``, unmarked lines) with their wrapped continuation
    lines joined. Lines whose index is in ``skip`` (role headers) are never part of
    an item; a blank line ends one."""
    out: list[Item] = []
    parts: list[Line] = []
    marked = False

    def flush() -> None:
        nonlocal parts
        if parts:
            first = parts[0]
            text = " ".join(
                [strip_bullet(first.text) if marked else first.text]
                + [p.text for p in parts[1:]]
            )
            lead = len(first.text) - len(strip_bullet(first.text)) if marked else 0
            out.append(
                Item(
                    text.strip(), first.start + lead, parts[-1].end, first.index, marked
                )
            )
        parts = []

    for line in lines:
        if line.blank or line.index in skip:
            flush()
            continue
        if is_bullet(line.text):
            flush()
            parts, marked = [line], True
            continue
        if parts and continues(parts[-1].text, line.text, width):
            parts.append(line)
            continue
        flush()
        if plain:
            parts, marked = [line], False
    flush()
    return [it for it in out if it.text]


_ABBREVIATION = re.compile(
    r"(?:\b(?:e\.g|i\.e|etc|vs|approx|incl|Inc|Ltd|Co|Sr|Jr|Dr|Mr|Ms|Mrs|St|No)\.)$"
)
#: A sentence ends after a word, a number, a bracket or an acronym ("...of MRCS. These
#: posts..."), never after an initial ("J. Smith") or a dotted abbreviation ("U.S.").
_SENTENCE_END = re.compile(
    r"(?:(?<=[a-z0-9%)][.!?])|(?<=[^.\s][A-Z]{2}[.!?]))\s+(?=[A-Z])"
)


def sentences(item: Item, doc: Document) -> list[Item]:
    """Split an unmarked paragraph into sentences (offsets kept)."""
    if item.marked:
        return [item]
    raw = doc.text[item.start : item.end]
    cuts = [0]
    for match in _SENTENCE_END.finditer(raw):
        if not _ABBREVIATION.search(raw[: match.start()]):  # "e.g. Oracle"
            cuts.append(match.end())
    cuts.append(len(raw))
    out = []
    for lo, hi in itertools.pairwise(cuts):
        piece = raw[lo:hi].rstrip()
        text = " ".join(piece.split())
        if text:
            out.append(
                Item(
                    text,
                    item.start + lo,
                    item.start + lo + len(piece),
                    item.first_line,
                    False,
                )
            )
    return out or [item]


def too_short(item: Item) -> bool:
    """No letter at all ("•", "1"), or one letter outside a list: a bullet "Go" or
    "R" names a skill, a requirement line of its own."""
    return not re.search(r"[^\W\d_]", item.text) or (
        len(item.text) < 2 and not item.marked
    )


#: The small words inside a name ("École Européenne des Métiers de l'Internet",
#: "Bank of America", "Université de Montréal"): lower case, yet the name goes on.
NAME_PARTICLE = re.compile(
    r"(?i)of|and|for|the|de|du|des|la|le|les|del|della|di|da|do|dos|das|van|von|der"
    r"|den|y|e|&"
)


def _name_word(word: str) -> bool:
    """A word of a wrapped name: capitalised ("Edison", "(NDA)"), elided before a
    capital ("l'Internet", "d'Orsay") or a small word inside a name ("de", "of")."""
    word = re.sub(r"^[ldLD]['’](?=[A-ZÀ-Þ])", "", word.lstrip("("))
    return word[:1].isupper() or NAME_PARTICLE.fullmatch(word) is not None


def name_words(words: list[str]) -> bool:
    """Are ``words`` the wrapped end of a name: each a name's word (see
    :func:`_name_word`), one at least more than a small word?"""
    return all(_name_word(w) for w in words) and any(
        _name_word(w) and not NAME_PARTICLE.fullmatch(w) for w in words
    )
