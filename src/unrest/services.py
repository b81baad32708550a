"""Use cases shared by the CLI, the Python API and (later) the web app.

Each front door parses its own arguments and calls one of these; none of them prints.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import httpx

from unrest.errors import ExtractionError, InputError
from unrest.ingest import read_inputs
from unrest.models import Article, Record
from unrest.nlp.pipeline import extract


def extract_inputs(inputs: Iterable[str], *, client: httpx.Client | None = None,
                   max_bytes: int = 10_000_000, batch_size: int = 16) -> Iterator[Record | InputError | ExtractionError]:
    """Read every input and extract a record per article, in input order.

    Bad inputs come out as :class:`InputError` values between the records, so a batch goes on;
    an article the pipeline fails on comes out as :class:`ExtractionError`.
    """
    batch: list[Article] = []
    for item in read_inputs(inputs, client=client, max_bytes=max_bytes):
        if isinstance(item, InputError):
            yield from _flush(batch, batch_size)
            batch = []
            yield item
            continue
        batch.append(item)
        if len(batch) >= batch_size:
            yield from _flush(batch, batch_size)
            batch = []
    yield from _flush(batch, batch_size)


def _flush(batch: list[Article], batch_size: int) -> Iterator[Record | ExtractionError]:
    if not batch:
        return
    try:
        yield from extract(batch, batch_size=batch_size)
    except ExtractionError:
        # find the article that failed without losing the others
        for article in batch:
            try:
                yield from extract([article])
            except ExtractionError as exc:
                yield exc


def extract_text(text: str, *, published: str | None = None, title: str | None = None,
                 outlet: str | None = None, url: str | None = None) -> Record:
    """The record of one text (the simplest entry point of the Python API)."""
    from unrest.ingest import clean_text

    article = Article(text=clean_text(text), title=title, published=published, outlet=outlet, url=url)
    return next(extract([article]))
