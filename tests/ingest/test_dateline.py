"""A report's dateline: its place, where it ends, and its wire credit."""

from __future__ import annotations

import pytest
import spacy

from unrest.ingest.dateline import dateline_end_token, find_dateline
from unrest.models import Place
from unrest.nlp.components.places import focus_place


@pytest.mark.parametrize("text, place, rest, credit", [
    # a wire dateline with a date and a credit
    ("ORTHAVEN, June 25 (Lantern Wire) — Police fired tear gas.", "ORTHAVEN", "Police fired", "Lantern Wire"),
    # no date, a two-letter agency
    ("KELMOOR (AP) — Shops stayed shut.", "KELMOOR", "Shops stayed", "AP"),
    # the bare capitalised place and a dash
    ("DRAVELLE — Hundreds marched.", "DRAVELLE", "Hundreds", None),
    # a place of two words, a hyphen with spaces around it
    ("PORT SELWYN - Two buses burned.", "PORT SELWYN", "Two buses", None),
    # a hyphenated place name and a double dash
    ("Saint-Ombre -- Farmers blocked the road.", "Saint-Ombre", "Farmers", None),
    # "CITY, Country —"
    ("VALDORA, Estrania — Miners struck.", "VALDORA, Estrania", "Miners", None),
    # lowercase copy: place and colon
    ("marlow bay: the committee met on saturday.", "marlow bay", "the committee", None),
    # lowercase copy with a date
    ("tessel, may 5: troops staged flag marches.", "tessel", "troops staged", None),
    # day before month, a two-digit year, a capitalised credit
    ("NEW ARDEN, 3 JAN 90 (RADIO CORVA) -- Rebels attacked a post.", "NEW ARDEN", "Rebels", "RADIO CORVA"),
    # a credit with a figure in it names no outlet
    ("KELMOOR (Channel 4) — Shops stayed shut.", "KELMOOR", "Shops", None),
    # leading blank lines and spaces are skipped
    ("\n  Dravelle: Crowds gathered.", "Dravelle", "Crowds", None),
])
def test_dateline_found(text: str, place: str, rest: str, credit: str | None) -> None:
    dateline = find_dateline(text)
    assert dateline is not None
    assert text[dateline.place_start:dateline.place_end] == dateline.place == place
    assert text[dateline.end:].lstrip().startswith(rest)
    assert dateline.credit == credit


@pytest.mark.parametrize("text", [
    # a first sentence that merely starts with a place
    "Dravelle was calm on Monday — but shops stayed shut.",
    # a colon after a place in ordinary text
    "Protesters in Dravelle had one demand: bread.",
    # a sentence, mixed casing, before a colon
    "Two students died: police fired on the march.",
    # lowercase, but a count, not a place
    "two killed: police fired on the march.",
    # a hyphen inside a word is no dateline mark
    "North-east Estrania saw clashes.",
    # too long before the mark to be a dateline
    "Officials Of The Regional Water And Power Authority In Valdora, Estrania, Said On Monday: no.",
    # empty text
    "",
])
def test_no_dateline(text: str) -> None:
    assert find_dateline(text) is None


@pytest.mark.parametrize("text, date", [
    # month, day and year: the day the report was filed
    ("ORTHAVEN, March 3, 2026 — Police fired tear gas.", "2026-03-03"),
    # day before month, with a credit
    ("KELMOOR, 14 October 2025 (Lantern Wire) — Shops stayed shut.", "2025-10-14"),
    # an abbreviated month with a full stop
    ("VALDORA, Estrania, Sept. 9, 2024 — Miners struck.", "2024-09-09"),
    # no year: which June cannot be told, so no date
    ("ORTHAVEN, June 25 (Lantern Wire) — Police fired tear gas.", None),
    # a two-digit year is not trusted either
    ("NEW ARDEN, 3 JAN 90 (RADIO CORVA) -- Rebels attacked a post.", None),
    # an impossible day gives no date, and the dateline is still found
    ("ORTHAVEN, February 30, 2026 — Police fired tear gas.", None),
    # no date at all
    ("DRAVELLE — Hundreds marched.", None),
])
def test_dateline_date(text: str, date: str | None) -> None:
    dateline = find_dateline(text)
    assert dateline is not None
    assert dateline.date == date


@pytest.mark.parametrize("text, first_after", [
    # the first token after the dash
    ("DRAVELLE, June 3 (Lantern Wire) - Police fired.", "Police"),
    # after a lowercase place's colon
    ("marlow bay: the committee met.", "the"),
    # no dateline: 0, the report's first token
    ("Police fired tear gas in Dravelle.", "Police"),
])
def test_dateline_end_token(text: str, first_after: str) -> None:
    doc = spacy.blank("en")(text)
    assert doc[dateline_end_token(doc)].text == first_after


def _towns(text: str, names: list[str]) -> list[Place]:
    """Every mention of the named towns, as the places stage would list them."""
    out = []
    for name in names:
        start = text.find(name)
        while start >= 0:
            out.append(Place("", name, start, start + len(name), name, "city", 0.0, 0.0, None, None, None, "XX"))
            start = text.find(name, start + 1)
    return sorted(out, key=lambda p: p.start)


@pytest.mark.parametrize("text, focus", [
    # the dateline's town, though another is named more often
    ("DRAVELLE — Marches in Kelmoor and Kelmoor again.", "DRAVELLE"),
    # lowercase copy
    ("tessel: crowds gathered in kelmoor, then in kelmoor again.", "tessel"),
    # no dateline: a bracket after the first town is no dateline mark, the most-named town wins
    ("Dravelle was calm (officials said) while Kelmoor burned. Kelmoor stayed shut.", "Kelmoor"),
    # no dateline: a colon in the first sentence is none either
    ("Crowds in Dravelle had one demand: that Kelmoor's mayor resign. Kelmoor refused.", "Kelmoor"),
])
def test_focus_place(text: str, focus: str) -> None:
    place = focus_place(text, _towns(text, ["DRAVELLE", "Dravelle", "Kelmoor", "kelmoor", "tessel"]))
    assert place is not None and place.text == focus
