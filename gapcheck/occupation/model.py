"""Which occupation a document reads as: titles first, content words second.

The lexicon and term profiles are ``models/occupations.json.gz`` (built by
training/occupation/build.py from ESCO v1.1.1 and O*NET 29.2; see its meta.json).

``distribution(titles, text)`` gives a distribution over ISCO-08 unit groups:

* **title evidence**: each (title, weight) is cleaned (``clean_title``), turned into
  ``title_words`` and looked up: the longest run of its words that is a lexicon label
  wins ("Senior HR Advisor" -> "human resource advisor"); failing that, the field
  words with an equivalent head ("HR Advisor" ~ "HR Officer"). Its groups get
  ``weight * share``. A title is read in the document's field: ICT (round 12b,
  ``ict_sense.in_ict_sense``) and health (round 14b, ``field_sense.in_field_sense``:
  a hospital's "Theatre Manager" is a clinical manager, not an arts venue's).
* **content evidence**: the document's words against each group's 60 most specific
  words; the best CONTENT_GROUPS groups, in proportion to their overlap; mixed
  (round 12) with a reading by the words' lift over all groups' words (LIFT_SHARE).

``dist = TITLE_SHARE * titles + (1 - TITLE_SHARE) * content`` when a title matched,
else the content alone. ``similarity(A, B)`` compares two sets of distributions
through the ISCO hierarchy (same unit group 1, same minor group MINOR, same sub-major
group SUB_MAJOR), normalised like a cosine; it works on numpy arrays, one row per
document, for one pair and for a batch alike.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from functools import cache, lru_cache
from typing import Any

from gapcheck.occupation.field_sense import document_field, in_field_sense
from gapcheck.occupation.ict_sense import in_ict_sense, reads_as_ict
from gapcheck.occupation.lexicon import Lexicon, lexicon
from gapcheck.occupation.reading import (  # noqa: F401  (re-exported)
    _SEGMENT,
    _title_match,
    match_title,
    title_occupation,
)
from gapcheck.occupation.titles import clean_title, title_words, written_positions
from gapcheck.records import Occupation, OccupationGuess

TITLE_SHARE = 0.3
CONTENT_GROUPS = 10
#: Round 12: the content reading mixes the specific words' reading (above) with a
#: reading by the words' lift over all groups' words (the lexicon's ``lift``
#: profiles, LIFT_SHARE of it), whose best LIFT_GROUPS groups share it in
#: proportion to (overlap / best overlap) ** LIFT_POWER. The specific words of IT
#: groups are rare tool names, so IT resumes and postings read by them as air
#: traffic technicians or crop workers; their lift reads them as software
#: developers, system administrators or help desk agents. Chosen on the unseen
#: match set's half A, dev and fresh with cached analyses (docs/scoring.md, "Round
#: 12: occupation words"), score posting / resume view: share 0.3: A 0.830/0.891,
#: dev 0.920/0.924, fresh 0.931/0.912; 0.4: 0.834/0.893, 0.921/0.922, 0.929/0.912;
#: 0.5: 0.837/0.892, 0.922/0.921, 0.928/0.909 (main 0.825/0.891, 0.913/0.925,
#: 0.930/0.913): the largest share that keeps dev's and fresh's resume views.
LIFT_SHARE = 0.3
LIFT_GROUPS = 20
LIFT_POWER = 4.0
MINOR = 0.5
#: The same ISCO sub-major group alone earns nothing: 24 "business and administration
#: professionals" holds accountants, HR officers and PR officers, whose resumes are
#: not interchangeable. Groups that share their words keep the cosine of their term
#: profiles (the kernel's floor). Measured on real pairs (docs/scoring.md, round 4):
#: 0.25 -> 0 raised posting-view AUC on both dev halves and on unseen postings.
SUB_MAJOR = 0.0
#: The same function at another level ("HR manager", "HR officer", "HR assistant":
#: three ISCO major groups) counts this much times the cosine of the field words of
#: their titles (the recipe's ``same_function``). Chosen on dev half A among 0.5,
#: 0.8 and 1 (posting-view AUC 0.910, 0.914, 0.915; 0 gave 0.899), round 9.
SAME_FUNCTION = 0.8
SHOWN = 3
#: Words too common in every kind of document to say which occupation it is.
_COMMON = frozenset(
    """the and for with work working team service services support management
    manage year years experience responsible new ensure including within across
    staff""".split()  # noqa: SIM905
)


OPENING_LINES = 3


def opening_title(text: str) -> str | None:
    """The first of a document's OPENING_LINES non-empty lines that is a title the
    lexicon knows: resumes open with the name and, often, the title sought or held."""
    lex = lexicon()
    if lex is None:
        return None
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()][:OPENING_LINES]
    for line in lines:
        cleaned = clean_title(line)
        if not cleaned:
            continue
        if match_title(title_words(cleaned), lex, written_positions(cleaned)):
            return line
    return None


def _words(text: str) -> Counter[str]:
    return Counter(w for w in title_words(text) if len(w) > 2 and w not in _COMMON)


@lru_cache(maxsize=64)
def _raw_scores(text: str, kind: str = "terms") -> tuple[float, ...]:
    """Each group's term overlap with a text by the ``kind`` of profile ("terms":
    the specific words, "lift": the words' log lift) (cached: what-if fixes re-infer
    the same resume with a few words added)."""
    lex = lexicon()
    profile = _profile(lex, kind)
    scores = [0.0] * (len(lex.codes) if lex else 0)
    for word, n in _words(text).items():
        for k, w in profile.get(word, ()):
            scores[k] += (1.0 + math.log(n)) * w
    return tuple(scores)


def _profile(lex: Lexicon | None, kind: str) -> dict[str, list[tuple[int, float]]]:
    if lex is None:
        return {}
    return (lex.lift or {}) if kind == "lift" else lex.terms


def _reading(
    text: str, lex: Lexicon, extra: str, kind: str, groups: int, power: float
) -> list[float]:
    """The best ``groups`` groups of one kind of profile, in proportion to their
    overlap (relative to the best's) raised to ``power``."""
    scores = list(_raw_scores(text, kind))
    if extra:  # the extra words' counts join the text's: recount the words they touch
        base, more = _words(text), _words(extra)
        for word, n in more.items():
            before = (1.0 + math.log(base[word])) if base[word] else 0.0
            after = 1.0 + math.log(base[word] + n)
            for k, w in _profile(lex, kind).get(word, ()):
                scores[k] += (after - before) * w
    best = sorted(range(len(scores)), key=lambda k: -scores[k])[:groups]
    top = scores[best[0]] if best else 0.0
    kept = {k: (scores[k] / top) ** power for k in best if scores[k] > 0}
    total = sum(kept.values())
    out = [0.0] * len(scores)
    for k, v in kept.items():
        out[k] = v / total
    return out


def _content(text: str, lex: Lexicon, extra: str = "") -> list[float]:
    out = _reading(text, lex, extra, "terms", CONTENT_GROUPS, 1.0)
    if not lex.lift or not LIFT_SHARE:
        return out
    lifted = _reading(text, lex, extra, "lift", LIFT_GROUPS, LIFT_POWER)
    return [
        (1 - LIFT_SHARE) * a + LIFT_SHARE * b for a, b in zip(out, lifted, strict=True)
    ]


def distribution(
    titles: Sequence[tuple[str | None, float]], text: str, extra: str = ""
) -> tuple[list[float], Occupation]:
    """(share per group in ``lexicon().codes`` order, the Occupation record) of a
    document with these titles and this text (plus ``extra`` words)."""
    lex = lexicon()
    if lex is None:
        return [], Occupation()
    by_title = [0.0] * len(lex.codes)
    first: tuple[str, str] | None = None
    total = 0.0
    content = _content(text, lex, extra)
    ict_words = reads_as_ict(content, lex.codes)
    field = document_field(content, lex.codes)
    for title, weight in titles:
        found = _title_match(title)
        if found is None:
            continue
        cleaned, label, groups = found
        label, groups = in_ict_sense(label, groups, ict_words, lex)  # round 12b
        label, groups = in_field_sense(  # round 14b
            title_words(_SEGMENT.split(cleaned, maxsplit=1)[0]),
            label,
            groups,
            field,
            lex,
        )
        for code, share in groups.items():
            by_title[lex.index[code]] += weight * share
        total += weight
        if first is None:
            first = (cleaned, label)
    if total > 0:
        dist = [
            TITLE_SHARE * t / total + (1 - TITLE_SHARE) * c
            for t, c in zip(by_title, content, strict=True)
        ]
    else:
        dist = content
    lead, sure = _lead(lex.codes, by_title, total, dist)
    ranked = sorted(range(len(dist)), key=lambda k: (k != lead, -dist[k]))[:SHOWN]
    guesses = tuple(
        OccupationGuess(
            code=lex.codes[k], name=lex.names[lex.codes[k]], share=round(dist[k], 3)
        )
        for k in ranked
        if dist[k] > 0
    )
    source = "title" if first else ("content" if guesses else "none")
    return dist, Occupation(
        guesses=guesses,
        title=first[0] if first else None,
        label=first[1] if first else None,
        source=source,  # type: ignore[arg-type]
        sure=sure and bool(guesses),
    )


#: The first guess is sure when its titles give its ISCO minor group (three digits:
#: software developers and web developers are both 251) more than this share of
#: their weight. Chosen on the judged titles' half A (training/occupation/judged.py,
#: 2026-12-07): of the first guesses at 0.5 or less, 2 of 9 were right; above it, 43
#: of 53. A guess from the words alone is never sure: 1 of 11 was right (their best
#: group holds 0.12-0.20 of the overlap).
SURE_TITLE = 0.5


def _lead(
    codes: Sequence[str], by_title: Sequence[float], total: float, dist: Sequence[float]
) -> tuple[int, bool]:
    """(index of the first guess, whether it is sure): the group the titles give the
    most, the words breaking a tie among the title's groups ("Matron": a nurse, not
    a prison matron, however much a posting's words talk of shifts and welfare);
    the words' best group when no title is known."""
    if total > 0:
        k = max(
            range(len(dist)), key=lambda k: (round(by_title[k] / total, 3), dist[k])
        )
        minor = sum(
            t for c, t in zip(codes, by_title, strict=True) if c[:3] == codes[k][:3]
        )
        return k, minor / total > SURE_TITLE
    return max(range(len(dist)), key=lambda k: dist[k]), False


@cache
def _kernel() -> Any:
    """K[a, b]: how alike two ISCO unit groups are: 1 for the same group, MINOR in the
    same minor group, SUB_MAJOR in the same sub-major group, and at least the cosine of
    their term profiles ("human resource managers" and "personnel professionals" sit
    in different major groups but share their words) and SAME_FUNCTION times the
    cosine of their titles' field words (the same function at another level)."""
    import numpy as np

    lex = lexicon()
    codes = np.array(lex.codes if lex else ())
    same3 = codes.astype("U3")[:, None] == codes.astype("U3")[None, :]
    same2 = codes.astype("U2")[:, None] == codes.astype("U2")[None, :]
    kernel = np.where(same2, SUB_MAJOR, 0.0)
    kernel = np.where(same3, MINOR, kernel)
    if lex is not None:  # the cosine of the term profiles, stored by the recipe
        for a, others in lex.near.items():
            for b, cos in others.items():
                i, j = lex.index[a], lex.index[b]
                kernel[i, j] = max(kernel[i, j], cos)
        for a, others in (lex.function or {}).items():  # the same function
            for b, cos in others.items():
                i, j = lex.index[a], lex.index[b]
                kernel[i, j] = max(kernel[i, j], SAME_FUNCTION * cos)
    np.fill_diagonal(kernel, 1.0)
    return kernel


def similarity(a: Any, b: Any) -> Any:
    """(len(a), len(b)) occupation similarity 0..1 of rows of distributions."""
    import numpy as np

    a, b = np.atleast_2d(np.asarray(a, float)), np.atleast_2d(np.asarray(b, float))
    if a.shape[1] == 0 or b.shape[1] == 0:
        return np.zeros((a.shape[0], b.shape[0]))
    kernel = _kernel()
    ak, bk = a @ kernel, b @ kernel
    na = np.sqrt(np.einsum("ij,ij->i", ak, a))
    nb = np.sqrt(np.einsum("ij,ij->i", bk, b))
    den = na[:, None] * nb[None, :]
    return np.divide(ak @ b.T, den, out=np.zeros_like(den), where=den > 0)


#: Round 13: how much the occupation credit gains (or loses) by how much better the
#: resume fits the posting's own occupations than their neighbours. A broad IT
#: resume (help desk, networks, software, projects) is as near a data-analyst
#: posting as to a developer posting: its kernel cosine is high for every posting
#: of the family, and it outranked the posting's own resumes ("hub" resumes). The
#: rule needs only the pair's two distributions and the kernel, so a pair scores the
#: same alone and in any batch. Chosen among 0.25, 0.5, 0.75, 1 on dev, fresh and
#: both halves of match_unseen1 (docs/scoring.md, "Round 13: the occupation's
#: neighbours"): 0.5 lifts match_unseen1's posting view 0.795 -> 0.813 and keeps dev
#: and fresh within 0.003.
DISTINCT = 0.5


def distinct_similarity(a: Any, b: Any) -> Any:
    """``similarity(a, b)`` plus DISTINCT times its excess over the similarity of
    ``a`` to ``b``'s neighbouring groups (``b`` spread over the kernel without its
    diagonal: the occupations next to the posting's, not the posting's own), 0..1."""
    import numpy as np

    a, b = np.atleast_2d(np.asarray(a, float)), np.atleast_2d(np.asarray(b, float))
    same = similarity(a, b)
    if not DISTINCT or a.shape[1] == 0 or b.shape[1] == 0:
        return same
    near = _kernel().copy()
    np.fill_diagonal(near, 0.0)
    return np.clip(same + DISTINCT * (same - similarity(a, b @ near)), 0.0, 1.0)
