"""One exception tree for the whole package.

    UnrestError
    ├── InputError          an input could not be read or parsed (named in the message)
    │   ├── FetchError      a URL did not answer, or answered with an error
    │   └── ParseError      bytes were read but are not a usable article (empty, binary, broken)
    ├── ExtractionError     the NLP pipeline failed on an article
    ├── GazetteerError      the place index is missing or unreadable
    ├── StoreError          the database could not be opened, migrated or written
    └── ConfigError         a setting has a bad value

Errors from lxml, httpx, sqlite and friends are translated at the boundary with
``raise ... from exc`` so callers only ever need to catch :class:`UnrestError`.
"""

from __future__ import annotations


class UnrestError(Exception):
    """Base class of every error this package raises on purpose."""


class InputError(UnrestError):
    """An input (file, URL, feed entry, stdin) could not be turned into an article."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class FetchError(InputError):
    """A URL could not be fetched."""


class ParseError(InputError):
    """Content was read but is not a usable article."""


class ExtractionError(UnrestError):
    """The extraction pipeline failed on an article."""


class GazetteerError(UnrestError):
    """The gazetteer index is missing, stale or unreadable."""


class StoreError(UnrestError):
    """The store could not be opened, migrated, read or written."""


class ConfigError(UnrestError):
    """A setting has an invalid value."""
