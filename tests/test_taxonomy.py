"""The taxonomy: schema validation, lookups, the compiled matcher, the importers."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gapcheck.errors import TaxonomyError
from gapcheck.extract.importers import import_esco, import_onet, run_import
from gapcheck.extract.lookup import lookup_term
from gapcheck.extract.matcher import TaxonomyMatcher
from gapcheck.extract.taxonomy import (
    describe_taxonomy,
    load_taxonomy,
    validate_taxonomy,
)
from gapcheck.records import CATEGORIES
from tests.conftest import require_shared

HEADER = "# gapcheck-taxonomy 1\nname\tkind\tcategory\taliases\tbroader\timplies\n"
SMALL = """\
Programming languages\tdomain\ttechnical\t\t\t
JavaScript\ttechnology\ttechnical\tJS|ECMAScript|java script\tProgramming languages\t
TypeScript\ttechnology\ttechnical\tTS\tProgramming languages\tJavaScript
Angular\ttechnology\ttechnical\t\t\tTypeScript
Node.js\ttechnology\ttechnical\tNodeJS\t\tJavaScript
Project management\tmethod\tleadership\tmanaging projects\t\t
Data analysis\tmethod\tproblem-solving\t\t\t
# a comment line
CI/CD\tmethod\ttechnical\tcontinuous integration\t\t

Team leadership\tsoft\tleadership\tled a team\t\t
Version control\tmethod\ttechnical\tSCM\t\t
Supply chain management\tdomain\ttechnical\tSCM\t\t
"""


def write(tmp: Path, body: str, name: str = "fam.tsv", header: str = HEADER) -> Path:
    path = tmp / name
    path.write_text(header + body, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def builtin():
    return load_taxonomy()


@pytest.fixture(scope="module")
def matcher(builtin):
    return TaxonomyMatcher.from_taxonomy(builtin)


def found(matcher: TaxonomyMatcher, text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.canonical) for m in matcher.match_text(text)]


# -- schema validation ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "problem", "line"),
    [
        ("Python\tlanguage-ish\ttechnical\t\t\t\n", "unknown kind", 3),
        ("Python\ttechnology\ttech\t\t\t\n", "unknown category", 3),
        ("Python\ttechnology\ttechnical\t\tCoding\t\n", "broader 'Coding'", 3),
        ("Python\ttechnology\ttechnical\t\t\tCoding\n", "implies 'Coding'", 3),
        (
            "A\tmethod\ttechnical\t\t\t\nB\tmethod\ttechnical\t\t\t\n"
            "a\ttool\ttechnical\t\t\t\n",
            "duplicate name 'a'",
            5,
        ),
        (
            "A\tmethod\ttechnical\t\t\t\nB\tmethod\ttechnical\ta\t\t\n",
            "alias 'a' of 'B' is the canonical name",
            4,
        ),
        (
            "A\tmethod\ttechnical\t\t\tB\nB\tmethod\ttechnical\t\t\tC\n"
            "C\tmethod\ttechnical\t\t\tA\n",
            "cycle in implies",
            None,
        ),
        ("A\tmethod\ttechnical\t\t\tA\n", "lists itself", 3),
        ("A\tmethod\ttechnical\t\t\t\textra\n", "columns, the header has 6", 3),
        ("A method technical\n", "column(s)", 3),
    ],
)
def test_schema_errors_name_file_line_problem_and_fix(tmp_path, body, problem, line):
    path = write(tmp_path, body)
    with pytest.raises(TaxonomyError) as info:
        load_taxonomy(path)
    message = str(info.value)
    assert problem in message
    where = f"{path}:{line}" if line else str(path)
    assert message.startswith(where)
    assert info.value.fix and "\n" not in message and "[E200]" in message


def test_wrong_schema_version_and_header(tmp_path):
    bad_version = write(
        tmp_path,
        "A\tmethod\ttechnical\n",
        "v.tsv",
        HEADER.replace("taxonomy 1", "taxonomy 2"),
    )
    with pytest.raises(TaxonomyError, match=r"v\.tsv:1: schema version 2"):
        load_taxonomy(bad_version)
    no_magic = write(
        tmp_path, "A\tmethod\ttechnical\n", "m.tsv", HEADER.split("\n", 1)[1]
    )
    with pytest.raises(TaxonomyError, match=r"m\.tsv:1: line 1 is not"):
        load_taxonomy(no_magic)
    header = write(tmp_path, "", "h.tsv", "# gapcheck-taxonomy 1\nname\tkind\n")
    with pytest.raises(TaxonomyError, match=r"h\.tsv:2: header is name/kind"):
        load_taxonomy(header)


def test_manifest_missing_family_file_and_bad_json(tmp_path):
    (tmp_path / "taxonomy.toml").write_text(
        'schema_version = 1\nname = "t"\n[families]\nfam = "Fam"\nghost = "Ghost"\n'
    )
    write(tmp_path, SMALL)
    with pytest.raises(TaxonomyError, match=r"family .ghost. is listed but ghost\.tsv"):
        load_taxonomy(tmp_path)
    bogus = tmp_path / "x.json"
    bogus.write_text('{"skills": []}')
    with pytest.raises(TaxonomyError, match="not a compiled gapcheck taxonomy"):
        load_taxonomy(bogus)
    with pytest.raises(TaxonomyError, match="taxonomy not found"):
        load_taxonomy(tmp_path / "nope")


def test_validate_collects_every_problem(tmp_path):
    path = write(tmp_path, "A\tmethod\ttechnical\t\tX\t\nB\tmethod\ttechnical\t\tY\t\n")
    problems = validate_taxonomy(path)
    assert [p.problem.split(" of ")[0] for p in problems] == [
        "broader 'X'",
        "broader 'Y'",
    ]
    assert validate_taxonomy(write(tmp_path, SMALL, "ok.tsv")) == []


# -- the Taxonomy object -------------------------------------------------------------


def test_lookups_relations_and_round_trip(tmp_path):
    tax = load_taxonomy(write(tmp_path, SMALL))
    assert len(tax) == 11
    assert tax.get("js").name == "JavaScript"
    assert tax.get("  JAVASCRIPT ").name == "JavaScript"
    assert tax.get("nothing") is None
    assert tax.implied("Angular") == {"TypeScript", "JavaScript"}  # transitive
    assert tax.implied("JavaScript") == set()
    assert tax.broader("TypeScript") == ("Programming languages",)
    assert tax.narrower("Programming languages") == ("JavaScript", "TypeScript")
    skill = tax.get("Team leadership")
    assert (skill.type, skill.category, skill.label) == (
        "soft",
        "leadership and initiative",
        "SKILL",
    )
    assert tax.get("Node.js").to_dict()["aliases"] == ["NodeJS"]
    assert tax.families == {"fam": "Fam"}
    compiled = tmp_path / "compiled.json"
    compiled.write_text(tax.to_json())
    again = load_taxonomy(compiled)
    assert [s.to_dict() for s in again.skills] == [s.to_dict() for s in tax.skills]


def test_shared_alias_is_ambiguous_not_an_error(tmp_path):
    tax = load_taxonomy(write(tmp_path, SMALL))
    assert tax.ambiguous == {"scm": ("Version control", "Supply chain management")}
    assert tax.get("SCM") is None
    assert TaxonomyMatcher.from_taxonomy(tax).match_text("SCM and git") == []


def test_load_is_cached_until_the_file_changes(tmp_path):
    path = write(tmp_path, SMALL)
    first = load_taxonomy(path)
    assert load_taxonomy(path) is first
    write(tmp_path, SMALL + "Extra skill\tmethod\ttechnical\t\t\t\n")
    import os

    os.utime(path, (1, 1))
    assert len(load_taxonomy(path)) == len(first) + 1


def test_builtin_taxonomy_is_valid_broad_and_covers_all_categories(builtin):
    info = describe_taxonomy()
    assert info.valid and info.skills == len(builtin) >= 3000
    assert len([f for f in info.families if f.skills]) >= 15
    assert set(info.by_category) == set(CATEGORIES)
    soft = {s.category for s in builtin if s.family == "soft_skills"}
    assert soft == set(CATEGORIES[1:])


def test_lookup_term_name_alias_phrase_and_ambiguity(tmp_path):
    assert lookup_term("k8s").skill.name == "Kubernetes"
    assert lookup_term("k8s").matched_as == "alias"
    react = lookup_term("React")
    assert "JavaScript" in react.implied and react.broader
    phrase = lookup_term("led a team and presented to stakeholders")
    assert phrase.matched_as == "text" and len(phrase.mentions) == 2
    scm = lookup_term("SCM", write(tmp_path, SMALL))
    assert not scm.found and set(scm.candidates) == {
        "Version control",
        "Supply chain management",
    }


# -- the matcher ---------------------------------------------------------------------


def test_case_aliases_and_punctuation_variants(matcher):
    text = "node js, Node.js and NodeJS; java script; CI/CD and CI CD; JAVASCRIPT; k8s"
    assert found(matcher, text) == [
        ("node js", "Node.js"),
        ("Node.js", "Node.js"),
        ("NodeJS", "Node.js"),
        ("java script", "JavaScript"),
        ("CI/CD", "CI/CD"),
        ("CI CD", "CI/CD"),
        ("JAVASCRIPT", "JavaScript"),
        ("k8s", "Kubernetes"),
    ]


def test_plurals_and_word_order(matcher):
    got = dict((c, t) for t, c in found(matcher, "Built REST APIs and databases."))
    assert got == {"REST APIs": "REST APIs", "Databases": "databases"}
    text = "Managed multiple projects, analyzed customer data and solved problems."
    assert found(matcher, text) == [
        ("Managed multiple projects", "Project management"),
        ("analyzed customer data", "Data analysis"),
        ("solved problems", "Problem solving"),
    ]
    verb_object = matcher.match_text("managed three projects")[0]
    assert verb_object.label == "SKILL" and verb_object.score < 1.0


def test_verb_phrase_soft_skills(matcher):
    text = "Led a team of 5, presented to stakeholders and worked closely with sales."
    got = {m.canonical: m for m in matcher.match_text(text)}
    assert set(got) >= {"Team leadership", "Presentation skills", "Collaboration"}
    assert got["Team leadership"].category == "leadership and initiative"
    assert got["Presentation skills"].category == "communication and presentation"
    assert got["Collaboration"].type == "soft"


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("Go to market with the new plan.", [], ["Go"]),
        ("Backend services in Go and Python.", ["Go", "Python"], []),
        (
            "Excel in a fast-paced team.",
            ["Fast-paced environment"],
            ["Microsoft Excel"],
        ),
        ("Proficient in Excel and Word.", ["Microsoft Excel", "Microsoft Word"], []),
        ("Every word counts in spring.", [], ["Microsoft Word", "Spring"]),
        ("Java with Spring and Hibernate", ["Java", "Spring", "Hibernate"], []),
        ("Statistical programming in R.", ["R"], []),
        ("Plan B and grade C results.", [], ["C"]),
        ("net revenue grew by 20%", [], [".NET"]),
        ("Built .NET services", [".NET"], []),
        ("I like ruby red shoes", [], ["Ruby"]),
        ("The rest of the team", [], ["REST APIs"]),
        ("A solid understanding of SOLID principles", ["SOLID principles"], []),
        ("REST and GraphQL APIs", ["REST APIs", "GraphQL"], []),
        ("Swift and Kotlin for iOS apps", ["Swift", "Kotlin"], []),
        # "Epic": the health-record system beside clinical words, never user stories
        (
            "Document assessments, interventions and outcomes in Epic.",
            ["Epic Systems"],
            ["User stories"],
        ),
        ("It was an Epic year for the team.", [], ["Epic Systems", "User stories"]),
        ("Break epics into user stories in Jira.", ["User stories", "Jira"], []),
        ("Create an epic for the release.", ["User stories"], ["Epic Systems"]),
        # office cue words count for office tools only
        ("Northwind Parcel · Seattle (2 days in office)", [], ["Parcel"]),
        ("MS Office suite: Word, Excel and Access", ["Microsoft Access"], []),
        # "SoC" (system on chip) is not a security operations centre
        ("Partner with SoC providers.", [], ["Security operations"]),
        ("Experience in a SOC with SIEM tools", ["Security operations"], []),
        # a sales pipeline is not a CI/CD one
        ("Build pipeline through outbound prospecting.", [], ["CI/CD"]),
        ("Modern front-end build pipelines", ["JavaScript build tools"], ["CI/CD"]),
        # the context is a tool, or a method of the digital fields, not any field's
        ("Midwest Cold Storage, Aurora, IL", [], ["Amazon RDS"]),
        ("PostgreSQL on Aurora", ["Amazon RDS"], []),
        ("Machine learning with R", ["R"], []),
        # "telemetry" on a ward is cardiac monitoring, in software observability
        ("Nurse on busy medical-surgical and telemetry units", [], ["Observability"]),
        ("Collect telemetry with OpenTelemetry", ["Observability"], []),
    ],
)
def test_ambiguous_aliases_need_case_and_context(matcher, text, present, absent):
    canonicals = [c for _t, c in found(matcher, text)]
    assert all(p in canonicals for p in present), canonicals
    assert not any(a in canonicals for a in absent), canonicals


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # the second part of a hyphenated word is not a word of its own
        ("Scalable event-driven microservices", ["Microservices"], ["Initiative"]),
        ("A highly motivated engineer", ["Initiative"], []),  # "driven": no alias
        ("react-redux and angular-ngrx", ["Redux", "NgRx"], []),  # tools stay
        ("Non-Danish speakers welcome", [], ["Danish"]),
        ("Non-functional requirements", ["Requirements engineering"], []),
        # "manage data pipelines" is data engineering, not a sales pipeline
        ("Create and manage data pipelines", ["Data engineering"], []),
        ("Create and manage data pipelines", [], ["Pipeline management"]),
        ("Managed three large projects", ["Project management"], []),
        ("Raspberry Pi and Arduino prototypes", ["Raspberry Pi", "Arduino"], []),
    ],
)
def test_words_are_read_in_their_compound(matcher, text, present, absent):
    canonicals = [c for _t, c in found(matcher, text)]
    assert all(p in canonicals for p in present), canonicals
    assert not any(a in canonicals for a in absent), canonicals


def test_longest_match_wins_and_labels(matcher):
    ms = matcher.match_text("Spring Boot and Google Cloud Platform")
    assert [(m.text, m.canonical, m.label) for m in ms] == [
        ("Spring Boot", "Spring Boot", "KNOWLEDGE"),
        ("Google Cloud Platform", "Google Cloud Platform", "KNOWLEDGE"),
    ]
    assert all(m.source == "taxonomy" and m.category == CATEGORIES[0] for m in ms)


def test_find_on_a_spacy_doc_gives_offsets_into_its_text(matcher):
    import spacy

    doc = spacy.blank("en")("Docker,\nKubernetes and Terraform")
    ms = matcher.find(doc)
    assert [doc.text[m.start : m.end] for m in ms] == [
        "Docker",
        "Kubernetes",
        "Terraform",
    ]


def test_verb_object_stops_at_full_stops_and_conjunctions(matcher):
    assert found(matcher, "We integrated it with our products. Data is key.") == []
    got = found(matcher, "programming languages and distributed systems")
    assert (
        "programming languages and distributed systems",
        "Systems programming",
    ) not in got
    assert found(matcher, "Managed projects. Analyzed data.") == [
        ("Managed projects", "Project management"),
        ("Analyzed data", "Data analysis"),
    ]
    assert found(matcher, "Deployed Node.js.") == [("Node.js", "Node.js")]


def test_verb_object_needs_a_verb_reading(matcher):
    assert found(matcher, "market access for community enterprises") == []
    assert found(matcher, "Manage projects end to end") == [
        ("Manage projects", "Project management")
    ]
    assert found(matcher, "You will manage multiple projects") == [
        ("manage multiple projects", "Project management")
    ]
    assert found(matcher, "management of projects") == [
        ("management of projects", "Project management")
    ]


def test_no_match_across_lines_or_commas(matcher):
    assert "Spring Boot" not in [c for _t, c in found(matcher, "Spring\nBoot")]
    assert found(matcher, "project, management") == []


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=200))
def test_matcher_never_crashes_and_offsets_slice(matcher, text):
    for m in matcher.match_text(text):
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start : m.end] == m.text
        assert m.canonical and m.label in ("SKILL", "KNOWLEDGE")


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "Python",
                "led",
                "a",
                "team",
                ",",
                "\n",
                "Go",
                "node",
                ".",
                "js",
                "C",
                "#",
                "managed",
                "projects",
                "the",
                "CI",
                "/",
                "CD",
                "R",
                "&",
                "D",
                "-",
                " ",
            ]
        ),
        max_size=30,
    )
)
def test_matcher_on_skill_like_token_soup(matcher, words):
    text = " ".join(words)
    for m in matcher.match_text(text):
        assert text[m.start : m.end] == m.text


# -- importers -----------------------------------------------------------------------


def test_onet_importer_on_a_small_file(tmp_path):
    src = tmp_path / "Technology Skills.txt"
    src.write_text(
        "O*NET-SOC Code\tExample\tCommodity Code\tCommodity Title\tHot Technology\t"
        "In Demand\n"
        "11-1011.00\tMicrosoft Excel\t43232110\tSpreadsheet software\tY\tY\n"
        "13-2011.00\tMicrosoft Excel\t43232110\tSpreadsheet software\tY\tN\n"
        "15-1252.00\tPython\t43232402\tObject or component oriented development "
        "software\tY\tN\n",
        encoding="utf-8",
    )
    tax, skipped = import_onet(src)
    excel = tax.get("Microsoft Excel")
    assert skipped == 0 and len(tax) == 4  # 2 tools + 2 commodity domains
    assert excel.broader == ("Spreadsheet software",) and excel.kind == "tool"
    assert excel.tags == ("hot-technology", "in-demand")
    assert tax.get("Spreadsheet software").kind == "domain"


def test_importers_reject_wrong_files(tmp_path):
    csv_file = tmp_path / "skills_en.csv"
    csv_file.write_text("conceptType,preferredLabel\nx,y\n", encoding="utf-8")
    with pytest.raises(TaxonomyError, match=r"not ESCO.s skills_en\.csv.*altLabels"):
        import_esco(csv_file)
    with pytest.raises(TaxonomyError, match="not O\\*NET's Technology Skills"):
        import_onet(csv_file)
    binary = tmp_path / "b.txt"
    binary.write_bytes(b"Example\tCommodity Title\n\xff\xfe\x00bad\n")
    with pytest.raises(TaxonomyError, match="not a UTF-8 text file"):
        import_onet(binary)
    with pytest.raises(TaxonomyError, match="unknown taxonomy source"):
        run_import("wikipedia", csv_file)


@pytest.fixture(scope="module")
def onet_json(tmp_path_factory):
    src = require_shared("onet-29.2", "Technology Skills.txt")
    out = tmp_path_factory.mktemp("onet") / "onet.json"
    return run_import("onet", src, out)


def test_onet_importer_on_the_shared_file(onet_json):
    assert onet_json.skills > 8000 and onet_json.by_kind["tool"] > 8000
    tax = load_taxonomy(onet_json.output)
    excel = tax.get("Microsoft Excel")
    assert "hot-technology" in excel.tags and excel.broader == ("Spreadsheet software",)
    data = json.loads(Path(onet_json.output).read_text())
    assert data["format"] == "gapcheck-taxonomy" and data["families"] == {
        "onet": "O*NET technology skills"
    }
    ms = TaxonomyMatcher.from_taxonomy(tax).match_text("Reports in Microsoft Excel")
    assert [m.canonical for m in ms] == ["Microsoft Excel"]


@pytest.mark.slow
def test_esco_importer_on_the_shared_file(tmp_path):
    src = require_shared("esco-v1.1.1", "skills_en.csv")
    result = run_import("esco", src, tmp_path / "esco.json")
    assert result.skills > 13000
    assert set(result.by_kind) == {"method", "domain", "soft"}
    tax = load_taxonomy(result.output)
    skill = tax.get("show initiative")
    assert skill.kind == "soft" and skill.category == "leadership and initiative"
    assert "transversal" in skill.tags and "take the initiative" in skill.aliases
    assert all(
        a.casefold() not in {s.name.casefold() for s in tax} for a in skill.aliases
    )
