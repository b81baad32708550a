"""Find date expressions in text and resolve them against the publication date.

News is written about the recent past, so a bare weekday ("on Thursday") is the latest such day on
or before publication, a bare month is the latest such month, and "late December" in a January
report is last year's. dateparser gets the first right only with the right settings and has no
notion of "late December" or "the past week", so this small resolver is our own.

Every resolution is a closed range ``(start, end)`` with a precision: ``day``, ``week`` (for
spans of a few days such as "late December" or "last week"), ``month`` or ``year``.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

MONTH_NUMBERS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTH_NUMBERS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTH_NUMBERS["sept"] = 9
WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                "seven": 7, "eight": 8, "nine": 9, "ten": 10, "several": 3, "few": 3, "couple": 2}

_MONTH = r"(?P<month>january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?"
_PART = r"(?P<part>early|mid|middle|late|the end of|end|the beginning of|beginning|the start of|start)[- ]?(?:of )?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d{2})"
_WEEKDAY = r"(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?"

PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"\b(?P<year>(?:19|20)\d{2})-(?P<m>\d{2})-(?P<d>\d{2})\b")),
    ("month_day_year", re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.I)),
    ("day_month_year", re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}\b", re.I)),
    ("month_day", re.compile(rf"\b{_MONTH}\s+{_DAY}\b(?!\s*(?:,\s*)?(?:19|20)\d\d)", re.I)),
    ("day_month", re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}\b", re.I)),
    ("part_month_year", re.compile(rf"\b{_PART}{_MONTH},?\s+{_YEAR}\b", re.I)),
    ("part_month", re.compile(rf"\b{_PART}{_MONTH}\b", re.I)),
    ("month_year", re.compile(rf"\b{_MONTH},?\s+{_YEAR}\b", re.I)),
    ("in_month", re.compile(rf"\b(?P<prep>in|since|during|from|until|by|last|this|since early|since late)\s+{_MONTH}\b(?!\s+\d)", re.I)),
    ("relative_day", re.compile(r"\b(?P<rel>today|tonight|yesterday|tomorrow|this morning|this afternoon|this evening|last night|the day before yesterday)\b", re.I)),
    ("weekday", re.compile(rf"\b(?P<mod>last|next|this|on|early|late|past)?\s*{_WEEKDAY}\b", re.I)),
    ("ago", re.compile(r"\b(?P<n>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|few|couple of)\s+(?P<unit>day|week|month|year)s?\s+ago\b", re.I)),
    ("past_n", re.compile(r"\b(?:the\s+)?(?:past|last|previous)\s+(?P<n>\d+|two|three|four|five|six|seven|eight|nine|ten|several|few|couple of)\s+(?P<unit>day|week|month|year)s\b", re.I)),
    ("relative_period", re.compile(r"\b(?P<rel>(?:earlier|later)\s+this\s+(?:week|month|year)|(?:last|this|next|past|previous)\s+(?:week|month|year|weekend)|the\s+weekend|over\s+the\s+weekend)\b", re.I)),
    ("year", re.compile(rf"\b(?P<prep>in|since|of|from|until|by|during|before|after)\s+{_YEAR}\b(?!-)", re.I)),
]


@dataclass(frozen=True)
class ResolvedDate:
    start: date
    end: date
    precision: str  # day | week | month | year


@dataclass(frozen=True)
class DateMatch:
    """A date expression in the text, resolved when a publication date is known."""

    start: int
    end: int
    text: str
    resolved: ResolvedDate | None
    relation: str | None = None  # "since": a range from the date to publication


def find_dates(text: str, published: date | None) -> list[DateMatch]:
    """All non-overlapping date expressions in ``text``, longest first, in text order."""
    taken: list[tuple[int, int]] = []
    found: list[DateMatch] = []
    for kind, pattern in PATTERNS:
        for m in pattern.finditer(text):
            s, e = m.span()
            if kind == "weekday" and m.group("mod") is None:
                s = m.start("weekday")
            if any(s < te and ts < e for ts, te in taken):
                continue
            if not _plausible(kind, m, text):
                continue
            resolved = _resolve(kind, m, published) if published else None
            relation = _relation(text, s)
            if kind in ("year", "in_month") and m.group("prep").lower().startswith("since"):
                relation = "since"
            taken.append((s, e))
            found.append(DateMatch(s, e, text[s:e], resolved, relation))
    found.sort(key=lambda d: d.start)
    return found


def _plausible(kind: str, m: re.Match[str], text: str) -> bool:
    """'may' and 'march' are also verbs: in lowercase text, ask for date-like surroundings."""
    try:
        month = m.group("month")
    except IndexError:
        return True
    if month is None:
        return True
    word = month.lower().rstrip(".")
    if word in ("may", "march", "mar", "jan", "dec", "sep", "oct", "nov", "jun", "jul", "aug", "apr", "feb") \
            and kind in ("in_month", "part_month") and month.islower():
        # "in march" in lowercase prose is risky; "in march 2019" is caught by month_year.
        return word not in ("may", "march")
    if kind == "month_day" and month.islower() and word in ("may", "march"):
        return True  # "march 15" is a date even in lowercase
    return True


def _relation(text: str, start: int) -> str | None:
    before = text[max(0, start - 12):start].lower()
    if re.search(r"\bsince\s*$", before):
        return "since"
    if re.search(r"\b(?:until|till|through)\s*$", before):
        return "until"
    return None


def _resolve(kind: str, m: re.Match[str], pub: date) -> ResolvedDate | None:
    g = m.groupdict()
    try:
        if kind == "iso":
            d = date(int(g["year"]), int(g["m"]), int(g["d"]))
            return ResolvedDate(d, d, "day")
        if kind in ("month_day_year", "day_month_year"):
            d = date(int(g["year"]), _month(g["month"]), int(g["day"]))
            return ResolvedDate(d, d, "day")
        if kind in ("month_day", "day_month"):
            month, day = _month(g["month"]), int(g["day"])
            year = pub.year if (month, day) <= (pub.month, pub.day) else pub.year - 1
            # a report may announce a date a few days ahead ("march 15 programme")
            if (month, day) > (pub.month, pub.day) and (date(pub.year, month, day) - pub).days <= 45:
                year = pub.year
            d = date(year, month, day)
            return ResolvedDate(d, d, "day")
        if kind in ("part_month", "part_month_year", "month_year", "in_month"):
            month = _month(g["month"])
            year = int(g["year"]) if g.get("year") else _latest_year(month, pub)
            return _part_of_month(year, month, g.get("part"))
        if kind == "relative_day":
            rel = g["rel"].lower()
            offset = {"yesterday": -1, "last night": -1, "tomorrow": 1, "the day before yesterday": -2}.get(rel, 0)
            d = pub + timedelta(days=offset)
            return ResolvedDate(d, d, "day")
        if kind == "weekday":
            return _weekday(g["weekday"].lower().rstrip("s"), (g.get("mod") or "").lower(), pub)
        if kind == "ago":
            n = _count(g["n"])
            unit = g["unit"].lower()
            d = _shift(pub, unit, -n)
            return ResolvedDate(d, d, {"day": "day", "week": "week", "month": "month", "year": "year"}[unit])
        if kind == "past_n":
            n = _count(g["n"])
            return ResolvedDate(_shift(pub, g["unit"].lower(), -n), pub, "week" if g["unit"].lower() in ("day", "week") else "month")
        if kind == "relative_period":
            return _relative_period(g["rel"].lower(), pub)
        if kind == "year":
            y = int(g["year"])
            return ResolvedDate(date(y, 1, 1), date(y, 12, 31), "year")
    except (ValueError, KeyError):
        return None
    return None


def _month(name: str) -> int:
    return MONTH_NUMBERS[name.lower().rstrip(".")]


def _latest_year(month: int, pub: date) -> int:
    return pub.year if month <= pub.month else pub.year - 1


def _part_of_month(year: int, month: int, part: str | None) -> ResolvedDate:
    last = calendar.monthrange(year, month)[1]
    p = (part or "").lower().strip()
    if p.startswith("early") or "beginning" in p or "start" in p:
        return ResolvedDate(date(year, month, 1), date(year, month, 10), "week")
    if p.startswith("mid"):
        return ResolvedDate(date(year, month, 11), date(year, month, 20), "week")
    if p.startswith("late") or "end" in p:
        return ResolvedDate(date(year, month, 21), date(year, month, last), "week")
    return ResolvedDate(date(year, month, 1), date(year, month, last), "month")


def _weekday(name: str, mod: str, pub: date) -> ResolvedDate:
    target = WEEKDAYS[name]
    back = (pub.weekday() - target) % 7
    if mod == "next":
        ahead = (target - pub.weekday()) % 7 or 7
        d = pub + timedelta(days=ahead)
    elif mod in ("last", "past") and back == 0:
        d = pub - timedelta(days=7)
    else:
        d = pub - timedelta(days=back)
    return ResolvedDate(d, d, "day")


def _relative_period(rel: str, pub: date) -> ResolvedDate:
    monday = pub - timedelta(days=pub.weekday())
    if "weekend" in rel:
        saturday = monday - timedelta(days=2) if pub.weekday() < 5 else monday + timedelta(days=5)
        return ResolvedDate(saturday, saturday + timedelta(days=1), "week")
    if "week" in rel:
        if rel.startswith(("last", "past", "previous")):
            return ResolvedDate(monday - timedelta(days=7), monday - timedelta(days=1), "week")
        if rel.startswith("next"):
            return ResolvedDate(monday + timedelta(days=7), monday + timedelta(days=13), "week")
        return ResolvedDate(monday, pub, "week")
    if "month" in rel:
        first = pub.replace(day=1)
        if rel.startswith(("last", "past", "previous")):
            prev_end = first - timedelta(days=1)
            return ResolvedDate(prev_end.replace(day=1), prev_end, "month")
        return ResolvedDate(first, pub, "month")
    if rel.startswith(("last", "past", "previous")):
        return ResolvedDate(date(pub.year - 1, 1, 1), date(pub.year - 1, 12, 31), "year")
    return ResolvedDate(date(pub.year, 1, 1), pub, "year")


def _count(word: str) -> int:
    w = word.lower().replace("couple of", "couple")
    return int(w) if w.isdigit() else NUMBER_WORDS.get(w, 1)


def _shift(d: date, unit: str, n: int) -> date:
    if unit == "day":
        return d + timedelta(days=n)
    if unit == "week":
        return d + timedelta(weeks=n)
    if unit == "month":
        month = d.month - 1 + n
        year = d.year + month // 12
        month = month % 12 + 1
        return date(year, month, min(d.day, calendar.monthrange(year, month)[1]))
    return date(d.year + n, d.month, min(d.day, calendar.monthrange(d.year + n, d.month)[1]))


def parse_iso(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None
