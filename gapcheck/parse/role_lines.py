"""Lines of an experience section put back together before roles are read: a
date range wrapped or read line by line, a header wrapped in two cells or cut after
a separator; and which lines carry a role's dates."""

from __future__ import annotations

import re
from collections.abc import Callable

from gapcheck.parse.bullets import is_bullet
from gapcheck.parse.dates import DateSpan, dangling_range, find_span
from gapcheck.parse.lines import name_words, wrap_width
from gapcheck.parse.parts import _titled, drop_places, split_parts
from gapcheck.parse.role_headers import glued_tail
from gapcheck.parse.sections import Line

#: A page footer or header: "Jane Doe | Résumé 1 | February 10, 2026", "Page 2 of 3".
_FOOTER = re.compile(
    r"(?i)\b(?:r[ée]sum[ée]|curriculum vitae|cv)\b\s*(?:[|·•-]\s*)?(?:page\s*)?\d"
    r"|\bpage\s+\d+(?:\s+of\s+\d+)?\b"
)


#: Abbreviations whose dot ends no sentence: "Inc.", "Sr.", "Jr.", "Co.", dotted
#: initials ("ACME S.A.", "Philips N.V.", "U.S.") and a capital initial alone ("Y.
#: Hata & Co.", "J. Crew": a sentence ends on a word, not on one capital letter).
ABBREV = re.compile(
    r"\b(Inc|Ltd|Corp|Co|Sr|Jr|St|Dr|Mr|Ms|Mrs|No|Assoc|Asst|Dept|(?:[A-Z]\.)*[A-Z])\."
)


#: A preposition before a lone date: the date is a sentence's ("launched in 2018",
#: "by 2020"), not a role's.
_SENTENCE_DATE = re.compile(
    r"(?i)\b(?:in|by|during|until|till|before|after|around|circa)\s*$"
)


def role_span(line: Line) -> DateSpan | None:
    if is_bullet(line.text) or _FOOTER.search(line.text):
        return None
    span = find_span(line.text)
    if span is None:
        return None
    rest = (line.text[: span.begin] + " " + line.text[span.finish :]).strip()
    if span.start != span.end and glued_tail(line.text, span) is not None:
        return span  # a header whose role text runs on after the dates
    lone = span.start == span.end or span.text.strip().isdigit()
    plain = ABBREV.sub(r"\1", rest)  # "Bridgevine, Inc. (acquired ...)", "Sr. Analyst"
    # a sentence ends on a full stop; "Applied Data Trends, Inc.<TAB>Dec 2016" on an
    # abbreviation's
    if lone and (len(rest.split()) > 12 or plain.endswith(".")):
        return None  # a lone date only counts on a short line, not in a sentence
    if lone and _SENTENCE_DATE.search(line.text[: span.begin]):
        return None  # "new product launch in 2018": a wrapped sentence's date
    if len(rest.split()) > 16:
        return None
    if len(rest.split()) >= 6 and re.search(r"\w[.!?](?:\s+[A-Z(]|\s*$)", plain):
        return None  # "Prepared bulletins ... policies. July 2007-August 2013"
    return span


def join_dangling(lines: list[Line]) -> list[Line]:
    """Rewrite "June 2020 – Title" over "Present Did things" (a dates column read
    line by line) as "June 2020 – Present Title" over "Did things"."""
    out = _join_split_range(list(lines))
    width = wrap_width(out)
    out = _join_pairs(out, _open_header)
    # a page break may fall inside a wrapped header, a blank line between its halves
    out = _join_pairs(
        out, lambda a, b: _wrapped_cell_header(a, b, width), across_blank=True
    )
    out = _join_pairs(
        out, lambda a, b: _left_cell_wrapped(a, b, width), across_blank=True
    )
    out = _join_wrapped_range(out)
    for i in range(len(out) - 1):
        first, second = out[i], out[i + 1]
        if first.blank or second.blank:
            continue
        found = dangling_range(first.text, second.text)
        if found is None:
            continue
        head, tail = found
        end = second.text[:tail].strip()
        text = f"{first.text[:head].strip()} {end} {first.text[head:]}"
        out[i] = Line(first.index, text, first.start, first.end)
        out[i + 1] = Line(
            second.index, second.text[tail:], second.start + tail, second.end
        )
    return out


def _join_wrapped_range(lines: list[Line]) -> list[Line]:
    """ "Accountant | Acme | Mar 2016" over "- Present", "Aug 2016 - Dec" over
    "2018": a range wrapped at the end of a line, moved whole onto that line (the
    next line keeps what follows the range, or goes when nothing does)."""
    out: list[Line] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        dash = nxt is not None and nxt.text[:1] in "-–—"  # "- Present"
        if nxt is None or line.blank or nxt.blank or (is_bullet(nxt.text) and not dash):
            out.append(line)
            i += 1
            continue
        cells = _join_wrapped_cells(line, nxt)
        if cells is not None:
            out.append(cells)
            i += 2
            continue
        joined = f"{line.text} {nxt.text}"
        cut = len(line.text)
        span = find_span(joined, single=False)
        if (
            span is None
            or find_span(line.text, single=False) is not None
            or not span.begin < cut < span.finish - 1
        ):
            out.append(line)
            i += 1
            continue
        rest = joined[span.finish :].strip()
        out.append(Line(line.index, joined[: span.finish], line.start, line.end))
        if rest:
            taken = len(nxt.text) - len(rest)
            out.append(Line(nxt.index, rest, nxt.start + taken, nxt.end))
        i += 2
    return out


def _join_wrapped_cells(line: Line, nxt: Line) -> Line | None:
    """A header and its dates, each wrapped in a cell of its own ("Engineer, Acme,
    Inc. (acquired by<TAB>Mar 2017 – Sep" over "Updater)<TAB>2018"): one line, the
    header's two pieces then the whole range, else None."""
    if "\t" not in nxt.text or is_bullet(nxt.text):
        return None
    left, right = (p.strip() for p in nxt.text.rsplit("\t", 1))
    joined = f"{line.text} {right}"
    cut = len(line.text)
    span = find_span(joined, single=False)
    if (
        span is None
        or not left
        or find_span(line.text, single=False) is not None
        or find_span(left) is not None
        or not span.begin < cut < span.finish - 1
        or span.finish < len(joined) - 1
    ):
        return None
    head = line.text[: span.begin].rstrip(" \t,")
    text = f"{head} {left}\t{joined[span.begin : span.finish]}"
    return Line(line.index, text, line.start, line.end)


#: A header line cut after a separator ("Developer | Polarity /" over "Hyperhyper |
#: Jul 2024 - Present").
_OPEN_END = re.compile(
    r"\s[/|&]$|,$"
    # "Student Developer | Google Summer of" over "Code | Jun 2014 - Jul 2014"
    r"|[|,].*\s(?:of|and|for|the|at|in)$"
)


def _open_header(line: Line, nxt: Line) -> Line | None:
    """A short line that ends on a separator, without dates, joined to the line of
    dates under it (the header goes on there), else None."""
    if (
        line.blank
        or nxt.blank
        or is_bullet(line.text)
        or is_bullet(nxt.text)
        or len(line.text.split()) > 12
        or not _OPEN_END.search(line.text.rstrip())
        or find_span(line.text) is not None
        or role_span(nxt) is None
    ):
        return None
    text = f"{line.text.rstrip()} {nxt.text.strip()}"
    return Line(line.index, text, line.start, line.end)


def _wrapped_cell_header(line: Line, nxt: Line, width: int) -> Line | None:
    """A "Title | Organisation | Dates" header wrapped inside a cell ("3D Graphics
    & Simulation Developer Intern | Vital" over "Mechanics | Jan 2018 - Apr 2018"):
    one line, the two halves of the cut cell joined by a space, else None.

    ``line`` has no dates and fills the column (the next line's first word would
    not have fitted, ``width`` being the section's full-line length); ``nxt`` holds
    the role's dates after a first cell of one to four words that is no place, and
    either ``line`` is cut into cells by the same bar or that cell goes on in lower
    case ("... Architect - Digital" over "eCommerce | Acme | Jan 2010 - ...")."""
    if line.blank or nxt.blank or is_bullet(line.text) or is_bullet(nxt.text):
        return None
    span = role_span(nxt)
    if span is None or find_span(line.text) is not None or line.text.endswith("|"):
        return None
    head = nxt.text[: span.begin]
    if "|" not in head:
        return None
    cell = head.split("|", 1)[0].strip()
    words = [w for w in cell.split() if w not in ("-", "–", "—", "&")]
    if not 1 <= len(words) <= 4 or _only_place(cell):
        return None
    barred = re.search(r"\s\|\s", line.text) is not None
    if not (barred or cell[:1].islower()):
        return None
    if len(line.text) + 1 + len(words[0]) <= 0.8 * width or len(line.text.split()) > 14:
        return None
    text = f"{line.text} {nxt.text}"
    return Line(line.index, text, line.start, nxt.end)


def _left_cell_wrapped(line: Line, nxt: Line, width: int) -> Line | None:
    """A header's left cell wrapped beside its dates cell, the dates moved whole
    onto the second line by the reader ("Enterprise Automation Technology
    Architect, Southern California" over "Edison<TAB>Jan 2017 – Present"): one
    line, else None. ``nxt`` is one to four capitalised words and the dates alone
    after a tab; ``line`` fills the column, has no dates and runs on after a comma."""
    if line.blank or nxt.blank or is_bullet(line.text) or "\t" not in nxt.text:
        return None
    left, right = (p.strip() for p in nxt.text.rsplit("\t", 1))
    words = left.split()
    span = find_span(right, single=False)
    if (
        span is None
        or (right[: span.begin] + right[span.finish :]).strip(" ,;:-–|")
        # the name's last words, maybe a note in brackets ("Development Company
        # (NDA)")
        or not 1 <= len(words) <= 4
        # a dash or "&" inside the name ("Trust - Cardiology") is no word of it
        or not name_words([w for w in words if w not in ("-", "–", "—", "&")])
        or find_span(line.text) is not None
        or find_span(left) is not None
        or "," not in line.text
        or not line.text[:1].isupper()  # the wrapped end of a bullet
        or _titled(left)  # "Software Engineer<TAB>dates": a role of its own
        or re.search(r"[.,;:!?]$", line.text)
        or len(line.text.split()) > 14
        or len(line.text) + 1 + len(words[0]) <= 0.8 * width
        or _only_place(left)
        # "Fremtind — Oslo, Norge" over "Frontend-utvikler<TAB>dates": a line
        # ending on a place after a spaced dash is a header of its own
        or _DASH_PLACE.search(line.text)
    ):
        return None
    return Line(line.index, f"{line.text} {left}\t{right}", line.start, nxt.end)


_NAME = r"[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,2}"
#: "Org — City, Country": an organisation, a spaced dash, a place of two names.
_DASH_PLACE = re.compile(rf"\S\s+[-–—]\s+{_NAME}, {_NAME}$")


def _only_place(text: str) -> bool:
    """ "Austin, TX", "Remote": a cell naming a place only."""
    return not drop_places(split_parts(text))


def _join_pairs(
    lines: list[Line],
    join: Callable[[Line, Line], Line | None],
    *,
    across_blank: bool = False,
) -> list[Line]:
    """``lines`` with each pair of lines that ``join`` joins replaced by its line
    (with ``across_blank``, also a pair with one blank line between them, which goes:
    a page break inside the wrapped line)."""
    out: list[Line] = []
    i = 0
    while i < len(lines):
        joined = join(lines[i], lines[i + 1]) if i + 1 < len(lines) else None
        step = 2
        if (
            joined is None
            and across_blank
            and i + 2 < len(lines)
            and lines[i + 1].blank
            and not lines[i].blank
        ):
            joined, step = join(lines[i], lines[i + 2]), 3
        out.append(lines[i] if joined is None else joined)
        i += 1 if joined is None else step
    return out


_CONNECTOR = re.compile(r"(?i)^(?:to|-|–|—|through|until|till)$")


def _join_split_range(lines: list[Line]) -> list[Line]:
    """ "September 2013" / "to" / "November 2015" (a range read line by line) as one
    line; the two lines joined to it are left out."""
    out: list[Line] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if i + 2 < len(lines) and _CONNECTOR.match(lines[i + 1].text):
            third = lines[i + 2]
            joined = f"{line.text} {lines[i + 1].text} {third.text}"
            lone = find_span(line.text)
            span = find_span(joined, single=False)
            if (
                lone is not None
                and lone.finish == len(line.text)
                and span is not None
                and span.begin == lone.begin
                and span.finish >= len(joined) - len(third.text) + 1
            ):
                out.append(Line(line.index, joined, line.start, third.end))
                i += 3
                continue
        out.append(line)
        i += 1
    return out


def _only_dates(text: str) -> bool:
    """A line that is a date range and nothing else ("03/2019 - 12/2021")."""
    span = find_span(text, single=False)
    return span is not None and not (text[: span.begin] + text[span.finish :]).strip(
        " \t-–—|,"
    )


def _opens_entry(line: Line, prev: Line | None) -> bool:
    """A line that opens an entry: capitalised, no bullet, first in the section or
    after an entry's text (a bullet, a wrapped bullet, a sentence)."""
    text = line.text
    if is_bullet(text) or not text[:1].isupper():
        return False
    if prev is None:
        return True
    before = prev.text
    return is_bullet(before) or before[:1].islower() or before.rstrip().endswith(".")


def join_dates_column(lines: list[Line]) -> list[Line]:
    """A dates column read apart from its entries: two or more lines that are only
    date ranges, then as many entries without dates (up to the next dated line).
    Each range goes, in order, to the end of its entry's first line ("Head of
    Product<TAB>01/2022 - Current"); the dates lines are left blank. Anything else
    is left as it is."""
    out = list(lines)
    i = 0
    while i < len(out):
        run: list[int] = []  # the dates lines, blank lines between them allowed
        j = i
        while j < len(out) and (out[j].blank or _only_dates(out[j].text)):
            if not out[j].blank:
                run.append(j)
            j += 1
        if len(run) < 2:
            i = j + 1 if j == i else j
            continue
        heads: list[int] = []
        prev: Line | None = None
        m = j
        while m < len(out):
            line = out[m]
            if not line.blank:
                if find_span(line.text) is not None:
                    break
                if _opens_entry(line, prev):
                    heads.append(m)
                prev = line
            m += 1
        if len(heads) == len(run):
            for d, h in zip(run, heads, strict=True):
                head, dates = out[h], out[d]
                text = f"{head.text}\t{dates.text}"
                out[h] = Line(head.index, text, head.start, head.end)
                out[d] = Line(dates.index, "", dates.start, dates.start)
        i = j
    return out
