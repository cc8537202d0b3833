"""Text normalization shared by every reader (and by the PDF reader's output).

:func:`normalize_text` is pure, idempotent and never raises. What it does, in order:

1. Line endings: ``\\r\\n``, ``\\r``, U+2028/U+2029, NEL and vertical tab become
   ``\\n``; a form feed (page break) becomes a blank line.
2. A soft hyphen at a line end joins the two lines (it marks a hyphenation point);
   one standing between two words with spaces on both sides, or between two digits,
   is the visible dash some exports draw with it ("Sep. 2023 U+00AD Mar. 2024") and
   becomes an en dash; other soft hyphens, zero-width characters, the BOM, bidi
   marks (every Unicode *format* character) and control characters other than
   ``\\n``/``\\t`` are removed.
3. NFC. Compatibility mapping (NFKC) only for the ligatures ``ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ`` and
   fullwidth ASCII forms; everything else meaningful (``é``, ``ß``, ``²``) is kept.
4. Every Unicode space (no-break, thin, em, ideographic...) becomes one ordinary
   space; runs of spaces collapse to one; lines are stripped. A tab is a *field
   separator* (a DOCX tab stop, the wide gap before a right-aligned column of a PDF
   line: "Stripe<TAB>San Francisco, CA") and is kept: a run of spaces and tabs holding
   a tab becomes one tab; after a leading bullet it is a space.
5. Quotes: ``‘ ’ ‚ ‛ ′`` -> ``'`` and ``“ ” „ ‟ ″`` -> ``"``. Dashes: the *hyphen*
   family (U+2010 hyphen, U+2011 non-breaking hyphen, U+2212 minus, small/fullwidth
   hyphen-minus) -> ASCII ``-``; the *dash* family (figure dash, en dash, em dash,
   horizontal bar) -> the en dash ``–``. So ``-`` always joins a word and ``–`` always
   separates (date ranges, asides); readers of the text need to know only these two.
6. A bullet glyph at the start of a line (``• ● ▪ ■ ◦ ○ ► ▶ ➢ ➤ ✓ ✔ ❖ ◆ ⁃ ‣ ∙ ·``, the
   Symbol/Wingdings private-use bullets such as U+F0B7 ````, ...) becomes ``• ``.
   A *lone bullet mark*, a line holding only bullet glyphs or only one ``-``, ``*`` or
   ``o`` (HTML lists flattened one mark a line: "-", blank line, "Reliable and
   punctual"), joins the next non-empty line as one bulleted item ``• Reliable and
   punctual``; blank lines between are dropped, and when that line is a bullet itself
   ("- item", a second lone mark) the lone mark is dropped. Other ``-``, ``*`` and
   numbered lines are kept as written; ``---`` and ``***`` rules are no marks.
   Mid-line glyphs (``Python · SQL``) are kept.
7. Other private-use glyphs (icon fonts: a phone or envelope icon) are removed and
   counted (:attr:`NormalizeStats.icon_glyphs`, reported as ``Layout.icon_glyphs``).
8. Words hyphenated across a line end are joined: ``manage-\\nment`` -> ``management``
   when both parts are lower-case letters (the left may start with a capital) and the
   left part is not a prefix that takes a hyphen (``co``, ``non``, ``self``, ``re``...)
   and the two parts are not both common words whose join is not one
   (``cloud-\\nnative`` -> ``cloud-native``; the word list is corpora/wordlist.txt);
   otherwise the hyphen is kept and the lines joined: ``co-\\nfounder`` ->
   ``co-founder``, ``state-of-\\nthe-art`` -> ``state-of-the-art``,
   ``Front-\\nEnd`` -> ``Front-End``.
9. Three or more line breaks collapse into one blank line; leading and trailing blank
   lines are dropped.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

__all__ = [
    "BULLET",
    "BULLET_GLYPHS",
    "NormalizeStats",
    "is_private_use",
    "normalize_text",
    "normalize_with_stats",
]

#: What every bullet glyph at a line start becomes.
BULLET = "• "

#: Glyphs recognised as bullets at the start of a line.
BULLET_GLYPHS = frozenset("•●▪■◦○►▶➢➤✓✔❖◆⁃‣∙·◾◼▸▹◇◘⦿⚫⬤➣➜➔✦✧★☆⮚⯀❯")

#: Private-use code points that Word/PDF symbol fonts use for bullets
#: (Symbol U+F0B7, Wingdings squares/arrows/checks/diamonds...).
PRIVATE_USE_BULLETS = frozenset(
    chr(c)
    for c in (
        0xF0B7,  # Symbol bullet
        0xF0A7,  # Wingdings small square
        0xF0A8,  # Wingdings square
        0xF06E,  # Wingdings black square
        0xF071,  # Wingdings hollow square
        0xF076,  # Wingdings diamond (❖)
        0xF077,  # Wingdings small diamond
        0xF0D8,  # Wingdings arrowhead
        0xF0E0,  # Wingdings arrow (in bullet position)
        0xF0FC,  # Wingdings check
        0xF0A4,  # Wingdings circle
        0xF0B2,  # Wingdings hollow square
        0xF02D,  # Symbol dash
        0xF0BE,  # Symbol line
    )
)

#: Left parts that keep their hyphen when a word is split at a line end.
_PREFIXES = """a e x co non self re pre post anti multi cross semi sub inter intra ex
pro over under well full part high low long short one two three top end mid ultra meta
counter de un vice all half cost time data real"""
HYPHEN_PREFIXES = frozenset(_PREFIXES.split())

_LIGATURES = "\ufb00\ufb01\ufb02\ufb03\ufb04\ufb05\ufb06"
_TABLE: dict[int, str] = {}
for _ch in _LIGATURES:
    _TABLE[ord(_ch)] = unicodedata.normalize("NFKC", _ch)
for _cp in range(0xFF01, 0xFF5F):  # fullwidth ASCII forms
    _TABLE[_cp] = unicodedata.normalize("NFKC", chr(_cp))
for _ch in "‘’‚‛′‹›":
    _TABLE[ord(_ch)] = "'"
for _ch in "“”„‟″":
    _TABLE[ord(_ch)] = '"'
for _ch in "\u2010\u2011\u2212\ufe63\uff0d":
    _TABLE[ord(_ch)] = "-"
for _ch in "\u2012\u2013\u2014\u2015\ufe58":
    _TABLE[ord(_ch)] = "–"
_BREAKS = {0x0D: "\n", 0x2028: "\n", 0x2029: "\n", 0x85: "\n", 0x0B: "\n", 0x0C: "\n\n"}
# The ideographic space is fullwidth; keep it a space (not dropped as a control).
_TABLE[0x3000] = " "

_SOFT_BREAK = re.compile("\u00ad[ \t]*\n[ \t]*")
#: A soft hyphen drawn as a dash: spaces on both sides, or between two digits.
_SOFT_DASH = re.compile("(?<=\\S)([ \t]+)\u00ad(?=[ \t]+\\S)|(?<=\\d)\u00ad(?=\\d)")
_SPACES = re.compile(" {2,}")
_TABS = re.compile("[ \t]*\t[ \t]*")
_BLANKS = re.compile("\n{3,}")


@dataclass(frozen=True)
class NormalizeStats:
    """What :func:`normalize_with_stats` changed, for ``Layout`` and warnings."""

    icon_glyphs: int = 0  # private-use glyphs (icon fonts) removed
    bullets: int = 0  # bullet glyphs at a line start rewritten to "• "
    hyphen_joins: int = 0  # words joined across a line end
    ligatures: int = 0  # ligatures / fullwidth forms expanded
    removed_format: int = 0  # soft hyphens, zero-width chars, BOMs, controls


def is_private_use(ch: str) -> bool:
    cp = ord(ch)
    return 0xE000 <= cp <= 0xF8FF or cp >= 0xF0000


def normalize_text(text: str) -> str:
    """Normalize ``text`` (see the module docstring). Pure and idempotent."""
    return normalize_with_stats(text)[0]


def normalize_with_stats(text: str) -> tuple[str, NormalizeStats]:
    """Like :func:`normalize_text`, and also count what was changed."""
    if not text:
        return "", NormalizeStats()
    text = text.replace("\r\n", "\n").translate(_BREAKS)
    text = _SOFT_BREAK.sub("", text)
    if "\u00ad" in text:
        text = _SOFT_DASH.sub(lambda m: (m.group(1) or "") + "\u2013", text)
    ligatures = sum(1 for ch in text if ch in _LIGATURES or 0xFF01 <= ord(ch) <= 0xFF5E)
    text = unicodedata.normalize("NFC", text)
    text = text.translate(_TABLE)
    text, removed = _drop_format_and_controls(text)
    text = unicodedata.normalize("NFC", text)

    lines = [_squeeze(line) for line in text.split("\n")]
    lines, icons, bullets = _bullets_and_icons(lines)
    lines, joins = _join_hyphenated(lines)
    text = "\n".join(lines)
    text = _BLANKS.sub("\n\n", text).strip("\n")
    stats = NormalizeStats(
        icon_glyphs=icons,
        bullets=bullets,
        hyphen_joins=joins,
        ligatures=ligatures,
        removed_format=removed,
    )
    return text, stats


def _squeeze(line: str) -> str:
    """Runs of spaces -> one space, runs holding a tab -> one tab; strip the ends."""
    line = line.strip(" \t")
    if "\t" in line:
        line = _TABS.sub("\t", line)
    return _SPACES.sub(" ", line)


def _drop_format_and_controls(text: str) -> tuple[str, int]:
    """Spaces -> " ", drop format (Cf) and control (Cc) characters but ``\\n`` and
    ``\\t``."""
    out: list[str] = []
    removed = 0
    for ch in text:
        if ch == "\n" or ch == " " or ch == "\t":
            out.append(ch)
            continue
        cat = unicodedata.category(ch)
        if cat == "Zs":
            out.append(" ")
        elif cat in ("Cf", "Cc", "Zl", "Zp"):
            removed += 1
        else:
            out.append(ch)
    return "".join(out), removed


def _is_bullet(ch: str) -> bool:
    return ch in BULLET_GLYPHS or ch in PRIVATE_USE_BULLETS


def _only_bullets(line: str) -> bool:
    return bool(line) and all(_is_bullet(ch) or ch in " \t" for ch in line)


#: A mark that is a bullet when it stands alone on its line (rule 6).
LONE_MARKS = frozenset("-*o")
#: A line that is a bullet already: a glyph, or "-" / "*" before a space.
_MARKED = re.compile(r"^[-*][ \t]\S")


def _lone_mark(line: str) -> bool:
    """A line holding only bullet glyphs, or only one "-", "*" or "o" (private-use
    glyphs, removed or moved later, left out)."""
    if _only_bullets(line):
        return True
    bare = "".join(ch for ch in line if not is_private_use(ch))
    return bare.strip(" \t") in LONE_MARKS


def _join_lone_mark(lines: list[str], i: int) -> tuple[str, int]:
    """The item a lone mark before ``lines[i]`` stands for, and the next index: the
    next non-empty line as ``• item`` (as written when it is marked already); ""
    when no text follows."""
    while i < len(lines) and (not lines[i] or _lone_mark(lines[i])):
        i += 1
    if i == len(lines):
        return "", i
    nxt = lines[i]
    if _MARKED.match(nxt) or _is_bullet(nxt[0]):
        return nxt, i + 1
    return BULLET + nxt, i + 1


def _bullets_and_icons(lines: list[str]) -> tuple[list[str], int, int]:
    """Rewrite leading bullet glyphs, join lone-mark lines, drop icon glyphs."""
    out: list[str] = []
    icons = 0
    bullets = 0
    i = 0
    while i < len(lines):
        line = lines[i]
        i += 1
        if _lone_mark(line):
            # A bullet mark alone on its line belongs to the next line's text.
            line, i = _join_lone_mark(lines, i)
        # Leading glyphs (bullets, and icons before the first word).
        j = 0
        saw_bullet = False
        while j < len(line) and (
            _is_bullet(line[j]) or line[j] in " \t" or is_private_use(line[j])
        ):
            if _is_bullet(line[j]):
                saw_bullet = True
            elif is_private_use(line[j]):
                icons += 1
            j += 1
        rest = line[j:]
        if any(is_private_use(ch) for ch in rest):
            icons += sum(1 for ch in rest if is_private_use(ch))
            rest = "".join(" " if is_private_use(ch) else ch for ch in rest)
            rest = _squeeze(rest)
        if saw_bullet:
            bullets += 1
            line = (BULLET + rest) if rest else ""
        else:
            line = rest
        out.append(line)
    return out, icons, bullets


_WORD_TAIL = re.compile(r"([^\W\d_]+)-$")
_WORD_HEAD = re.compile(r"^([^\W\d_]+)")


@cache
def _common_words() -> frozenset[str]:
    """corpora/wordlist.txt (training/wordlist/build.py); empty if it is missing."""
    from gapcheck.paths import corpora_dir

    path = corpora_dir() / "wordlist.txt"
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:
        return frozenset()
    return frozenset(w for w in text.split("\n") if w and not w.startswith("#"))


def _compound(left: str, right: str) -> bool:
    """ "cloud-/native": both halves are words and the joined form is not, so the
    hyphen is part of the word; "manage-/ment" and "some-/thing" are split words."""
    words = _common_words()
    return left in words and right in words and left + right not in words


def _join_hyphenated(lines: list[str]) -> tuple[list[str], int]:
    """Join words hyphenated across line ends (see rule 8 of the module docstring)."""
    out: list[str] = []
    joins = 0
    for line in lines:
        tail = _WORD_TAIL.search(out[-1]) if out and line[:1].isalpha() else None
        if tail is not None:
            prev = out[-1]
            left = tail.group(1)
            head = _WORD_HEAD.match(line)
            right = head.group(1) if head else ""
            # "state-of-" or "3D-": the hyphen belongs to a compound; keep it.
            whole_word = tail.start() == 0 or prev[tail.start() - 1] in " \t(\"'/"
            drop_hyphen = (
                whole_word
                and len(left) > 1
                and left[1:].islower()
                and right.islower()
                and left.lower() not in HYPHEN_PREFIXES
                and not _compound(left.lower(), right)
            )
            out[-1] = (prev[:-1] if drop_hyphen else prev) + line
            joins += 1
            continue
        out.append(line)
    return out, joins
