"""What a posting's sections ask of the candidate: the one place that decides it.

The parser names each posting section (:class:`PostingSection`), and from the name
alone follows what its lines are worth: the importance a line has when its words do
not say (:data:`SECTION_IMPORTANCE`), whether its words are asked of the candidate at
all (:data:`ASKING`, :data:`NOT_ASKING`). The extract and score stages read these
sets; they never keep their own.

Below the sections, the **cue table**: every list of words that decides whether a
line, a sentence, a list's lead-in or the words before a term ask something of the
candidate or offer / describe (benefits, training, the employer, a place, how it
selects). Each :class:`Cue` has a kind (:class:`CueKind`) and the span it is read on
(:class:`Scope`); :data:`CUES` lists them all. The parser (``posting``,
``never_asked``, ``sections``) and the extract stage (``extract``, ``posting_terms``,
``posting_where``, ``posting_keyphrases``) read these cues and keep none of their own,
so what counts as asking is changed here (the offer and employer cues live in
:mod:`gapcheck.parse.employer_cues`, imported and listed here).
"""

from __future__ import annotations

from enum import StrEnum
from typing import Literal

from gapcheck.parse.cue import Cue, CueKind, Scope
from gapcheck.parse.cue import cue as _cue
from gapcheck.parse.employer_cues import (
    ABOUT_QUESTION,
    BENEFIT_ITEM,
    COMMITTED,
    EMPLOYER_SUBJECT,
    ENTITY_IS,
    FLEX_OFFERED,
    GAINED,
    GIVES,
    INVITES,
    OFFER_LEAD,
    OFFER_QUESTION,
    OFFERED,
    OURS,
    QUALITY_OFFERED,
    TRAINING_OFFERED,
)

Importance = Literal["required", "preferred", "mentioned"]


class PostingSection(StrEnum):
    """Canonical names of a posting's sections (``Section.name``)."""

    TITLE = "title"
    ABOUT = "about"  # the employer, the team, an overview of the role
    RESPONSIBILITIES = "responsibilities"  # duties: what the job is
    REQUIREMENTS = "requirements"  # essential criteria, minimum qualifications
    PREFERRED = "preferred"  # desirable criteria, preferred qualifications
    BENEFITS = "benefits"  # pay, leave, pension, perks
    CONTACT = "contact"  # who to call, how and when to apply
    OTHER = "other"  # equal opportunity, COVID and visa notes, job facts


#: A requirement line's importance when its own words say neither "must" nor
#: "preferred" (see :func:`gapcheck.parse.posting.importance`).
SECTION_IMPORTANCE: dict[str, Importance] = {
    PostingSection.TITLE: "required",
    PostingSection.REQUIREMENTS: "required",
    PostingSection.PREFERRED: "preferred",
}
#: Sections whose lines are the posting's requirement lines.
REQUIREMENT_SECTIONS = frozenset(
    {PostingSection.RESPONSIBILITIES, PostingSection.REQUIREMENTS,
     PostingSection.PREFERRED}
)  # fmt: skip
#: Posting sections whose words ask something of the candidate.
ASKING = REQUIREMENT_SECTIONS
#: Posting sections whose words are never asked of the candidate: a skill named
#: there (a benefit's "mindfulness training", a contact's job title) is no term.
NOT_ASKING = frozenset(
    {PostingSection.BENEFITS, PostingSection.CONTACT, PostingSection.OTHER}
)


#: Words that make a line required ("must", "essential", "at least").
REQUIRED_WORDS = _cue("required_words", CueKind.ASKS, Scope.LINE)(
    r"\b(?:must|required|requires?|(?<!\bthe\s)(?<!\ba\s)(?<!\bof\s)need(?:ed)?\b|"
    r"needs(?=\s+to\b)|minimum|min\.|at\s+least|"
    r"mandatory|essential|necessary|should\s+have|should\s+be\s+able|will\s+need)\b",
)

#: Words that make a sentence of the posting's prose ask something of the candidate
#: ("You will have...", "Applicants must...", "The post holder will..."): a
#: company's or a ward's description has none of them.
PROSE_ASKS = _cue("prose_asks", CueKind.ASKS, Scope.SENTENCE)(
    r"\b(?:you|your|you'?ll|applicants?|candidates?|post\s*holder|individual|"
    r"successful\s+\w+|right\s+person|ideal\s+\w+|must|need(?:s|ed)?|required|"
    r"requires?|essential|desirable|ideally|preferred|experience[d]?|knowledge|"
    r"skills?|ability|able\s+to|qualifi\w+|registered|registration|licen[cs]e|"
    r"degree|understanding|competen\w+|proficien\w+|familiar\w*|trained|"
    r"responsib\w+|duties|(?:role|post|job)\s+(?:will|involves|includes)|vital|"
    r"crucial|looking\s+for|seeking|will\s+involve)\b",
)

#: Prose that says who the candidate is or must be: "You are a registered nurse with
#: excellent communication skills", "The successful applicant will have...".
CANDIDATE_SUBJECT = _cue("candidate_subject", CueKind.ASKS, Scope.SENTENCE)(
    r"\b(?:you\s+(?:are|have|will\s+(?:have|need|be\s+(?:a|an|able|experienced|"
    r"skilled|confident|proficient))|should|must|need)|(?:the\s+)?(?:ideal|successful|"
    r"right)\s+(?:candidate|applicant|individual|person)|applicants?\s+(?:will|should|"
    r"must|need))\b",
)

#: Prose that says what the candidate has or is, as NHS Jobs adverts write their
#: person specification: "You will have experience of ...", "The successful
#: candidate will be educated to degree level"; not "You will be working at ...",
#: "you will be supported by ...", "The successful candidate will be enrolled ...".
_HAS = (
    r"(?:also\s+)?(?:have(?!\s+(?:the|an?)\s+(?:\w+\s+)?(?:chance|opportunit|role))|"
    r"hold|possess|bring|demonstrate|be\s+(?:an?\s+(?!key\b|point\b|part\b|integral\b)|able|"
    r"educated|qualified|registered|experienced|skilled|competent|confident|"
    r"proficient|familiar|adept|highly|well|comfortable))"
)
CANDIDATE_HAS = _cue("candidate_has", CueKind.ASKS, Scope.SENTENCE)(
    rf"(?<!\bif\s)\b(?:you\s+(?:will|would|should)|(?:ideal|successful)\s+(?:candidate|"
    rf"applicant|individual|person)s?\s+(?:will|would|should)|(?:candidates|"
    rf"applicants)\s+(?:will|should))\s+{_HAS}",
)

#: The employer saying whom it seeks and what they have: "We are looking for an
#: enthusiastic candidate with excellent communication skills", "seeking a
#: practitioner who is ...": a line about the candidate, even among the duties (not
#: "patients who are looking for someone with time to listen").
SOUGHT = _cue("sought", CueKind.ASKS, Scope.SENTENCE)(
    r"(?<!\byou\s)(?<!\byou\sare\s)(?<!\bwho\sare\s)(?<!\bwho\sis\s)"
    r"\b(?:looking\s+for|seeking|recruiting)\s+"
    r"(?:an?\s+|the\s+)?(?:[\w-]+,?\s+){0,5}(?:candidate|individual|person|someone|"
    r"applicant|practitioner|professional|team\s+member)s?\s+(?:with|who)\b",
)

#: A sentence in which the employer says whom it seeks ("We are looking for a
#: motivated nurse", "recruiting for enthusiastic support workers", "The role
#: requires a dynamic individual", "Applications are invited from enthusiastic ...
#: individuals", "A post has arisen for a motivated Band 6 therapist", "in need of a
#: highly motivated colleague"): the qualities on that person are asked
#: (:mod:`gapcheck.extract.posting_traits`).
TRAIT_SEEKS = _cue("trait_seeks", CueKind.ASKS, Scope.SENTENCE)(
    r"\b(?:looking\s+(?:for|to\s+(?:recruit|appoint))|seek(?:s|ing)?|recruit(?:ing)?|"
    r"to\s+appoint|welcome\s+applications\s+from|requires?\s+an?|need\s+an?|"
    r"opportunity\s+for|applications\s+(?:are\s+)?invited\s+from|"
    r"invit\w*\s+applications\s+(?:for|from)|"
    r"(?:has|have)\s+arisen\s+for|in\s+need\s+of)\b",
)

#: The words right before a quality that say the candidate is (to be) it: "You will
#: be self-motivated and", "The candidate must be resourceful", "You are an
#: enthusiastic ...", "Are you dynamic, ...": at most six words between.
TRAIT_IS = _cue("trait_is", CueKind.ASKS, Scope.BEFORE)(
    r"(?:\b(?:you|(?:the\s+)?(?:ideal|successful|right)\s+(?:candidate|applicant|"
    r"individual|person)|candidates?|applicants?|post\s*holder|postholder|"
    r"the\s+individual|who)\s+(?:(?:will|must|should|would|shall)\s+(?:also\s+)?"
    r"(?:need\s+to\s+)?be|need\s+to\s+be|are|is|['’]re)|\bare\s+you|"
    r"\bwho\s+(?:has|have|possess(?:es)?)\s+an?)\s+"  # round 14: "who has a resilient"
    r"(?:[\w-]+,?\s+){0,6}$",
)

#: Nouns of what is asked: "Expertise in Core PHP", "Good knowledge of...".
ASKED_NOUNS = _cue("asked_nouns", CueKind.ASKS, Scope.SENTENCE)(
    r"\b(?:experience[d]?\s+(?:in|with|of)|expertise|knowledge|skills?|ability|"
    r"able\s+to|qualifi\w+|registered|registration|licen[cs]e|degree|"
    r"understanding\s+of|competen\w+|proficien\w+|familiar\w*|trained)\b",
)

#: Who the candidate must be, said so plainly enough to outweigh an offer in the
#: same sentence: "Our ideal candidate will be caring... in return we will develop
#: you", "You must hold...".
CANDIDATE_ASKED = _cue("candidate_asked", CueKind.ASKS, Scope.SENTENCE)(
    r"\b(?:(?:ideal|successful|right)\s+(?:candidate|applicant|individual|person)\s+"
    r"(?:will|should|must|is|has|needs?)|you\s+(?:must|should)\s+(?:have|be|hold)|"
    r"you\s+will\s+(?:need|hold))\b",
)

#: A long lead-in that says who the candidate must be opens the list of what is asked
#: ("The successful candidate will have a strong engagement approach and be able to
#: demonstrate:"); one that names duties opens the duties.
LONG_LEAD_ASKS = _cue("long_lead_asks", CueKind.ASKS, Scope.LEAD_IN)(
    r"\b(?:(?:successful|ideal|right)\s+(?:candidate|applicant|person|individual)s?|"
    r"you\s+(?:will|must|should)\s+(?:need|have|possess|bring|be\s+able)|post\s*holder\s+"
    r"(?:will|must|should)\s+(?:have|need|be\s+able)|able\s+to\s+demonstrate)\b",
)

#: Words that turn a sentence to the candidate: who is sought and what is asked.
TURNS_TO_CANDIDATE = _cue("turns_to_candidate", CueKind.ASKS, Scope.SENTENCE)(
    r"\b(?:you|your|you['’](?:ll|re|ve)|candidates?|applicants?|post[\s-]?holders?|"
    r"postholders?|successful|individuals?|someone|person|people\s+who|must|should|"
    r"essential(?:ly)?|required?|requires?|requirements?|needed|looking\s+for|"
    r"needs?\s+(?:to|a|an|someone|somebody|you|people|staff|candidates?|applicants?)|"
    r"seeking|seek|looking\s+to|ideal(?:ly)?|desirable|preferab(?:le|ly)|ability|able\s+to|"
    r"expect(?:s|ed)?|recruit(?:ing)?|appoint|join|applications?|keen\s+to|experience[d]?\s+(?:in|of|with)|who\s+(?:have|are|"
    r"hold|can|will))\b",
)

#: A line or sentence that asks a quality or team work of the candidate in so many
#: words ("The successful candidate will demonstrate collaboration, compassion",
#: "Key skills in ... stress tolerance", "must be able to work as part of a team").
QUALITY_ASKED = _cue("quality_asked", CueKind.ASKS, Scope.LINE)(
    r"\bskills?\b|\babilit(?:y|ies)\b|\bable to\b|\bsuccessful (?:candidate|applicant)|"
    r"\bideal candidate|\blooking for\b|\bseeking\b|\bqualities\b|\bdemonstrat|"
    r"\byou (?:will|should|must) (?:be|have|bring|show)\b|\bmust\b|\bessential|\bneed|"
    r"\bexperience|\benthusiastic about|\bcommitted to|\bdedicated to|\bwilling|"
    r"\bshould\b|\bwill be (?:a|an)\b",
)

#: The object of an ability or an experience asked on a line.
OBJECT_ASKED = _cue("object_asked", CueKind.ASKS, Scope.BEFORE)(
    r"\b(?:experience|knowledge|understanding|awareness)\s+(?:of|in|with)\s+|"
    r"\b(?:ability|able|willing(?:ness)?|prepared|enough)\s+to\s+",
)

#: The line above a list that says its items are asked ("Essential Experience
#: Required", "To join us you will be:").
LIST_ASKED = _cue("list_asked", CueKind.ASKS, Scope.LEAD_IN)(
    r"essential|required|requirement|criteria|\bmust\b|\bneed|\bshould\b|"
    r"you (?:will|should|must|would) (?:be|have|need|hold|bring)|looking for|"
    r"seeking|ideal candidate|successful (?:candidate|applicant)|person spec|"
    r"experience|skills|knowledge|qualifications?",
)

#: The ask right before the team wording: "the ability to work as part of", "must
#: enjoy working within", "a willingness to work in"; without it "you will work as
#: part of the team" or "... to work as part of our friendly team" says how the job
#: is done, not what is asked ("team players" asks by itself).
TEAM_ASKED = _cue("team_asked", CueKind.ASKS, Scope.BEFORE)(
    r"\b(?:abilit(?:y|ies)|able|willing(?:ness)?|prepared|must|needs?|should|"
    r"enjoys?|expected|requir(?:e|es|ed)|essential|skills?|experience|capable|"
    r"confident|"
    r"comfortable|happy|keen|enthusiastic|committed|dedicated|interested)\b"
    r"(?:\s+[\w-]+){0,3}\s*$",
)

#: Round 12: the candidate, the post or the person sought as the subject right before
#: team words ("the post holder will work as part of", "- To work as part of"): team
#: working said of the candidate in prose (:mod:`gapcheck.extract.posting_keyphrases`).
TEAM_SUBJECT = _cue("team_subject", CueKind.ASKS, Scope.BEFORE)(
    r"(?:\b(?:you|post[\s-]?holders?|postholders?|(?:successful|ideal)\s+(?:candidate|"
    r"applicant|individual|person)s?|candidates?|applicants?|they)\s+(?:will|would|"
    r"must|should|need\s+to)\s+(?:also\s+)?(?:be\s+(?:able\s+to\s+)?)?|"
    r"^\W*(?:\w{1,2}[.)]\s*)?to\s+)$",
)

#: A lead-in naming where the work is asks nothing unless it asks of the
#: candidate ("experience in the following areas:") or heads duties ("Key areas
#: of responsibility:").
WHERE_LEAD_ASKS = _cue("where_lead_asks", CueKind.ASKS, Scope.LEAD_IN)(
    r"\b(?:experience\w*|knowledge|skill\w*|competen\w*|trained|qualified|"
    r"understanding|familiar\w*|proficien\w*|expertise|able|ability|must|"
    r"responsib\w*|dut(?:y|ies)|tasks?|key|include\w*)\b",
)

#: Words that make a line, clause or lead-in ask, outweighing what it gives.
CLAUSE_ASKS = _cue("clause_asks", CueKind.ASKS, Scope.SENTENCE)(
    r"\b(?:must|need\s+to|needs\s+to|will\s+need|able\s+to|ability\s+to|you\s+"
    r"(?:will\s+)?(?:have|hold)|experience\s+(?:of|in)|essential|required|"
    r"should\s+(?:be|have))\b",
)

#: ... and flexibility asked ("a flexible approach", "flexibility is required").
FLEX_ASKED = _cue("flex_asked", CueKind.ASKS, Scope.SENTENCE)(
    r"\b(?:(?:is|are|be)\s+required|must|needs?\s+to|will\s+need|able\s+to|should|"
    r"approach|willing\w*|expect\w*)\b",
)

#: A sentence that puts the candidate or the post to work under a condition, as NHS
#: prose writes rotas, shifts and sites (round 11): "You would be working as part of a
#: Roster", "You may be asked to cover multiple sites", "The successful candidate will
#: be expected to work ... Early and Late shifts", "The position will be operational
#: with a rota", "There is a requirement to work across all sites", "will involve
#: travelling to".
WORK_ASKED = _cue("work_asked", CueKind.ASKS, Scope.SENTENCE)(
    r"(?<!\bif\s)\b(?:(?:you|(?:the\s+)?(?:successful\s+)?(?:candidate|applicant|"
    r"post[\s-]?holder|postholder|job[\s-]?holder|individual|position|post|role))\s+"
    r"(?:will|would|may|must|shall|should|is|are)\s+(?:also\s+)?(?:need\s+to\s+)?"
    r"(?:be\s+(?:asked|required|expected|working|prepared|willing|able)\b|work\b|"
    r"cover\b|involve\b|require\b|include\b|be\s+operational\b)|"
    r"(?:will|may)\s+(?:also\s+)?(?:be\s+)?(?:required|expected)\s+to\b|"
    r"(?:will|may)\s+(?:also\s+)?involve\s+\w+ing\b|"
    r"there\s+(?:is|will\s+be)\s+a\s+requirement\s+to\b)",
)

#: Words that make a line a wish ("preferred", "a plus", "desirable").
PREFERRED_WORDS = _cue("preferred_words", CueKind.PREFERS, Scope.LINE)(
    r"\b(?:preferred|preferably|prefer|a\s+plus|plus\s*[.)]?$|bonus|nice[-\s]to[-\s]have|"
    r"ideally|desirable|desired|advantageous|an\s+advantage|advantage|beneficial|"
    r"good[-\s]to[-\s]have|optional|would\s+be\s+great|"
    r"(?:will|would)\s+strengthen\s+your\s+application)\b",
)

#: "not required", "not essential": a wish at most.
NOT_REQUIRED = _cue("not_required", CueKind.PREFERS, Scope.LINE)(
    r"\bnot\s+(?:required|mandatory|a\s+must|necessary|essential)\b",
)

#: "as required", "where necessary": how often, not an ask.
AS_NEEDED = _cue("as_needed", CueKind.NOT_ASKS, Scope.LINE)(
    r"\b(?:as|where|when|if)\s+(?:needed|required|necessary)\b",
)

#: A relative clause before an ability: someone else's ("patients who are able to").
OTHERS_ABILITY = _cue("others_ability", CueKind.NOT_ASKS, Scope.BEFORE)(
    r"\b(?:who|which|that)\s+(?:are|is|were|was|may\s+be)\s+$|"
    r"\b(?:enabl|allow|help|support|encourag)\w*\s+(?:\w+\s+){1,3}to\s+be\s+$",
)

#: A clause that welcomes applicants rather than asks: "Welsh and/or English
#: speakers are equally welcome to apply", "we welcome applications from ...".
WELCOME = _cue("welcome", CueKind.NOT_ASKS, Scope.SENTENCE)(
    r"\b(?:are\s+(?:equally\s+|all\s+|also\s+)?welcome|welcome\s+to\s+apply|"
    r"we\s+(?:particularly\s+|especially\s+)?welcome|are\s+encouraged\s+to\s+apply)\b",
)

#: A condition of appointment stated anywhere in a posting, closing notes and
#: "Additional information" included: "offers of employment are subject to ... a DBS
#: check", "This post is subject to an enhanced DBS check", "Applicants must have the
#: right to work in the UK", "car drivers are essential" ...
CONDITION = _cue("condition", CueKind.ASKS, Scope.SENTENCE)(
    r"\b(?:subject\s+to|conditional\s+(?:up)?on|dependent\s+(?:up)?on|requires?|required|"
    r"requirement|must|need\s+to\s+(?:have|hold|be)|essential|mandatory)\b",
)
#: ... when it names a check, a licence, a registration or the right to work (a
#: condition naming nothing a candidate holds, "subject to references", asks none).
CHECKED = _cue("checked", CueKind.ASKS, Scope.SENTENCE)(
    r"\b(?:DBS|disclosure\s+and\s+barring|criminal\s+records?\s+(?:check|bureau)|"
    r"barred\s+lists?|right\s+to\s+work|(?:eligib\w+|entitled|permission)\s+to\s+work|"
    r"(?:disclosure|check)\s+of\s+criminal\s+records?|work\s+permit|"
    r"driving\s+licen[cs]e|(?:car\s+)?drivers?|registration|registered\s+with|"
    r"(?:prison\s+|police\s+|security\s+)?vetting|PVG)\b",
)

#: A driving licence asked in other words: "car drivers are essential", "you must be
#: a driver", "the ability to drive" (not "patients who are able to drive").
DRIVER = _cue("driver", CueKind.ASKS, Scope.SENTENCE)(
    r"\b(?:car\s+(?:drivers?|owners?)(?:\s*/\s*(?:car\s+)?(?:owners?|drivers?))?\s+"
    r"(?:is|are)\s+"
    r"(?:essential|required)|(?:must|should|will\s+need"
    r"\s+to)\s+be\s+an?\s+(?:car\s+)?driver\b|(?:(?<!who\sare\s)(?:ability|able)\s+to|"
    r"must\s+be\s+able\s+to)\s+drive(?=\s*(?:[.,;)]|$)|\s+(?:an?|own|trust|vehicles?|"
    r"cars?|between|to|and|or|in\s+the\s+uk)\b))",
)
#: ... unless it is about who pays for the check ("The cost of the DBS must be met by
#: the successful candidate") or holds only if the post needs it ("if the post is
#: subject to the Rehabilitation of Offenders Act ...").
CONDITION_NOT = _cue("condition_not", CueKind.NOT_ASKS, Scope.SENTENCE)(
    r"^(?:the\s+)?(?:cost|fee|charge|payment)s?\s+(?:of|for)\b|"
    r"\bif\s+(?:the|this|your|a)\s+(?:post|role|position|job)\b",
)

#: How the employer selects: "Shortlisted candidates will undertake online
#: psychometric tests", "Interviews may be conducted via Microsoft Teams", "All
#: candidates will be subject to ... reference checks", "apply ... quoting the
#: reference".
HIRING = _cue("hiring", CueKind.SELECTS, Scope.SENTENCE)(
    r"\b(?:shortlist\w*|selection\s+process|interviews?\s+(?:will|may|are)|"
    r"(?:will|may)\s+be\s+subject\s+to|online\s+(?:\w+\s+){0,2}tests?|quoting|"
    r"access\s+your\s+\w+(?:\s+\w+)?\s+records|(?:provide|supply)\s+"
    r"(?:two\s+)?satisfactory\s+references|undertake\s+(?:an?\s+)?(?:full\s+)?"
    r"(?:police\s+)?vetting)",
)

#: "Job Type: Full-time", "Salary: ...": facts about the job, not requirements.
FIELD_LINE = _cue("field_line", CueKind.NOTES, Scope.OPENING)(
    r"^(?:job\s+types?|salary|pay|schedule|application\s+deadline|work\s+remotely|"
    r"location|locatio|expected\s+start\s+date|start\s+date|contract\s+length|"
    r"benefits|shift|company\s+profile|work\s+location|industry|speak\s+with)\s*:",
)

#: Notes on visas, sponsorship and COVID arrangements, closing dates, interviews,
#: equal opportunities and how to apply: conditions and instructions of the
#: employer, not requirements a resume can meet.
NOTE_LINE = _cue("note_line", CueKind.NOTES, Scope.LINE)(
    r"\b(?:tier\s*2|visa|certificate\s+of\s+sponsorship|sponsorship|"
    # COVID as the work's object is a duty, not a note (round 12b): "Undertake
    # Covid-19 swab tests", "COVID vaccinations"
    r"(?:covid|coronavirus)(?![-\s]*(?:19\s*)?(?:swab|test|vaccin|immuni[sz]|screen))|"
    r"pandemic|close\s+(?:this|the)\s+(?:advert|vacancy)|"
    r"closing\s+date|previous\s+applicants|equal\s+opportunit(?:y|ies)\s+employer|"
    r"click\s+(?:the\s+link|here|apply)|interviews?\s+(?:are|is|will|may|to\s+be)\s+"
    r"(?:be\s+)?(?:planned|held|scheduled|conducted|taking\s+place)|"
    r"interview\s+dates?|we\s+look\s+forward\s+to\s+(?:hearing|receiving)|"
    r"meet\s+the\s+person\s+specification\s+in\s+order|"
    r"referees?\b|supporting\s+statement|covering\s+letter|cover\s+letter|"
    r"(?:your\s+)?applications?\s+(?:should|must|will\s+need\s+to)\s+include|"
    r"^contact\s+details\b|^(?:an?\s+)?(?:up[\s-]to[\s-]date\s+)?(?:cv|curriculum\s+vitae)\b|"
    r"^please\s+(?:ensure|apply|read|be\s+aware|check|contact|submit|complete|upload|"
    r"provide|note\s+(?:that\s+)?(?:the|this|we|interviews?|applications?)))\b"
    r"|@\w|\b0\d{3,4}\s?\d{3}\s?\d{3,4}\b",
)


#: Round 11 (clinical recall). The post's own duties told to the candidate in prose:
#: "As a PWP you will support the delivery of ...", "Your main duties will be to
#: collect blood samples", "Responsibilities will include the supervision of junior
#: staff", "You will be responsible for ...". Not what the post gives ("As a member
#: of our team you will be supported / receive / have access to").
POST_DUTIES = _cue("post_duties", CueKind.ASKS, Scope.SENTENCE)(
    r"(?:^\s*as\s+(?:an?|the|our)\s+[^,.;:]{2,60}?,?\s+you\s+will\s+(?!(?:be\s+)?"
    r"(?:supported|given|offered|provided|receive|get|have\s+(?:access|the)|gain|"
    r"benefit|enjoy|join|be\s+part|be\s+joining|be\s+working\s+(?:in|with|alongside)))"
    r"|\b(?:your|the)\s+(?:main\s+|key\s+|primary\s+|principal\s+|core\s+)?"
    r"(?:duties|responsibilities)\s+(?:will\s+(?:be|include|involve)|include|involve)\b"
    r"|^\s*responsibilities\s+(?:will\s+)?include\b"
    r"|\byou\s+will\s+be\s+responsible\s+for\b)",
)

#: A line of a duties list that asks of the person ("- Must be punctual and committed
#: to ..."): its qualities are asked (round 12; :mod:`gapcheck.extract.posting_traits`).
MUST_BE = _cue("must_be", CueKind.ASKS, Scope.OPENING)(
    r"(?:must|should|needs?\s+to)\s+be\b"
)

#: Every cue: the one table of what a posting's words ask, offer or describe.
CUES: tuple[Cue, ...] = (
    SOUGHT,
    TRAIT_SEEKS,
    TRAIT_IS,
    CONDITION,
    CHECKED,
    DRIVER,
    CONDITION_NOT,
    REQUIRED_WORDS,
    PROSE_ASKS,
    CANDIDATE_SUBJECT,
    CANDIDATE_HAS,
    ASKED_NOUNS,
    CANDIDATE_ASKED,
    LONG_LEAD_ASKS,
    TURNS_TO_CANDIDATE,
    QUALITY_ASKED,
    OBJECT_ASKED,
    LIST_ASKED,
    TEAM_ASKED,
    TEAM_SUBJECT,
    WHERE_LEAD_ASKS,
    CLAUSE_ASKS,
    FLEX_ASKED,
    WORK_ASKED,
    PREFERRED_WORDS,
    NOT_REQUIRED,
    AS_NEEDED,
    OTHERS_ABILITY,
    WELCOME,
    OFFERED,
    BENEFIT_ITEM,
    QUALITY_OFFERED,
    INVITES,
    GAINED,
    GIVES,
    OFFER_LEAD,
    OFFER_QUESTION,
    TRAINING_OFFERED,
    FLEX_OFFERED,
    ABOUT_QUESTION,
    EMPLOYER_SUBJECT,
    ENTITY_IS,
    OURS,
    COMMITTED,
    HIRING,
    FIELD_LINE,
    NOTE_LINE,
    POST_DUTIES,
    MUST_BE,
)


def cues(kind: CueKind) -> tuple[Cue, ...]:
    """The cues of one kind."""
    return tuple(c for c in CUES if c.kind == kind)
