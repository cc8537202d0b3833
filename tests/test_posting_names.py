"""Issue 15 item 3, rule by rule: a posting's terms are named as the posting names
them. No skill read out of a proper name ("DHR Unity"), no bracketed note taken for
an acronym's expansion ("CSS (Required)"), no noun skill from a verb ("embedding good
people practice" is no Embeddings); cases from the hand audit of `gapcheck check`
(notes/evidence_audit.md)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from gapcheck.extract.posting_names import (
    MARKERS,
    abbreviates,
    in_proper_name,
    verb_of_noun_skill,
)
from gapcheck.extract.posting_terms import PLACES, asked_mentions
from gapcheck.parse import parse_posting
from gapcheck.records import Document, Mention
from gapcheck.score import resolve_taxonomy


def _mention(text: str, needle: str, canonical: str) -> Mention:
    at = text.index(needle)
    return Mention(at, at + len(needle), needle, "SKILL", canonical=canonical)


def _in_name(text: str, needle: str, canonical: str) -> bool:
    return in_proper_name(
        _mention(text, needle, canonical), text, resolve_taxonomy(), PLACES
    )


def test_a_skill_inside_a_system_or_law_name_is_not_that_skill() -> None:
    text = (
        "Training in the Patient IT systems such as Nottingham Information System "
        "(NotIS) and DHR Unity. Knowledge of the Fair Credit Reporting Act."
    )
    assert _in_name(text, "Information System", "Information technology")
    assert _in_name(text, "Unity", "Unity")
    assert _in_name(text, "Reporting", "Reporting")


def test_a_skill_named_whole_or_by_its_vendor_stays() -> None:
    text = (
        "Experience with Unity and C#. Advanced Microsoft Excel and IBM Cognos. "
        "Python, Django (required)."
    )
    assert not _in_name(text, "Unity", "Unity")
    assert not _in_name(text, "Excel", "Microsoft Excel")
    assert not _in_name(text, "Cognos", "IBM Cognos")
    assert not _in_name(text, "Django", "Django")


def test_a_bracketed_note_is_no_expansion() -> None:
    assert abbreviates("CPA", "Care Programme Approach")
    assert abbreviates("MDT", "multidisciplinary team")
    assert abbreviates("NotIS", "Nottingham Information System")
    assert not abbreviates("CSS", "Required")
    assert not abbreviates("APIs", "w/ DjangoRestFramework")


@given(st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=2, max_size=6))
def test_an_importance_marker_expands_no_acronym(acronym: str) -> None:
    for marker in MARKERS:
        assert not abbreviates(acronym, marker.title())


@given(st.lists(st.from_regex(r"[A-Z][a-z]{2,8}", fullmatch=True), min_size=1))
def test_an_acronym_abbreviates_its_own_initials(words: list[str]) -> None:
    phrase = " ".join(words)
    if all(w.lower() not in MARKERS for w in words):
        assert abbreviates("".join(w[0] for w in words), phrase)


def test_a_verb_with_an_object_is_no_noun_skill() -> None:
    text = "Embedding good people practice across the Trust. Word embeddings, NLP."
    assert verb_of_noun_skill(_mention(text, "Embedding good", "Embeddings"), text)
    assert not verb_of_noun_skill(_mention(text, "embeddings", "Embeddings"), text)


def test_terms_keep_the_postings_name_and_merge() -> None:
    """A bracket: "CSS (Required)" stays CSS, "APIs (w/ DjangoRestFramework)" stays
    APIs; both merge with the other mentions of their skill."""
    text = (
        "HTML Developer\n\nRequirements:\n\n- CSS (Required)\n"
        "- RESTful APIs (w/ DjangoRestFramework)\n"
    )
    posting = parse_posting(Document("p.txt", "txt", text))
    mentions = [_mention(text, "CSS", "CSS"), _mention(text, "APIs", "APIs")]
    named = asked_mentions(mentions, posting, resolve_taxonomy())
    assert [(m.text, m.canonical) for m in named] == [("CSS", "CSS"), ("APIs", "APIs")]


def test_an_employer_sentence_after_a_linking_word_asks_nothing() -> None:
    from gapcheck.parse.never_asked import describes_employer

    assert describes_employer(
        "In addition, we have responsibility, delegated from NHS England, for "
        "managing Primary Care contracts across the county"
    )
    assert describes_employer(
        "We are also developing partnerships focusing on local population needs."
    )
    assert not describes_employer("We need a nurse who meets patients' needs.")
    assert not describes_employer("In addition, we need someone with SAP skills.")


def test_a_name_led_by_a_place_is_no_term() -> None:
    from gapcheck.extract.posting_terms import is_noise

    def noise(text: str) -> bool:
        return is_noise(Mention(0, len(text), text, "SKILL"), set())

    assert noise("Surrey Heartlands")
    assert noise("Surrey Downs localities")
    assert not noise("Kent coding standards")
    assert not noise("financial reporting")
