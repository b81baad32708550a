"""A report's dateline: the place (and date, and wire credit) it opens with.

``"NAIROBI, June 25 (Meridian Wire) — Police fired ..."``, ``"jaipur: the committee ..."``,
``"LA PAZ, Bolivia — ..."``. Read from the text alone, so any stage can ask: ingest for the credit,
the places stage for the report's own town (checking that a place it found lies in the dateline's
place), the events stage to keep the dateline's words out of the first sentence's roles.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from unrest.nlp.dates import MONTH_NUMBERS

if TYPE_CHECKING:
    from spacy.tokens import Doc

_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_WORD = r"[^\W\d_][\w'’.-]*"
# the place, an optional region or country, an optional date, an optional credit, then the mark
_DATELINE = re.compile(
    rf"(?P<place>{_WORD}(?: {_WORD}){{0,3}})"
    rf"(?:, (?P<region>{_WORD}(?: {_WORD}){{0,2}}))?"
    rf"(?:,? (?P<date>{_MONTH} \d{{1,2}}(?:, \d{{4}})?|\d{{1,2}} {_MONTH}(?: \d{{2,4}})?))?"
    r"(?: ?\((?P<credit>[^()\n]{2,40})\))?"
    r" ?(?:—|–|--|-(?=\s)|:(?=\s))",
    re.IGNORECASE,
)
# small words inside a place name ("Port of Spain", "La Paz", "Dar es Salaam")
_CONNECTORS = {"of", "de", "del", "la", "el", "al", "es", "du", "au", "the", "and", "on", "upon"}
_NUMBER_WORDS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds"}


@dataclass(frozen=True)
class Dateline:
    place: str  # "NAIROBI", "La Paz, Bolivia", "jaipur"
    place_start: int  # character offsets in the text given
    place_end: int
    end: int  # just after the closing mark: the report proper starts here
    credit: str | None  # the wire or outlet in brackets, "Meridian Wire"
    date: str | None = None  # ISO, only when the dateline gives the year: "ABUJA, March 3, 2026 —"


def _one_casing(words: list[str]) -> bool:
    """A dateline's place is written one way: all capitals, all capitalised, or (in lowercase copy)
    all lowercase; 'Two students died:' mixes them and is a sentence, not a dateline."""
    words = [w for w in words if w.lower() not in _CONNECTORS] or words
    if any(w.lower() in _NUMBER_WORDS for w in words):
        return False
    return (all(w.isupper() for w in words) or all(w[0].isupper() for w in words)
            or all(w.islower() for w in words))


def find_dateline(text: str) -> Dateline | None:
    """The dateline the text opens with, or ``None``."""
    start = next((i for i, ch in enumerate(text) if not ch.isspace()), len(text))
    match = _DATELINE.match(text, start)
    if match is None or match.end() - start > 80:
        return None
    place_words = match.group("place").split() + (match.group("region") or "").split()
    if not _one_casing(place_words):
        return None
    credit = match.group("credit")
    if credit is not None:
        credit = None if any(ch.isdigit() for ch in credit) else credit.strip()
    place_end = match.end("region") if match.group("region") else match.end("place")
    return Dateline(text[start:place_end], start, place_end, match.end(), credit, _full_date(match.group("date")))


def _full_date(written: str | None) -> str | None:
    """'March 3, 2026' or '3 March 2026' -> '2026-03-03'; None without a four-digit year (a wire
    dateline's 'June 25' alone cannot say which June) or for an impossible day."""
    if not written:
        return None
    words = written.replace(",", " ").replace(".", " ").split()
    if len(words) != 3 or not (words[2].isdigit() and len(words[2]) == 4):
        return None
    month_word, day = (words[0], words[1]) if words[1].isdigit() else (words[1], words[0])
    month = MONTH_NUMBERS.get(month_word.lower()[:3])
    try:
        return dt.date(int(words[2]), month, int(day)).isoformat() if month else None
    except ValueError:
        return None


def dateline_end_token(doc: Doc) -> int:
    """The index of the first token after the doc's dateline, else 0 (the parser may read a
    dateline's words as part of the first sentence)."""
    if "unrest_dateline_end" not in doc.user_data:  # asked once per sentence: work it out once
        dateline = find_dateline(doc.text)
        end = 0 if dateline is None else next((tok.i for tok in doc if tok.idx >= dateline.end), len(doc))
        doc.user_data["unrest_dateline_end"] = end
    return int(doc.user_data["unrest_dateline_end"])
