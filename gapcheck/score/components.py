"""The score's components other than skills: title, experience, education,
certifications, achievements, format and text similarity. Each returns a score in
[0, 1] and the inputs it used (``details``), so every point can be traced.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from gapcheck.records import TitleDetails, TitleMatch
from gapcheck.score.evidence import ResumeProfile
from gapcheck.score.format import format_score
from gapcheck.score.gate import (  # noqa: F401  (re-exported: the fit gate's home)
    FULL_RELEVANCE,
    OCCUPATION_EVIDENCE,
    keyword_alignment,
    occupation_evidence,
    relevance_gate,
)
from gapcheck.score.requirements import PostingProfile
from gapcheck.score.text import idf, norm

#: Base weights; components that do not apply (nothing asked) drop out and the rest
#: are renormalised to sum to 1. Occupation and text relevance carry the most: on real
#: resumes and postings they are what ranks a posting's own occupation first (see
#: docs/scoring.md); skills explain the match term by term.
WEIGHTS: dict[str, float] = {
    "skills": 0.16,
    "requirements": 0.03,
    "title": 0.09,
    "occupation": 0.43,
    "experience": 0.03,
    "education": 0.02,
    "certifications": 0.02,
    "text_similarity": 0.17,
    "achievements": 0.025,
    "format": 0.025,
}
#: Components about the resume alone: their weights never grow when the posting asks
#: for less (else a posting with few requirements would be scored on layout).
RESUME_ONLY = frozenset({"achievements", "format"})
#: Components that count in full only for a resume of the posting's field (see
#: ``relevance_gate``): years, degree and polish do not make a chef fit an HR post.
GATED = ("experience", "education", "achievements", "format")
COMPONENTS: tuple[str, ...] = tuple(WEIGHTS)

# --- title ---------------------------------------------------------------------------
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


# --- experience, education, certifications --------------------------------------------
LEVELS = {"high school": 1, "associate": 2, "bachelor": 3, "master": 4, "doctorate": 5}


def resume_years(profile: ResumeProfile) -> float:
    resume = profile.resume
    if resume.years_experience is not None:
        return float(resume.years_experience)
    months = sum(r.months or 0 for r in resume.roles)
    return months / 12.0


def experience_score(years: float, required: float) -> float:
    return 1.0 if required <= 0 else min(1.0, max(0.0, years) / required)


def resume_level(profile: ResumeProfile) -> int:
    return max(
        (LEVELS.get((e.level or "").lower(), 0) for e in profile.resume.education),
        default=0,
    )


def asked_level(posting: PostingProfile) -> int:
    ranks = [
        LEVELS[level.lower()] for level in posting.education if level.lower() in LEVELS
    ]
    return min(ranks) if ranks else 0


def education_score(have: int, want: int) -> float:
    if want <= 0 or have >= want:
        return 1.0
    if have == 0:
        return 0.0
    return 0.5 if have == want - 1 else 0.25


_CERT_WORDS = frozenset(
    [
        "certification",
        "certificate",
        "certified",
        "license",
        "licence",
        "licensed",
        "credential",
        "current",
        "valid",
        "active",
        "state",
        "or",
        "and",
        "in",
        "a",
        "an",
        "the",
    ]
)


def clean_cert(cert: str) -> str:
    """A certification as the parser found it, without a sentence's tail before it:
    "Finance. \nCPA license" -> "CPA license"."""
    parts = [p for p in re.split(r"[.;:]\s+", " ".join(cert.split())) if p.strip()]
    return parts[-1].strip(" .;:") if parts else cert.strip()


def cert_core(cert: str) -> str:
    """A certification's distinctive words: "ACLS certification" -> "acls"."""
    words = [w for w in norm(clean_cert(cert)).split() if w not in _CERT_WORDS]
    return " ".join(words)


def cert_found(profile: ResumeProfile, cert: str) -> bool:
    wanted = cert_core(cert)
    if not wanted:
        return False
    if profile.form_hits(wanted):
        return True
    return any(wanted in norm(c) for c in profile.resume.certifications)


# --- achievements, format, text ---------------------------------------------------
FULL_DENSITY = 0.5  # half of the experience bullets quantified earns the full score


def achievements_score(profile: ResumeProfile) -> float:
    a = profile.achievements
    if not a.total:
        return 0.0
    quantified = min(1.0, a.density / FULL_DENSITY)
    duties = sum(b.kind == "duty" for b in a.bullets) / a.total
    return 0.7 * quantified + 0.3 * (1.0 - duties)


def format_component(profile: ResumeProfile) -> float:
    return format_score(profile.issues)


#: BM25 relevance (``saturated_tf`` over ``query_weights``, 0..1) at which the
#: text-similarity component is full: a resume using the posting's words about as
#: often as the best-matching real resumes do.
FULL_SIMILARITY = 0.2


def similarity_score(relevance: Any) -> Any:
    import numpy as np

    return np.minimum(1.0, np.asarray(relevance, float) / FULL_SIMILARITY)


#: BM25 (Robertson & Zaragoza 2009) over the posting's asked words. K1 and B are the
#: usual values; the length norm uses a typical resume length, not the batch's, so one
#: pair scores the same alone and in any batch.
BM25_K1, BM25_B, TYPICAL_RESUME_WORDS = 1.5, 0.75, 400.0
#: Posting title words count this many times over the body's: they name the job.
TITLE_QUERY = 3.0


def query_weights(posting: PostingProfile) -> dict[str, float]:
    """A posting's asked words weighted (1 + log tf) * idf * centrality, title words
    TITLE_QUERY times. Centrality (``gapcheck.occupation.centrality``) weighs a word
    by how much more often the postings of the posting's occupation use it than all
    postings do: "budget" in an accountant's advert counts more than "patients"."""
    from gapcheck.occupation.centrality import centrality_factors

    title = set(norm(posting.title or "").split())
    central = centrality_factors(posting.occupation_dist, posting.counts)
    return {
        w: (1.0 + math.log(n))
        * idf(w)
        * central[w]
        * (TITLE_QUERY if w in title else 1.0)
        for w, n in posting.counts.items()
    }


def saturated_tf(counts: Any) -> dict[str, float]:
    """BM25's term-frequency saturation of a resume's words, scaled to 0..1."""
    length = sum(counts.values())
    norm_len = BM25_K1 * (1.0 - BM25_B + BM25_B * length / TYPICAL_RESUME_WORDS)
    return {w: n / (n + norm_len) for w, n in counts.items()}


#: IDF at which a posting term counts in full in the skills component: a term of
#: everyday words ("communication", "team") counts in proportion to its mean IDF.
FULL_TERM_IDF = 8.0


@lru_cache(maxsize=8192)
def term_specificity(forms: tuple[str, ...]) -> float:
    """min(1, mean IDF of the words of the term's most specific wording
    / FULL_TERM_IDF)."""
    best = 0.0
    for form in forms:
        words = [w for w in form.split() if w]
        if words:
            best = max(best, sum(idf(w) for w in words) / len(words))
    return min(1.0, best / FULL_TERM_IDF)


def skill_weight(term: Any) -> float:
    """A posting term's weight in the skills component: its importance weight times
    its specificity."""
    return float(term.weight) * term_specificity(term.forms)


#: Total term weight at which the skills component gets its full weight (about five
#: required terms). Below it, a posting with few recognised terms leans on its
#: requirement lines, title and text instead of on one or two terms.
FULL_TERM_WEIGHT = 15.0


def applies(posting: PostingProfile) -> dict[str, float]:
    """How much each component applies to this posting, 0..1 (0: not at all)."""
    term_weight = sum(t.weight for t in posting.terms)
    return {
        "skills": min(1.0, term_weight / FULL_TERM_WEIGHT),
        "requirements": float(bool(posting.lines)),
        "title": float(bool(wanted_title(posting.title))),
        "occupation": float(any(posting.occupation_dist)),
        "experience": float(bool(posting.years_required)),
        "education": float(asked_level(posting) > 0),
        "certifications": float(bool(posting.certifications)),
        "text_similarity": 1.0,
        "achievements": 1.0,
        "format": 1.0,
    }


#: Where the skills weight goes when a posting has few recognised terms: to the
#: other keyword signals, not to the filters (years, degree) that every resume meets.
KEYWORD_PROXIES = ("requirements", "text_similarity", "occupation")


def effective_weights(applicable: dict[str, float]) -> dict[str, float]:
    """Weights of the components as they apply (they sum to 1).

    The skills weight shrinks with ``applicable["skills"]`` and what it loses goes to
    the keyword proxies that apply; then the posting-side components that do not
    apply at all leave their weight to the others, in proportion. The resume-only
    components keep their base weight.
    """
    weights = dict(WEIGHTS)
    moved = weights["skills"] * (1.0 - applicable["skills"])
    weights["skills"] -= moved
    proxies = [n for n in KEYWORD_PROXIES if applicable[n] > 0]
    base = sum(WEIGHTS[n] for n in proxies)
    for name in proxies:
        weights[name] += moved * WEIGHTS[name] / base
    shared = sum(w for n, w in WEIGHTS.items() if n not in RESUME_ONLY)
    side = [n for n in WEIGHTS if n not in RESUME_ONLY]
    for name in side:
        if applicable[name] <= 0:
            weights[name] = 0.0
    used = sum(weights[n] for n in side)
    for name in side:
        weights[name] = weights[name] * shared / used if used else 0.0
    return weights
