"""Ingest: raw input → :class:`unrest.models.Article`.

Public API::

    read_inputs(inputs: Iterable[str | PathLike[str]], *, client: httpx.Client | None = None,
                stdin: BinaryIO | None = None, max_bytes: int = 10_000_000,
                timeout: float = 20.0) -> Iterator[Article | InputError]
    read_bytes(data: bytes, origin: str, *, content_type: str | None = None,
               url: str | None = None) -> Iterator[Article | InputError]
    clean_text(text: str) -> str

``read_inputs`` yields an :class:`~unrest.models.Article` for every article it finds, and an
:class:`~unrest.errors.InputError` (``FetchError`` for URLs, ``ParseError`` for unusable content)
for every input or feed entry it cannot use. It never raises for bad input, so a batch goes on;
each error's message is one line that starts with the input's name. Each input may be:

- a **path** to a plain-text file, an HTML page or an RSS/Atom feed. The format is sniffed from the
  content, not the extension. A plain-text file may open with a ``date YYYY-MM-DD ...`` line that
  sets ``published`` and is dropped from the text;
- a **directory**, read recursively in sorted path order, skipping hidden files and folders;
- an **http(s) URL**, fetched with ``client`` (or a default one with ``timeout`` seconds that follows
  redirects), then read as a page or a feed by content type and sniffing;
- ``-`` for **stdin** (``stdin``, or ``sys.stdin.buffer``), sniffed the same way.

``Article.origin`` says where each article came from: the path, the URL, ``<stdin>``, or
``<source>#N`` for the N-th entry (from 1) of a feed. Every body goes through
:func:`~unrest.ingest.clean.clean_text`: mojibake repaired, whitespace normalised with paragraphs
separated by one blank line, and boilerplate (audio banners, share prompts, related links,
newsletter prompts, bylines, photo credits, contributor and copyright lines) removed.

Bad input and what comes out:

==================================  ============================================================
input                               result
==================================  ============================================================
path that does not exist            ``InputError``: "no such file or directory"
empty or whitespace-only file       ``ParseError``: "empty (0 bytes)" / "blank (only whitespace)"
binary file (PNG, PDF, NUL bytes)   ``ParseError``: "binary file (PNG image), not a text, ..."
undecodable junk bytes              ``ParseError``: "undecodable bytes: neither UTF-8 nor ..."
file over ``max_bytes``             ``InputError`` from its size alone, before reading it
cp1252 / latin-1 text               decoded (UTF-8, else declared charset, else Windows-1252)
mojibake ("â€™")                    repaired by ftfy ("’")
HTML with unclosed tags             the text it has (trafilatura, then its baseline, then all text)
HTML with no text                   ``ParseError``: "no article text found in the HTML page"
text that is only boilerplate       ``ParseError``: "no article text (blank or boilerplate only)"
feed with a broken entry            ``ParseError`` for ``feed.xml#N``; the other entries still come
feed with no entries / not a feed   ``ParseError`` naming the feed
URL that does not answer            ``FetchError``: "could not connect (...)" / "timed out (...)"
URL answering 4xx/5xx               ``FetchError``: "HTTP 404 Not Found"
URL body over ``max_bytes``         ``FetchError``, the download stopped at the limit
URL serving an image/PDF            ``ParseError``: "not an article (content type image/png)"
non-http scheme (``ftp://``)        ``InputError``: "unsupported URL scheme"
directory with no readable files    ``InputError`` for the directory
directory of good and bad files     an ``Article`` or an error for each file, in order
==================================  ============================================================
"""

from __future__ import annotations

from unrest.ingest.clean import clean_text
from unrest.ingest.reader import read_bytes, read_inputs

__all__ = ["clean_text", "read_bytes", "read_inputs"]
