"""The taxonomy's breadth beyond software (issue 15): the files derived from ESCO and
O*NET by training/taxonomy/build.py, the acronym senses per field, and real posting
sentences of several sectors that now yield their terms."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from gapcheck.extract.matcher import match_text
from gapcheck.extract.posting_senses import ACRONYMS, acronym_senses
from gapcheck.extract.taxonomy import load_taxonomy
from gapcheck.records import Document
from tests.conftest import load_script, require_shared

ROOT = Path(__file__).resolve().parents[1]
TAXONOMY = ROOT / "corpora" / "taxonomy"
DERIVED = {"esco_breadth": "esco", "onet_tools": "onet"}
FIELDS = {"healthcare", "software", "finance", "education", "public_sector", "business"}


def _recipe() -> Any:
    return load_script(ROOT / "training" / "taxonomy" / "build.py", "taxonomy_build")


def test_the_recipe_rebuilds_the_committed_files_byte_for_byte() -> None:
    """Deterministic: the shared ESCO v1.1.1 and O*NET 29.2 files give exactly the
    committed derived files, and the sidecar names the hashes of those sources."""
    data = require_shared("esco-v1.1.1", "skills_en.csv").parents[1]
    require_shared("onet-29.2", "Technology Skills.txt")
    build = _recipe()
    files = build.build(data, TAXONOMY)
    for name, text in files.items():
        assert (TAXONOMY / name).read_text(encoding="utf-8") == text, name
    meta = json.loads(files["derived.meta.json"])
    assert meta["sha256"]["onet-29.2/Technology Skills.txt"] == build.sha256(
        data / "onet-29.2" / "Technology Skills.txt"
    )


def test_the_sidecar_counts_what_the_files_hold() -> None:
    meta = json.loads((TAXONOMY / "derived.meta.json").read_text(encoding="utf-8"))
    tax = load_taxonomy()
    for family, source in DERIVED.items():
        skills = [s for s in tax if s.family == family]
        assert len(skills) == meta["counts"][f"{family}.tsv"] >= 300
        assert sum(len(s.aliases) for s in skills) == meta["aliases"][f"{family}.tsv"]
        for skill in skills:
            assert source in skill.tags
            assert not any(a.isupper() and len(a) <= 6 for a in skill.aliases), skill
            assert any(t.startswith("field:") for t in skill.tags), skill.name
        header = (TAXONOMY / f"{family}.tsv").read_text(encoding="utf-8")[:400]
        assert f"rules version {meta['rules_version']}" in header
    assert len(meta["sha256"]) == 7 and all(
        len(h) == 64 for h in meta["sha256"].values()
    )


def test_derived_entries_neither_repeat_nor_shadow_the_hand_written_ones() -> None:
    """One entry per concept: no derived name or alias is a name or alias of another
    skill (compared as the matcher compares), and none is left ambiguous."""
    build = _recipe()
    tax = load_taxonomy()
    owners: dict[str, set[str]] = {}
    for skill in tax:
        for label in (skill.name, *skill.aliases):
            owners.setdefault(build.match_key(label), set()).add(skill.name)
    derived = [s for s in tax if s.family in DERIVED]
    for skill in derived:
        for label in (skill.name, *skill.aliases):
            assert owners[build.match_key(label)] == {skill.name}, label
    assert not {
        a
        for a, names in tax.ambiguous.items()
        if set(names) & {s.name for s in derived}
    }
    names = Counter(s.name.casefold() for s in tax)
    assert max(names.values()) == 1


@pytest.mark.parametrize(
    ("label", "kept"),
    [
        ("pharmacology", True),  # a discipline, not an everyday word
        ("eating disorders", True),
        ("resistance", False),  # a plain noun
        ("types of cargo", False),  # a generic opener
        ("hair cutting techniques", False),  # a generic head
        ("energy from sunlight", False),  # a function word: a paraphrase
        ("ERM", False),  # acronyms come from the hand-written files only
        ("CSR", False),
    ],
)
def test_curation_keeps_short_noun_phrases_and_drops_everyday_words(
    label: str, kept: bool
) -> None:
    build = _recipe()
    common = build.read_wordlist(ROOT / "corpora" / "wordlist.txt")
    assert build.label_ok(label, common) is kept


def test_acronym_senses_are_one_per_field_and_name_skills_canonically() -> None:
    rows = [
        line.split("\t")
        for line in ACRONYMS.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith(("#", "acronym\t"))
    ]
    assert all(len(r) == 3 and all(c.strip() == c and c for c in r) for r in rows)
    pairs = Counter((acronym, field) for acronym, field, _ in rows)
    assert max(pairs.values()) == 1  # no conflicting senses in one field
    assert {field for _, field, _ in rows} <= FIELDS | {"*"}
    tax = load_taxonomy()
    for _, _, sense in rows:  # a skill's name or alias, or a plain name: never
        assert sense.casefold() not in tax.ambiguous, sense  # an ambiguous alias
    senses = acronym_senses()
    assert senses["SALT"]["healthcare"] == "Speech-language pathology"
    assert senses["SALT"]["software"] == "SaltStack"
    assert senses["ERP"]["healthcare"] != senses["ERP"]["software"]


def test_an_acronym_is_named_by_the_postings_field() -> None:
    from gapcheck.pipeline import analyse_document
    from gapcheck.score import resolve_taxonomy
    from gapcheck.score.requirements import posting_profile

    def canonicals(text: str) -> set[str]:
        analysis = analyse_document(Document("p.txt", "txt", text), "posting")
        terms = posting_profile(analysis, resolve_taxonomy()).terms
        return {t.canonical or t.name for t in terms}

    nhs = (
        "Speech and Language Therapist\n\nWorking with patients on the ward in our "
        "hospital clinical team.\n\nEssential\n- Experience of SALT assessment of "
        "patients with dysphagia\n"
    )
    ops = (
        "DevOps Engineer\n\nWe build cloud software with Python, Docker and an API "
        "platform.\n\nEssential\n- Configuration management with Ansible or SALT\n"
    )
    assert "SaltStack" not in canonicals(nhs)
    assert "SaltStack" in canonicals(ops)


#: Real posting sentences (NHS Jobs, November 2020, and the shared DOCX postings) and
#: the derived term the matcher now finds in each (the taxonomy of main did not).
SENTENCES = [
    (
        "Successful candidates need to have a Biomedical Science / Medical "
        "Microbiology / Virology or equivalent academic qualification",
        "Biomedical science",
    ),
    (
        "At least 18 months experience of assessment, formulation and evidenced "
        "based psychological interventions",
        "Psychological interventions",
    ),
    ("Supporting with Hydrotherapy", "Hydrotherapy"),
    ("Awareness of Health and Safety at work", "Health and safety"),
    (
        "Working relentlessly to improve the children's class experience and own "
        "knowledge of facilitation, pedagogy and technology.",
        "Pedagogy",
    ),
    (
        "They need to be experienced in the use of electronic communications and be "
        "confident",
        "Electronic communication",
    ),
    (
        "You will have experience in either acute inpatient, admission avoidance or "
        "community-based rehabilitation services.",
        "Community-based rehabilitation",
    ),
    (
        "5 years of product management experience leading consumer "
        "electronics/hardware products.",
        "Consumer electronics",
    ),
    (
        "Ensuring that financial forecasts and modelling are developed, and that "
        "effective risk management arrangements are embedded",
        "Risk management",
    ),
]


@pytest.fixture(scope="module")
def base_taxonomy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The taxonomy without its derived families (what main had)."""
    tmp = tmp_path_factory.mktemp("base-taxonomy")
    for path in TAXONOMY.iterdir():
        if path.suffix in {".tsv", ".toml"}:
            (tmp / path.name).write_bytes(path.read_bytes())
    manifest = tmp / "taxonomy.toml"
    lines = manifest.read_text(encoding="utf-8").splitlines()
    kept = [ln for ln in lines if not ln.startswith(tuple(DERIVED))]
    manifest.write_text("\n".join(kept) + "\n", encoding="utf-8")
    return tmp


@pytest.mark.parametrize(("sentence", "term"), SENTENCES)
def test_real_posting_sentences_of_each_sector_yield_their_terms(
    sentence: str, term: str, base_taxonomy: Path
) -> None:
    assert term in {m.canonical for m in match_text(sentence)}
    base = load_taxonomy(base_taxonomy)
    assert term not in {m.canonical for m in match_text(sentence, base)}
