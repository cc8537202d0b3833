"""Keywords beyond the taxonomy: noun phrases ranked by TF-IDF, boilerplate dropped."""

from __future__ import annotations

import json

import numpy as np
import pytest

from gapcheck.errors import ModelError
from gapcheck.extract.keywords import (
    KeywordExtractor,
    load_boilerplate,
    load_keyword_extractor,
)
from gapcheck.paths import models_dir

FINANCE = (
    "Senior Accountant\n"
    "We are an equal opportunity employer offering a competitive salary in a "
    "fast-paced environment.\n"
    "Own revenue recognition under ASC 606 and lead the month-end close. Prepare "
    "account reconciliations and variance analysis for the general ledger. Support "
    "the external audit.\n"
    "Requirements: 3+ years of experience in public accounting; strong knowledge of "
    "GAAP; CPA preferred."
)

BACKGROUND = [
    "We are looking for a team player with experience.",
    "Experience with Python is a plus.",
    "You will work with the team on new features.",
    "Experience in accounting is required.",
    "The team works on revenue reports.",
]


@pytest.fixture(scope="module")
def shipped() -> KeywordExtractor:
    return load_keyword_extractor()


@pytest.fixture(scope="module")
def finance_keywords(shipped):
    return shipped.extract(FINANCE)


def test_fit_learns_idf_and_returns_self() -> None:
    extractor = KeywordExtractor(min_df=1)
    assert not hasattr(extractor, "idf_")  # no learning in __init__
    assert extractor.fit(BACKGROUND) is extractor
    assert extractor.n_docs_ == len(BACKGROUND)
    assert len(extractor.idf_) == len(extractor.vocabulary_)
    # "experience" is in 3 of 5 texts, "python" in 1: rarer terms weigh more
    assert extractor.idf("python") > extractor.idf("experience")
    assert extractor.idf("team player") > extractor.idf("team")
    assert extractor.idf("never seen") == extractor.unseen_idf_
    # an unseen phrase gets the mean IDF of its words
    mixed = (extractor.idf("python") + extractor.idf("team")) / 2
    assert extractor.idf("python team") == pytest.approx(mixed)


def test_min_df_prunes_rare_terms() -> None:
    extractor = KeywordExtractor(min_df=2).fit(BACKGROUND)
    assert "team" in extractor.vocabulary_
    assert "python" not in extractor.vocabulary_


def test_json_round_trip(tmp_path) -> None:
    extractor = KeywordExtractor(min_df=1, top_n=7).fit(BACKGROUND)
    path = tmp_path / "idf.json"
    extractor.to_json(path)
    again = KeywordExtractor.from_json(path)
    assert again.get_params() == extractor.get_params()
    assert again.n_docs_ == extractor.n_docs_
    assert set(again.vocabulary_) == set(extractor.vocabulary_)
    for term in extractor.vocabulary_:
        assert again.idf(term) == pytest.approx(extractor.idf(term), abs=1e-4)
    data = json.loads(path.read_text())
    assert data["n_docs"] == len(BACKGROUND)
    assert isinstance(data["idf"]["team"], float)


def test_from_json_errors_name_the_file(tmp_path) -> None:
    with pytest.raises(ModelError, match=r"missing\.json: IDF table is missing"):
        KeywordExtractor.from_json(tmp_path / "missing.json")
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": 99}')
    with pytest.raises(ModelError, match="format 99"):
        KeywordExtractor.from_json(bad)


def test_shipped_table_and_sidecar(shipped) -> None:
    meta = json.loads((models_dir() / "idf_postings.meta.json").read_text())
    assert meta["n_docs"] == shipped.n_docs_
    assert meta["n_terms"] == len(shipped.vocabulary_)
    assert {s["file"].split("/")[0] for s in meta["sources"]} == {
        "skillspan",
        "ud-english-ewt",
    }
    assert isinstance(shipped.idf_, np.ndarray)
    # boilerplate and everyday words are common in postings; domain terms are not
    assert shipped.idf("experience") < shipped.idf("reconciliation")
    assert shipped.idf("team") < shipped.idf("ledger")


def test_boilerplate_list() -> None:
    singles, phrases = load_boilerplate()
    assert "equal opportunity employer" in phrases
    assert "competitive salary" in phrases
    assert "team" in singles
    # soft skills are skills, not boilerplate
    assert "team player" not in phrases


def test_finds_domain_terms(finance_keywords) -> None:
    texts = {m.text.lower() for m in finance_keywords}
    assert "revenue recognition" in texts
    assert "variance analysis" in texts
    assert "gaap" in texts


def test_drops_boilerplate_and_generic_heads(finance_keywords) -> None:
    texts = " | ".join(m.text.lower() for m in finance_keywords)
    for junk in ("equal opportunity", "competitive salary", "fast-paced", "experience"):
        assert junk not in texts
    assert "knowledge" not in texts
    assert "years" not in texts


def test_mentions_point_into_the_text(finance_keywords) -> None:
    assert finance_keywords
    assert finance_keywords == sorted(finance_keywords, key=lambda m: m.start)
    for m in finance_keywords:
        assert FINANCE[m.start : m.end] == m.text
        assert m.label == "KNOWLEDGE"
        assert m.source == "keyword"
        assert m.canonical is None
        assert 0 < m.score <= 1


def test_top_n_limits_distinct_terms(shipped) -> None:
    few = KeywordExtractor(**{**shipped.get_params(), "top_n": 2})
    few.vocabulary_, few.idf_, few.n_docs_ = (
        shipped.vocabulary_,
        shipped.idf_,
        shipped.n_docs_,
    )
    assert len({m.text.lower() for m in few.extract(FINANCE)}) <= 2


def test_transform_and_unparsed_docs_agree(shipped, finance_keywords) -> None:
    from gapcheck.nlp import make_blank

    many = shipped.transform([FINANCE, "Hello."])
    assert len(many) == 2
    assert many[0] == finance_keywords
    # a Doc from a pipeline without a parser is re-parsed, offsets unchanged
    assert shipped.doc_mentions(make_blank()(FINANCE)) == finance_keywords
    # an unfitted extractor uses the shipped table
    assert KeywordExtractor().extract(FINANCE) == finance_keywords


def test_resume_bullets_give_their_objects_not_their_verbs(shipped) -> None:
    text = (
        "• Performed patient triage in the emergency department.\n"
        "Utilize SQL to query databases.\n"
        "• Prepared account reconciliations for the general ledger."
    )
    found = {m.text for m in shipped.extract(text)}
    assert "patient triage" in found
    assert "account reconciliations" in found
    assert not any(t.split()[0] in {"Performed", "Utilize", "Prepared"} for t in found)


def test_phrases_stop_at_inner_punctuation(shipped) -> None:
    text = "Teach phonics, vocabulary, comprehension."
    found = {m.text for m in shipped.extract(text)}
    assert not any("," in t for t in found)
