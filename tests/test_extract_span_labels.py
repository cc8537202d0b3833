"""The SKILL/KNOWLEDGE labeler that follows a single-label (SPAN) skill NER."""

from __future__ import annotations

from pathlib import Path

import pytest

from gapcheck.extract.span_labels import (
    FACTORY,
    SpanLabeler,
    register,
    span_features,
)

TRAIN = [
    (["Python"], "KNOWLEDGE"),
    (["SQL"], "KNOWLEDGE"),
    (["machine", "learning"], "KNOWLEDGE"),
    (["manage", "a", "team"], "SKILL"),
    (["manage", "budgets"], "SKILL"),
    (["working", "independently"], "SKILL"),
]


@pytest.fixture(scope="module")
def labeler() -> SpanLabeler:
    return SpanLabeler().fit(TRAIN)


def test_features_name_the_cues() -> None:
    assert span_features(["Manage", "teams"]) == [
        "w=manage teams",
        "f=manage",
        "l=teams",
        "n=2",
        "s=age",
        "ls=ams",
        "c=1",
    ]


def test_fit_counts_per_label(labeler: SpanLabeler) -> None:
    assert labeler.prior_ == {"SKILL": 3, "KNOWLEDGE": 3}
    assert labeler.counts_["f=manage"] == [2, 0]
    assert labeler.counts_["w=python"] == [0, 1]


@pytest.mark.parametrize(
    ("words", "label"),
    [
        (["Python"], "KNOWLEDGE"),
        (["manage", "projects"], "SKILL"),  # seen first word
        (["working", "in", "teams"], "SKILL"),
        (["SQL"], "KNOWLEDGE"),
    ],
)
def test_predict(labeler: SpanLabeler, words: list[str], label: str) -> None:
    assert labeler.predict(words) == label


def test_saved_and_loaded_labeler_predicts_the_same(
    labeler: SpanLabeler, tmp_path: Path
) -> None:
    labeler.to_disk(tmp_path)
    loaded = SpanLabeler().from_disk(tmp_path)
    assert loaded.counts_ == labeler.counts_
    for words, _ in TRAIN:
        assert loaded.predict(words) == labeler.predict(words)


def test_component_relabels_only_span_entities(labeler: SpanLabeler) -> None:
    import spacy
    from spacy.tokens import Span

    register()
    nlp = spacy.blank("en")
    component = nlp.add_pipe(FACTORY)
    component.prior_, component.counts_ = labeler.prior_, labeler.counts_
    doc = nlp.make_doc("You manage budgets in Python at ACME")
    doc.ents = [
        Span(doc, 1, 3, "SPAN"),
        Span(doc, 4, 5, "SPAN"),
        Span(doc, 6, 7, "ORG"),
    ]
    doc = nlp(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("manage budgets", "SKILL"),
        ("Python", "KNOWLEDGE"),
        ("ACME", "ORG"),
    ]
