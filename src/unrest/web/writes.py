"""The write side: an article posted to the API is read, extracted, stored and merged.

Writes go one at a time through :class:`Writer` (one lock per app), the way a single writer
serves SQLite best; readers are never blocked (WAL). A write returns only when the store has
been merged, so the next read sees the new incidents.
"""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Callable
from typing import Any

from unrest.errors import InputError, ParseError
from unrest.ingest import read_bytes, read_inputs
from unrest.ingest.text import parse_text
from unrest.models import Article
from unrest.store import Store
from unrest.web.settings import Settings
from unrest.web.urlguard import check_url, guarded_client

MAX_FEED_ENTRIES = 50


class Writer:
    def __init__(self, store: Store, settings: Settings, on_write: Callable[[], None] | None = None) -> None:
        self.store = store
        self.settings = settings
        self.on_write = on_write
        self._lock = threading.Lock()

    def read(self, *, text: str | None = None, html: str | None = None, url: str | None = None,
             title: str | None = None, published: str | None = None, outlet: str | None = None,
             source_url: str | None = None) -> list[Article]:
        """The article(s) in a posted body: plain text, an HTML page, or a URL to fetch (a page or
        a feed). Raises :class:`InputError` (or its ``FetchError``/``ParseError``) when unusable."""
        limit = self.settings.max_bytes
        if url is not None:
            check_url(url, allow_private=self.settings.allow_private_urls)
            with guarded_client(allow_private=self.settings.allow_private_urls, timeout=self.settings.fetch_timeout,
                                transport=self.settings.fetch_transport) as client:
                items = list(read_inputs([url], client=client, max_bytes=limit))
        else:
            body = text if text is not None else html or ""
            size = len(body.encode("utf-8"))
            if size > limit:
                raise InputError("body", f"{size:,} bytes, over the limit of {limit:,}")
            if text is not None:
                # plain text stays plain text, markup and all (it is never sniffed as a page)
                items = [parse_text(text, "body")]
            else:
                items = list(read_bytes(body.encode("utf-8"), "body", content_type="text/html; charset=utf-8",
                                        url=source_url))
        found = [a for a in items if isinstance(a, Article)][:MAX_FEED_ENTRIES]
        if not found:
            errors = [e for e in items if isinstance(e, InputError)]
            raise errors[0] if errors else ParseError("body", "no article found")
        overrides = {k: v for k, v in (("title", title), ("published", published), ("outlet", outlet)) if v}
        if source_url and url is None:
            overrides["url"] = source_url
        return [dataclasses.replace(a, **overrides) if overrides else a for a in found]

    def store_articles(self, found: list[Article]) -> dict[str, Any]:
        """Extract, store and merge; what was stored and what the merge made of the store."""
        from unrest.nlp.pipeline import (
            extract,  # the language model loads on the first write only
        )

        out = []
        with self._lock:
            new = [a for a in found if not self.store.has_article(a.id)]
            records = {r.article.id: r for r in extract(new)} if new else {}
            for article in found:
                record = records.get(article.id)
                if record is not None:
                    self.store.save_record(record)
                elif article.url:
                    self.store.add_url(article.id, article.url)
                out.append({"id": article.id, "title": article.title, "published": article.published,
                            "outlet": article.outlet, "created": record is not None,
                            "n_events": len(record.events) if record else None,
                            "n_figures": len(record.figures) if record else None,
                            "href": f"/api/articles/{article.id}"})
            report = self.store.merge() if records else None
            if self.on_write is not None:
                self.on_write()
        merge = dataclasses.asdict(report) if report is not None else None
        return {"articles": out, "merge": merge}
