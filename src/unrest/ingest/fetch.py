"""Fetch a URL through an injected :class:`httpx.Client`, turning every failure into a FetchError.

The client is passed in (tests give it an ``httpx.MockTransport``); when the caller has none,
:func:`default_client` builds one with a timeout, redirects followed and an honest User-Agent.
The body is streamed and cut off at ``max_bytes`` so a huge or endless response cannot fill memory.
"""

from __future__ import annotations

from dataclasses import dataclass

import httpx

from unrest.errors import FetchError

DEFAULT_TIMEOUT = 20.0  # seconds; slow news sites take a few, a dead one should not hold a batch
USER_AGENT = "unrest-monitor/0.1 (news event extraction)"


@dataclass(frozen=True)
class Fetched:
    """A successful response: the final URL after redirects, its body and content type."""

    url: str
    content: bytes
    content_type: str | None


def default_client(timeout: float = DEFAULT_TIMEOUT) -> httpx.Client:
    """The client used when the caller injects none; the caller closes it."""
    return httpx.Client(timeout=timeout, follow_redirects=True, headers={"User-Agent": USER_AGENT})


def fetch(url: str, client: httpx.Client, *, max_bytes: int) -> Fetched:
    """GET ``url`` and return its body.

    :raises FetchError: with a one-line reason when the URL does not answer, times out, redirects
        forever, answers with an HTTP error status, or sends more than ``max_bytes``.
    """
    try:
        with client.stream("GET", url, follow_redirects=True) as response:
            if response.status_code >= 400:
                raise FetchError(url, f"HTTP {response.status_code} {response.reason_phrase}".strip())
            declared = response.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > max_bytes:
                raise FetchError(url, f"response is {int(declared):,} bytes, over the limit of {max_bytes:,}")
            content = _read_capped(response, url, max_bytes)
            return Fetched(str(response.url), content, response.headers.get("content-type"))
    except httpx.TimeoutException as exc:
        raise FetchError(url, f"timed out ({type(exc).__name__})") from exc
    except httpx.ConnectError as exc:
        raise FetchError(url, f"could not connect ({_one_line(exc) or 'connection refused'})") from exc
    except httpx.TooManyRedirects as exc:
        raise FetchError(url, "too many redirects") from exc
    except (httpx.InvalidURL, httpx.UnsupportedProtocol) as exc:
        raise FetchError(url, f"invalid URL ({_one_line(exc)})") from exc
    except httpx.HTTPError as exc:  # the rest: protocol errors, read errors, closed connections
        raise FetchError(url, f"request failed ({type(exc).__name__}: {_one_line(exc)})") from exc


def _read_capped(response: httpx.Response, url: str, max_bytes: int) -> bytes:
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > max_bytes:
            raise FetchError(url, f"response is over the limit of {max_bytes:,} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split())[:200]
