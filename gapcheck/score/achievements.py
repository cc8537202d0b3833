"""Bullet classification: achievement or duty, quantified or not, and what weakens it.

Rule-based on purpose: the rules are readable, testable and need no model. A bullet is
*quantified* when it holds a number that measures a result or a scale (a percentage,
money, a multiplier, a count of things, a duration, a rank) and not a date, a bare
year, a phone number or a version number.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from gapcheck.records import AchievementSummary, Bullet, BulletAssessment

TOO_LONG_WORDS = 30

_MONTHS = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
#: Spans that hold digits but measure nothing: removed before looking for numbers.
_NOT_QUANTITIES = [
    re.compile(rf"\b(?:{_MONTHS})\.?\s+\d{{4}}\b", re.I),
    re.compile(r"\b\d{1,2}[/.-]\d{4}\b|\b\d{4}[/.-]\d{1,2}\b"),
    re.compile(r"\b\d{1,2}/\d{1,2}/\d{2,4}\b"),
    re.compile(r"\bv(?:ersion)?\s?\d+(?:\.\d+)*\b", re.I),
    re.compile(r"\b\d+\.\d+\.\d+\b"),
    re.compile(r"\b[A-Z][A-Za-z+#]*\s\d+\.\d+\b(?!\s*(?:%|[kKmMbBx×]\b))"),
    re.compile(
        r"\b(?:19[5-9]\d|20[0-4]\d)\s*(?:[–—-]|to)\s*(?:19[5-9]\d|20[0-4]\d|\d{2})\b"
    ),
    re.compile(r"\b[A-Za-z]+\d+[A-Za-z\d]*\b"),  # HTML5, ES6, EC2, S3, Web3
]
_YEAR = re.compile(r"^(?:19[5-9]\d|20[0-4]\d)$")
_NUMBER = re.compile(
    r"(?:[$€£¥]\s?)?(?<![\w.])\d+(?:[.,]\d+)*(?:\s?(?:%|percent|[kKmMbB]\b|x\b|×|\+))?"
)
_UNIT_AFTER_YEAR = re.compile(
    r"^\s*(?:\+|users|customers|clients|people|students|employees|members|requests|"
    r"transactions|orders|units|accounts|records|stores|sites|servers|hours)\b",
    re.I,
)
_WORD_QUANTITY = re.compile(
    r"\b(?:doubled|tripled|quadrupled|halved|two-fold|three-fold|tenfold|"
    r"twofold|threefold|top\s+(?:\d+|one|two|three|five|ten))\b",
    re.I,
)
_RESULT_CUE = re.compile(
    r"\b(?:resulting in|result(?:ed)? in|leading to|led to|which (?:cut|saved|raised|"
    r"increased|reduced|improved)|by \d|increas\w*|reduc\w*|improv\w*|sav(?:ed|ing)|"
    r"cut|grew|grow\w*|boost\w*|accelerat\w*|decreas\w*|lower\w*|rais\w*|won|award\w*|"
    r"achiev\w*|exceed\w*|deliver\w* .* ahead)\b",
    re.I,
)
DUTY_PHRASES = re.compile(
    r"^(?:responsible for|duties (?:included|include)|duties:|worked on|"
    r"assisted (?:with|in)"
    r"|tasked with|in charge of|involved in|participated in|helped (?:with|to)|"
    r"responsibilities (?:included|include))\b",
    re.I,
)
WEAK_VERBS = frozenset(
    [
        "helped",
        "handled",
        "worked",
        "utilized",
        "utilised",
        "used",
        "assisted",
        "participated",
        "did",
        "made",
        "got",
        "tried",
        "involved",
        "supported",
        "dealt",
        "was",
        "were",
    ]
)
_PASSIVE = re.compile(
    r"\b(?:was|were|been|being|is|are|got)\s+(?:\w+ly\s+)?(?:tasked|\w+ed|built|done|"
    r"given|made|taken|written|chosen|shown|known|seen|run|led)\b(?:\s+(?:by|with)\b)?",
    re.I,
)
ACTION_VERBS = frozenset(
    """achieve accelerate administer advise advocate analyze analyse architect arrange
    assess audit automate balance boost build budget calculate champion chair close
    coach code collaborate compile complete compose conceive conduct configure
    consolidate construct consult convert coordinate create cut debug decrease define
    deliver deploy design develop devise diagnose direct document double draft drive
    earn edit educate eliminate engineer enhance ensure establish evaluate execute
    expand expedite facilitate forecast formulate found generate grow guide halve head
    identify implement improve increase influence initiate innovate inspect install
    instruct integrate interview introduce invent investigate launch lead lower
    maintain manage map market maximize measure mentor merge migrate minimize model
    modernize monitor motivate negotiate onboard operate optimize orchestrate organize
    originate overhaul oversee own partner perform pilot pioneer plan prepare present
    prioritize process produce program propose prototype provide publish raise rebuild
    reconcile recruit redesign reduce refactor remodel reorganize replace
    research resolve restructure revamp review revise run save scale schedule secure
    sell serve ship simplify solve spearhead standardize start streamline strengthen
    supervise teach test track train transform translate triple troubleshoot unify
    upgrade validate verify win write""".split()  # noqa: SIM905
)
_IRREGULAR = {
    "built": "build",
    "led": "lead",
    "ran": "run",
    "grew": "grow",
    "won": "win",
    "drove": "drive",
    "wrote": "write",
    "cut": "cut",
    "set": "set",
    "began": "begin",
    "taught": "teach",
    "made": "make",
    "shipped": "ship",
    "spoke": "speak",
    "oversaw": "oversee",
    "sold": "sell",
    "brought": "bring",
    "found": "found",
}


_PHONE = re.compile(r"\+?\(?\d[\d\s().-]{7,}\d")


def _blank_phones(text: str) -> str:
    def repl(m: re.Match[str]) -> str:
        digits = sum(ch.isdigit() for ch in m.group(0))
        return " " * len(m.group(0)) if digits >= 9 else m.group(0)

    return _PHONE.sub(repl, text)


def quantities(text: str) -> list[str]:
    """Numbers in ``text`` that measure something (not dates, phones, versions)."""
    cleaned = _blank_phones(text)
    for pattern in _NOT_QUANTITIES:
        cleaned = pattern.sub(lambda m: " " * len(m.group(0)), cleaned)
    found = []
    for m in _NUMBER.finditer(cleaned):
        value = m.group(0).strip()
        digits = value.strip("$€£¥ ")
        if _YEAR.match(digits) and not _UNIT_AFTER_YEAR.match(cleaned[m.end() :]):
            continue
        if value:
            found.append(value)
    found += [m.group(0) for m in _WORD_QUANTITY.finditer(text)]
    return found


def _stem(word: str) -> str:
    w = word.lower()
    if w in _IRREGULAR:
        return _IRREGULAR[w]
    for suffix, repl in (
        ("ied", "y"),
        ("ies", "y"),
        ("ing", ""),
        ("ed", ""),
        ("es", ""),
        ("s", ""),
    ):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            base = w[: -len(suffix)] + repl
            for cand in (
                base,
                base + "e",
                base[:-1] if base[-1:] == base[-2:-1] else base,
            ):
                if cand in ACTION_VERBS:
                    return cand
    return w


#: Irregular past forms of action verbs ("led", "built").
IRREGULAR_PAST = frozenset(_IRREGULAR)


def action_stem(word: str) -> str:
    """The action verb a word is a form of ("negotiating" -> "negotiate"), else the
    word in lower case."""
    return _stem(word)


def _first_word(text: str) -> str:
    m = re.search(r"[A-Za-z][A-Za-z'-]*", text)
    return m.group(0) if m else ""


def starts_with_action(text: str) -> bool:
    word = _first_word(text)
    if not word:
        return False
    stem = _stem(word)
    if stem in ACTION_VERBS or word.lower() in _IRREGULAR:
        return True
    w = word.lower()
    return w not in WEAK_VERBS and w.endswith("ed") and len(w) > 4


def assess_bullet(index: int, bullet: Bullet) -> BulletAssessment:
    text = bullet.text.strip().lstrip("•*-– ").strip()
    words = len(text.split())
    found = quantities(text)
    first = _first_word(text).lower()
    flags: list[str] = []
    duty = bool(DUTY_PHRASES.match(text))
    if duty:
        flags.append("duty_phrase")
    if first in WEAK_VERBS:
        flags.append("weak_verb")
    if _PASSIVE.search(text):
        flags.append("passive")
    action = starts_with_action(text)
    if not action and not duty and first not in WEAK_VERBS:
        flags.append("no_action_verb")
    if words > TOO_LONG_WORDS:
        flags.append("too_long")
    result = bool(found) or bool(_RESULT_CUE.search(text))
    star = action and result
    achievement = not duty and (bool(found) or star)
    return BulletAssessment(
        index=index,
        text=bullet.text,
        role=bullet.role,
        kind="achievement" if achievement else "duty",
        quantified=bool(found),
        quantities=tuple(found),
        star=star,
        flags=tuple(flags),
        words=words,
    )


EXPERIENCE_SECTIONS = ("experience",)
FALLBACK_SECTIONS = ("projects", "volunteering", "other", "summary")


def experience_bullets(bullets: Sequence[Bullet]) -> list[tuple[int, Bullet]]:
    """Experience bullets with their indexes (project bullets when there are none)."""
    chosen = [(i, b) for i, b in enumerate(bullets) if b.section in EXPERIENCE_SECTIONS]
    if not chosen:
        chosen = [
            (i, b) for i, b in enumerate(bullets) if b.section in FALLBACK_SECTIONS
        ]
    return chosen


def summarise(bullets: Sequence[Bullet]) -> AchievementSummary:
    assessed = tuple(assess_bullet(i, b) for i, b in experience_bullets(bullets))
    quantified = sum(a.quantified for a in assessed)
    flagged = Counter(f for a in assessed for f in a.flags)
    return AchievementSummary(
        bullets=assessed,
        quantified=quantified,
        total=len(assessed),
        density=round(quantified / len(assessed), 4) if assessed else 0.0,
        star=sum(a.star for a in assessed),
        flagged=dict(sorted(flagged.items())),
    )
