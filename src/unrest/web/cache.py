"""A response cache for the read API that is never stale on SQLite.

The store only changes when an ingest or a write commits, and then the merge rewrites the derived
tables. So whole answers of ``GET /api/...`` are kept (least recently used first out, bounded in
entries and bytes) under a *store version*:

- SQLite: ``PRAGMA data_version`` on a connection of its own, which changes whenever any other
  connection, in this process or another (``unrest ingest`` running beside the server), commits.
  A cached answer is therefore exactly what a fresh query would give.
- other databases: the version also moves every ``ttl`` seconds, so an answer may lag a write made
  by another process by at most that long (writes through this app clear the cache at once).

Exports (streamed), narrations (audio and cues: the narrator keeps them) and writes are never cached.
``X-Cache: hit|miss`` tells which it was.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections import OrderedDict
from typing import Any

from sqlalchemy import Engine

Message = dict[str, Any]


class StoreVersion:
    def __init__(self, engine: Engine, ttl: float = 2.0) -> None:
        self.ttl = ttl
        self._bumps = 0
        self._lock = threading.Lock()
        self._conn: sqlite3.Connection | None = None
        database = engine.url.database if engine.dialect.name == "sqlite" else None
        if database and database != ":memory:":
            self._conn = sqlite3.connect(f"file:{database}?mode=ro", uri=True, check_same_thread=False)

    @property
    def exact(self) -> bool:
        return self._conn is not None

    def bump(self) -> None:
        with self._lock:
            self._bumps += 1

    def current(self) -> tuple[int, int]:
        with self._lock:
            if self._conn is not None:
                try:
                    return self._bumps, int(self._conn.execute("PRAGMA data_version").fetchone()[0])
                except sqlite3.Error:
                    return self._bumps, -int(time.monotonic() * 1000)  # never equal: no caching
            return self._bumps, int(time.monotonic() // self.ttl)

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()


class ResponseCache:
    """ASGI middleware: answers repeated GETs under ``prefix`` from memory while the store is unchanged."""

    def __init__(self, app: Any, version: StoreVersion, *, max_entries: int = 512, max_bytes: int = 64_000_000,
                 prefix: str = "/api", skip: tuple[str, ...] = ("/api/export",),
                 skip_suffixes: tuple[str, ...] = ()) -> None:
        self.app = app
        self.version = version
        self.max_entries = max_entries
        self.max_bytes = max_bytes
        self.prefix = prefix
        self.skip = skip
        self.skip_suffixes = skip_suffixes
        self._entries: OrderedDict[tuple[str, str, bool], tuple[int, list[tuple[bytes, bytes]], bytes]] = OrderedDict()
        self._bytes = 0
        self._seen: tuple[int, int] | None = None
        self._lock = threading.Lock()

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()
            self._bytes = 0

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        path = scope.get("path", "")
        if (self.max_entries <= 0 or scope["type"] != "http" or scope["method"] != "GET"
                or not path.startswith(self.prefix) or path.startswith(self.skip)
                or (self.skip_suffixes and path.endswith(self.skip_suffixes))):
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        gz = b"gzip" in headers.get(b"accept-encoding", b"")
        query = "&".join(sorted((scope.get("query_string") or b"").decode("latin-1").split("&")))
        key = (path, query, gz)
        version = self.version.current()
        with self._lock:
            if version != self._seen:
                self._entries.clear()
                self._bytes = 0
                self._seen = version
            hit = self._entries.get(key)
            if hit is not None:
                self._entries.move_to_end(key)
        if hit is not None:
            status, head, body = hit
            await send({"type": "http.response.start", "status": status, "headers": [*head, (b"x-cache", b"hit")]})
            await send({"type": "http.response.body", "body": body})
            return

        start: Message = {}
        chunks: list[bytes] = []

        async def capture(message: Message) -> None:
            if message["type"] == "http.response.start":
                start.update(message)
                message = {**message, "headers": [*message.get("headers", []), (b"x-cache", b"miss")]}
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))
                if not message.get("more_body") and start.get("status") == 200:
                    self._store(key, version, start, b"".join(chunks))
            await send(message)

        await self.app(scope, receive, capture)

    def _store(self, key: tuple[str, str, bool], version: tuple[int, int], start: Message, body: bytes) -> None:
        if len(body) > self.max_bytes // 8:
            return
        head = [(k, v) for k, v in start.get("headers", []) if k.lower() != b"x-cache"]
        with self._lock:
            if version != self._seen:
                return  # the store changed while this answer was computed
            old = self._entries.pop(key, None)
            if old is not None:
                self._bytes -= len(old[2])
            self._entries[key] = (start["status"], head, body)
            self._bytes += len(body)
            while self._entries and (len(self._entries) > self.max_entries or self._bytes > self.max_bytes):
                _, (_, _, dropped) = self._entries.popitem(last=False)
                self._bytes -= len(dropped)
