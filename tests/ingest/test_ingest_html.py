"""HTML pages: precise body, metadata, broken markup, pages without text."""

from __future__ import annotations

from pathlib import Path

import pytest

from unrest.errors import ParseError
from unrest.ingest.html import html_to_text, parse_html

PARA = "Dock workers in the fictional port of Saltmere walked out on Friday over pay, the union said."


def test_page_text_and_metadata(fixtures_dir: Path) -> None:
    article = parse_html((fixtures_dir / "page.html").read_text(), "page.html")
    assert article.title == "Dock strike spreads to third port"
    assert article.published == "2025-03-14"
    assert article.outlet == "Harbour Herald"
    assert article.url == "https://harbourherald.example/news/dock-strike"  # the canonical link
    assert article.language == "en"
    assert article.origin == "page.html"
    assert article.text.startswith("Dock workers in the fictional port of Saltmere")
    assert article.text.endswith("due to resume on Monday.")
    assert article.text.count("\n\n") == 3  # four paragraphs, each separated by a blank line
    for gone in (
        "Dock strike spreads",
        "By Jane Doe",
        "Listen",
        "Share",
        "Read more",
        "Most read",
        "Storm closes",
        "Home",
        "©",
        "contributed",
        "Photo by",
    ):
        assert gone not in article.text


def test_fetched_url_is_used_without_canonical_link() -> None:
    html = f"<html><body><article><p>{PARA}</p></article></body></html>"
    article = parse_html(html, "https://x.example/a", url="https://x.example/a")
    assert article.url == "https://x.example/a"
    assert article.text == PARA


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        # unclosed paragraphs, divs and inline tags, no closing body or html
        (
            "<html><body><div><p>First paragraph of the report about the strike<p>Second one <b>in bold",
            "First paragraph of the report about the strike\n\nSecond one in bold",
        ),
        # stray closing tags and misnested inline tags
        (f"<body></span><div><p><b><i>{PARA}</b></i></p></td></div>", PARA),
        # a fragment with no html/body at all
        (f"<p>{PARA}", PARA),
        # a tiny page, too small for trafilatura's extractors
        ("<html><body><p>Curfew lifted.</p></body></html>", "Curfew lifted."),
        # a <br> inside a paragraph stays a line break, not a paragraph break
        (f"<html><body><p>{PARA}<br>Talks resume Monday.</p></body></html>", f"{PARA}\nTalks resume Monday."),
    ],
)
def test_broken_html_still_gives_its_text(html: str, expected: str) -> None:
    assert parse_html(html, "broken.html").text == expected


def test_broken_fixture(fixtures_dir: Path) -> None:
    article = parse_html((fixtures_dir / "broken.html").read_text(), "broken.html")
    assert article.title == "Curfew declared in Ostrava Nova"
    assert article.text.startswith("Authorities in the invented town of Ostrava Nova")
    assert "17 people had been treated" in article.text
    assert article.text.endswith("posted on its website")


@pytest.mark.parametrize(
    "html",
    [
        # an app shell: scripts and styles only
        "<!DOCTYPE html><html><head><script>var a = 1;</script><style>p{}</style></head><body><div id=app></div></body></html>",
        # a title but an empty body
        "<html><head><title>Breaking news</title></head><body>   </body></html>",
        # only boilerplate
        "<html><body><p>Share this article</p><p>Advertisement</p></body></html>",
        # an unclosed root with nothing in it
        "<html",
    ],
)
def test_page_without_text_is_a_parse_error(html: str) -> None:
    with pytest.raises(ParseError, match=r"^empty\.html: no article text found in the HTML page$"):
        parse_html(html, "empty.html")


@pytest.mark.parametrize(
    ("html", "language"),
    [
        # a regional tag is cut to the language
        (f'<html lang="fa-IR"><body><p>{PARA}</p></body></html>', "fa"),
        # no lang attribute: English
        (f"<html><body><p>{PARA}</p></body></html>", "en"),
    ],
)
def test_language(html: str, language: str) -> None:
    assert parse_html(html, "p.html").language == language


@pytest.mark.parametrize(
    ("fragment", "text"),
    [
        # paragraphs become blocks, entities are decoded
        ("<p>Fuel &amp; bread</p><p>Second</p>", "Fuel & bread\n\nSecond"),
        # plain text passes through untouched
        ("No markup here & none needed", "No markup here & none needed"),
        # scripts are dropped
        ("<p>Text</p><script>alert(1)</script>", "Text"),
        # list items each become a block
        ("<ul><li>One</li><li>Two</li></ul>", "One\n\nTwo"),
    ],
)
def test_html_to_text(fragment: str, text: str) -> None:
    assert html_to_text(fragment).strip() == text
