"""Moves listed after one verb: "fell 6.2%, 5.4% and 7.9% respectively", "is down 9% over the past
month and 23% over the past year"."""

from __future__ import annotations

from typing import Protocol

from spacy.tokens import Doc


class _Move(Protocol):
    unit: str
    change: str | None
    qualifier: str
    start: int
    end: int


def list_middle_change(doc: Doc, moves: list[_Move]) -> None:
    """The middle members of "fell 6.2%, 5.4% and 7.9%" move as the first and the last do (a bare
    comma alone, "rose 10%, 20% above forecasts", makes no list; the closing "and" does)."""
    k = 0
    while k < len(moves):
        j = k + 1
        while j < len(moves) and moves[j].unit == moves[k].unit and doc.text[moves[j - 1].end:moves[j].start].strip() == ",":
            j += 1  # moves[k:j] are joined by bare commas
        last = moves[j] if j < len(moves) else None
        if last is not None and j - k > 1 and last.unit == moves[k].unit and moves[k].change \
                and last.change == moves[k].change \
                and doc.text[moves[j - 1].end:last.start].strip() in ("and", ", and", "or", ", or"):
            for middle in moves[k + 1:j]:
                if middle.change is None and middle.qualifier == "exact":
                    middle.change = moves[k].change
        k = max(j, k + 1)


_PERIOD_STARTS = {"the", "its", "their"}
_PERIOD_ADJECTIVES = {"past", "last", "previous", "same", "first", "second", "next"}


def period_after(doc: Doc, k: int) -> bool:
    """"over the past year", "over its last five sessions": ``doc[k]`` ("over") opens the period of
    a move, not a comparison ("20% over forecasts")."""
    words = [t.lower_ for t in doc[k + 1:k + 3]]
    return doc[k].lower_ in ("over", "in") and len(words) == 2 and words[0] in _PERIOD_STARTS \
        and words[1] in _PERIOD_ADJECTIVES
