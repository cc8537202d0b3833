"""The project's tokenizer and its trained base English pipeline."""

from __future__ import annotations

import hashlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gapcheck.nlp import make_blank
from tests.conftest import require_shared


@pytest.fixture(scope="module")
def blank():
    return make_blank()


def toks(nlp, text: str) -> list[str]:
    return [t.text for t in nlp(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("C++ and C# or F#.", ["C++", "and", "C#", "or", "F#", "."]),
        ("(C#)", ["(", "C#", ")"]),
        (".NET and ASP.NET", [".NET", "and", "ASP.NET"]),
        (
            "Node.js, Vue.js and Next.js.",
            ["Node.js", ",", "Vue.js", "and", "Next.js", "."],
        ),
        ("CI/CD pipelines", ["CI/CD", "pipelines"]),
        ("ci/cd", ["ci/cd"]),
        ("A/B testing", ["A/B", "testing"]),
        ("TCP/IP, UI/UX", ["TCP/IP", ",", "UI/UX"]),
        ("PL/SQL", ["PL/SQL"]),
        ("R&D at AT&T", ["R&D", "at", "AT&T"]),
        ("owned the P&L.", ["owned", "the", "P&L", "."]),
        ("24/7 support", ["24/7", "support"]),
        ("3+ years", ["3+", "years"]),
        ("10+ yrs", ["10+", "yrs"]),
        ("e-commerce", ["e-commerce"]),
        ("Wi-Fi", ["Wi-Fi"]),
        ("cross-functional teams", ["cross-functional", "teams"]),
        ("k8s, S3 and EC2", ["k8s", ",", "S3", "and", "EC2"]),
        ("GPT-4", ["GPT-4"]),
        ("ISO 9001", ["ISO", "9001"]),
        # ordinary words joined by a slash are two terms: split on the slash
        ("SQL/NoSQL", ["SQL", "/", "NoSQL"]),
        ("HTML/CSS", ["HTML", "/", "CSS"]),
        ("and/or", ["and/or"]),
        ("jane.doe@example.com", ["jane.doe@example.com"]),
        (
            "see https://example.com/jobs?id=3.",
            ["see", "https://example.com/jobs?id=3", "."],
        ),
        ("Python 3.11", ["Python", "3.11"]),
        ("20%", ["20", "%"]),
        ("$1.2M budget", ["$", "1.2M", "budget"]),
        ("16GB", ["16", "GB"]),
        # dashes between words still split
        ("design—build", ["design", "—", "build"]),
        ("U.S. don't", ["U.S.", "do", "n't"]),
    ],
)
def test_tokenizer_keeps_terms_whole(blank, text: str, expected: list[str]) -> None:
    assert toks(blank, text) == expected


def test_tokenizer_is_registered() -> None:
    import spacy

    import gapcheck.nlp.tokenizer  # noqa: F401

    factory = spacy.registry.tokenizers.get("gapcheck.tokenizer.v1")
    nlp = spacy.blank("en")
    tokenizer = factory()(nlp)
    assert [t.text for t in tokenizer("C# 3+")] == ["C#", "3+"]


def test_blank_differs_from_spacy_default() -> None:
    import spacy

    text = "3+ years of e-commerce and C#"
    assert toks(spacy.blank("en"), text) != toks(make_blank(), text)


def test_tokenizer_survives_serialization(blank) -> None:
    nlp = make_blank().from_bytes(blank.to_bytes())
    assert toks(nlp, "CI/CD, 3+ years, $1.2M") == [
        "CI/CD",
        ",",
        "3+",
        "years",
        ",",
        "$",
        "1.2M",
    ]


_BLANK = make_blank()


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80))
def test_tokenizer_loses_no_text(text: str) -> None:
    assert _BLANK(text).text == text


def test_line_spans_strip_bullets_and_blank_lines() -> None:
    from gapcheck.nlp import line_spans

    text = "Jane Doe\n\n  • Managed a team.  \n- Led the audit\n* \n"
    spans = line_spans(text)
    assert [text[s:e] for s, e in spans] == [
        "Jane Doe",
        "Managed a team.",
        "Led the audit",
    ]


def test_importing_gapcheck_nlp_does_not_import_spacy() -> None:
    import subprocess
    import sys

    code = "import sys, gapcheck.nlp; print('spacy' in sys.modules)"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "False"


# -- the trained base pipeline -------------------------------------------------------


@pytest.fixture(scope="module")
def base():
    from gapcheck.nlp import load_base

    return load_base()


def test_load_base_tags_and_parses(base) -> None:
    doc = base("She managed a team of five engineers.")
    by_text = {t.text: t for t in doc}
    assert by_text["managed"].pos_ == "VERB"
    assert by_text["managed"].dep_ == "ROOT"
    assert by_text["She"].dep_ == "nsubj"
    assert by_text["team"].head.text == "managed"
    assert by_text["engineers"].lemma_ == "engineer"
    assert by_text["managed"].lemma_ == "manage"
    chunks = [c.text for c in doc.noun_chunks]
    assert "a team" in chunks
    assert "five engineers" in chunks


def test_noun_chunks_leave_out_prepositions(base) -> None:
    doc = base("We need experience in revenue recognition and financial reporting.")
    chunks = [c.text for c in doc.noun_chunks]
    assert "revenue recognition" in chunks
    assert not any(c.split()[0] in {"in", "and", "of"} for c in chunks)


def test_noun_chunks_split_coordinated_terms(base) -> None:
    doc = base("Experience with Python, Django and PostgreSQL.")
    chunks = [c.text for c in doc.noun_chunks]
    assert {"Python", "Django", "PostgreSQL"} <= set(chunks)
    assert all(c.label_ == "NP" for c in doc.noun_chunks)


def test_load_base_is_cached_per_exclude(base) -> None:
    from gapcheck.nlp import load_base

    assert load_base() is base
    small = load_base(exclude=["parser", "trainable_lemmatizer"])
    assert small is load_base(exclude=("trainable_lemmatizer", "parser"))
    assert "parser" not in small.pipe_names
    doc = small("She managed a team.")
    assert doc[1].pos_ == "VERB"
    assert not doc.has_annotation("DEP")


def test_load_base_missing_model_is_a_model_error(monkeypatch, tmp_path) -> None:
    import gapcheck.nlp as nlp_module
    from gapcheck.errors import ModelError

    monkeypatch.setattr(nlp_module, "base_path", lambda: tmp_path / "nowhere")
    nlp_module._load.cache_clear()
    try:
        with pytest.raises(ModelError, match=r"train\.sh"):
            nlp_module.load_base(exclude=("tagger",))
    finally:
        nlp_module._load.cache_clear()


def test_load_base_rejects_other_spacy_minor(monkeypatch) -> None:
    import gapcheck.nlp as nlp_module
    from gapcheck.errors import ModelError

    monkeypatch.setattr(nlp_module, "base_meta", lambda: {"spacy_version": "3.1.0"})
    nlp_module._load.cache_clear()
    try:
        with pytest.raises(ModelError, match=r"spaCy 3\.1\.0"):
            nlp_module.load_base(exclude=("tagger",))
    finally:
        nlp_module._load.cache_clear()


def test_sidecar_records_sources_and_scores() -> None:
    import spacy

    from gapcheck.nlp import base_meta, base_path

    meta = base_meta()
    assert meta["spacy_version"].split(".")[:2] == spacy.__version__.split(".")[:2]
    assert meta["dev_scores"]["pos_acc"] >= 0.93
    assert 0 < meta["dev_scores"]["dep_las"] <= meta["dev_scores"]["dep_uas"] <= 1
    assert set(meta["data"]["files"]) == {"train", "dev"}
    size = sum(p.stat().st_size for p in base_path().rglob("*") if p.is_file())
    assert size == meta["size_bytes"]


@pytest.mark.shared_data
def test_sidecar_hashes_match_shared_data() -> None:

    from gapcheck.nlp import base_meta

    ewt = require_shared("ud-english-ewt")
    files = base_meta()["data"]["files"]
    for split in ("train", "dev"):
        path = ewt / files[split]["file"]
        assert hashlib.sha256(path.read_bytes()).hexdigest() == files[split]["sha256"]


@pytest.mark.slow
@pytest.mark.shared_data
def test_dev_slice_pos_accuracy(base) -> None:
    """Re-evaluate on the first 200 EWT dev sentences: fails if the model regresses."""

    from spacy.tokens import DocBin
    from spacy.training import Example
    from spacy.training.converters import conllu_to_docs

    path = require_shared("ud-english-ewt", "en_ewt-ud-dev.conllu")
    blocks = path.read_text(encoding="utf-8").split("\n\n")[:200]
    docs = conllu_to_docs("\n\n".join(blocks) + "\n", n_sents=10, no_print=True)
    # through a DocBin, so the gold docs' strings live in the pipeline's vocab
    gold = list(DocBin(docs=list(docs)).get_docs(base.vocab))
    examples = [Example(base.make_doc(d.text), d) for d in gold]
    scores = base.evaluate(examples)
    assert scores["pos_acc"] >= 0.90
    assert scores["dep_uas"] >= 0.78


@pytest.mark.parametrize(
    "line",
    [
        "• Managed a team of five engineers.",
        "Developed a REST API in Python and deployed it on AWS.",
        "• Led the migration of 40 services to Kubernetes.",
    ],
)
def test_resume_bullets_open_with_a_verb(base, line: str) -> None:
    """Subject-less bullet lines (trained on EWT fragments, see training/README.md)."""
    doc = base(line)
    first = next(t for t in doc if t.is_alpha)
    assert first.pos_ == "VERB"
    assert first.dep_ == "ROOT"


def _uses_blis(nlp) -> set[bool]:
    return {
        bool(getattr(node.ops, "use_blis", False))
        for _name, pipe in nlp.pipeline
        for node in getattr(pipe, "model", None).walk()
        if hasattr(pipe, "model")
    }


def test_pipelines_run_on_numpy_blas_with_blis_output(monkeypatch) -> None:
    from gapcheck.extract.model import model_path, register_tokenizer
    from gapcheck.nlp import spacy_load

    register_tokenizer()
    fast = spacy_load(model_path())
    assert _uses_blis(fast) == {False}
    monkeypatch.setenv("GAPCHECK_BLIS", "1")
    blis = spacy_load(model_path())
    assert _uses_blis(blis) == {True}
    texts = [
        "Experience with Python, Kubernetes and CI/CD pipelines.",
        "Strong written and verbal communication skills in English.",
        "You will lead a team of five engineers and manage the budget.",
    ]
    for a, b in zip(fast.pipe(texts), blis.pipe(texts), strict=True):
        assert [(e.start, e.end, e.label_) for e in a.ents] == [
            (e.start, e.end, e.label_) for e in b.ents
        ]
        assert abs(a.tensor - b.tensor).max() < 1e-3
