"""Noun chunks for a parse with Universal Dependencies labels.

spaCy's English ``noun_chunks`` iterator expects ClearNLP labels (``dobj``, ``pobj``);
gapcheck's parser is trained on UD English EWT (``obj``, ``obl``, ``nmod``), so
``load_base()`` installs this iterator on the vocab and ``doc.noun_chunks`` works.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

#: UD relations whose dependent noun heads a base noun phrase.
NP_LABELS: tuple[str, ...] = (
    "ROOT",
    "root",
    "nsubj",
    "nsubj:pass",
    "nsubj:outer",
    "obj",
    "iobj",
    "obl",
    "obl:npmod",
    "obl:tmod",
    "obl:agent",
    "nmod",
    "nmod:npmod",
    "nmod:tmod",
    "appos",
    "xcomp",
    "list",
    "dep",
    "parataxis",
    "vocative",
    "dislocated",
    "orphan",
)


#: Left dependents that are not part of a noun phrase's text.
SKIP_LABELS: tuple[str, ...] = ("case", "cc", "cc:preconj", "mark", "punct", "advmod")


def noun_chunks(doclike: Doc | Span) -> Iterator[tuple[int, int, int]]:
    """Yield ``(start, end, label)`` of base noun phrases (label ``NP``)."""
    from spacy.symbols import NOUN, PRON, PROPN

    doc = doclike.doc
    if not doc.has_annotation("DEP"):
        raise ValueError(
            "noun_chunks needs a dependency parse: use gapcheck.nlp.load_base() "
            "with its parser enabled"
        )
    strings = doc.vocab.strings
    np_deps = {strings.add(label) for label in NP_LABELS}
    conj = strings.add("conj")
    np_label = strings.add("NP")
    # UD attaches prepositions, conjunctions and punctuation to the noun: not chunk
    skip = {strings.add(label) for label in SKIP_LABELS}
    prev_end = -1
    for word in doclike:
        if word.pos not in (NOUN, PROPN, PRON):
            continue
        if word.left_edge.i <= prev_end:  # no nested chunks
            continue
        head_dep = word.dep
        if head_dep == conj:
            head = word.head
            while head.dep == conj and head.head.i < head.i:
                head = head.head
            head_dep = head.dep
        if head_dep in np_deps:
            start = word.left_edge.i
            while start < word.i and (doc[start].dep in skip or doc[start].is_punct):
                start += 1
            prev_end = word.i
            yield start, word.i + 1, np_label
