"""The rules that keep a resume's words in a skill's sense (issue 16, point 4): one
test per rule of :mod:`gapcheck.score.sense`, :mod:`gapcheck.score.wordforms` and the
alias review of the soft skills. The real pairs they were found on are in
tests/test_evidence_holds.py."""

from __future__ import annotations

import pytest

from gapcheck.records import Section
from gapcheck.score import resolve_taxonomy
from gapcheck.score.sense import (
    addressed_spans,
    describes_thing,
    fields,
    foreign_compound,
    heads_another_skill,
    in_name,
    misread,
    own_sense,
    taken_in,
)
from gapcheck.score.wordforms import (
    family,
    head_family,
    is_verb,
    object_follows,
    plural,
    singular,
    verb_object,
)


def _at(text: str, word: str) -> tuple[int, int]:
    start = text.index(word)
    return start, start + len(word)


@pytest.mark.parametrize(
    ("text", "word", "inside"),
    [
        ("Your Rights Under the Fair Credit Reporting Act", "Reporting", True),
        ("the Fair Credit Reporting Act Consumer reporting", "Reporting", True),
        ("Skills: Financial Reporting, Budgeting, Payroll", "Reporting", False),
        ("Reporting\nMonthly board packs", "Reporting", False),
    ],
)  # fmt: skip
def test_a_skill_inside_a_proper_name_is_no_evidence(
    text: str, word: str, inside: bool
) -> None:
    assert in_name(text, *_at(text, word), "Reporting", resolve_taxonomy()) is inside


def test_a_subject_of_study_or_a_listed_tool_is_no_proper_name() -> None:
    """A degree's subject is written before its school on merged lines; a tool
    after "X and" is a list, not a product of X ("DHR Unity" is)."""
    taxonomy = resolve_taxonomy()
    degree = "BSc : Human Resource Management University College of the Caribbean"
    at = _at(degree, "Human Resource Management")
    assert in_name(degree, *at, "Human resource management", taxonomy)
    assert not misread(degree, *at, "Human resource management", False, taxonomy)
    tools = "in-depth post reporting using Dart DFA and Excel."
    assert not in_name(tools, *_at(tools, "Excel"), "Microsoft Excel", taxonomy)


@pytest.mark.parametrize(
    ("text", "word", "thing"),
    [
        ("Built collaborative editing infrastructure", "collaborative", True),
        ("providing collaborative environment to", "collaborative", True),
        ("Set up a collaborative space for the team", "collaborative", True),
        ("professional and collaborative team player.", "collaborative", False),
        ("Highly collaborative, driven and organised", "collaborative", False),
        ("a collaborative approach to change", "collaborative", False),
        ("Innovative Accountant proficient in reporting systems", "Innovative", False),
        ("developed innovative solutions for clients", "innovative", False),
        ("Proactive problem solver", "Proactive", False),
    ],
)  # fmt: skip
def test_a_soft_skill_classifying_a_system_is_no_evidence(
    text: str, word: str, thing: bool
) -> None:
    assert describes_thing(text, *_at(text, word)) is thing


def test_text_addressed_to_the_reader_is_no_evidence() -> None:
    notice = "You have the right to know what is in your file. " * 6
    resume = "Managed accounts payable and monthly reporting for 3 sites. " * 6
    text = resume + notice
    sections = (
        Section("experience", "Experience", resume, 0, len(resume)),
        Section("awards", "Awards", notice, len(resume), len(text)),
    )
    assert addressed_spans(text, sections) == ((len(resume), len(text)),)
    assert addressed_spans(resume, sections[:1]) == ()


def test_loose_aliases_name_no_skill() -> None:
    """An alias names the skill itself, not a neighbouring task or a word used of
    things ("scheduling" is no planning, "data integrity" no ethics)."""
    taxonomy = resolve_taxonomy()
    loose = {
        "scheduling": "Planning skills",
        "calendar management": "Planning skills",
        "accuracy": "Attention to detail",
        "integrity": "Ethical judgment",
        "consistency": "Reliability",
        "ownership": "Reliability",
        "friendly": "Respectfulness",
        "driven": "Initiative",
        "persistence": "Resilience",
        "determination": "Resilience",
        "presentation": "Presentation skills",
        "excellence": "Quality focus",
    }
    for alias, skill in loose.items():
        found = taxonomy.get(alias)
        assert found is None or found.name != skill, alias
    assert taxonomy.get("planning").name == "Planning skills"
    assert taxonomy.get("calendar management").name == "Scheduling"


@pytest.mark.parametrize(
    ("words", "same"),
    [
        (("negotiation", "negotiated"), True),
        (("negotiation", "negotiations"), True),
        (("management", "managing"), True),
        (("planning", "planned"), True),
        (("management", "manager"), False),
        (("communication", "community"), False),
        (("organisation", "organ"), False),
    ],
)
def test_a_verb_family_holds_its_forms_only(words: tuple[str, str], same: bool) -> None:
    assert (family(words[0]) == family(words[1])) is same


def test_a_head_word_shows_its_skill_in_another_form() -> None:
    assert head_family("negotiation skills") == ("negotiat", False)  # verbs show it
    assert head_family("negotiate") == ("negotiat", True)  # so do its nouns
    assert head_family("planning") is None  # "reported to", "accounted for": no
    assert head_family("accounting") is None
    assert head_family("contract negotiation") is None  # two words: verb and object
    assert verb_object("budget management") == ("manag", "budget")
    assert verb_object("financial management") is None  # an adjective, no object
    assert verb_object("negotiation skills") is None
    assert is_verb("managed") and not is_verb("management")


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("Managed a $2.5M budget.", True),
        ("managed the annual operating budget of the unit", True),
        ("Managed budgets and staff", True),
        ("Managed budget holders across the trust", False),  # a modifier
        ("managed staff, budgets", False),  # another clause
        ("managed relationships with many different budget owners", False),
        ("Managed payroll by checking budget", False),  # a function word between
    ],
)
def test_a_verb_with_its_object_shows_the_skill(text: str, shown: bool) -> None:
    end = text.lower().index("managed") + len("managed")
    assert (object_follows(text, end, "budget") is not None) is shown


def test_a_plural_and_a_singular_are_the_same_wording() -> None:
    assert plural("contract negotiation") == "contract negotiations"
    assert plural("policy") == "policies"
    assert singular("newsletters") == "newsletter"
    assert singular("analysis") == "analysis" and singular("business") == "business"
    assert singular("community services") == "community services"  # a service line


def test_a_posting_form_naming_another_skill_is_not_the_skills() -> None:
    from gapcheck.score.sense import names_another

    taxonomy = resolve_taxonomy()
    assert names_another(taxonomy, "java", "JavaScript")
    assert not names_another(taxonomy, "javascript", "JavaScript")
    assert not names_another(taxonomy, "java", None)  # no skill to compare with
    crisis = taxonomy.get("crisis communications")
    assert taxonomy.get("reputation management") is not crisis  # broader, not it


def test_a_generic_word_in_another_fields_compound_is_no_evidence() -> None:
    """A Java posting's "testing" (its fields name "Software testing") is not shown by
    "A/B Testing" (Experimental design, Statistics); it is where the posting asks
    statistics, and a word with no own sense in the posting is taken generally."""
    taxonomy = resolve_taxonomy()
    java = fields(taxonomy, ["Java", "Software testing"])
    assert own_sense(taxonomy, java, "testing")
    assert not own_sense(taxonomy, java, "maintenance")
    text = "Cloud-native Development, Feature Flags, A/B Testing, Kafka"
    at = _at(text, "Testing")
    assert foreign_compound(text, *at, java, taxonomy)
    assert not foreign_compound(text, *at, fields(taxonomy, ["Statistics"]), taxonomy)
    assert not foreign_compound(text, *at, frozenset(), taxonomy)
    plain = "Unit testing and integration testing of Java services"
    assert not foreign_compound(plain, *_at(plain, "testing"), java, taxonomy)
    # a compound ending an asked skill's name is the posting's own sense, whatever
    # field the taxonomy files it under
    trades = fields(taxonomy, ["Carpentry", "Planned preventative maintenance"])
    line = "performed preventative maintenance across aircraft models"
    at = _at(line, "maintenance")
    assert not foreign_compound(line, *at, trades, taxonomy)


@pytest.mark.parametrize(
    ("text", "word", "canonical", "other"),
    [
        # audit 6 (round 9): an HR function's administration is no clerical support
        ("Conduct benefits administration for 125 employees", "administration",
         "Administrative support", True),
        ("HR Generalist: Benefits/Payroll Administration", "Administration",
         "Administrative support", True),
        ("Provided administration for the ward team", "administration",
         "Administrative support", False),
        # a word of the skill's own name: "financial reporting" is reporting
        ("Compiled periodic financial reporting packages", "reporting", "Reporting",
         False),
        # a soft skill is exercised in any field's work
        ("Led the monthly data analysis for the board", "analysis",
         "Analytical thinking", False),
        ("Delivered sales presentations to clients", "presentations",
         "Presentation skills", False),
    ],
)  # fmt: skip
def test_an_alias_heading_another_skills_name_is_that_skills_work(
    text: str, word: str, canonical: str, other: bool
) -> None:
    """Round 10: the alias "administration" of Administrative support was shown by
    "benefits administration", "payroll administration", "medication
    administration"."""
    taxonomy = resolve_taxonomy()
    assert heads_another_skill(text, *_at(text, word), canonical, taxonomy) is other


def test_a_generic_artefact_or_a_plan_is_no_method_of_its_own() -> None:
    """Evidence audit 5 (round 9): "media flowcharts" implied project management
    through Business process modeling's alias "flowcharts", and "project timelines"
    was shown "via Gantt charts": a timeline is a project plan, drawn in any tool."""
    taxonomy = resolve_taxonomy()
    assert taxonomy.get("flowcharts") is None
    assert taxonomy.get("process flowcharts").name == "Business process modeling"
    assert taxonomy.get("project timelines").name == "Project planning"


@pytest.mark.parametrize(
    ("text", "word", "got"),
    [  # audit 7 (round 10): implied skills read about or met, not done
        (
            "This included reading all government updates on healthcare research "
            "funding, related financial matters and audits.",
            "audits",
            True,
        ),
        (
            "Excelled at partnering with all core business operations to grow",
            "business operations",
            True,
        ),
        ("Stayed current on tax law and payroll changes", "payroll", True),
        # the candidate's own work
        ("Performed SOX audits for 12 clients", "audits", False),
        ("Read and reconciled bank statements", "bank statements", False),
        (
            "Read updates on pensions. Prepared payroll for 300 staff",
            "payroll",
            False,
        ),
        ("Managed business operations with a team of 12", "business operations", False),
    ],
)
def test_an_implying_skill_read_about_or_met_is_no_work(
    text: str, word: str, got: bool
) -> None:
    assert taken_in(text, text.index(word)) is got
