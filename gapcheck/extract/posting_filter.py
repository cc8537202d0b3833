"""A learned last filter on a posting's terms: is this term asked of the candidate?

The rules of :mod:`posting_terms` keep a mention that lies in a requirement line and is
no known kind of noise. What is left still holds terms the posting does not ask for:
the employer's services, where the work is, what is offered, the patients' conditions.
Those are told apart less by the term than by the sentence it sits in ("you must have
..." against "we offer ...", "our service provides ..."), so a small logistic
regression reads each kept mention's features (:func:`features`): the section and the
requirement line's importance and kind, the sentence's cue words, whether it speaks of
the candidate or the employer, where in the posting it lies, the term's kind and
taxonomy source, and whether it is an acronym read through a sense table.

The weights are plain JSON (``models/posting_filter.json``, sidecar
``.meta.json``; recipe ``training/postings/train_filter.py``); scoring is a dot product
over a few dozen named features, no scikit-learn at run time. Without the file every
kept mention stays (the rules alone). The estimator itself, for training, is
:class:`gapcheck.extract.posting_filter_model.PostingTermFilter`.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from functools import cache
from typing import Any

from gapcheck.extract.posting_senses import ACRONYM_FORM, acronym_senses, clean
from gapcheck.paths import models_dir
from gapcheck.records import Mention, Posting

MODEL_NAME = "posting_filter"
#: A mention of more words than this with no canonical skill is no term but a described
#: ability ("Work with product managers to turn requirements into technical plans"),
#: scored by its words (``gapcheck.score.requirements.LONG_SURFACE``); the filter was
#: trained on terms only and leaves those alone.
TERM_WORDS = 3

#: Cue words of the sentence around a term, by what they say (lower-cased text).
CUES: dict[str, re.Pattern[str]] = {
    name: re.compile(pattern)
    for name, pattern in {
        "must": r"\bmust\b|\bessential|\brequired?\b|\bneed to\b|\bwill need\b|"
        r"\bshould\b|\bminimum\b|\bcompulsory\b",
        "ability": r"experience (?:of|in|with|working)|experienced\b|knowledge|"
        r"understanding of|ability to|able to|skills?\b|proven|demonstrat|"
        r"competen|familiar",
        "hold": r"\bhold\b|\bhave\b|\bpossess|\bqualifi|\bregist|\bdegree\b|"
        r"\bcertific|\blicen[cs]e",
        "seek": r"looking for|seeking|ideal candidate|successful (?:candidate|"
        r"applicant)|we want|we need|suit(?:ed)? |welcome applications",
        "duty": r"\byou will (?!have|be able|need|hold|receive|gain|get|enjoy)|"
        r"responsib|duties|\bthe role (?:will )?includ|\bthe post ?holder will|"
        r"\bto (?:provide|deliver|support|assist|ensure|undertake|maintain)\b",
        "offer": r"\bwe offer|\boffer(?:s|ed|ing)?\b|opportunit|benefit|in return|"
        r"\bprovided\b|we will (?:support|provide|give|develop)|develop your|"
        r"you will (?:receive|gain|get|enjoy|be (?:given|supported|offered))|"
        r"package|discount|pension|funded|\bsupport(?:ed)? (?:to|with|by)\b|"
        r"attractive|\binvest(?:s|ment|ing)?\b|commitment to you|would you like|"
        r"\bchance to\b|\benjoy\b|\bsupport you\b|\bhelp you\b|"
        r"\bvalues? (?:its|our) staff",
        "org": r"\bour\b|\bwe\b|\bus\b|\bthe trust\b|\bcompany\b|\borganisation\b|"
        r"\bthe service\b|\bthe team\b|\bteam is\b|\bservice is\b",
        "you": r"\byou\b|\byour\b|candidate|applicant|post ?holder|individual",
        "desirable": r"desirab|preferred|advantage|beneficial|ideally|welcome",
        "join": r"\bjoin\b|\bteam of\b|\bwork(?:ing)? (?:alongside|with)\b|"
        r"\bpart of\b",
        "where": r"\bbased (?:at|in|on)\b|\blocated\b|\bsites?\b|\bacross\b|"
        r"\bmiles?\b|\bwards?\b|\bunits?\b|\bdepartments?\b|\bclinics?\b",
        "patients": r"\bpatients?\b|\bservice users?\b|\bclients?\b|"
        r"\bpeople with\b|\bresidents?\b|\bfamilies\b",
        "contact": r"contact|e-?mail|telephone|informal visit|enquir|interview|"
        r"\bapply\b|closing date",
        "process": r"shortlist|selection process|\bsubject to\b|pre-employment|"
        r"\bchecks?\b|\btests?\b|\bassessment (?:centre|process|day)|"
        r"\bwill be (?:advised|asked|invited|contacted)|\bapplication",
        "describe": r"^\W*(?:(?!you\b|your\b)[\w'&/-]+\W+){1,7}?(?:is|are|was|"
        r"provides?|operates?|includes?|comprises?|consists?|serves?|delivers?|"
        r"covers?)\b",
    }.items()
}
#: A word naming a profession or a field of practice ("nursing", "Pharmacy",
#: "psychologist"): asked when it is the post's own, often a colleague or a team's
#: name when the title names another.
_PROFESSION = re.compile(
    r"\b(nurs|midwi|pharmac|physio|psycholog|psychiatr|therap|dent|doctor|medic|"
    r"social (?:work|care)|radiograph|paramedic|dietet|dietit|podiat|surg|"
    r"consultant|counsel|educat|teach|engineer|account|financ|estate|admin)\w*",
    re.IGNORECASE,
)
#: The form of a specialty, department or service name when capitalised
#: ("Critical Care", "Paediatrics", "Cardiology", "Mental Health Services").
_SPECIALTY_FORM = re.compile(
    r"(?:olog(?:y|ies)|iatry|iatrics|ics|surgery|medicine|care|wards?|units?|"
    r"theatres?|services?|departments?|team|clinics?|rehabilitation|health)$",
    re.IGNORECASE,
)
_PLACE_PREV = frozenset(
    "in at from near to around across based of within".split()  # noqa: SIM905
)
_LIST_SPLIT = re.compile(r",|;|\band\b|&|/|\bor\b")
_CTX_WORD = re.compile(r"[a-z]{3,}")
_GLUE_PREV = re.compile(r"\b([A-Za-z][a-z]+)[ \t]+$")
_GLUE_NEXT = re.compile(r"[ \t]+([A-Za-z][a-z]+)\b")
_FUNCTION = frozenset(
    """a an the and or of to in on for with at by as be is are was were from into
    your you our their its this that these those any all some other such who which
    including include includes within across have has having will would can could
    should must may might also well both either more most new key strong good
    excellent proven relevant previous significant extensive sound solid""".split()  # noqa: SIM905
)
#: words of the sentence before and after the term read as features
CTX_BEFORE, CTX_AFTER = 8, 6
_BULLET = re.compile(r"^\s*(?:[-•*·●▪◦–—]|\d{1,2}[.)])\s+")
_WORD = re.compile(r"[a-z][a-z'-]*|[.,;:()?!]")
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)|\n")


def _sentence(text: str, start: int, end: int) -> tuple[str, str]:
    """The sentence around ``[start, end)`` and the line holding it."""
    left, right = _sentence_bounds(text, start, end)
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    return text[left:right], line


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    left = max(0, start - 400) if start > 400 else 0
    for mt in _SENTENCE_END.finditer(text, max(0, start - 400), start):
        left = mt.end()
    right_mt = _SENTENCE_END.search(text, end)
    return left, right_mt.start() if right_mt else len(text)


def _list_items(sentence: str) -> tuple[int, int]:
    """``(short items, capitalised short items)`` of the sentence's list pieces
    (split at commas, "and", "or", "&", "/"): a run of names, departments or tools."""
    short = caps = 0
    for piece in _LIST_SPLIT.split(sentence):
        ws = piece.split()
        if 1 <= len(ws) <= 4:
            short += 1
            caps += ws[0][:1].isupper()
    return short, caps


def _lead_in(text: str, start: int) -> str:
    """The nearest line above ``start`` that is no list item (lower-cased): what a
    list's items are ("We offer:", "You will have:")."""
    end = text.rfind("\n", 0, start)
    for _ in range(30):
        if end <= 0:
            return ""
        begin = text.rfind("\n", 0, end) + 1
        line = text[begin:end]
        if line.strip() and not _BULLET.match(line):
            return line.lower()
        end = begin - 1
    return ""


def _bucket(n: int, edges: Sequence[int]) -> str:
    for edge in edges:
        if n <= edge:
            return str(edge)
    return f"{edges[-1]}+"


def features(
    m: Mention,
    posting: Posting,
    taxonomy: Any = None,
    repeats: int = 1,
    field: str | None = None,
) -> dict[str, float]:
    """Named features of mention ``m`` as a term ``posting`` asks for (all 0/1 but
    ``pos``, the mention's place in the text from 0 to 1)."""
    text = posting.document.text
    surface = clean(m.text)
    words = surface.split()
    out: dict[str, float] = {"bias": 1.0}
    section = m.section or next(
        (s.name for s in posting.sections if s.start <= m.start < s.end), None
    )
    out[f"sec={section or 'none'}"] = 1.0
    req = next(
        (r for r in posting.requirements if r.start <= m.start < r.end > r.start),
        None,
    )
    out[f"req={req.importance if req else 'none'}"] = 1.0
    out[f"kind={req.kind if req else 'none'}"] = 1.0
    out[f"type={m.type or 'none'}"] = 1.0
    out[f"src={m.source}"] = 1.0
    out[f"field={field or 'none'}"] = 1.0
    skill = None
    if taxonomy is not None and m.canonical:
        try:
            skill = taxonomy.get(m.canonical)
        except Exception:
            skill = None
    out["canonical" if m.canonical else "no_canonical"] = 1.0
    out[f"tkind={getattr(skill, 'kind', None) or 'none'}"] = 1.0
    if getattr(skill, "tags", None):
        out["derived"] = 1.0  # an ESCO/O*NET breadth term, gated by field
    out[f"words={_bucket(len(words), (1, 2, 3))}"] = 1.0
    if ACRONYM_FORM.fullmatch(surface):
        out["acronym"] = 1.0
        if surface in acronym_senses() or surface.rstrip("s") in acronym_senses():
            out["acronym_sensed"] = 1.0
    if words and all(w[:1].isupper() for w in words):
        out["capitalised"] = 1.0
    if repeats > 1:
        out["repeated"] = 1.0
    title = (posting.title or "").lower()
    if surface and surface.lower() in title:
        out["in_title"] = 1.0
    before = _WORD.findall(text[max(0, m.start - 60) : m.start].lower())[-2:]
    after = _WORD.findall(text[m.end : m.end + 40].lower())[:1]
    padded = ([""] * 2 + before)[-2:]
    for name, word in zip(("prev2", "prev"), padded, strict=True):
        out[f"{name}={word or '^'}"] = 1.0
    out[f"next={after[0] if after else '$'}"] = 1.0
    sentence, line = _sentence(text, m.start, m.end)
    low = sentence.lower()
    for name, pattern in CUES.items():
        if pattern.search(low):
            out[f"cue={name}"] = 1.0
    left, right = _sentence_bounds(text, m.start, m.end)
    before_low = text[left : m.start].lower()
    # the words around the term in its sentence (not the term's own words: a term's
    # name says little of whether this posting asks it)
    for w in set(_CTX_WORD.findall(before_low)[-CTX_BEFORE:]):
        out[f"ctxb={w}"] = 1.0
    for w in set(_CTX_WORD.findall(text[m.end : right].lower())[:CTX_AFTER]):
        out[f"ctxa={w}"] = 1.0
    for name in ("must", "ability", "hold", "offer", "duty", "seek"):
        if CUES[name].search(before_low):
            out[f"before={name}"] = 1.0
    if "?" in sentence:
        out["question"] = 1.0
    short, caps = _list_items(sentence)
    if short >= 3:
        out["in_list"] = 1.0
        if caps >= 3 and "capitalised" in out:
            out["cap_list"] = 1.0
    if "capitalised" in out and words and _SPECIALTY_FORM.search(words[-1]):
        out["specialty_form"] = 1.0
        if "in_list" in out:
            out["specialty_list"] = 1.0
    prof = _PROFESSION.search(surface)
    if prof:
        stem = prof.group(1).lower()
        out["profession_in_title" if stem in title else "profession_off_title"] = 1.0
    if (
        "capitalised" in out
        and not m.canonical
        and before[-1:]
        and (before[-1] in _PLACE_PREV)
    ):
        out["place_prev"] = 1.0
    imp = req.importance if req else "none"
    out[f"sec={section or 'none'}&req={imp}"] = 1.0
    out[f"tkind={getattr(skill, 'kind', None) or 'none'}&src={m.source}"] = 1.0
    if len(words) == 1 and surface.islower():
        out["one_lower_word"] = 1.0
    # the span's edges: a content word glued on either side ("team | working skills",
    # "all | round administration") or a verb or adverb first ("effectively managing",
    # "escalating requests"): a piece of a phrase, not a term's name
    glued_prev = _GLUE_PREV.search(text, max(0, m.start - 30), m.start)
    if glued_prev and glued_prev.group(1).lower() not in _FUNCTION:
        out["glued_prev"] = 1.0
    glued_next = _GLUE_NEXT.match(text, m.end)
    if glued_next and glued_next.group(1).lower() not in _FUNCTION:
        out["glued_next"] = 1.0
    if words and not m.canonical and words[0].lower().endswith(("ing", "ly", "ed")):
        out["verb_first"] = 1.0
    if _BULLET.match(line):
        out["bullet"] = 1.0
        lead = _lead_in(text, m.start)
        for name, pattern in CUES.items():
            if pattern.search(lead):
                out[f"lead={name}"] = 1.0
    first = _WORD.findall(sentence.lower().lstrip(" -•*·"))[:2]
    subject = " ".join(first)
    if first and first[0] in ("you", "your"):
        out["subject=you"] = 1.0
    elif first and (first[0] in ("we", "our", "us") or subject == "the trust"):
        out["subject=we"] = 1.0
    out[f"line_words={_bucket(len(line.split()), (3, 8, 20))}"] = 1.0
    if m.start - text.rfind("\n", 0, m.start) <= 3:
        out["line_start"] = 1.0
    out["pos"] = m.start / max(1, len(text))
    return out


def probability(weights: dict[str, float], feats: dict[str, float]) -> float:
    z = sum(weights.get(k, 0.0) * v for k, v in feats.items())
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


_OFF: list[bool] = []
_MODEL_FILE: list[str] = []


@contextmanager
def rules_only() -> Iterator[None]:
    """Within this block no learned filter runs (for training on the rules' output)."""
    _OFF.append(True)
    try:
        yield
    finally:
        _OFF.pop()


@contextmanager
def model_file(path: str) -> Iterator[None]:
    """Within this block the filter reads its weights from ``path`` (to score a model
    trained without the set being scored: ``score_terms.py --filter``)."""
    _MODEL_FILE.append(path)
    try:
        yield
    finally:
        _MODEL_FILE.pop()


@cache
def load_weights(path: str | None = None) -> tuple[dict[str, float], float] | None:
    """``(weights, threshold)`` from ``models/posting_filter.json``, or None."""
    from pathlib import Path

    file = Path(path) if path else models_dir() / f"{MODEL_NAME}.json"
    if not file.is_file():
        return None
    data = json.loads(file.read_text(encoding="utf-8"))
    return dict(data["weights"]), float(data["threshold"])


def term_key(m: Mention) -> str:
    return (m.canonical or "").lower() or " ".join(clean(m.text).lower().split())


def keep_asked(
    mentions: list[Mention],
    posting: Posting,
    taxonomy: Any = None,
    field: str | None = None,
) -> list[Mention]:
    """The mentions the learned filter judges asked of the candidate (all of them
    when no model is installed or within :func:`rules_only`)."""
    model = None if _OFF else load_weights(_MODEL_FILE[-1] if _MODEL_FILE else None)
    if model is None:
        return mentions
    weights, threshold = model
    repeats = Counter(term_key(m) for m in mentions)
    out = []
    for m in mentions:
        if not m.canonical and len(clean(m.text).split()) > TERM_WORDS:
            out.append(m)  # a described ability, not a term
            continue
        feats = features(m, posting, taxonomy, repeats[term_key(m)], field)
        if probability(weights, feats) >= threshold:
            out.append(m)
    return out
