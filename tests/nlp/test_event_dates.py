"""An event's date: the date its sentence names, before the date its dateline was filed."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, start, written", [
    # the sentence's own day wins over the dateline's, though the dateline stands nearer the verb
    ("KELMOOR, March 3, 2026 — Gunmen killed nine farmers on Sunday, police said.", "2026-03-01", "on Sunday"),
    # the same without the year in the dateline
    ("KELMOOR, March 3 — Gunmen killed nine farmers on Sunday, police said.", "2026-03-01", "on Sunday"),
    # with no date of its own, the event is dated by the dateline
    ("KELMOOR, March 2 — Gunmen killed nine farmers, police said.", "2026-03-02", "March 2"),
])
def test_dateline_date_is_the_last_resort(extract_text, text: str, start: str, written: str) -> None:
    record = extract_text(text, published="2026-03-03")
    killing = next(e for e in record["events"] if e["type"] == "ASSAULT")
    assert (killing["date"]["start"], killing["date"]["text"]) == (start, written)


@pytest.mark.parametrize("text, start, end", [
    # a measure in force "till Wednesday" runs from the report (Tuesday 2026-03-03) to the coming Wednesday
    ("Internet services were suspended in the district till Wednesday.", "2026-03-03", "2026-03-04"),
    # "until Friday"
    ("Authorities imposed a curfew in the old city until Friday.", "2026-03-03", "2026-03-06"),
    # a measure that ran until a past date stays there
    ("The curfew was in force until March 1.", "2026-03-01", "2026-03-01"),
])
def test_in_force_until(extract_text, text: str, start: str, end: str) -> None:
    record = extract_text(text, published="2026-03-03")
    measure = next(e for e in record["events"] if e["type"] == "COERCE")
    assert (measure["date"]["start"], measure["date"]["end"]) == (start, end)


@pytest.mark.parametrize("text, start", [
    # (published Tuesday 2026-03-03) a march to come on Friday is the coming Friday
    ("Dockworkers will stage a protest at the port on Friday.", "2026-03-06"),
    ("Teachers plan to protest outside the ministry on Friday.", "2026-03-06"),
    # an aim is no plan: the students protested on the Friday gone
    ("Students jumped the turnstiles on Friday to protest the fare rise.", "2026-02-27"),
])
def test_weekday_of_an_event_to_come(extract_text, text: str, start: str) -> None:
    record = extract_text(text, published="2026-03-03")
    protest = next(e for e in record["events"] if e["type"] == "PROTEST")
    assert protest["date"]["start"] == start
