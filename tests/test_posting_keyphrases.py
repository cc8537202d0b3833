"""Round 9 of issue 15: key phrases of essential lines no known skill names
(:mod:`gapcheck.extract.posting_keyphrases`), rule by rule, then on the judged sets."""

from __future__ import annotations

from gapcheck.extract.posting_filter import rules_only
from gapcheck.extract.posting_keyphrases import SOURCE, object_span
from gapcheck.extract.posting_terms import asked_mentions
from gapcheck.extract.taxonomy import load_taxonomy
from gapcheck.parse import parse_posting
from gapcheck.records import Document, Mention, Posting


def _posting(text: str) -> Posting:
    return parse_posting(Document("p.txt", "txt", text))


def _object(phrase: str) -> str | None:
    span = object_span(phrase, 0, len(phrase))
    return None if span is None else phrase[span[0] : span[1]]


def _phrases(text: str, mentions: list[Mention] | None = None) -> list[str]:
    """The key phrases gapcheck adds to ``mentions`` of ``text`` (no skill model)."""
    with rules_only():
        found = asked_mentions(mentions or [], _posting(text), load_taxonomy())
    return [m.text for m in found if m.source == SOURCE]


def test_an_object_phrase_loses_its_lead_in_and_its_qualifier() -> None:
    assert _object("working with NHS regulatory bodies") == "NHS regulatory bodies"
    assert _object("manage their own case load") == "case load"
    assert _object("coordinating care in a clinical area") == "coordinating care"
    assert _object("Legally entitled to work") is None  # nothing a resume shows
    assert _object("Oral & Nasal Suctioning") == "Oral & Nasal Suctioning"
    assert _object("children, young people & parents") == "children"


def test_no_object_from_a_purpose_a_generic_noun_a_verb_or_a_cut_list() -> None:
    for phrase in (
        "to meet service need",
        "Innovative new roles",
        "ensure",
        "contributing",
        "Based",
        "developing scalable",
        "building high-performing",
        "a wide range of tasks and duties",
        "inform, engage and involve audiences",
    ):
        assert _object(phrase) is None, phrase


def test_the_title_names_its_registered_profession_with_its_specialism() -> None:
    text = "Senior Clinical Psychologist - Band 8a\n\nWe are recruiting.\n"
    assert _phrases(text) == ["Clinical Psychologist"]
    text = "Static Musculoskeletal Physiotherapist - Band 5\n\nWe are recruiting.\n"
    assert _phrases(text) == ["Musculoskeletal Physiotherapist"]
    assert _phrases("Finance Manager\n\nWe are recruiting.\n") == []


def test_a_short_bullet_under_an_asking_lead_in_is_asked_whole() -> None:
    text = (
        "Support Worker\n\nEssential Experience Required\n\n* Oral & Nasal Suctioning\n"
        "\nIn return for your hard work you will receive:\n\n- Confirmed rotas\n"
        "- Excellent rates of pay\n"
    )
    assert _phrases(text) == ["Oral & Nasal Suctioning"]


def test_the_object_of_an_ability_asked_is_a_term_not_anothers() -> None:
    text = (
        "Dental Officer\n\nRequirements:\n\n"
        "- You must be able to travel across the county in the delivery of care.\n"
        "- Good knowledge of the clinical trials process is essential.\n"
        "- We have over 20 years experience in managing hospital banks.\n"
        "- Volunteer drivers support patients who are able to walk unaided.\n"
    )
    assert _phrases(text) == ["travel", "clinical trials process"]


def test_a_long_span_on_an_essential_line_is_cut_to_its_object() -> None:
    text = (
        "Director of Finance\n\nEssential criteria:\n\n"
        "- Experience of working with NHS regulatory bodies.\n"
    )
    at = text.index("working with")
    span = Mention(at, len(text) - 2, text[at : len(text) - 2], "SKILL", source="model")
    assert _phrases(text, [span]) == ["NHS regulatory bodies"]


def test_working_in_a_team_is_teamwork_where_the_sentence_asks_it() -> None:
    asked = (
        "Support Worker\n\nTo join us you will be:\n\n"
        "- Enthusiastic about working as part of a dedicated team\n"
    )
    with rules_only():
        found = asked_mentions([], _posting(asked), load_taxonomy())
    # the line also asks a quality of the candidate ("Enthusiastic about ..."), a term
    # of its own since round 10's asked traits (posting_traits: Optimism)
    kept = [m.canonical for m in found if m.source == SOURCE]
    assert kept == ["Teamwork", "Optimism"]
    told = (
        "Support Worker\n\nRequirements:\n\n"
        "- An opportunity to join and work within our friendly ward teams.\n"
    )
    with rules_only():
        found = asked_mentions([], _posting(told), load_taxonomy())
    assert not any(m.canonical == "Teamwork" for m in found)


def test_a_paragraph_that_offers_then_asks_is_read_as_asking() -> None:
    from gapcheck.extract import REQUIRE, _hint

    line = (
        "The finance team have a great opportunity for you to register with us. You "
        "will be an experienced professional who will undertake forecasting."
    )
    assert _hint("about", line) == REQUIRE  # hard skills kept, no soft one
    assert _hint("about", "We have a great opportunity for you to join us.") is None


def test_a_long_span_naming_a_known_skill_inside_is_that_skill() -> None:
    text = (
        "Director of Finance\n\nEssential criteria:\n\n"
        "- Experience of working successfully at Board level.\n"
    )
    at = text.index("working")
    end = text.index(".\n", at)
    span = Mention(at, end, text[at:end], "SKILL", source="model")
    with rules_only():
        found = asked_mentions([span], _posting(text), load_taxonomy())
    assert [(m.text, m.canonical) for m in found if m.source == SOURCE] == [
        ("at Board level", "Board-level leadership")
    ]


# Round 9, key-phrase precision: what the key phrases took that was no requirement.


def test_no_object_of_generic_heads_verbs_adverbs_or_particles() -> None:
    for phrase in (
        "situations",  # a generic head alone
        "a wide range of activities",
        "other platforms",
        "perform routine tasks",  # a generic verb, modifier and head
        "meet specified targets",
        "similar setting",
        "participate",  # a generic verb alone
        "manage",
        "work effectively",  # an adverb says how well; "work" is left
        "work efficiently",
        "set out",  # a verb that lost its object
        "work towards",
        "post go-live periods",  # a time noun
    ):
        assert _object(phrase) is None, phrase
    assert _object("a care setting") == "care setting"
    assert _object("work autonomously") == "work autonomously"  # a way of working
    assert _object("speak Welsh") == "speak Welsh"
    assert _object("complex discharge planning") == "complex discharge planning"


def test_a_compound_modifier_is_not_cut_and_the_employers_own_is_no_ask() -> None:
    assert _object("evidence based interventions") == "evidence based interventions"
    assert _object("person centred care") == "person centred care"
    assert _object("based clinical interventions") is None
    assert _object("our dispensaries") is None


def test_experience_the_post_gives_is_not_asked() -> None:
    text = (
        "Pharmacist\n\nRequirements:\n\n"
        "- If you want to broaden your experience of hospital pharmacy, apply.\n"
        "- You will also gain experience in aseptic services.\n"
        "- Experience of clinical audit.\n"
    )
    assert "hospital pharmacy" not in _phrases(text)
    assert "aseptic services" not in _phrases(text)
    assert "clinical audit" in _phrases(text)


def test_the_titles_profession_loses_brackets_grades_and_unknown_acronyms() -> None:
    for title, profession in (
        ("CYPMHS (CAMHS) Nurse/OT/Social Worker", "Nurse"),
        ("Part-Time Social Worker", "Social Worker"),
        ("UHP Staff Nurse Roles", "Staff Nurse"),
        ("Preceptorship Staff Nurse", "Staff Nurse"),
        ("Foundation Pharmacist +EDC", "Pharmacist"),
        ("Specialist MSK Podiatrist (Band 6)", "MSK Podiatrist"),  # MSK is known
    ):
        assert _phrases(f"{title}\n\nWe are recruiting.\n") == [profession], title


def test_teamwork_needs_an_ask_right_before_the_team_wording() -> None:
    def teamwork(sentence: str) -> bool:
        text = f"Pharmacist\n\nRequirements:\n\n- {sentence}\n"
        with rules_only():
            found = asked_mentions([], _posting(text), load_taxonomy())
        return any(m.canonical == "Teamwork" for m in found)

    assert teamwork("The ideal candidate must enjoy working as part of a busy team.")
    assert teamwork("You will need the ability to work within a team.")
    assert not teamwork(
        "You will be joining a team of experienced Pharmacists and you will work "
        "as part of the multidisciplinary team."
    )
    # round 12: the person sought "to work as part of" a team is asked team working,
    # as every NHS gold set lists it (posting_keyphrases._TEAM_PART)
    assert teamwork(
        "We are looking for reliable staff who may have some experience, to work "
        "as part of our friendly and growing team."
    )


def test_references_and_vetting_are_the_hiring_process() -> None:
    text = (
        "Nurse Practitioner\n\nEssential criteria:\n\n"
        "- Provide satisfactory references\n"
        "- Undertake a police vetting application\n"
        "- Experience of clinical audit\n"
    )
    assert _phrases(text) == ["clinical audit", "Nurse Practitioner"]


def test_a_bullet_under_a_must_lead_in_is_asked() -> None:
    # "must" in the lead-in pattern was written with backspace characters, so it
    # never matched
    text = "Support Worker\n\nApplicants must:\n\n* Oral & Nasal Suctioning\n"
    assert _phrases(text) == ["Oral & Nasal Suctioning"]
