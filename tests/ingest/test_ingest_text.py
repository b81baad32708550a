"""Plain-text reports and their ``date YYYY-MM-DD`` header line."""

from __future__ import annotations

import re

import pytest

from unrest.errors import ParseError
from unrest.ingest.text import parse_text, split_date_header

BODY = "Farmers drove tractors into the invented town of Marlow Bay on Monday."


@pytest.mark.parametrize(
    ("raw", "published"),
    [
        # the bare header
        (f"date 2025-11-03\n\n{BODY}", "2025-11-03"),
        # leading whitespace and a banner after the date, as scraped
        (f" date 2025-11-03 NEW You can now listen to Valley Courier articles!\n\n{BODY}", "2025-11-03"),
        # a capitalised keyword and a tab
        (f"Date\t2024-02-29 extra words\n{BODY}", "2024-02-29"),
        # a UTF-8 BOM before the header
        (f"\ufeffdate 2025-11-03\n{BODY}", "2025-11-03"),
        # an impossible date: the line is still dropped, but no date is set
        (f"date 2025-13-45 junk\n\n{BODY}", None),
        # no header at all
        (BODY, None),
        # "date" in the first sentence is not a header
        (f"date palms were burned in 2025-style riots\n{BODY}", None),
    ],
)
def test_date_header(raw: str, published: str | None) -> None:
    article = parse_text(raw, "report.txt")
    assert article.published == published
    assert article.text.endswith(BODY)
    assert "listen" not in article.text and "junk" not in article.text


def test_header_only_in_first_line() -> None:
    published, rest = split_date_header(f"{BODY}\ndate 2025-11-03\n")
    assert published is None and rest.startswith(BODY)


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        # a header and nothing else
        ("date 2025-11-03 NEW You can now listen to Valley Courier articles!\n\n", "no text after the date header"),
        # nothing but boilerplate
        ("Share this article\n\nAdvertisement\n", "no article text (blank or boilerplate only)"),
    ],
)
def test_no_text_is_a_parse_error(raw: str, reason: str) -> None:
    with pytest.raises(ParseError, match=f"^report\\.txt: {re.escape(reason)}$"):
        parse_text(raw, "report.txt")


def test_stored_report_fixture(fixtures_dir) -> None:  # type: ignore[no-untyped-def]
    article = parse_text((fixtures_dir / "report.txt").read_text(), "report.txt")
    assert article.published == "2025-11-03"
    assert article.text.startswith("Thousands of farmers")
    for gone in (
        "listen",
        "Share this article",
        "Related stories",
        "Farmers threaten",
        "newsletter",
        "Reporting by",
        "contributed to this report",
    ):
        assert gone not in article.text
    for kept in ("By Tuesday, police", "Share prices of", "We will stay"):
        assert kept in article.text
    assert "\n\n" in article.text and "\n\n\n" not in article.text


@pytest.mark.parametrize(
    ("raw", "outlet"),
    [
        # the credit in a wire dateline names the outlet
        ("KELMOOR, May 2 (Lantern Wire) — Shops stayed shut.", "Lantern Wire"),
        # a two-letter agency is an outlet too
        ("KELMOOR (AP) — Shops stayed shut.", "AP"),
        # lowercase copy with a colon
        ("tessel, may 5 (radio corva): troops marched.", "radio corva"),
        # a bracket in the first sentence is no credit
        ("Police in Kelmoor (a market town) said: shops stayed shut.", None),
        # a dateline without a credit
        ("DRAVELLE — Hundreds marched.", None),
    ],
)
def test_outlet_from_dateline_credit(raw: str, outlet: str | None) -> None:
    assert parse_text(raw, "report.txt").outlet == outlet


@pytest.mark.parametrize(
    ("raw", "published"),
    [
        # a dateline with the year dates a report that has no header
        ("KELMOOR, May 2, 2025 (Lantern Wire) — Shops stayed shut on Friday.", "2025-05-02"),
        # the header wins over the dateline: it is how our scraped reports carry their date
        ("date 2025-05-03\nKELMOOR, May 2, 2025 — Shops stayed shut.", "2025-05-03"),
        # a dateline without the year dates nothing
        ("KELMOOR, May 2 (Lantern Wire) — Shops stayed shut.", None),
    ],
)
def test_published_from_dateline(raw: str, published: str | None) -> None:
    assert parse_text(raw, "report.txt").published == published
