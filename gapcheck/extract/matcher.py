"""The compiled taxonomy matcher: text or spaCy ``Doc`` -> taxonomy ``Mention``s.

The taxonomy is compiled once into hash tables keyed by normalized token sequences
(:mod:`gapcheck.extract.matchkeys`): lowercase pieces, separators and articles
dropped, the last word plural-stemmed. So "Node.js", "NodeJS" and "node js" meet,
as do "CI/CD" and "CI CD", "APIs" and "API". Method and soft skills named
"noun + nominalisation" also match their verb-object form within a small window:
"managed multiple projects" ~ Project management, "analyzed data" ~ Data analysis,
when the first word reads as a verb (see ``_reads_as_verb``) and no full stop, line
break, "and"/"or" or passive "by" stands between them.

Ambiguous aliases (see ``README.md`` of the taxonomy, "Matching"):

* aliases of one or two characters ("R", "C", "Go", "QA") match case-sensitively;
* single letters and ordinary English words that are also tool names ("Go",
  "Swift", "Ruby", "Spring", "Word", "Excel", "R"...) also need a technical
  context: within ``CONTEXT_WINDOW`` tokens, a mention of a tool or technology, or
  of a technical method of the digital families (``_is_technical_context``), or a
  cue word ("programming", "framework", "proficient"...; a few words have cues of
  their own or against, ``SENSE_CUES`` and ``AGAINST_CUES``). A sentence-initial
  match followed by a lowercase word ("Go to market") is rejected.

Longest match wins on overlaps. No parser, no lemmatizer, no spaCy model needed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import lru_cache
from typing import TYPE_CHECKING, Any, NamedTuple

from gapcheck.extract.match_context import (
    _ADJECTIVAL,
    _GAP_STOP,
    _MODE_CASED,
    _MODE_GATED,
    _MODE_PLAIN,
    _PLAIN,
    _PREFIXES,
    _TOOL_KINDS,
    _VERBAL,
    AMBIGUOUS_WORDS,
    MAX_TOKENS,
    VERB_OBJECT_GAP,
    _employer_at,
    _hyphen_prefix,
    _in_context,
    _is_technical_context,
    _object_at,
    _reads_as_verb,
    _select,
)
from gapcheck.extract.matchkeys import (
    ARTICLES,
    SEPARATORS,
    is_nominal,
    piece,
    roots,
    stem,
    tokens,
)
from gapcheck.records import Mention

if TYPE_CHECKING:
    from gapcheck.extract.taxonomy import Skill, Taxonomy


class _Entry(NamedTuple):
    skill: int  # index into skills
    mode: int  # _MODE_*
    surface: tuple[str, ...]  # original token texts, for cased/gated modes
    canonical: bool  # the skill's own name (wins over an alias on a collision)
    dotted: bool = False  # the name starts with a dot (".NET"): any case matches


def _alias_keys(alias: str) -> tuple[list[str], list[str], list[str]]:
    """(pieces, original word tokens, keys) of one name or alias.

    Keys: the spaced form ("node js") and, when words are joined by separators
    without spaces ("Node.js", "CI/CD", "e-mail"), the joined form ("nodejs").
    """
    if _PLAIN.fullmatch(alias):  # fast path: words and single spaces only
        plain = [w for w in alias.split(" ") if w not in ARTICLES]
        lowered = [w.lower() for w in plain]
        return lowered, plain, [" ".join(lowered)]
    toks = tokens(alias)
    pieces: list[str] = []
    words: list[str] = []
    joined: list[str] = []
    prev_end = -1
    glue = False
    for start, end, text in toks:
        p = piece(text)
        if not p:
            glue = glue or (text in SEPARATORS and start == prev_end)
            prev_end = end
            continue
        pieces.append(p)
        words.append(text)
        if glue and joined and start == prev_end:
            joined[-1] += p
        else:
            joined.append(p)
        glue = False
        prev_end = end
    keys = [" ".join(pieces)]
    if len(joined) != len(pieces):
        keys.append(" ".join(joined))
    return pieces, words, keys


@lru_cache(maxsize=1)
def _acronym_words() -> frozenset[str]:
    """corpora/acronym_words.txt (training/wordlist/acronym_words.py): acronyms
    that real text mostly writes in lowercase as ordinary words; empty if missing."""
    from gapcheck.paths import corpora_dir

    try:
        text = (corpora_dir() / "acronym_words.txt").read_text(encoding="utf-8")
    except OSError:
        return frozenset()
    return frozenset(
        line.split("\t", 1)[0] for line in text.splitlines() if line[:1].isalpha()
    )


def _mode(pieces: list[str], surface: str = "") -> int:
    compact = "".join(pieces)
    if len(compact) == 1 or " ".join(pieces) in AMBIGUOUS_WORDS:
        return _MODE_GATED
    if len(compact) <= 2:
        return _MODE_CASED
    if surface.isupper() and surface.isalpha() and compact in _acronym_words():
        return _MODE_CASED  # "RADIUS" as written, never "a 15 radius of the site"
    return _MODE_PLAIN


class TaxonomyMatcher:
    """A taxonomy compiled for matching. Build it with :meth:`from_taxonomy`."""

    def __init__(
        self,
        skills: tuple[Skill, ...],
        index: dict[str, list[_Entry]],
        stem_index: dict[str, list[_Entry]],
        verbs: dict[str, dict[str, list[tuple[tuple[str, ...], int]]]],
        max_tokens: int,
    ) -> None:
        self.skills = skills
        self.index = index
        self.stem_index = stem_index
        #: verb root -> first object word -> [(object words, skill index)]
        self.verbs = verbs
        self.max_tokens = max_tokens
        #: every proper prefix of a key: a phrase is only extended along these
        self.prefixes = {
            " ".join(parts[:k])
            for key in (*index, *stem_index)
            for parts in [key.split(" ")]
            for k in range(1, len(parts))
        }

    @classmethod
    def from_taxonomy(
        cls, taxonomy: Taxonomy, vocab_or_nlp: Any = None
    ) -> TaxonomyMatcher:
        """Compile ``taxonomy``. ``vocab_or_nlp`` is accepted for spaCy symmetry; the
        matcher keys on its own normalized tokens, so any tokenizer works."""
        skills = taxonomy.skills
        index: dict[str, list[_Entry]] = {}
        stem_index: dict[str, list[_Entry]] = {}
        verbs: dict[str, dict[str, list[tuple[tuple[str, ...], int]]]] = {}
        longest = 1
        for i, skill in enumerate(skills):
            for surface in (skill.name, *skill.aliases):
                if surface.casefold() in taxonomy.ambiguous:
                    continue
                pieces, words, keys = _alias_keys(surface)
                if not pieces:
                    continue
                longest = max(longest, len(pieces))
                entry = _Entry(
                    i,
                    _mode(pieces, surface),
                    tuple(words),
                    surface == skill.name,
                    surface.startswith("."),
                )
                for key in keys:
                    index.setdefault(key, []).append(entry)
                    if skill.kind == "soft":  # "initiatives" are not "Initiative"
                        continue
                    parts = key.rsplit(" ", 1)
                    parts[-1] = stem(parts[-1])
                    stem_index.setdefault(" ".join(parts), []).append(entry)
                if skill.kind in ("method", "soft") and 2 <= len(pieces) <= 4:
                    head, obj = pieces[-1], pieces[:-1]
                    if (
                        is_nominal(head)
                        and all(p.isalpha() and not p.endswith(_VERBAL) for p in obj)
                        and not obj[-1].endswith(_ADJECTIVAL)
                    ):  # not "leading the org" (verb form), not "technical" (adjective)
                        target = (*obj[:-1], stem(obj[-1]))
                        for root in roots(head):
                            by_word = verbs.setdefault(root, {})
                            by_word.setdefault(target[0], []).append((target, i))
        return cls(skills, index, stem_index, verbs, min(longest, MAX_TOKENS))

    # -- matching ----------------------------------------------------------------
    def find(self, doc: Any) -> list[Mention]:
        """Mentions in a spaCy ``Doc`` (offsets into ``doc.text``)."""
        return self.match_text(doc.text)

    __call__ = find

    def match_text(self, text: str) -> list[Mention]:
        """Mentions in ``text``, sorted by offset; longest match wins on overlaps."""
        toks = tokens(text)
        if not toks:
            return []
        pieces = [piece(t[2]) for t in toks]
        for k, (_start, end, tok) in enumerate(toks):  # a full stop ends a phrase
            if tok == "." and (k + 1 == len(toks) or toks[k + 1][0] > end):
                pieces[k] = None
        # breaks[i]: a phrase may not continue from token i-1 to token i
        breaks = [True] + [
            "\n" in text[toks[i - 1][1] : toks[i][0]] for i in range(1, len(toks))
        ]
        candidates = self._literal(toks, pieces, breaks)
        candidates += self._verb_object(toks, pieces, breaks)
        chosen = _select(candidates, len(toks))
        return self._mentions(text, toks, pieces, breaks, chosen)

    def _literal(
        self,
        toks: list[tuple[int, int, str]],
        pieces: list[str | None],
        breaks: list[bool],
    ) -> list[tuple[int, int, int, int, float]]:
        out: list[tuple[int, int, int, int, float]] = []
        index, stem_index, prefixes = self.index, self.stem_index, self.prefixes
        n, longest = len(toks), self.max_tokens
        skills = self.skills
        for i in range(n):
            first = pieces[i]
            if not first:
                continue
            prefix = _hyphen_prefix(toks, pieces, i)  # "event" of "event-driven"
            acc = [first]
            words = [toks[i][2]]
            dotted = (  # ".Net", not "nhs.net"
                i > 0
                and toks[i - 1][2] == "."
                and toks[i - 1][1] == toks[i][0]
                and (i == 1 or toks[i - 2][1] < toks[i - 1][0])
            )
            j = i
            while True:
                key = " ".join(acc)
                hit = self._resolve(index.get(key), words, dotted)
                if hit is None:  # "API" ~ "APIs", "database" ~ "Databases"
                    skey = " ".join([*acc[:-1], stem(acc[-1])])
                    hit = self._resolve(stem_index.get(skey), words)
                if hit is not None and (
                    prefix is None
                    or (prefix not in _PREFIXES and skills[hit[0]].kind != "soft")
                ):  # "react-redux" holds Redux; "event-driven" no Initiative
                    out.append((i, j + 1, hit[0], hit[1], 1.0))
                # extend to the next word token, if some key goes on this way
                if key not in prefixes:
                    break
                j += 1
                while j < n and pieces[j] == "" and not breaks[j]:
                    j += 1
                if j >= n or breaks[j] or not pieces[j] or len(acc) >= longest:
                    break
                acc.append(pieces[j])  # type: ignore[arg-type]
                words.append(toks[j][2])
        return out

    def _resolve(
        self, entries: list[_Entry] | None, words: list[str], dotted: bool = False
    ) -> tuple[int, int] | None:
        """(skill, mode) of the entry these words match; None if none or ambiguous.
        A dotted name (".NET") written after a dot matches in any case (".Net")."""
        if not entries:
            return None
        ok = [
            e
            for e in entries
            if e.mode == _MODE_PLAIN
            or tuple(words) == e.surface
            or (dotted and e.dotted)
        ]
        skills = {e.skill for e in ok}
        if len(skills) == 1:
            return ok[0].skill, max(e.mode for e in ok)
        own = [e for e in ok if e.canonical]
        if len({e.skill for e in own}) == 1:
            return own[0].skill, own[0].mode
        return None

    def _verb_object(
        self,
        toks: list[tuple[int, int, str]],
        pieces: list[str | None],
        breaks: list[bool],
    ) -> list[tuple[int, int, int, int, float]]:
        out: list[tuple[int, int, int, int, float]] = []
        verbs, n = self.verbs, len(toks)
        if not verbs:
            return out
        for i in range(n):
            word = pieces[i]
            if not word or len(word) < 3 or not word.isalpha():
                continue
            tables = [verbs[r] for r in roots(word) if r in verbs]
            if not tables or not _reads_as_verb(i, toks, pieces, breaks):
                continue
            j, gap, hit = i + 1, 0, False
            while j < n and not breaks[j] and gap <= VERB_OBJECT_GAP and not hit:
                q = pieces[j]
                if q is None:
                    break
                if q in _GAP_STOP:  # "programming languages and systems"
                    break
                if q:
                    for table in tables:
                        for target, skill in (
                            *table.get(q, ()),
                            *table.get(stem(q), ()),
                        ):
                            end = _object_at(pieces, breaks, j, target)
                            if end is not None:  # the nearest object wins
                                hit = True
                                if not self._compound(pieces, j, end, skill):
                                    out.append((i, end, skill, _MODE_PLAIN, 0.8))
                    gap += 1
                j += 1
        return out

    def _compound(self, pieces: list[str | None], j: int, end: int, skill: int) -> bool:
        """Whether the word before the object at ``j:end`` makes, with it, the name
        of another skill: "manage data pipelines" is Data engineering work, not
        Pipeline management."""
        if j == 0 or not pieces[j - 1]:
            return False
        words = [p for p in pieces[j - 1 : end] if p]
        for key in (" ".join(words), " ".join([*words[:-1], stem(words[-1])])):
            for table in (self.index, self.stem_index):
                if any(e.skill != skill for e in table.get(key, ())):
                    return True
        return False

    def _mentions(
        self,
        text: str,
        toks: list[tuple[int, int, str]],
        pieces: list[str | None],
        breaks: list[bool],
        chosen: list[tuple[int, int, int, int, float]],
    ) -> list[Mention]:
        technical = [  # where ungated mentions make a tool reading likely
            c[0]
            for c in chosen
            if c[3] != _MODE_GATED and _is_technical_context(self.skills[c[2]])
        ]
        result = []
        for i, j, s, mode, score in chosen:
            skill = self.skills[s]
            start, end = toks[i][0], toks[j - 1][1]
            dotted = (
                i > 0
                and toks[i - 1][2] == "."
                and toks[i - 1][1] == start
                and any(a.startswith(".") for a in (skill.name, *skill.aliases))
            )
            if dotted:
                start -= 1  # ".NET": the dot is part of the name, and unambiguous
            elif mode == _MODE_GATED and not _in_context(
                i, j, toks, pieces, breaks, technical
            ):
                continue
            elif skill.kind in _TOOL_KINDS and _employer_at(toks, pieces, i):
                continue  # "clients at Asana": the company, not its product
            result.append(
                Mention(
                    start=start,
                    end=end,
                    text=text[start:end],
                    label=skill.label,  # type: ignore[arg-type]
                    canonical=skill.name,
                    category=skill.category,
                    type=skill.type,  # type: ignore[arg-type]
                    source="taxonomy",
                    score=score,
                )
            )
        return result


#: Words before "at" that make it "good at X" (a skill) rather than "worked at X".


@lru_cache(maxsize=8)
def _compiled(taxonomy: Taxonomy) -> TaxonomyMatcher:
    return TaxonomyMatcher.from_taxonomy(taxonomy)


def doc_matcher(taxonomy: Taxonomy) -> Callable[[Any], list[Mention]]:
    """``doc -> mentions`` for ``taxonomy`` (compiled once and cached)."""
    return _compiled(taxonomy).find


def match_text(text: str, taxonomy: Taxonomy | None = None) -> list[Mention]:
    """Taxonomy mentions in ``text`` (the built-in taxonomy by default)."""
    if taxonomy is None:
        from gapcheck.extract.taxonomy import load_taxonomy

        taxonomy = load_taxonomy()
    return _compiled(taxonomy).match_text(text)


def mentions_of(
    texts: Iterable[str], taxonomy: Taxonomy | None = None
) -> list[list[Mention]]:
    """Mentions of many texts with one compiled matcher."""
    return [match_text(t, taxonomy) for t in texts]
