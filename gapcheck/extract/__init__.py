"""Skill extraction: text -> :class:`~gapcheck.records.Mention`s.

:func:`get_extractor` returns a cached :class:`Extractor` that combines, for each text:

* the trained skill model (:mod:`gapcheck.extract.model`, source ``"model"``): SKILL
  and KNOWLEDGE spans the way SkillSpan annotates them;
* the taxonomy matcher (:mod:`gapcheck.extract.matcher`, source ``"taxonomy"``), when
  it is installed: known skills with canonical name, category and type; it also names
  the model's spans (canonical) where they overlap;
* optionally (``keywords=True``) noun-phrase keywords (:mod:`gapcheck.extract.keywords`,
  source ``"keyword"``). They are off by default: they are not skills and they cost
  precision (see models/README.md, "Skill model").

Overlapping mentions are merged into one (:func:`.merge.merge_mentions`).
Everything heavy (spaCy, the model) is imported and loaded on first use.
"""

from __future__ import annotations

import dataclasses
import os
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import cache
from typing import TYPE_CHECKING, Any

from gapcheck.extract.context import ASK, NOT_ASKING
from gapcheck.extract.matchkeys import written_as_skill
from gapcheck.extract.merge import merge_mentions
from gapcheck.parse.asking import (
    QUALITY_ASKED,
    QUALITY_OFFERED,
    REQUIREMENT_SECTIONS,
    PostingSection,
)
from gapcheck.parse.bullets import is_bullet
from gapcheck.parse.posting import asks_candidate, worded_importance
from gapcheck.parse.sections import section_at
from gapcheck.records import Mention, Notice, Record, Section

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = [
    "DocumentSkills",
    "Extractor",
    "LineSkills",
    "SkillCount",
    "get_extractor",
    "skills_of_files",
    "skills_of_lines",
]

BATCH_SIZE = 256

#: Taxonomy-only mentions (no model span over them) kept in the output: "confident"
#: (the skill's taxonomy matches were gold spans at least :data:`CONFIDENT` of the time
#: in SkillSpan train), "all", "hard" (hard skills only) or "none". The default and the
#: threshold were chosen on SkillSpan dev (models/README.md, "Skill model").
TAXONOMY_ONLY_DEFAULT = "confident"
CONFIDENT = 0.4
#: Sections whose lines ask for (posting) or show (resume) skills, and sections whose
#: lines do neither: in a document, a line's section says what the line is, where
#: the model alone only sees its words (:meth:`Extractor.extract_document`).
ASKING_SECTIONS = REQUIREMENT_SECTIONS | frozenset(
    {"skills", "experience", "projects", "certifications", "summary", "languages",
     "volunteering"}
)  # fmt: skip
#: Not "contact": the parser reads the first lines of any text as contact details,
#: and a one-line text or a resume's headline may list skills. (A posting's contact
#: and other notes are left out of its terms by :mod:`.posting_terms`.)
NOT_ASKING_SECTIONS = frozenset({PostingSection.BENEFITS, "references"})
#: The hint of a line of a posting's requirement section: it asks (:data:`ASK`), and
#: the taxonomy's hard skills named on it are kept even where the model has no span
#: ("Must hold NMC registration.", "Tools: Oracle, Hyperion, SAP.").
REQUIRE = "require"
#: The hint of a requirement line whose own words say it is required ("The post
#: holder must have the ability to travel..."): the taxonomy's soft skills named on
#: it are kept too, where a reranker judged them alone.
MUST = "must"


class Extractor:
    """Finds skills in texts. Build it with :func:`get_extractor` (cached).

    ``extract(text)`` returns the merged mentions of one text; ``pipe(texts)`` streams
    them for many texts (batched ``nlp.pipe``, constant memory).
    """

    def __init__(
        self,
        taxonomy: Any = None,
        *,
        use_model: bool = True,
        use_taxonomy: bool = True,
        keywords: bool = False,
        taxonomy_only: str = TAXONOMY_ONLY_DEFAULT,
        batch_size: int = BATCH_SIZE,
        model: str | None = None,
        rerank: bool = True,
    ) -> None:
        self.taxonomy = taxonomy
        self.model = model
        self.use_model = use_model
        self.use_taxonomy = use_taxonomy
        self.keywords = keywords
        self.taxonomy_only = taxonomy_only
        self.batch_size = batch_size
        self.rerank = rerank

    # -- components, loaded lazily -------------------------------------------------
    @property
    def nlp(self) -> Any:
        """The spaCy pipeline that tokenizes (and, with the model, tags) texts."""
        return _pipeline(self.use_model, self.model)

    @property
    def matcher(self) -> Callable[[Doc], list[Mention]] | None:
        if not self.use_taxonomy:
            return None
        return _taxonomy_matcher(self.taxonomy, id(self.nlp.vocab))

    @property
    def reranker(self) -> Any:
        """The model's span reranker (:mod:`.rerank`), or None when it has none, or
        reranking is off, or the taxonomy is (its candidates and features include the
        taxonomy's matches)."""
        if not (self.rerank and self.use_model and self.use_taxonomy):
            return None
        from gapcheck.extract.model import load_reranker

        return load_reranker(self.model)

    @property
    def keyword_extractor(self) -> Callable[[Doc], list[Mention]] | None:
        return _keyword_extractor() if self.keywords else None

    # -- extraction ----------------------------------------------------------------
    def extract(self, text: str) -> list[Mention]:
        """Mentions in ``text``, merged, sorted by offset."""
        return next(iter(self.pipe([text])))

    def pipe(
        self,
        texts: Iterable[str],
        batch_size: int | None = None,
        *,
        hints: Iterable[str | None] | None = None,
    ) -> Iterator[list[Mention]]:
        """Merged mentions of each text, in order. ``hints`` (one per text) say
        what a text is when its document knows: :data:`ASK` (a line of a section that
        asks for or shows skills), :data:`NOT_ASKING`, or None (only its words)."""
        for sources, hint in self._sources(texts, batch_size, hints):
            yield self.combine(sources, hint)

    def pipe_sources(
        self,
        texts: Iterable[str],
        batch_size: int | None = None,
        *,
        with_ner: bool = False,
        hints: Iterable[str | None] | None = None,
    ) -> Iterator[dict[str, list[Mention]]]:
        """Mentions of each text per source (``model``, ``taxonomy``, ``keyword``),
        before merging: what evaluation needs to score each source alone. With a
        reranker, ``model`` is the reranked spans; ``with_ner`` adds ``ner``, the
        greedy NER's own (the same as ``model`` without a reranker)."""
        for sources, _hint in self._sources(texts, batch_size, hints, with_ner):
            yield sources

    def _sources(
        self,
        texts: Iterable[str],
        batch_size: int | None,
        hints: Iterable[str | None] | None,
        with_ner: bool = False,
    ) -> Iterator[tuple[dict[str, list[Mention]], str | None]]:
        """:meth:`pipe_sources` with each text's hint, batch by batch (texts are
        streamed, never listed whole)."""
        from spacy.util import minibatch

        from gapcheck.extract.model import doc_mentions
        from gapcheck.extract.rerank import reranked_mentions

        matcher, keywords = self.matcher, self.keyword_extractor
        reranker = self.reranker
        size = batch_size or self.batch_size
        pairs: Iterable[tuple[str, str | None]] = (
            zip(texts, hints, strict=True)
            if hints is not None
            else ((text, None) for text in texts)
        )
        for chunk in minibatch(pairs, size):
            batch_hints = [
                ASK if hint in (REQUIRE, MUST) else hint for _, hint in chunk
            ]
            own_hints = [hint for _, hint in chunk]
            batch = list(self.nlp.pipe((text for text, _ in chunk), batch_size=size))
            found = [matcher(doc) if matcher else [] for doc in batch]
            if reranker is not None:
                model = reranked_mentions(
                    self.nlp, batch, found, reranker, self._precision(), batch_hints
                )
            elif self.use_model:
                model = [doc_mentions(doc) for doc in batch]
            else:
                model = [[] for _ in batch]
            rows = zip(batch, model, found, own_hints, strict=True)
            for doc, spans, taxonomy, hint in rows:
                sources = {
                    "model": spans,
                    "taxonomy": taxonomy,
                    "keyword": keywords(doc) if keywords else [],
                }
                if with_ner:
                    sources["ner"] = (
                        doc_mentions(doc) if reranker is not None else spans
                    )
                yield sources, hint

    def combine(
        self, sources: dict[str, list[Mention]], hint: str | None = None
    ) -> list[Mention]:
        """Merge one text's mentions from all sources into the extractor's output.

        On a line that asks for or shows skills (``hint`` :data:`ASK`, from its
        document's section), a model span holding taxonomy mentions of several
        skills is replaced by them, so each is named ("Current BLS and ACLS
        certification" -> BLS, ACLS certification). Lines read alone (``skills
        --lines``, SkillSpan, which marks such a span whole) keep the model's spans.
        Keeping the hard skills the reranker dropped on such lines too named more
        skills, and ranked the DOCX calibration set worse (row AUC 0.872 -> 0.861)."""
        model = sources.get("model", [])
        found = sources.get("taxonomy", [])
        reranked = self.reranker is not None
        if hint in (ASK, REQUIRE, MUST):
            model = _split_by_taxonomy(model, found)
        taxonomy = [self._taxonomy_only(t, model, reranked) for t in found]
        kept = [t for t in taxonomy if t is not None]
        if hint in (REQUIRE, MUST):
            kept += [
                t
                for t, k in zip(found, taxonomy, strict=True)
                if k is None and (t.type == "hard" or hint == MUST)
            ]
        merged = merge_mentions(model, kept, sources.get("keyword", []))
        return [m for m in merged if written_as_skill(m.text)]  # "It", not IT

    def _precision(self) -> dict[str, tuple[int, int]]:
        from gapcheck.extract.model import taxonomy_precision

        return taxonomy_precision(self.model) if self.use_model else {}

    def _taxonomy_only(
        self, t: Mention, model: list[Mention], reranked: bool
    ) -> Mention | None:
        """``t`` as it may enter the merge, or None. A taxonomy mention overlapping a
        model span only names it; one alone is dropped when a reranker has judged it,
        else kept according to ``taxonomy_only``."""
        if any(min(t.end, m.end) > max(t.start, m.start) for m in model):
            return t
        if reranked:
            return None
        mode = self.taxonomy_only
        if mode == "all" or (mode == "hard" and t.type == "hard"):
            return t
        if mode == "confident" and t.canonical:
            hits, matches = self._precision().get(t.canonical, (0, 0))
            if matches and hits / matches >= CONFIDENT:
                return dataclasses.replace(t, score=round(hits / matches, 3))
        return None

    def extract_document(
        self, text: str, sections: Sequence[Section] = ()
    ) -> list[Mention]:
        """Mentions of a whole document, line by line (the model is trained on
        sentences), with offsets into ``text`` and ``section`` from ``sections``."""
        spans = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
        spans = [(s, e) for s, e in spans if text[s:e].strip()]
        result: list[Mention] = []
        lines = (text[s:e] for s, e in spans)
        hints = [_hint(section_at(sections, s), text[s:e]) for s, e in spans]
        found = self.pipe(lines, hints=hints)
        for (start, _end), mentions in zip(spans, found, strict=True):
            for m in mentions:
                section = section_at(sections, start + m.start)
                result.append(
                    dataclasses.replace(
                        m, start=m.start + start, end=m.end + start, section=section
                    )
                )
        return result


_SENTENCE = re.compile(r"(?<=[.!?])\s+")


def _must(line: str) -> str:
    """:data:`MUST` for a requirement line whose words require it or ask a quality
    of the candidate, else :data:`REQUIRE`."""
    if worded_importance(line) == "required":
        return MUST
    asks = QUALITY_ASKED.search(line) and not QUALITY_OFFERED.search(line)
    return MUST if asks else REQUIRE


def _hint(section: str | None, line: str) -> str | None:
    """What ``line`` of ``section`` is: :data:`ASK`, :data:`NOT_ASKING` or None.
    A bullet outside a named section asks too: postings list duties and requirements
    as bullets under headings such as "The role" (read as ``about``)."""
    if section in REQUIREMENT_SECTIONS or section == PostingSection.TITLE:
        # the job title names what the job is: "Midwife", "Podiatrist"
        return _must(line)
    if section == PostingSection.ABOUT and (
        worded_importance(line) or any(map(asks_candidate, _SENTENCE.split(line)))
    ):  # "Applicants must hold NMC registration." in a posting's prose, also after
        # a sentence that offers ("... a great opportunity for you. You will ...")
        return _must(line)
    if section in ASKING_SECTIONS:
        return ASK
    if section in NOT_ASKING_SECTIONS:
        return NOT_ASKING
    return ASK if is_bullet(line.strip()) else None


def _split_by_taxonomy(model: list[Mention], found: list[Mention]) -> list[Mention]:
    """Model spans, each holding taxonomy mentions of two or more skills replaced
    by those (source ``model``, the span's label and score)."""
    out: list[Mention] = []
    for m in model:
        inside = [
            t for t in found if t.canonical and m.start <= t.start and t.end <= m.end
        ]
        if len({t.canonical for t in inside}) >= 2:
            out.extend(
                dataclasses.replace(t, source="model", label=m.label, score=m.score)
                for t in inside
            )
        else:
            out.append(m)
    return out


@cache
def _pipeline(with_model: bool, model: str | None = None) -> Any:
    if with_model:
        from gapcheck.extract.model import load_model

        return load_model(model)
    import spacy

    from gapcheck.extract.model import register_tokenizer

    if register_tokenizer():
        config = {"nlp": {"tokenizer": {"@tokenizers": "gapcheck.tokenizer.v1"}}}
        return spacy.blank("en", config=config)
    return spacy.blank("en")


@cache
def _taxonomy_matcher(
    taxonomy: Any, vocab_id: int
) -> Callable[[Doc], list[Mention]] | None:
    """The taxonomy matcher as ``doc -> mentions``, or None when it is not installed."""
    try:
        from gapcheck.extract import matcher as matcher_module
        from gapcheck.extract.taxonomy import load_taxonomy
    except ImportError:
        return None
    if taxonomy is None or isinstance(taxonomy, str | os.PathLike):
        taxonomy = load_taxonomy(None if taxonomy is None else os.fspath(taxonomy))
    return matcher_module.doc_matcher(taxonomy)


@cache
def _keyword_extractor() -> Callable[[Doc], list[Mention]] | None:
    try:
        from gapcheck.extract.keywords import load_keyword_extractor
    except ImportError:
        return None
    extractor = load_keyword_extractor()
    # keywords need noun chunks: the text is parsed again by the base pipeline
    return lambda doc: extractor.extract(doc.text)


@cache
def get_extractor(taxonomy: Any = None) -> Extractor:
    """The shared :class:`Extractor` for ``taxonomy`` (a ``Taxonomy``, a path to a
    taxonomy file, or None for the built-in one). Cached: call it freely."""
    return Extractor(taxonomy)


# -- what `gapcheck skills` reports ------------------------------------------------


@dataclasses.dataclass(frozen=True)
class SkillCount(Record):
    """One skill of a document with how often, and as what, it was written."""

    name: str  # canonical name, else the text as written (lower-cased)
    count: int
    label: str
    canonical: str | None = None
    category: str | None = None
    type: str | None = None
    texts: tuple[str, ...] = ()  # distinct surface forms, in order of appearance


@dataclasses.dataclass(frozen=True)
class DocumentSkills(Record):
    source: str
    skills: tuple[SkillCount, ...] = ()
    mentions: tuple[Mention, ...] = ()
    warnings: tuple[Notice, ...] = ()  # what reading the file found (ingest)


@dataclasses.dataclass(frozen=True)
class LineSkills(Record):
    line: int  # 1-based
    mentions: tuple[Mention, ...] = ()


def count_skills(mentions: Iterable[Mention]) -> tuple[SkillCount, ...]:
    """Group mentions by canonical skill (else lower-cased text), most frequent
    first."""
    groups: dict[str, list[Mention]] = {}
    for m in mentions:
        groups.setdefault(m.canonical or m.text.lower(), []).append(m)
    counts = []
    for name, group in groups.items():
        first = next((m for m in group if m.canonical), group[0])
        texts = tuple(dict.fromkeys(m.text for m in group))
        counts.append(
            SkillCount(
                name=name,
                count=len(group),
                label=first.label,
                canonical=first.canonical,
                category=first.category,
                type=first.type,
                texts=texts,
            )
        )
    counts.sort(key=lambda c: (-c.count, c.name))
    return tuple(counts)


def skills_of_files(
    paths: Sequence[str], taxonomy: Any = None, *, kind: str = "auto"
) -> list[DocumentSkills]:
    """Read each file (``gapcheck.ingest``), find its sections when the parser is
    installed (parsed as ``kind``: resume, posting or auto), and return its skills
    grouped by canonical name with counts."""
    extractor = get_extractor(taxonomy)
    results = []
    for path in paths:
        text, sections, warnings = _read(path, kind)
        mentions = extractor.extract_document(text, sections)
        counts = count_skills(mentions)
        results.append(DocumentSkills(path, counts, tuple(mentions), warnings))
    return results


def skills_of_lines(lines: Iterable[str], taxonomy: Any = None) -> Iterator[LineSkills]:
    """Each line is one text: stream its mentions (offsets into the line), in order."""
    extractor = get_extractor(taxonomy)
    stripped = (line.rstrip("\r\n") for line in lines)
    for i, mentions in enumerate(extractor.pipe(stripped), start=1):
        yield LineSkills(i, tuple(mentions))


def _read(
    path: str, kind: str = "auto"
) -> tuple[str, tuple[Section, ...], tuple[Notice, ...]]:
    try:
        from gapcheck.ingest import read_document
    except ImportError:
        from pathlib import Path

        from gapcheck.errors import FileNotReadable

        try:
            return Path(path).read_text(encoding="utf-8"), (), ()
        except (OSError, UnicodeDecodeError) as err:
            raise FileNotReadable(
                f"cannot read ({err.__class__.__name__})",
                path=path,
                fix="give a UTF-8 text file",
            ) from err
    document = read_document(path)
    sections: tuple[Section, ...] = ()
    warnings: tuple[Notice, ...] = document.warnings
    try:
        from gapcheck.parse import W_KIND_MISMATCH, parse_document

        record = parse_document(document, kind)  # type: ignore[arg-type]
        sections = tuple(record.sections)
        mismatch = [n for n in record.warnings if n.code == W_KIND_MISMATCH]
        warnings = (*document.warnings, *mismatch)
    except ImportError:
        pass
    return document.text, sections, tuple(warnings)
