"""RSS and Atom feeds: one article per entry, a broken entry does not stop the others."""

from __future__ import annotations

from pathlib import Path

import pytest

from unrest.errors import ParseError
from unrest.ingest.feeds import parse_feed
from unrest.models import Article


def test_rss_with_a_broken_entry(fixtures_dir: Path) -> None:
    results = list(parse_feed((fixtures_dir / "feed.xml").read_bytes(), "feed.xml"))
    assert [type(r) for r in results] == [Article, ParseError, Article]
    first, broken, third = results
    assert isinstance(first, Article) and isinstance(third, Article)
    assert first.title == "Fishermen block harbour in Port Lenn"
    assert first.published == "2025-02-04"
    assert first.outlet == "Coastal Wire"
    assert first.url == "https://coastalwire.example/fishermen-block-harbour"
    assert first.origin == "feed.xml#1"
    assert first.text == (
        "Around 300 fishermen blocked the harbour of the fictional town of Port Lenn on Tuesday with their "
        "boats, protesting against new fishing quotas.\n\nThe coast guard said no vessels had been able to "
        "leave since dawn."
    )  # HTML stripped, share prompt removed, paragraphs kept
    assert str(broken) == "feed.xml#2: feed entry has no text (no content or summary)"
    assert third.origin == "feed.xml#3" and third.published == "2025-02-05"


def test_atom_prefers_full_content_over_summary(fixtures_dir: Path) -> None:
    (article,) = parse_feed((fixtures_dir / "atom.xml").read_bytes(), "atom.xml")
    assert isinstance(article, Article)
    assert article.outlet == "Highland Monitor"
    assert article.published == "2025-06-01"  # published, not updated
    assert article.url == "https://highland.example/miners-march"
    assert article.text.startswith("Several thousand miners marched on Kestrel")
    assert "By Sunday evening the march had ended peacefully" in article.text


def _rss(items: str, encoding: str = "utf-8") -> bytes:
    return (
        f'<?xml version="1.0" encoding="{encoding}"?><rss version="2.0"><channel><title>Test Wire</title>'
        f"{items}</channel></rss>"
    ).encode(encoding)


ITEM = "<item><title>Curfew in Ostrava Nova</title><description>{}</description></item>"


@pytest.mark.parametrize(
    ("data", "texts"),
    [
        # a feed in Windows-1252 that says so
        (
            _rss(ITEM.format("Grève générale à Ostrava – “total”"), "windows-1252"),
            ["Grève générale à Ostrava – “total”"],
        ),
        # an entry with an undated pubDate and mojibake in its summary
        (_rss(ITEM.format("The regimeâ€™s response")), ["The regime’s response"]),
        # a feed cut off in the middle of its second item: the first still comes
        (_rss(ITEM.format("First report.")).replace(b"</channel></rss>", b"<item><title>Cut"), ["First report."]),
    ],
)
def test_feed_variants(data: bytes, texts: list[str]) -> None:
    results = list(parse_feed(data, "f.xml"))
    assert [r.text for r in results if isinstance(r, Article)] == texts


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        # a valid feed with no entries
        (_rss(""), "feed has no entries"),
        # not a feed at all, XML that breaks at once
        (b'<?xml version="1.0"?><rss><channel><title>x</ti', "not a usable feed"),
    ],
)
def test_feed_without_entries_is_one_error(data: bytes, reason: str) -> None:
    (error,) = parse_feed(data, "f.xml")
    assert isinstance(error, ParseError)
    assert str(error).startswith(f"f.xml: {reason}")
