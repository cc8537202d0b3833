"""Is a text English? A small, dependency-free guess.

Two signals: the writing system of the letters (Cyrillic, Arabic, Han, ...), and for
Latin-script text the share of very common function words of English and of eight
other languages that resumes are often written in. Resumes are terse (few function
words), so the guess is cautious: text is called non-English only with enough
evidence; otherwise it is taken as English.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

__all__ = ["LanguageGuess", "detect_language", "language_name"]

_NAMES = {
    "en": "English",
    "es": "Spanish",
    "fr": "French",
    "de": "German",
    "pt": "Portuguese",
    "it": "Italian",
    "nl": "Dutch",
    "pl": "Polish",
    "tr": "Turkish",
    "sv": "Swedish",
    "ru": "Russian",
    "uk": "Ukrainian",
    "el": "Greek",
    "ar": "Arabic",
    "he": "Hebrew",
    "hi": "Hindi",
    "zh": "Chinese",
    "ja": "Japanese",
    "ko": "Korean",
    "th": "Thai",
    "ka": "Georgian",
    "hy": "Armenian",
    "und": "not English",
}

# The most frequent function words; words shared with English ("a", "in") are
# left out of the other lists so they do not pull English text away.
_STOPWORDS: dict[str, frozenset[str]] = {
    lang: frozenset(words.split())
    for lang, words in {
        "en": "the and of to in for with on at by from as is are was were be "
        "been this that these an or our your we you i my will have has had "
        "which who it its their they not but all can into about",
        "es": "el la los las de del y en que por para con una un es son se "
        "su sus al lo como más pero sobre este esta entre también muy "
        "experiencia años empresa trabajo",
        "fr": "le la les des du de et en que qui pour dans avec une un est "
        "sont sur par au aux ce cette ses nous vous pas plus ou "
        "expérience ans entreprise travail",
        "de": "der die das und den dem des ist mit für von zu auf ein eine "
        "einer eines im nicht sich auch als bei oder wir sie werden "
        "erfahrung jahre unternehmen arbeit",
        "pt": "o os a as de do da dos das e em que para com um uma é são "
        "no na nos nas por se ao sua seu mais experiência anos empresa",
        "it": "il lo la gli le di del della dei e è che per con un una in "
        "nel nella sono si al alla come più anche esperienza anni azienda",
        "nl": "de het een en van in is op te met voor zijn dat die niet aan "
        "bij als ook om er wij jij ervaring jaar bedrijf werk",
        "pl": "i w na z do że się nie jest to jak dla od po oraz przez "
        "doświadczenie lat firma praca",
        "tr": "ve bir bu ile için da de olarak olan çok daha gibi en ya "
        "deneyim yıl şirket",
        "sv": "och i att det som en på är av för med till den har de inte "
        "om ett erfarenhet år företag",
    }.items()
}
_OTHER_DROP = frozenset({"a", "in", "de", "en", "is", "to", "an", "i", "on"})

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)

#: Minimum function-word hits before a Latin-script text is called non-English.
_MIN_HITS = 8


@dataclass(frozen=True)
class LanguageGuess:
    code: str  # ISO 639-1, or "und" (not English, language unknown)
    confidence: float  # 0..1, rough
    script: str = "Latin"

    @property
    def is_english(self) -> bool:
        return self.code == "en"

    @property
    def name(self) -> str:
        return language_name(self.code)


def language_name(code: str) -> str:
    return _NAMES.get(code, code)


def _script(ch: str) -> str:
    cp = ord(ch)
    if cp < 0x250 or 0x1E00 <= cp <= 0x1EFF:
        return "Latin"
    if 0x370 <= cp <= 0x3FF or 0x1F00 <= cp <= 0x1FFF:
        return "Greek"
    if 0x400 <= cp <= 0x52F:
        return "Cyrillic"
    if 0x530 <= cp <= 0x58F:
        return "Armenian"
    if 0x590 <= cp <= 0x5FF:
        return "Hebrew"
    if 0x600 <= cp <= 0x6FF or 0x750 <= cp <= 0x77F or 0xFB50 <= cp <= 0xFEFF:
        return "Arabic"
    if 0x900 <= cp <= 0x97F:
        return "Devanagari"
    if 0xE00 <= cp <= 0xE7F:
        return "Thai"
    if 0x10A0 <= cp <= 0x10FF:
        return "Georgian"
    if 0x3040 <= cp <= 0x30FF:
        return "Kana"
    if 0xAC00 <= cp <= 0xD7AF or 0x1100 <= cp <= 0x11FF:
        return "Hangul"
    if 0x4E00 <= cp <= 0x9FFF or 0x3400 <= cp <= 0x4DBF:
        return "Han"
    return unicodedata.name(ch, "Other").split(" ")[0].title()


_SCRIPT_LANG = {
    "Greek": "el",
    "Cyrillic": "ru",
    "Armenian": "hy",
    "Hebrew": "he",
    "Arabic": "ar",
    "Devanagari": "hi",
    "Thai": "th",
    "Georgian": "ka",
    "Hangul": "ko",
    "Han": "zh",
    "Kana": "ja",
}


def detect_language(text: str, *, sample: int = 20_000) -> LanguageGuess:
    """Guess the language of ``text`` (see the module docstring)."""
    text = text[:sample]
    scripts = Counter(_script(ch) for ch in text if ch.isalpha())
    letters = sum(scripts.values())
    if letters == 0:
        return LanguageGuess("en", 0.0)
    script, count = scripts.most_common(1)[0]
    if script != "Latin" and count >= 0.5 * letters:
        code = _SCRIPT_LANG.get(script, "und")
        if script in ("Han", "Kana") and scripts["Kana"] >= 0.1 * count:
            code = "ja"
        if code == "ru" and re.search("[іїєґІЇЄҐ]", text):
            code = "uk"
        return LanguageGuess(code, count / letters, script)
    return _latin(text)


def _latin(text: str) -> LanguageGuess:
    words = [w.lower() for w in _WORD.findall(text)]
    hits: Counter[str] = Counter()
    for lang, stop in _STOPWORDS.items():
        drop = frozenset() if lang == "en" else _OTHER_DROP
        hits[lang] = sum(1 for w in words if w in stop and w not in drop)
    best, best_hits = max(hits.items(), key=lambda kv: (kv[1], kv[0] == "en"))
    english = hits["en"]
    total = max(1, len(words))
    if best == "en" or best_hits < _MIN_HITS or best_hits < 2 * english:
        return LanguageGuess("en", min(1.0, english / (0.15 * total)))
    return LanguageGuess(best, min(1.0, (best_hits - english) / (0.15 * total)))
