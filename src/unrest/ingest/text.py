"""Plain-text reports: an optional ``date YYYY-MM-DD`` header line, then the body.

The header is how our scraped reports carry their publication date, e.g.
``" date 2026-01-08 NEW You can now listen to ..."``: leading whitespace and anything after the date
are allowed, and the whole line (junk included) is dropped from the text.
"""

from __future__ import annotations

import datetime as dt
import logging
import re

from unrest.errors import ParseError
from unrest.ingest.clean import clean_text
from unrest.models import Article

logger = logging.getLogger(__name__)

_HEADER = re.compile(r"^[^\S\n]*date[^\S\n]+(\d{4}-\d{2}-\d{2})\b[^\n]*(?:\n|$)", re.IGNORECASE)


def split_date_header(text: str) -> tuple[str | None, str]:
    """Return ``(published, rest)``; ``published`` is ``None`` when there is no valid header.

    A header with an impossible date (``2026-13-45``) is still a header: it is dropped from the
    text but sets no date, and a warning is logged, so one typo does not lose the article.
    """
    match = _HEADER.match(text.lstrip("\ufeff"))
    if not match:
        return None, text
    rest = text.lstrip("\ufeff")[match.end() :]
    try:
        return dt.date.fromisoformat(match.group(1)).isoformat(), rest
    except ValueError:
        logger.warning("ignoring invalid date %r in the header line", match.group(1))
        return None, rest


def parse_text(text: str, origin: str) -> Article:
    """Build an :class:`Article` from decoded plain text; ``origin`` names it in errors."""
    published, body = split_date_header(text)
    cleaned = clean_text(body)
    if not cleaned:
        reason = "no text after the date header" if published else "no article text (blank or boilerplate only)"
        raise ParseError(origin, reason)
    return Article(text=cleaned, published=published, origin=origin)
