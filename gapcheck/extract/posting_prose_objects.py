"""What the prose of a posting's requirements asks, clause by clause (round 13).

NHS Jobs adverts write most of what they ask as paragraphs, not bullets: "The post
holder will manage a caseload ... The will involve obtaining histories, requesting
investigations and making referrals", "Responsibilities of this role cover a wide range
of administrative duties. These could include typing clinical correspondence, clinic
preparation, appointment scheduling". The parser keeps such a paragraph as one
requirement, and the per-line rules (:func:`.posting_keyphrases.line_phrases`,
:func:`.posting_duty_objects.duty_phrases`) give a line at most one object, or none
once any term lies on it. On the unseen sets fresh7 and fresh8, 61% of the missed
essentials lay in a prose paragraph the parser had already kept as asked.

So each sentence of a kept requirement (of any kind) is read on its own. After a cue
that the post holder does or has the work:

* a **work cue** ("you will", "the post holder will", "you'll", "you will be
  required/expected to", "you will need to", "responsible for", "(this) will involve",
  "(duties) include", "such as", "including") opens a clause;
* the clause, up to the sentence's end or its first ``;``, ``:``, ``(``, is split at
  commas and "and"/"or" into items; an item opened by a verb gives the verb's object
  (:func:`.posting_duty_objects.duty_object`), any other item its object phrase
  (:func:`.posting_keyphrases.object_span`, lead-in words off, at most three words).

Guards: no clause in a sentence that offers, invites or describes the employer (the
cues of :mod:`gapcheck.parse.asking`: "in return", "you will receive", "join our
team", "we are ..."); no item whose words a kept term already covers; a verb that
says where or how the post holder is placed (be based, join, work, report, receive,
be supported ...) gives nothing; an item that continues a prepositional phrase of the
one before ("with patients, families and carers") gives nothing; a lone word the
taxonomy does not know as a hard skill gives nothing. Every phrase then passes the
rules every mention passes (:mod:`.posting_terms`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import Any, Final

from gapcheck.extract.posting_duty_objects import _PEOPLE as _DUTY_PEOPLE
from gapcheck.extract.posting_duty_objects import _STOPS, _known, _words, duty_object
from gapcheck.extract.posting_keyphrases import LEAD, object_span
from gapcheck.parse.asking import GAINED, INVITES, OFFER_LEAD, TRAINING_OFFERED
from gapcheck.records import Mention, Posting

SOURCE: Final = "keyphrase"
#: A sentence of at least this many words is prose (a shorter one is a bullet or a
#: criterion, which the per-line rules read).
MIN_WORDS = 9
MAX_WORDS = 3
#: The post holder's work follows (a verb comes next).
_VERB_CUE = re.compile(
    r"\b(?:you|the\s+post[\s-]?holders?|the\s+job[\s-]?holder|the\s+(?:successful\s+)?"
    r"(?:candidate|applicant|individual|person|practitioner)s?)\s+(?:will|must|"
    r"should|shall)\s+(?:also\s+|then\s+|therefore\s+)?(?:be\s+(?:required|expected|"
    r"asked)\s+to\s+|need\s+to\s+|be\s+able\s+to\s+)?|\byou['’]ll\s+(?:also\s+)?"
    r"(?:be\s+(?:required|expected)\s+to\s+|need\s+to\s+)?",
    re.IGNORECASE,
)
#: The work follows as a list of nouns or gerunds.
_LIST_CUE = re.compile(
    r"\b(?:(?:responsible|responsibility|accountable)\s+for|"
    r"(?:will|would|could|may|also)\s+(?:also\s+)?(?:include|involve)|"
    r"(?:role|post|job|duties|tasks|work)\s+(?:also\s+)?(?:includes?|involves?)|"
    r"such\s+as|including)\s+",
    re.IGNORECASE,
)
#: Verbs of where, how or with whom the post holder is placed, of taking part, or of
#: what is received: their object names no work asked.
_PLACED = frozenset(
    """be have join joining work working report reporting receive receiving get
    enjoy benefit based supported given offered provided expected able need
    become come go continue take part attend feel find see make build gain
    develop grow learn access help assist support ensure liaise communicate work
    spend act play bring thrive collaborate lead hold possess demonstrate show
    also then therefore""".split()  # noqa: SIM905
)
_CLAUSE_END = re.compile(
    r"[.;:!?()\n]|\s[-–—]\s|\b(?:which|who|that|whilst|while|so\s+that)\b"
)
#: A list cue ("including", "such as") asks only in a sentence that speaks of the
#: candidate or the post ("Specialist Respiratory Care including TB, ..." is the
#: employer's service).
_ASKER = re.compile(
    r"\b(?:you|your|post[\s-]?holders?|postholder|candidates?|applicants?|role|post|"
    r"duties|responsib\w*|experience|knowledge|skills?|able|ability)\b",
    re.IGNORECASE,
)
#: Experience gained, and a verb cue said in the negative ("You must not hold ...").
_GAINING = re.compile(r"\bgain(?:s|ed|ing)?\b|\bopportunit(?:y|ies)\b", re.I)
_NOT = re.compile(r"\s*(?:not|never)\b", re.IGNORECASE)
#: Modifiers that grade or place an object, not name it ("any necessary treatment",
#: "designated objectives", "a future plan", "adequate experience").
_VAGUE_FIRST = frozenset(
    """necessary adequate designated future current modernised modernized high
    quality operational professional effective appropriate""".split()  # noqa: SIM905
)
#: Heads of what an employer runs or offers ("Consultant Leadership Programme",
#: "a virtual tour").
_OFFER_HEADS = frozenset(
    """programme programmes program programs tour tours scheme schemes event events
    award awards day days""".split()  # noqa: SIM905
)
_ITEM_BREAK = re.compile(r"\s*(?:,|\band\b|\bor\b|&|/)\s*", re.IGNORECASE)
_SENTENCE = re.compile(r"(?:[^.!?\n]|\.(?=\d))+")  # "37.5 hours" is one sentence
#: Offer, invitation and the employer's own voice in a sentence, and application
#: instructions ("please check your emails, including your junk/spam").
_OURS = re.compile(
    r"^\s*(?:we|our|the\s+trust|the\s+team|the\s+service)\b|\bplease\b", re.I
)
#: A list of training or courses given ("undergo training such as manual handling").
_GIVEN = re.compile(
    r"\b(?:training|courses?|opportunit(?:y|ies)|programmes?|modules?)\s+(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
#: The ending of a noun of a person's post ("dietitian", "psychologists", "advisor").
_PERSON_END = re.compile(r"(?:ist|ian|isor|iser|ician|ant|ee)s?$")
#: The employer speaking before the cue ("we are able to deliver ... including").
_WE = re.compile(r"\b(?:we|our|us)\b", re.IGNORECASE)
#: A list's lead-in in the employer's voice ("Our latest achievements include:").
_EMPLOYER_LEAD = re.compile(
    r"\b(?:we|our|us|achievements?|awards?|come\s+along|open\s+days?|events?)\b", re.I
)


def _sentences(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    for m in _SENTENCE.finditer(text, start, end):
        if len(m.group().split()) >= MIN_WORDS:
            yield m.start(), m.end()


def _offers(sentence: str) -> bool:
    return bool(
        OFFER_LEAD.search(sentence)
        or INVITES.search(sentence)
        or TRAINING_OFFERED.search(sentence)
        or _OURS.match(sentence)
    )


def _items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The items of the clause ``text[start:end]``, split at commas and "and"/"or";
    an item that goes on from a prepositional phrase of the item before is left out."""
    pieces, pos = [], start
    for brk in _ITEM_BREAK.finditer(text, start, end):
        pieces.append((pos, brk.start()))
        pos = brk.end()
    pieces.append((pos, end))
    out = []
    for k, (s, e) in enumerate(pieces):
        if e <= s:
            continue
        if (
            k
            and any(
                w.group().lower() in _STOPS for w in _words(text, *pieces[k - 1])[1:]
            )
            and not re.match(r"[A-Za-z]+ing\b", text[s:e])
        ):
            break  # "with patients, families and carers": the rest is the phrase's
        out.append((s, e))
    return out


def _item_span(
    text: str, s: int, e: int, taxonomy: Any, verb_first: bool
) -> tuple[int, int] | None:
    words = _words(text, s, e)
    if not words:
        return None
    first = words[0].group().lower()
    if first in _STOPS or first in _PLACED:
        return None
    if verb_first or (first.endswith("ing") and len(words) > 1):
        span = duty_object(text, words[0].start(), e, taxonomy)
    else:
        span = object_span(text, s, e)
    return _plausible(text, span, taxonomy)


def _plausible(
    text: str, span: tuple[int, int] | None, taxonomy: Any
) -> tuple[int, int] | None:
    """``span`` unless it names no work: too long, a lone word no skill names, a
    verb left in, a grade, a person's post."""
    if span is None:
        return None
    got = _words(text, *span)
    if not got or len(got) > MAX_WORDS:
        return None
    if len(got) == 1 and not _known(got[0].group(), taxonomy):
        return None
    lowered = [w.group().lower() for w in got]
    if lowered[0] in _VAGUE_FIRST or lowered[-1] in _OFFER_HEADS:
        return None  # "any necessary treatment", "Leadership Programme"
    if lowered[-1] in _DUTY_PEOPLE:
        return None  # "facilitate healthcare professionals"
    if any(w in _PLACED or w in _STOPS or w == "band" for w in lowered):
        return None  # a verb left in, a grade ("Therapist Band 6")
    if _PERSON_END.search(lowered[-1]) and not _known(" ".join(lowered), taxonomy):
        return None  # "a band 5 dietitian", "Health Advisors": a person
    return span


def clause_spans(
    text: str, start: int, end: int, taxonomy: Any = None
) -> list[tuple[int, int]]:
    """The spans the prose sentences of ``text[start:end]`` ask by (see the module)."""
    out: list[tuple[int, int]] = []
    for a, b in _sentences(text, start, end):
        sentence = text[a:b]
        if _offers(sentence):
            continue
        for cue_re, verb_first in ((_VERB_CUE, True), (_LIST_CUE, False)):
            for cue in cue_re.finditer(text, a, b):
                before = text[a : cue.start()]
                if (
                    GAINED.search(before)
                    or _GIVEN.search(before)
                    or _WE.search(before)
                    or _GAINING.search(before)
                    or (
                        cue.group().lower().startswith(("including", "such"))
                        and not _ASKER.search(before)
                    )
                    or (verb_first and _NOT.match(text, cue.end()))
                ):
                    continue
                stop = _CLAUSE_END.search(text, cue.end(), b)
                limit = stop.start() if stop else b
                items = _items(text, cue.end(), limit)
                verb = _words(text, cue.end(), limit)[:1]
                if verb_first and (
                    not verb or verb[0].group().lower() in _PLACED | _STOPS
                ):
                    continue  # "you will be invited to work with ...": no work named
                # "you will assess, care plan, deliver ... and review care": a list of
                # verbs, each item a verb with its object
                verbs = verb_first and bool(items) and len(_words(text, *items[0])) == 1
                for k, (s, e) in enumerate(items):
                    span = _item_span(
                        text, s, e, taxonomy, verbs or (verb_first and k == 0)
                    )
                    if span is not None:
                        out.append(span)
    return out


def prose_object_phrases(
    posting: Posting, covered: Sequence[Mention], taxonomy: Any = None
) -> list[Mention]:
    """A mention for each prose clause item of a kept requirement that no covered
    mention overlaps (see the module)."""
    text = posting.document.text
    out: list[Mention] = []
    seen: set[str] = {m.text.lower() for m in covered}
    for r in posting.requirements:
        if r.end <= r.start:
            continue
        for s, e in clause_spans(text, r.start, r.end, taxonomy):
            if any(m.start < e and s < m.end for m in (*covered, *out)):
                continue
            name = text[s:e]
            if name.lower() in seen:
                continue
            seen.add(name.lower())
            out.append(Mention(s, e, name, "SKILL", source=SOURCE, section=r.section))
    return out


_NOUN_END = re.compile(r"(?:ship|tion|sion|ment|ness|ity|ance|ence)$")
#: A bullet of at most this many words is read as one item of work.
BULLET_WORDS = 16
_BULLET = re.compile(r"[ \t]*(?:[-•*·●▪◦–—]|\d{1,2}[.)])\s*")


def _bullet_lead_offers(text: str, line_start: int) -> bool:
    """The nearest line above a list that is no list item offers or is the
    employer's ("We offer:", "Benefits include:", "Our achievements include:")."""
    from gapcheck.extract.posting_keyphrases import _lead_in

    lead = _lead_in(text, line_start)
    return bool(OFFER_LEAD.search(lead) or _EMPLOYER_LEAD.search(lead))


def bullet_phrases(
    posting: Posting, covered: Sequence[Mention], taxonomy: Any = None
) -> list[Mention]:
    """Round 13: a short bullet the parser kept as a requirement of any kind (not only
    a duty), on which no covered mention lies, asks by its noun of work or its verb's
    object (:func:`.posting_duty_objects.duty_object`): "- bed making", "- Logging
    mileage and completing expense forms", "- Mortuary transfers." Not under a lead-in
    that offers or speaks of the employer ("We offer:", "Our latest achievements
    include:")."""
    text = posting.document.text
    out: list[Mention] = []
    for r in posting.requirements:
        if r.end <= r.start or r.kind == "duty":
            continue  # duty lines: posting_duty_objects.duty_phrases
        line_start = text.rfind("\n", 0, r.start) + 1
        if _BULLET.match(text, line_start) is None:
            continue
        if len(_words(text, r.start, r.end)) > BULLET_WORDS:
            continue
        if any(r.start <= m.start < r.end for m in (*covered, *out)):
            continue
        if _bullet_lead_offers(text, line_start):
            continue
        first = _words(text, r.start, r.end)[:1]
        if not first or first[0].group().lower() in LEAD:
            continue  # "Able to ...", "Experience of ...": posting_keyphrases reads it
        span = _plausible(text, duty_object(text, r.start, r.end, taxonomy), taxonomy)
        if span is None:
            continue
        if span[0] != first[0].start() and _NOUN_END.search(first[0].group().lower()):
            continue  # "Mentorship or a future plan ...": a noun, no verb, opens it
        s, e = span
        out.append(Mention(s, e, text[s:e], "SKILL", source=SOURCE, section=r.section))
    return out
