"""The score's title component: how well a resume's titles name the posting's.

A resume title earns credit for a posting title by its words (seniority and job
families weighed, generic heads only beside a field word) or, failing that, by the
occupation both read as (``OCCUPATION_TITLE_CREDIT`` times their similarity), times
the title's recency factor. Split out of :mod:`gapcheck.score.components` (round
14), which imports and re-exports these names (``comp.title_component``,
``comp.title_matrix``); this module never imports it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from gapcheck.records import TitleDetails, TitleMatch
from gapcheck.score.evidence import ResumeProfile
from gapcheck.score.requirements import PostingProfile
from gapcheck.score.text import norm

_TITLE_PHRASES = (
    (r"\bfront[\s-]?end\b", "frontend"),
    (r"\bback[\s-]?end\b", "backend"),
    (r"\bfull[\s-]?stack\b", "fullstack"),
    (r"\bmachine learning\b", "ml"),
    (r"\bartificial intelligence\b", "ai"),
    (r"\bdev[\s-]?ops\b", "devops"),
    (r"\b(?:job description|job title|position|vacancy|role)\s*:", " "),
    (r"\([^)]*\d[^)]*\)", " "),  # "(2 Years of Experience)"
)
_TITLE_WORDS = {
    "sr": "senior",
    "snr": "senior",
    "jr": "junior",
    "jnr": "junior",
    "eng": "engineer",
    "engr": "engineer",
    "dev": "developer",
    "mgr": "manager",
    "mngr": "manager",
    "swe": "software engineer",
    "sde": "software engineer",
    "qa": "quality assurance",
    "vp": "vice president",
    "ii": "",
    "iii": "",
    "iv": "",
    "i": "",
}
_TITLE_STOP = frozenset(
    [
        "a",
        "an",
        "and",
        "the",
        "of",
        "for",
        "with",
        "to",
        "in",
        "at",
        "on",
        "m",
        "f",
        "w",
        "d",
        "remote",
        "hybrid",
        "onsite",
        "job",
        "description",
        "position",
        "role",
    ]
)
SENIORITY = frozenset(
    [
        "senior",
        "junior",
        "lead",
        "principal",
        "staff",
        "intern",
        "head",
        "chief",
        "associate",
    ]
)
FAMILIES = (
    {"engineer", "developer", "programmer"},
    {"manager", "lead", "head"},
    {"analyst", "scientist"},
)
SENIORITY_WEIGHT = 0.5
FAMILY_CREDIT = 0.75
TITLE_ROLE_FACTORS = (1.0, 0.9, 0.8)


def title_tokens(title: str | None) -> list[str]:
    text = (title or "").lower()
    for pattern, repl in _TITLE_PHRASES:
        text = re.sub(pattern, f" {repl} ", text)
    out: list[str] = []
    for token in norm(text).split():
        for word in _TITLE_WORDS.get(token, token).split():
            if word and word not in _TITLE_STOP and word not in out:
                out.append(word)
    return out


def display_title(title: str) -> str:
    """The posting's title without "Job Description:" or "(2 Years of Experience)"."""
    for pattern, _ in _TITLE_PHRASES[-2:]:
        title = re.sub(pattern, " ", title, flags=re.I)
    return " ".join(title.split()).strip(" -–:,") or title


QUALIFIER_WEIGHT = 0.5
_QUALIFIER = re.compile(r"\([^)]*\)|\s[–—|/-]\s.*$|,.*$")


def wanted_title(title: str | None) -> dict[str, float]:
    """The posting title's words with weights: 1 for the main words, 0.5 for seniority
    words and for qualifiers (after a dash or comma, in parentheses). The title is
    normalised first (``occupation.clean_title``: no band, grade, salary, hours,
    place, "Bank", "Welcome Bonus"); a title that is junk once cleaned has no words."""
    from gapcheck.occupation.titles import clean_title, without_terms

    text = title or ""
    for pattern, repl in _TITLE_PHRASES[-2:]:
        text = re.sub(pattern, repl, text, flags=re.I)
    job = clean_title(text)
    if not job:  # a salary line, a file name: no title to match
        return {}
    weights: dict[str, float] = {}
    for word in title_tokens(_QUALIFIER.sub(" ", job)):
        weights[word] = SENIORITY_WEIGHT if word in SENIORITY else 1.0
    for word in title_tokens(without_terms(text)):  # qualifiers, no band or salary
        weights.setdefault(word, QUALIFIER_WEIGHT)
    return weights


def title_credit(word: str, have: set[str]) -> float:
    if word in have:
        return 1.0
    if any(word in fam and have & fam for fam in FAMILIES):
        return FAMILY_CREDIT
    return 0.0


def _generic_heads() -> frozenset[str]:
    from gapcheck.occupation.titles import GENERIC_HEADS

    return GENERIC_HEADS


def title_overlap(candidate: Sequence[str], wanted: dict[str, float]) -> float:
    """Weighted share of the posting title's words found in a resume title. A
    generic head or level word ("assistant", "manager", "senior") counts only with
    a field word of the posting's title beside it, unless the title has none: a
    "Patient Care Assistant" shares no line of work with a "Catering Assistant"."""
    total = sum(wanted.values())
    if not total:
        return 0.0
    have = set(candidate)
    generic = _generic_heads()
    field = [w for w in wanted if w not in generic]
    if field and not any(title_credit(w, have) for w in field):
        return 0.0
    return sum(w * title_credit(word, have) for word, w in wanted.items()) / total


def title_candidates(profile: ResumeProfile) -> list[tuple[str, float, str]]:
    """(title, factor, where) for the headline and the three most recent roles."""
    resume = profile.resume
    out = []
    if resume.headline:
        out.append((resume.headline, 1.0, "headline"))
    ranked = sorted(profile.role_rank.items(), key=lambda kv: kv[1])
    for i, rank in ranked[: len(TITLE_ROLE_FACTORS)]:
        title = resume.roles[i].title
        if title:
            out.append((title, TITLE_ROLE_FACTORS[rank], f"role {i}"))
    return out


#: A resume title that names the posting title's occupation earns this share of a
#: full word match, times the occupations' similarity (1 for the same ISCO unit
#: group, less for a close one; ``occupation.similarity``): "Senior Accountant" for
#: "Assistant Director of Finance" is no word match but the same line of work.
OCCUPATION_TITLE_CREDIT = 0.8


@dataclass(frozen=True)
class PostingTitles:
    """The posting titles of a batch as arrays: ``words[v, j]`` the normalised weight
    of word ``vocab[v]`` in posting j's title, ``occupation[j]`` the ISCO groups its
    title reads as (a zero row when the lexicon knows no part of it)."""

    vocab: tuple[str, ...]
    words: Any  # (n_words, n_postings)
    occupation: Any  # (n_postings, n_groups)
    whole: Any  # (n_postings, n_groups) the posting's occupation, title and text


def _title_groups(titles: Sequence[str | None]) -> tuple[Any, tuple[str | None, ...]]:
    """(rows of ISCO group shares, lexicon labels) of titles, zero rows when unknown
    or read only as a fieldless head ("Staff Engineer": ``occupation.fieldless``)."""
    import numpy as np

    from gapcheck.occupation import lexicon
    from gapcheck.occupation.fieldless import names_field
    from gapcheck.occupation.model import title_occupation

    lex = lexicon()
    rows: Any = np.zeros((len(titles), len(lex.codes) if lex else 0))
    labels: list[str | None] = []
    for k, title in enumerate(titles):
        found = (
            title_occupation(title) if lex is not None and names_field(title) else None
        )
        labels.append(found[0] if found else None)
        if lex is not None and found:
            for code, share in found[1].items():
                rows[k, lex.index[code]] += share
    return rows, tuple(labels)


def posting_titles(postings: Sequence[PostingProfile]) -> PostingTitles:
    import numpy as np

    wanted = [wanted_title(p.title) for p in postings]
    vocab = tuple(sorted({w for ws in wanted for w in ws}))
    at = {w: k for k, w in enumerate(vocab)}
    words = np.zeros((len(vocab), len(postings)))
    for j, ws in enumerate(wanted):
        for w, weight in ws.items():
            words[at[w], j] = weight
    total = words.sum(axis=0)
    words = np.divide(words, total, out=np.zeros_like(words), where=total > 0)
    cleaned = [display_title(p.title) if p.title else None for p in postings]
    from gapcheck.occupation import lexicon

    lex = lexicon()
    whole = np.zeros((len(postings), len(lex.codes) if lex else 0))
    for j, p in enumerate(postings):
        if len(p.occupation_dist) == whole.shape[1]:
            whole[j] = p.occupation_dist
    return PostingTitles(vocab, words, _title_groups(cleaned)[0], whole)


def title_scores(
    profile: ResumeProfile, titles: PostingTitles
) -> tuple[Any, Any, list[tuple[str, float, str]], tuple[str | None, ...]]:
    """(by words, by occupation, candidates, their occupation labels): two
    (n_candidates, n_postings) arrays of each resume title's credit for each posting
    title, the factor of the candidate (recency) not applied. By occupation, the
    resume title must name the occupation of the posting's title and of the posting
    as a whole (title and text): the smaller similarity counts, so a posting title
    the lexicon misreads ("Estates Operational Services Officer") credits no
    accountant."""
    import numpy as np

    from gapcheck.occupation import similarity

    cands = title_candidates(profile)
    by_words = np.zeros((len(cands), titles.words.shape[1]))
    generic = np.array([w in _generic_heads() for w in titles.vocab], bool)
    has_field = (titles.words[~generic] > 0).any(axis=0)
    for c, (title, _, _) in enumerate(cands):
        have = set(title_tokens(title))
        x = np.array([title_credit(w, have) for w in titles.vocab], float)
        field = x[~generic] @ titles.words[~generic]
        heads = x[generic] @ titles.words[generic]
        # a generic head counts beside a field word (see title_overlap)
        by_words[c] = field + np.where((field > 0) | ~has_field, heads, 0.0)
    rows, labels = _title_groups([t for t, _, _ in cands])
    by_occ = OCCUPATION_TITLE_CREDIT * np.minimum(
        similarity(rows, titles.occupation), similarity(rows, titles.whole)
    )
    if by_occ.shape != by_words.shape:  # no lexicon
        by_occ = np.zeros_like(by_words)
    return by_words, by_occ, cands, labels


def title_matrix(
    profiles: Sequence[ResumeProfile],
    postings: Sequence[PostingProfile],
    evidence: Any = None,
) -> Any:
    """(n_resumes, n_postings) title component: the best resume title's credit, by
    words or by occupation, whichever is larger, times its recency factor; the credit
    by occupation times ``evidence`` (``occupation_evidence``, 1 when not given)."""
    import numpy as np

    titles = posting_titles(postings)
    best = np.zeros((len(profiles), len(postings)))
    ev = np.ones_like(best) if evidence is None else np.asarray(evidence, float)
    for i, profile in enumerate(profiles):
        by_words, by_occ, cands, _ = title_scores(profile, titles)
        if cands:
            factors = np.array([f for _, f, _ in cands], float)[:, None]
            best[i] = (factors * np.maximum(by_words, ev[i] * by_occ)).max(axis=0)
    return best


def title_component(
    profile: ResumeProfile, posting: PostingProfile, evidence: float = 1.0
) -> tuple[float, TitleDetails]:
    """The title component of one pair and which resume title earned it, how."""
    titles = posting_titles([posting])
    by_words, by_occ, cands, labels = title_scores(profile, titles)
    best, best_from = 0.0, None
    for c, (title, factor, where) in enumerate(cands):
        words, occ = float(by_words[c, 0]), evidence * float(by_occ[c, 0])
        value = factor * max(words, occ)
        if value > best:
            by = "occupation" if occ > words else "words"
            best_from = TitleMatch(
                title=title,
                where=where,
                factor=factor,
                by=by,  # type: ignore[arg-type]
                occupation=labels[c] if by == "occupation" else None,
                same=by == "occupation" and float(by_occ[c, 0]) >= SAME_TITLE_CREDIT,
            )
            best = value
    return best, TitleDetails(
        posting_title=posting.title,
        posting_words=wanted_title(posting.title),
        best=best_from,
    )


#: A credit by occupation this high (0.8 x similarity 0.99) is the same occupation;
#: below it the explanation says "related occupation", not "same".
SAME_TITLE_CREDIT = 0.99 * OCCUPATION_TITLE_CREDIT
