"""Skill extraction: SkillSpan evaluation code, merging, and the Extractor."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gapcheck.extract.evaluate import (
    ALL,
    Sentence,
    bio_spans,
    evaluate_extractor,
    load_skillspan,
    read_conll,
    score_spans,
)
from gapcheck.extract.merge import merge_mentions
from gapcheck.records import Mention
from tests.conftest import require_shared

# -- evaluation code ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("tags", "spans"),
    [
        (["O", "B-Skill", "I-Skill", "O"], [(1, 3)]),
        (["B-Skill", "B-Skill", "I-Skill"], [(0, 1), (1, 3)]),
        (["I-Skill", "I-Skill", "O", "I-Skill"], [(0, 2), (3, 4)]),  # broken: no B
        (["B-Skill", "I-Knowledge"], [(0, 1), (1, 2)]),  # broken: type changes
        (["O", "B-Knowledge", "I-Knowledge"], [(1, 3)]),  # span at the end
        (["O", "O"], []),
    ],
)
def test_bio_spans(tags: list[str], spans: list[tuple[int, int]]) -> None:
    assert bio_spans(tags) == spans


@settings(deadline=None)  # a property, not a timing: see tests/conftest.py
@given(st.lists(st.sampled_from(["O", "B-Skill", "I-Skill", "I-Knowledge"])))
def test_bio_spans_are_ordered_and_disjoint(tags: list[str]) -> None:
    spans = bio_spans(tags)
    for (s1, e1), (s2, e2) in itertools.pairwise(spans):
        assert s1 < e1 <= s2 < e2
    assert all(tags[s] != "O" for s, _ in spans)


def test_gold_char_spans_slice_to_tokens() -> None:
    sent = Sentence(
        ("Strong", "Python", "skills", "and", "team", "work"),
        ("O", "O", "O", "O", "B-Skill", "I-Skill"),
        ("O", "B-Knowledge", "O", "O", "O", "O"),
    )
    gold = sent.gold()
    assert {sent.text[s:e] for s, e, _ in gold} == {"Python", "team work"}
    assert (7, 13, "KNOWLEDGE") in gold


def test_read_conll(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "x.conll"
    path.write_text("Use\tO\tO\nJava\tO\tB-Knowledge\n\n\nLead\tB-Skill\tO\nteams\n")
    sents = read_conll(path, "tech")
    assert [s.tokens for s in sents] == [("Use", "Java"), ("Lead", "teams")]
    assert sents[1].knowledge == ("O", "O") and sents[0].source == "tech"


def test_score_spans_by_hand() -> None:
    gold = [{(0, 6, "SKILL"), (10, 14, "KNOWLEDGE")}, {(0, 3, "SKILL")}]
    pred = [{(0, 6, "KNOWLEDGE"), (10, 14, "KNOWLEDGE"), (20, 25, "SKILL")}, set()]
    scores = score_spans(pred, gold)
    skill = scores["SKILL"]
    assert (skill["tp"], skill["pred"], skill["gold"]) == (0, 1, 2)
    assert scores["KNOWLEDGE"]["p"] == 0.5 and scores["KNOWLEDGE"]["r"] == 1.0
    # label-agnostic: (0, 6) counts whatever its label
    assert scores[ALL]["tp"] == 2 and scores[ALL]["p"] == round(2 / 3, 4)
    assert scores[ALL]["f"] == round(2 * (2 / 3) * (2 / 3) / (4 / 3), 4)


def test_label_agnostic_gold_deduplicates() -> None:
    gold = [{(0, 6, "SKILL"), (0, 6, "KNOWLEDGE")}]
    scores = score_spans([{(0, 6, "SKILL")}], gold)
    assert scores[ALL]["gold"] == 1 and scores[ALL]["f"] == 1.0


# -- merging -------------------------------------------------------------------------


def _m(start: int, end: int, source: str, canonical: str | None = None) -> Mention:
    return Mention(start, end, "x" * (end - start), "SKILL", canonical=canonical,
                   source=source, type="hard" if canonical else None)  # type: ignore[arg-type]  # fmt: skip


def test_merge_keeps_one_mention_per_region_with_best_canonical() -> None:
    model = [_m(0, 20, "model"), _m(30, 35, "model")]
    taxonomy = [
        _m(5, 11, "taxonomy", "Python"),
        _m(0, 20, "taxonomy", "Data analysis"),
        _m(40, 44, "taxonomy", "SQL"),
        _m(40, 48, "taxonomy", "SQL Server"),
    ]
    merged = merge_mentions(model, taxonomy)
    assert [(m.start, m.end) for m in merged] == [(0, 20), (30, 35), (40, 48)]
    assert merged[0].source == "model" and merged[0].canonical == "Data analysis"
    assert merged[1].canonical is None
    assert merged[2].canonical == "SQL Server"
    for a, b in itertools.pairwise(merged):
        assert a.end <= b.start


def test_merge_names_a_span_by_the_verb_or_head_of_a_longer_match() -> None:
    text = "Data visualization of Git log data; written and verbal communication"

    def at(t: str, source: str, canonical: str | None = None) -> Mention:
        start = text.index(t)
        return Mention(start, start + len(t), t, "SKILL", canonical=canonical,
                       source=source, type="hard" if canonical else None)  # type: ignore[arg-type]  # fmt: skip

    taxonomy = [
        at("visualization of Git log data", "taxonomy", "Data visualization"),
        at("written and verbal communication", "taxonomy", "Written communication"),
    ]
    model = [at(t, "model") for t in ("Data visualization", "Git", "communication")]
    names = {m.text: m.canonical for m in merge_mentions(model, taxonomy)}
    assert names == {
        "Data visualization": "Data visualization",  # touches the verb
        "Git": None,  # inside, neither verb nor object
        "communication": "Written communication",  # the head
    }


def test_combine_taxonomy_only_modes() -> None:
    from gapcheck.extract import Extractor

    model = [_m(0, 10, "model")]
    taxonomy = [_m(2, 8, "taxonomy", "Java"), _m(20, 26, "taxonomy", "Python")]
    sources = {"model": model, "taxonomy": taxonomy}
    none = Extractor(taxonomy_only="none", rerank=False).combine(sources)
    assert [(m.start, m.canonical) for m in none] == [(0, "Java")]
    every = Extractor(taxonomy_only="all", rerank=False).combine(sources)
    assert [(m.start, m.source) for m in every] == [(0, "model"), (20, "taxonomy")]


# -- the extractor -------------------------------------------------------------------


@pytest.fixture(scope="module")
def extractor():  # type: ignore[no-untyped-def]
    from gapcheck.extract import get_extractor

    return get_extractor()


def test_extractor_finds_obvious_skills(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "You have experience with Python and SQL and strong communication skills."
    mentions = extractor.extract(text)
    assert mentions, "no mention found"
    for m in mentions:
        assert text[m.start : m.end] == m.text
        assert m.label in ("SKILL", "KNOWLEDGE")
    found = " ".join(m.text for m in mentions)
    assert "Python" in found and "SQL" in found


def test_extract_document_offsets_and_sections(extractor) -> None:  # type: ignore[no-untyped-def]
    from gapcheck.records import Section

    text = "Summary\n\nExperience with Python and Java.\nKnowledge of Docker."
    sections = (Section("skills", "", text[9:], start=9, end=len(text)),)
    mentions = extractor.extract_document(text, sections)
    assert mentions
    assert all(text[m.start : m.end] == m.text for m in mentions)
    assert all(m.section == "skills" for m in mentions)


def test_a_line_that_asks_names_each_skill_of_a_span() -> None:
    from gapcheck.extract import ASK, Extractor

    text = "Current BLS and ACLS certification"
    span = Mention(0, len(text), text, "SKILL", source="model", score=0.6)
    found = [
        Mention(8, 11, "BLS", "KNOWLEDGE", canonical="Basic Life Support",
                source="taxonomy", type="hard"),
        Mention(16, 34, "ACLS certification", "KNOWLEDGE", canonical="ACLS",
                source="taxonomy", type="hard"),
    ]  # fmt: skip
    sources = {"model": [span], "taxonomy": found}
    extractor = Extractor(rerank=False)
    alone = extractor.combine(sources)  # a line read alone keeps SkillSpan's span
    assert [(m.text, m.source) for m in alone] == [(text, "model")]
    asks = extractor.combine(sources, ASK)
    assert [(m.text, m.canonical, m.source, m.label, m.score) for m in asks] == [
        ("BLS", "Basic Life Support", "model", "SKILL", 0.6),
        ("ACLS certification", "ACLS", "model", "SKILL", 0.6),
    ]


def skills_of_texts_as_file(*texts: str) -> list[set[str | None]]:
    """The canonical skills of each text, read as a document file is."""
    import tempfile
    from pathlib import Path

    from gapcheck.extract import skills_of_files

    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for i, text in enumerate(texts):
            path = Path(tmp) / f"doc{i}.txt"
            path.write_text(text, encoding="utf-8")
            paths.append(str(path))
        return [{m.canonical for m in r.mentions} for r in skills_of_files(paths)]


@pytest.mark.parametrize(
    ("section", "line", "hint"),
    [
        ("requirements", "Python and SQL", "require"),  # asks, taxonomy kept
        ("responsibilities", "Manage budgets", "require"),
        ("experience", "Built APIs", "ask"),
        ("benefits", "A pension", "not"),
        ("contact", "Jane Doe | Python, SQL", None),  # a headline may list skills
        ("about", "We build software.", None),
        ("about", "• Plan and teach lessons.", "ask"),  # a bullet asks
        (None, "- Five years of Java", "ask"),
        (None, "Acme Corp, Berlin", None),
    ],
)
def test_a_line_hint_comes_from_its_section_or_bullet(
    section: str | None, line: str, hint: str | None
) -> None:
    from gapcheck.extract import _hint

    assert _hint(section, line) == hint


def test_extract_document_reads_each_line_with_its_section(extractor) -> None:  # type: ignore[no-untyped-def]
    from gapcheck.records import Section

    line = "Current BLS and ACLS certification from the American Heart Association."
    text = f"Registered Nurse\n\nRequirements\n{line}\n"
    start = text.index(line)
    sections = (
        Section("requirements", "Requirements", line, start, start + len(line)),
    )
    document = {m.canonical for m in extractor.extract_document(text, sections)}
    assert {"Basic Life Support", "Advanced Cardiovascular Life Support"} <= document
    # a one-line text is read as contact details: its words and bullet still count
    (alone,) = skills_of_texts_as_file("• Current BLS and ACLS certification\n")
    assert {"Basic Life Support", "Advanced Cardiovascular Life Support"} <= alone
    # and the hints stream with the texts: a generator, hints for each line
    lines = (x for x in [line, "We offer a pension."])
    assert len(list(extractor.pipe(lines, hints=iter(["ask", "not"])))) == 2


#: What the bundled postings of fields SkillSpan lacks plainly ask for: a reranker
#: that learnt SkillSpan's fields once dropped these (models/README.md, PRIOR-R1).
OTHER_FIELDS = {
    "nursing_posting_icu_rn.txt": {
        "Basic Life Support", "Advanced Cardiovascular Life Support",
        "Critical Care Registered Nurse", "Epic Systems",
    },
    "accounting_posting_senior_accountant.txt": {
        "Revenue recognition", "Cost accounting", "Accruals and prepayments",
        "Fixed asset accounting", "Generally accepted accounting principles",
    },
    "logistics_posting_operations_manager.txt": {"Six Sigma Green Belt"},
    "teaching_posting_year4_teacher.md": {
        "Qualified Teacher Status", "Formative assessment", "Phonics instruction",
    },
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(OTHER_FIELDS))
def test_documents_of_other_fields_keep_their_skills(name: str) -> None:
    from gapcheck.extract import skills_of_files
    from gapcheck.paths import corpora_dir

    (result,) = skills_of_files([str(corpora_dir() / "samples" / name)])
    found = {m.canonical for m in result.mentions}
    assert OTHER_FIELDS[name] <= found, OTHER_FIELDS[name] - found


@pytest.mark.slow
def test_dev_slice_label_agnostic_f1(extractor) -> None:  # type: ignore[no-untyped-def]
    root = require_shared("skillspan")
    sentences = load_skillspan("dev", root=root)[:300]
    scores = evaluate_extractor(extractor, sentences)
    assert scores["extractor"]["all"][ALL]["f"] >= 0.45
    assert scores["model"]["all"][ALL]["f"] >= 0.45
