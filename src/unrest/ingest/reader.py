"""Route each input (path, directory, URL, stdin) to the right parser; never raise for a bad one.

Every step that can fail on bad input raises an :class:`InputError` subclass naming the input; the
two generators here catch those and yield them instead, so one bad file never stops a batch.
"""

from __future__ import annotations

import logging
import os
import re
import stat
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

import httpx

from unrest.errors import InputError, ParseError
from unrest.ingest.feeds import parse_feed
from unrest.ingest.fetch import DEFAULT_TIMEOUT, default_client, fetch
from unrest.ingest.html import parse_html
from unrest.ingest.sniff import Format, check_binary, declared_charset, decode, sniff
from unrest.ingest.text import parse_text
from unrest.models import Article

logger = logging.getLogger(__name__)

DEFAULT_MAX_BYTES = 10_000_000
STDIN = "-"
STDIN_ORIGIN = "<stdin>"

_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*)://")
# Content types that are never an article, whatever the body looks like.
_UNSUPPORTED_TYPES = re.compile(
    r"^(?:image|audio|video|font)/|^application/(?:pdf|zip|gzip|x-tar|msword)", re.IGNORECASE
)

Result = Article | InputError


def read_inputs(
    inputs: Iterable[str | os.PathLike[str]] | str | os.PathLike[str],
    *,
    client: httpx.Client | None = None,
    stdin: BinaryIO | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    timeout: float = DEFAULT_TIMEOUT,
) -> Iterator[Result]:
    """Yield an :class:`Article` per article found in ``inputs``, or an :class:`InputError` per
    input (or feed entry) that could not be read. See the package docstring for the input kinds."""
    if isinstance(inputs, (str, os.PathLike)):
        inputs = [inputs]  # a lone path, not an iterable of one-character inputs
    own_client: httpx.Client | None = None
    try:
        for raw in inputs:
            item = os.fspath(raw)
            scheme = _SCHEME.match(item)
            if scheme:
                if scheme.group(1).lower() not in ("http", "https"):
                    yield InputError(item, f"unsupported URL scheme {scheme.group(1)!r} (only http and https)")
                    continue
                if client is None and own_client is None:
                    own_client = default_client(timeout)
                yield from read_url(item, client or own_client, max_bytes=max_bytes)  # type: ignore[arg-type]
            elif item == STDIN:
                yield from read_stream(stdin or sys.stdin.buffer, STDIN_ORIGIN, max_bytes=max_bytes)
            elif not item.strip():
                yield InputError(repr(item), "empty input name")
            else:
                yield from read_path(Path(item), max_bytes=max_bytes)
    finally:
        if own_client is not None:
            own_client.close()


def read_url(url: str, client: httpx.Client, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Result]:
    """Fetch one URL and yield its article(s) (a page gives one, a feed one per entry)."""
    try:
        fetched = fetch(url, client, max_bytes=max_bytes)
    except InputError as exc:
        yield exc
        return
    if fetched.content_type and _UNSUPPORTED_TYPES.match(fetched.content_type):
        yield ParseError(url, f"not an article (content type {fetched.content_type.split(';')[0]})")
        return
    yield from read_bytes(fetched.content, url, content_type=fetched.content_type, url=fetched.url)


def read_path(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Result]:
    """Read a file, or every non-hidden file under a directory (recursively, in sorted order)."""
    try:
        info = path.stat()
    except FileNotFoundError:
        yield InputError(str(path), "no such file or directory")
        return
    except OSError as exc:
        yield InputError(str(path), f"cannot read ({exc.strerror or exc})")
        return
    if not stat.S_ISDIR(info.st_mode):
        yield from _read_file(path, info, max_bytes)
        return
    files = _walk(path)
    if not files:
        yield InputError(str(path), "directory has no files to read (hidden files are skipped)")
    for file in files:
        try:
            info = file.stat()
        except OSError as exc:  # vanished or a dangling symlink
            yield InputError(str(file), f"cannot read ({exc.strerror or exc})")
            continue
        yield from _read_file(file, info, max_bytes)


def read_stream(stream: BinaryIO, origin: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Result]:
    """Read a binary stream (stdin) up to ``max_bytes`` and yield its article(s)."""
    yield from _read_limited(stream, origin, max_bytes, "input")


def read_bytes(
    data: bytes, origin: str, *, content_type: str | None = None, url: str | None = None
) -> Iterator[Result]:
    """Sniff raw bytes as text, HTML or a feed and yield the article(s) they hold.

    :param origin: names the input in :attr:`Article.origin` and in errors.
    :param content_type: an HTTP ``Content-Type``, a hint for the charset and for sniffing.
    :param url: the address the bytes came from, if any.
    """
    try:
        check_binary(data, origin)
        text = decode(data, origin, declared=declared_charset(data, content_type))
        kind = sniff(text, content_type=content_type)
        logger.debug("%s: read as %s", origin, kind.value)
        if kind is Format.FEED:
            # feedparser decodes by itself, honouring the feed's own encoding declaration
            yield from parse_feed(data, origin)
            return
        if kind is Format.HTML:
            yield parse_html(text, origin, url=url)
            return
        article = parse_text(text, origin)
        article.url = url
        yield article
    except InputError as exc:
        yield exc


def _read_file(path: Path, info: os.stat_result, max_bytes: int) -> Iterator[Result]:
    origin = str(path)
    if not stat.S_ISREG(info.st_mode):
        yield InputError(origin, "not a regular file (device, socket or pipe)")
        return
    # Refuse by size before reading anything, so a 50 GB dump never reaches memory.
    if info.st_size > max_bytes:
        yield InputError(origin, f"file is {info.st_size:,} bytes, over the limit of {max_bytes:,} (max_bytes)")
        return
    try:
        handle = path.open("rb")
    except OSError as exc:
        yield InputError(origin, f"cannot read ({exc.strerror or exc})")
        return
    with handle:
        yield from _read_limited(handle, origin, max_bytes, "file")


def _read_limited(handle: BinaryIO, origin: str, max_bytes: int, what: str) -> Iterator[Result]:
    """Read at most ``max_bytes`` + 1 (one more catches a file that grew since stat()), refuse
    anything longer, and yield the article(s) the bytes hold."""
    try:
        data = handle.read(max_bytes + 1)
    except OSError as exc:
        yield InputError(origin, f"cannot read ({exc.strerror or exc})")
        return
    if len(data) > max_bytes:
        yield InputError(origin, f"{what} is over the limit of {max_bytes:,} bytes (max_bytes)")
        return
    yield from read_bytes(data, origin)


def _walk(root: Path) -> list[Path]:
    """Every file under ``root`` whose path below it has no hidden part, sorted by path."""
    found: list[Path] = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]  # prune .git, .cache, ...
        found.extend(Path(dirpath, f) for f in filenames if not f.startswith("."))
    return sorted(found, key=lambda p: p.relative_to(root).parts)
