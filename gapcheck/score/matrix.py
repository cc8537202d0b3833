"""Vectorised scoring of many resumes against many postings (for ``gapcheck batch``).

Each component becomes an (n_resumes, n_postings) array built from per-document
features, so the cost grows with the number of documents and distinct terms, not with
the number of pairs times the scorer's Python overhead. The result equals ``check``'s
score for every pair (tested).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import gapcheck.score.components as comp
from gapcheck.records import Analysis
from gapcheck.score.evidence import (
    ResumeProfile,
    credit,
    line_credit,
    resume_profile,
    term_evidence,
)
from gapcheck.score.requirements import PostingProfile, posting_profile
from gapcheck.score.wordforms import variant_keys


@dataclass(frozen=True)
class ScoreMatrix:
    """``scores[i, j]``: resume i against posting j, 0..100 (unrounded)."""

    scores: Any  # numpy (n_resumes, n_postings)
    components: dict[str, Any]  # name -> (n_resumes, n_postings) scores 0..1
    weights: dict[str, Any]  # name -> (n_postings,) effective weights
    resumes: tuple[str, ...]
    postings: tuple[str, ...]
    matched: Any = None  # (n_resumes, n_postings) number of posting terms matched
    missing: Any = None  # (n_resumes, n_postings) number of posting terms missing
    credits: Any = None  # (n_resumes, n_distinct_terms) credit of each term
    terms: tuple[tuple[tuple[str, float, int], ...], ...] = ()  # per posting:
    # (name, weight, column in ``credits``), heaviest first
    gate: Any = None  # (n_resumes, n_postings) fit gate of the GATED components
    relevance: Any = None  # (n_resumes, n_postings) BM25 relevance 0..1
    #: (n_resumes, n_postings) factor of the occupation credit (occupation_evidence)
    evidence: Any = None

    def top_missing(self, i: int, j: int, n: int = 5) -> list[str]:
        """The ``n`` heaviest terms of posting j that resume i does not show."""
        return [name for name, _, col in self.terms[j] if self.credits[i, col] <= 0][:n]


def score_matrix(
    resumes: Sequence[Analysis], postings: Sequence[Analysis], *, taxonomy: Any = None
) -> ScoreMatrix:
    rps = [resume_profile(a, taxonomy) for a in resumes]
    pps = [posting_profile(a, taxonomy) for a in postings]
    return score_profiles_matrix(rps, pps)


def score_profiles_matrix(
    rps: Sequence[ResumeProfile], pps: Sequence[PostingProfile]
) -> ScoreMatrix:
    """The one scoring engine: ``check`` scores a pair as a 1 x 1 matrix through it.

    Each component is an array function of the profiles; ``relevance`` (the fit gate)
    scales the components in ``comp.GATED``; the score is the weighted sum."""
    import numpy as np

    n_r, n_p = len(rps), len(pps)
    skills, credits, counts, terms = _skills(rps, pps)
    relevance = bm25_matrix(rps, pps)
    lines = _lines(rps, pps)
    similarity = comp.similarity_score(relevance)
    weights = {name: np.zeros(n_p) for name in comp.COMPONENTS}
    for j, pp in enumerate(pps):
        for name, w in comp.effective_weights(comp.applies(pp)).items():
            weights[name][j] = w
    # no evidence, little occupation credit (comp.occupation_evidence)
    evidence = comp.occupation_evidence(
        comp.keyword_alignment(
            weights["skills"][None, :], skills, weights["requirements"][None, :], lines
        ),
        similarity,
    ).reshape(n_r, n_p)
    parts: dict[str, Any] = {
        "skills": skills,
        "requirements": lines,
        "title": comp.title_matrix(rps, pps, evidence),
        "occupation": evidence * occupation_matrix(rps, pps),
        "experience": _experience(rps, pps),
        "education": _education(rps, pps),
        "certifications": _certifications(rps, pps),
        "achievements": np.repeat(
            np.array([comp.achievements_score(r) for r in rps], float)[:, None], n_p, 1
        ),
        "format": np.repeat(
            np.array([comp.format_component(r) for r in rps], float)[:, None], n_p, 1
        ),
        "text_similarity": similarity,
    }
    gate = comp.relevance_gate(
        weights["skills"][None, :], parts["skills"],
        weights["requirements"][None, :], parts["requirements"],
        parts["occupation"],
    )  # fmt: skip
    for name in comp.GATED:
        parts[name] = gate * parts[name]
    scores = np.zeros((n_r, n_p))
    for name in comp.COMPONENTS:
        parts[name] = np.clip(parts[name].reshape(n_r, n_p), 0.0, 1.0)
        scores += 100.0 * weights[name][None, :] * parts[name]
    return ScoreMatrix(
        scores=np.clip(scores, 0.0, 100.0),
        components=parts,
        weights=weights,
        resumes=tuple(r.resume.document.source for r in rps),
        postings=tuple(p.source for p in pps),
        matched=(credits > 0).astype(float) @ counts,
        missing=(credits <= 0).astype(float) @ counts,
        credits=credits,
        terms=terms,
        gate=gate,
        relevance=relevance,
        evidence=evidence,
    )


def _skills(rps: Sequence[ResumeProfile], pps: Sequence[PostingProfile]) -> Any:
    """(skills scores, credits per distinct term, term counts per posting, terms)."""
    import numpy as np

    columns: dict[tuple[Any, ...], int] = {}
    distinct: list[Any] = []
    for pp in pps:
        for t in pp.terms:
            if t.signature not in columns:
                columns[t.signature] = len(distinct)
                distinct.append(t)
    credits = np.zeros((len(rps), len(distinct)))
    by_form, by_canonical = _term_index(distinct)
    for i, rp in enumerate(rps):
        # Only terms with a form or canonical name the resume has can earn credit;
        # the rest (most of them, in a big batch) are 0 without looking.
        for col in _candidates(rp, distinct, by_form, by_canonical):
            credits[i, col] = credit(term_evidence(distinct[col], rp))[0]
    weight = np.zeros((len(distinct), len(pps)))
    counts = np.zeros((len(distinct), len(pps)))
    for j, pp in enumerate(pps):
        for t in pp.terms:
            weight[columns[t.signature], j] += comp.skill_weight(t)
            counts[columns[t.signature], j] += 1.0
    total = weight.sum(axis=0)
    scores = np.divide(
        credits @ weight, total, out=np.zeros((len(rps), len(pps))), where=total > 0
    )
    terms = tuple(
        tuple(
            sorted(
                (
                    (t.name, comp.skill_weight(t), columns[t.signature])
                    for t in pp.terms
                ),
                key=lambda x: -x[1],
            )
        )
        for pp in pps
    )
    return scores, credits, counts, terms


def _term_index(
    distinct: Sequence[Any],
) -> tuple[dict[str, list[int]], dict[str, list[int]]]:
    by_form: dict[str, list[int]] = {}
    by_canonical: dict[str, list[int]] = {}
    for col, t in enumerate(distinct):
        for form in {*t.forms, *t.alias_forms}:
            for key in {form, *variant_keys(form)}:
                by_form.setdefault(key, []).append(col)
        if t.canonical:
            by_canonical.setdefault(t.canonical.lower(), []).append(col)
    return by_form, by_canonical


def _candidates(
    rp: ResumeProfile,
    distinct: Sequence[Any],
    by_form: dict[str, list[int]],
    by_canonical: dict[str, list[int]],
) -> Iterable[int]:
    """Columns of the terms that ``term_evidence`` could find anything for."""
    if rp.added:  # what-if evidence: look at every term, as check does
        return range(len(distinct))
    spans = rp.index.spans
    found: set[int] = set()
    if len(by_form) < len(spans):
        for form, cols in by_form.items():
            if form in spans:
                found.update(cols)
    else:
        for form in spans:
            found.update(by_form.get(form, ()))
    for key in (*rp.canon_hits, *rp.implied_hits):
        found.update(by_canonical.get(key, ()))
    # a wording in another form of its words (ResumeProfile.variant_hits)
    for key in (*rp.families, *(f"sis:{k}" for k in rp.sis_families)):
        found.update(by_form.get(key, ()))
    return sorted(found)


def _lines(rps: Sequence[ResumeProfile], pps: Sequence[PostingProfile]) -> Any:
    import numpy as np

    lines = [line for pp in pps for line in pp.lines]
    credits = np.array(
        [[line_credit(line, rp) for line in lines] for rp in rps], float
    ).reshape(len(rps), len(lines))
    weight = np.zeros((len(lines), len(pps)))
    k = 0
    for j, pp in enumerate(pps):
        for line in pp.lines:
            weight[k, j] = line.weight
            k += 1
    total = weight.sum(axis=0)
    return np.divide(
        credits @ weight, total, out=np.zeros((len(rps), len(pps))), where=total > 0
    )


def occupation_matrix(
    rps: Sequence[ResumeProfile], pps: Sequence[PostingProfile]
) -> Any:
    """Occupation similarity of each resume and posting (gapcheck.occupation), with
    the credit for fitting the posting's own occupation better than its neighbours
    (``distinct_similarity``, round 13)."""
    from gapcheck.occupation.model import distinct_similarity

    return distinct_similarity(
        [r.occupation_dist for r in rps], [p.occupation_dist for p in pps]
    )


def _experience(rps: Sequence[ResumeProfile], pps: Sequence[PostingProfile]) -> Any:
    import numpy as np

    years = np.array([max(0.0, comp.resume_years(r)) for r in rps], float)[:, None]
    asked = np.array([p.years_required or 0.0 for p in pps], float)[None, :]
    ratio = np.divide(years, asked, out=np.ones((len(rps), len(pps))), where=asked > 0)
    return np.minimum(1.0, ratio)


def _education(rps: Sequence[ResumeProfile], pps: Sequence[PostingProfile]) -> Any:
    import numpy as np

    have = np.array([comp.resume_level(r) for r in rps], float)[:, None]
    want = np.array([comp.asked_level(p) for p in pps], float)[None, :]
    partial = np.where(have == want - 1, 0.5, 0.25)
    return np.where(
        (want <= 0) | (have >= want), 1.0, np.where(have == 0, 0.0, partial)
    )


def _certifications(rps: Sequence[ResumeProfile], pps: Sequence[PostingProfile]) -> Any:
    import numpy as np

    certs = sorted({c for p in pps for c in p.certifications})
    index = {c: k for k, c in enumerate(certs)}
    found = np.array(
        [[comp.cert_found(rp, c) for c in certs] for rp in rps], float
    ).reshape(len(rps), len(certs))
    asked = np.zeros((len(certs), len(pps)))
    for j, pp in enumerate(pps):
        for c in pp.certifications:
            asked[index[c], j] += 1.0
    total = asked.sum(axis=0)
    return np.divide(
        found @ asked, total, out=np.ones((len(rps), len(pps))), where=total > 0
    )


def bm25_matrix(rps: Sequence[ResumeProfile], pps: Sequence[PostingProfile]) -> Any:
    """Okapi BM25 of each resume for each posting's asked words, 0..1: the
    posting's ``query_weights`` (scaled to sum 1) times the resume's
    ``saturated_tf``."""
    import numpy as np

    vocab: dict[str, int] = {}
    for p in pps:
        for w in p.counts:
            vocab.setdefault(w, len(vocab))
    q = np.zeros((len(vocab), len(pps)))
    for j, p in enumerate(pps):
        for w, weight in comp.query_weights(p).items():
            q[vocab[w], j] = weight
    total = q.sum(axis=0)
    q = np.divide(q, total, out=np.zeros_like(q), where=total > 0)
    d = np.zeros((len(rps), len(vocab)))
    for i, r in enumerate(rps):
        for w, sat in comp.saturated_tf(r.counts).items():
            if w in vocab:
                d[i, vocab[w]] = sat
    return d @ q
