"""Dates as people write them on resumes, normalized to ``"YYYY-MM"``.

Rules (also in docs/json.md; month names and "present" words of French, Spanish,
Portuguese, Italian, German and Dutch too since round 11):

* a month name, abbreviation ("Mar.", "Sept") or number gives that month;
* a season gives its first month: spring 03, summer 06, fall/autumn 09, winter 12;
  a quarter gives its first month: Q1 01, Q2 04, Q3 07, Q4 10;
* a year alone gives January when it starts a span and December when it ends one
  (``"2019 – 2021"`` is 2019-01 to 2021-12, 36 months);
* placeholder years of a template ("January 20XX - Current") make a span with no
  start or end (``start=None``), so the role is kept and counts no months;
* present, current, now, today, ongoing, "to date", "till date" end a span that is
  still going on (``current=True``, ``end=None``); "Since 2020" / "From 2020" alone
  also means still going on.

Month counts are inclusive: Jan 2020 – Mar 2020 is three months.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

MONTHS: dict[str, int] = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3,
    "apr": 4, "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7,
    "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9, "oct": 10,
    "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}  # fmt: skip
#: Month names of other languages (French, Spanish, Portuguese, Italian, German,
#: Dutch), in full and in their usual abbreviations; none that is an English word
#: before a year ("set", "ago", "mag" are left out).
_OTHER_MONTHS: dict[int, str] = {
    1: "janvier janv enero ene janeiro gennaio genn januar jän jänner januari",
    2: "février fevrier févr fevr febrero feb fevereiro fev febbraio februar februari",
    3: "mars marzo março marco märz mär maart",
    4: "avril avr abril abr aprile",
    5: "mai mayo maio maggio mei",
    6: "juin junio jun junho giugno juni",
    7: "juillet juil julio julho luglio juli",
    8: "août aout agosto",
    9: "septembre septiembre setembro settembre",
    10: "octobre octubre outubro ottobre okt oktober",
    11: "novembre noviembre novembro",
    12: "décembre decembre déc diciembre dic dezembro dicembre dez dezember",
}
for _number, _names in _OTHER_MONTHS.items():
    for _name in _names.split():
        MONTHS.setdefault(_name, _number)
SEASONS: dict[str, int] = {
    "spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 12,
}  # fmt: skip
QUARTERS: dict[str, int] = {"q1": 1, "q2": 4, "q3": 7, "q4": 10}

_YEAR = r"(?:19[5-9]\d|20[0-4]\d)"
_MONTH_NAME = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|"
    r"aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|"
    + "|".join(
        sorted(
            {n for names in _OTHER_MONTHS.values() for n in names.split()},
            key=len,
            reverse=True,
        )
    )
    + ")"
)
_SEASON = r"(?:spring|summer|fall|autumn|winter)"
_MM = r"(?:0?[1-9]|1[0-2])"

#: One date, most specific forms first. Named groups say which form matched.
DATE = (
    r"(?:"
    # "1 Jan 2019", "mayo de 2018", "Mar. 12, 2018"; not a number before a tab
    # ("Century 21<TAB>May 2013": a field gap is no day's space)
    rf"(?:(?<![\d.])(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\.?[^\S\t]+(?=[^\W\d]))?"
    rf"(?P<mname>{_MONTH_NAME})\.?(?:\s+de)?(?:\s+\d{{1,2}}(?:st|nd|rd|th)?,?)?"
    rf"[\s,'’]*(?P<myear>{_YEAR})"
    rf"|(?P<season>{_SEASON})[\s,]+(?P<syear>{_YEAR})"
    rf"|(?P<quarter>q[1-4])[\s,/-]*(?P<qyear>{_YEAR})"
    rf"|(?P<ymy>{_YEAR})(?:[./-]|\s?/\s?)(?P<ymm>{_MM})(?![\d])"
    rf"|(?<![\d/.])(?P<mym>{_MM})[./-](?:(?:0?[1-9]|[12]\d|3[01])[./-])?(?P<myy>{_YEAR})"
    rf"|(?P<year>{_YEAR})"
    r")"
)
CURRENT = (
    r"(?P<current>present|current(?:ly)?|now|today|ongoing|date|"
    r"to\s+date|till\s+date|till\s+now|until\s+now|"
    # other languages: "aujourd'hui", "en cours", "actualidad", "presente", "atual",
    # "oggi", "heute", "heden"
    r"aujourd['’]hui|en\s+cours|actualidad|actualmente|actual|presente|hoy|"
    r"atual(?:mente)?|oggi|in\s+corso|heute|jetzt|laufend|heden|nu)"
)
_SEP = r"\s*(?:[-–—~→]+|\bto\b|\btill\b|\buntil\b|\bthrough\b|\bthru\b)\s*"

DATE_RE = re.compile(rf"(?<![\w]){DATE}(?![\w])", re.IGNORECASE)
_RANGE_RE = re.compile(
    rf"(?<![\w])(?P<a>{DATE.replace('?P<', '?P<a_')})(?:{_SEP})"
    rf"(?:(?P<b>{DATE.replace('?P<', '?P<b_')})|{CURRENT})(?![\w])",
    re.IGNORECASE,
)
_SINCE_RE = re.compile(
    rf"(?<![\w])(?:since|from|starting)\s+(?P<a>{DATE.replace('?P<', '?P<a_')})"
    rf"(?![\w])(?!{_SEP})",
    re.IGNORECASE,
)


#: Two-digit years, only in a range with months on both ends ("Sep 15 - NOW",
#: "Jan '15 – Sep '15", "08/15 - 06/18"): a year below 50 is 20YY, else 19YY.
_SHORT_DATE = (
    rf"(?:(?P<{{p}}name>{_MONTH_NAME})\.?\s*['’]?|(?P<{{p}}num>0[1-9]|1[0-2])/)"
    r"(?P<{p}yy>\d{{2}})"
)
_SHORT_RANGE_RE = re.compile(
    rf"(?<![\w/]){_SHORT_DATE.format(p='a_')}(?:{_SEP})"
    rf"(?:{_SHORT_DATE.format(p='b_')}|{CURRENT})(?![\w/])",
    re.IGNORECASE,
)


def _short_ym(groups: dict[str, str | None], prefix: str) -> str | None:
    yy = groups.get(prefix + "yy")
    if yy is None:
        return None
    year = (2000 if int(yy) < 50 else 1900) + int(yy)
    name = groups.get(prefix + "name")
    month = MONTHS[name.lower()] if name else int(str(groups.get(prefix + "num")))
    return f"{year}-{month:02d}"


_MAYBE_MONTH = rf"(?:{_MONTH_NAME}\.?,?\s+)?"
#: A template's placeholder years: "January 20XX - Current", "20XX – 20XX".
_PLACEHOLDER_RE = re.compile(
    rf"(?<![\w]){_MAYBE_MONTH}(?:19|20)XX(?:{_SEP})"
    rf"(?:{_MAYBE_MONTH}(?:19|20)XX|{CURRENT})(?![\w])",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class DateSpan:
    """A date or date range found in a line."""

    start: str | None  # "YYYY-MM"
    end: str | None  # "YYYY-MM"; None when current
    current: bool
    text: str  # as written
    begin: int  # offsets into the searched string
    finish: int

    def months(self, today: date | None = None) -> int | None:
        return months_between(self.start, self.end, self.current, today)


def _ym(groups: dict[str, str | None], prefix: str, *, end: bool) -> str | None:
    def g(name: str) -> str | None:
        return groups.get(prefix + name)

    if g("mname"):
        month = MONTHS[str(g("mname")).lower().rstrip(".")]
        return f"{g('myear')}-{month:02d}"
    if g("season"):
        return f"{g('syear')}-{SEASONS[str(g('season')).lower()]:02d}"
    if g("quarter"):
        return f"{g('qyear')}-{QUARTERS[str(g('quarter')).lower()]:02d}"
    if g("ymy"):
        return f"{g('ymy')}-{int(str(g('ymm'))):02d}"
    if g("mym"):
        return f"{g('myy')}-{int(str(g('mym'))):02d}"
    if g("year"):
        return f"{g('year')}-{12 if end else 1:02d}"
    return None


def parse_date(text: str, *, end: bool = False) -> str | None:
    """One date (the whole of ``text``) as ``"YYYY-MM"``, or None.

    >>> parse_date("Mar. 2018"), parse_date("2019", end=True), parse_date("Q3 2020")
    ('2018-03', '2019-12', '2020-07')
    """
    match = DATE_RE.fullmatch(text.strip())
    if not match:
        return None
    return _ym(match.groupdict(), "", end=end)


def is_current(text: str) -> bool:
    return re.fullmatch(CURRENT, text.strip(), re.IGNORECASE) is not None


def find_span(line: str, *, single: bool = True) -> DateSpan | None:
    """The first date range in ``line`` ("Jan 2015 – Present", "2019–2021",
    "Since 2020"), or, with ``single``, the last lone date ("Summer 2022")."""
    match = _RANGE_RE.search(line)
    if match:
        groups = match.groupdict()
        start = _ym(groups, "a_", end=False)
        current = bool(groups.get("current"))
        stop = None if current else _ym(groups, "b_", end=True)
        if start and stop and stop < start:  # "2021 - 2019": written backwards
            start, stop = stop, start
        return DateSpan(start, stop, current, match.group(0), *match.span())
    match = _SHORT_RANGE_RE.search(line)
    if match:
        groups = match.groupdict()
        current = bool(groups.get("current"))
        start, stop = _short_ym(groups, "a_"), _short_ym(groups, "b_")
        if start and (current or (stop and stop >= start)):
            return DateSpan(start, stop, current, match.group(0), *match.span())
    match = _SINCE_RE.search(line)
    if match:
        start = _ym(match.groupdict(), "a_", end=False)
        return DateSpan(start, None, True, match.group(0), *match.span())
    match = _PLACEHOLDER_RE.search(line)
    if match:  # dates of a role whose years are not known
        current = bool(match.groupdict().get("current"))
        return DateSpan(None, None, current, match.group(0), *match.span())
    if not single:
        return None
    found = list(DATE_RE.finditer(line))
    if not found:
        return None
    last = found[-1]
    groups = last.groupdict()
    start = _ym(groups, "", end=False)
    stop = _ym(groups, "", end=True)
    return DateSpan(start, stop, False, last.group(0), *last.span())


def month_index(ym: str) -> int:
    year, month = ym.split("-")
    return int(year) * 12 + int(month) - 1


def months_between(
    start: str | None, end: str | None, current: bool, today: date | None = None
) -> int | None:
    """Inclusive number of months from ``start`` to ``end`` (or ``today``)."""
    if start is None:
        return None
    today = today or date.today()
    stop = f"{today.year:04d}-{today.month:02d}" if current or end is None else end
    count = month_index(stop) - month_index(start) + 1
    if count > 0:
        return count
    return 0 if current else None


def union_months(
    spans: list[tuple[str | None, str | None, bool]], today: date | None = None
) -> int:
    """Months covered by the union of spans: overlaps are counted once."""
    today = today or date.today()
    now = today.year * 12 + today.month - 1
    intervals = []
    for start, end, current in spans:
        if start is None or (end is None and not current):
            continue
        lo = month_index(start)
        hi = now if current or end is None else month_index(end)
        hi = min(hi, now)
        if hi >= lo:
            intervals.append((lo, hi))
    total = 0
    last_hi = -1
    for lo, hi in sorted(intervals):
        lo = max(lo, last_hi + 1)
        if hi >= lo:
            total += hi - lo + 1
        last_hi = max(last_hi, hi)
    return total


_LEAD_START = re.compile(rf"^{DATE}\s*[-–—]\s+(?=\S)", re.IGNORECASE)
_LEAD_END = re.compile(rf"^(?:{DATE}|{CURRENT})(?![\w])\s*", re.IGNORECASE)


#: A range whose end month is cut from its year: "Jan. 2018 – May." over "2020".
_LEAD_START_MONTH = re.compile(
    rf"^{DATE}\s*[-–—]\s+{_MONTH_NAME}\.?\s+(?=\S)", re.IGNORECASE
)
_LEAD_YEAR = re.compile(rf"^{_YEAR}(?![\w])\s*")


def dangling_range(first: str, second: str) -> tuple[int, int] | None:
    """A range split over two lines by a dates column ("June 2020 – Title..." over
    "Present Did things...", "Jan. 2018 – May. Engineer II" over "2020 Did
    things..."): the lengths of the two date prefixes, else None."""
    if find_span(first, single=False) is not None:
        return None
    head, year = _LEAD_START_MONTH.match(first), _LEAD_YEAR.match(second)
    if head is not None and year is not None:
        return head.end(), year.end()
    head = _LEAD_START.match(first)
    if head is None:
        return None
    tail = _LEAD_END.match(second)
    if tail is None:
        return None
    return head.end(), tail.end()
