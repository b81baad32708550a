"""HTML pages → article text and metadata, with trafilatura behind our own interface.

The body comes from a cascade, most precise first, so that navigation, comments and link lists
stay out of the text but a short or badly broken page still gives what text it has:

1. trafilatura with ``favor_precision`` (the normal case: a news page with a real article);
2. trafilatura with its default balance, which also tries its readability/jusText fallbacks;
3. trafilatura's ``baseline`` (paragraph text), for small pages and broken markup;
4. every visible text node of the page, for a page too small even for the baseline.

A page where all four find nothing raises :class:`ParseError`. Paragraphs become blocks separated
by a blank line; a ``<br>`` inside a paragraph stays a single line break.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from typing import Any

import lxml.html  # type: ignore[import-untyped]
import trafilatura
from lxml import etree
from trafilatura.settings import Document

from unrest.errors import ParseError
from unrest.ingest.clean import clean_field, clean_text, normalise_whitespace
from unrest.models import Article

logger = logging.getLogger(__name__)

# Dates only from metadata and the URL: searching the body for any date finds the dates of the
# events a report mentions, which are not its publication date.
_DATE_PARAMS: dict[str, Any] = {"extensive_search": False, "original_date": True}
_LANG = re.compile(r"""<html\b[^>]*?\blang\s*=\s*["']?([A-Za-z]{2,3})\b""", re.IGNORECASE)
# Elements of trafilatura's output tree (and of feed HTML) that start a new paragraph.
_BLOCKS = {
    "p",
    "head",
    "quote",
    "item",
    "list",
    "table",
    "row",
    "code",
    "div",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "blockquote",
    "tr",
    "pre",
    "section",
    "article",
    "figure",
    "figcaption",
    "dd",
    "dt",
}
_BREAKS = {"lb", "br"}
_DROPPED = {"script", "style", "noscript", "template", "title"}


def parse_html(html: str, origin: str, *, url: str | None = None) -> Article:
    """Extract the main text and metadata of an HTML page.

    :param html: the decoded page.
    :param origin: where it came from, for :attr:`Article.origin` and error messages.
    :param url: the address it was fetched from; a ``<link rel="canonical">`` wins over it.
    :raises ParseError: when the page has no text at all, or trafilatura fails on it.
    """
    try:
        doc = _extract(html, url, favor_precision=True) or _extract(html, url, favor_precision=False)
        if doc is not None:
            body, meta = _tree_text(doc.body), doc
        else:
            body = _baseline(html)
            meta = trafilatura.extract_metadata(html, default_url=url, date_config=_DATE_PARAMS)
    except (ValueError, TypeError, etree.LxmlError, RecursionError) as exc:
        # trafilatura lets lxml's errors through on pathological markup
        raise ParseError(origin, f"could not parse HTML ({type(exc).__name__}: {exc})") from exc
    text = clean_text(body)
    title = clean_field(getattr(meta, "title", None))
    text = _drop_repeated_title(text, title)
    if not text:
        raise ParseError(origin, "no article text found in the HTML page")
    return Article(
        text=text,
        title=title,
        published=_iso_date(getattr(meta, "date", None)),
        outlet=clean_field(getattr(meta, "sitename", None)),
        url=getattr(meta, "url", None) or url,
        language=_language(html),
        origin=origin,
    )


def html_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment (a feed entry's content), one paragraph per block element."""
    if "<" not in fragment:
        return fragment  # already plain text; lxml would choke on an empty or text-only string
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (etree.LxmlError, ValueError):
        return re.sub(r"<[^>]*>", " ", fragment)  # unparseable: strip tags the crude way
    return normalise_whitespace(_tree_text(root))


def _extract(html: str, url: str | None, *, favor_precision: bool) -> Document | None:
    doc = trafilatura.bare_extraction(
        html,
        url=url,
        favor_precision=favor_precision,
        include_comments=False,
        include_tables=False,  # tables on news pages are mostly scoreboards and link grids
        with_metadata=True,
        date_extraction_params=_DATE_PARAMS,
    )
    if not isinstance(doc, Document) or doc.body is None or not _tree_text(doc.body).strip():
        return None
    return doc


def _baseline(html: str) -> str:
    _, text, _ = trafilatura.baseline(html)
    if text.strip():
        # baseline joins paragraphs with single line ends; make them paragraph breaks like the rest
        return "\n\n".join(line for line in text.split("\n") if line.strip())
    try:
        body = lxml.html.document_fromstring(html).find("body")
    except (etree.LxmlError, ValueError):
        return ""  # nothing parseable at all
    return _tree_text(body) if body is not None else ""


def _tree_text(root: Any) -> str:
    """Text of an element tree with blocks separated by blank lines and breaks kept as line ends."""
    parts: list[str] = []

    def walk(el: Any) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""  # comments and processing instructions
        if tag in _DROPPED and el is not root:
            if el.tail:
                parts.append(el.tail)
            return
        if tag in _BREAKS:
            parts.append("\n")
        elif tag in _BLOCKS:
            parts.append("\n\n")
        if tag and el.text:
            parts.append(el.text)
        for child in el:
            walk(child)
        if tag in _BLOCKS:
            parts.append("\n\n")
        if el.tail and el is not root:
            parts.append(el.tail)

    walk(root)
    return "".join(parts)


def _drop_repeated_title(text: str, title: str | None) -> str:
    """Drop the headline when it opens the body: it is already in ``title``."""
    if not title:
        return text
    first, _, rest = text.partition("\n\n")
    return rest if _squash(first) == _squash(title) else text


def _squash(s: str) -> str:
    return " ".join(re.findall(r"\w+", s.casefold()))


def _iso_date(value: str | None) -> str | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        return None


def _language(html: str) -> str:
    """The page's ``<html lang>`` as a bare language code ("en-GB" → "en"); English when absent."""
    match = _LANG.search(html[:20_000])
    return match.group(1).lower() if match else "en"
