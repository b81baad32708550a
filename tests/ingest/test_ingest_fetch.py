"""URLs through an injected httpx client (MockTransport): pages, feeds and every way to fail."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest

from unrest.errors import FetchError, InputError, ParseError
from unrest.ingest import read_inputs, reader
from unrest.models import Article

URL = "https://news.example/story"
PARA = "Hundreds of nurses marched on the invented city of Brannock's main hospital on Thursday, their union said."
PAGE = f"<html><head><title>Nurses march</title></head><body><article><p>{PARA}</p></article></body></html>"

MakeClient = Callable[[dict[str, "httpx.Response | Exception"]], httpx.Client]


def _html(body: str = PAGE, **headers: str) -> httpx.Response:
    return httpx.Response(200, text=body, headers={"content-type": "text/html; charset=utf-8", **headers})


def test_html_page(offline_client: MakeClient) -> None:
    (article,) = read_inputs([URL], client=offline_client({URL: _html()}))
    assert isinstance(article, Article)
    assert article.text == PARA and article.title == "Nurses march"
    assert article.origin == URL and article.url == URL


def test_redirect_is_followed_and_final_url_kept(offline_client: MakeClient) -> None:
    final = "https://news.example/2025/story"
    client = offline_client({URL: httpx.Response(301, headers={"location": final}), final: _html()})
    (article,) = read_inputs([URL], client=client)
    assert isinstance(article, Article)
    assert article.origin == URL and article.url == final


@pytest.mark.parametrize(
    "content_type",
    [
        # labelled as a feed
        "application/rss+xml",
        # mislabelled as HTML: sniffing still finds the feed
        "text/html",
        # no content type at all
        None,
    ],
)
def test_feed_url(offline_client: MakeClient, fixtures_dir: Path, content_type: str | None) -> None:
    headers = {"content-type": content_type} if content_type else {}
    response = httpx.Response(200, content=(fixtures_dir / "feed.xml").read_bytes(), headers=headers)
    results = list(read_inputs([URL], client=offline_client({URL: response})))
    assert [type(r) for r in results] == [Article, ParseError, Article]
    assert [r.origin if isinstance(r, Article) else r.source for r in results] == [f"{URL}#1", f"{URL}#2", f"{URL}#3"]


def test_plain_text_url_with_date_header(offline_client: MakeClient) -> None:
    body = f"date 2025-10-02 junk\n\n{PARA}".encode("cp1252")
    response = httpx.Response(200, content=body, headers={"content-type": "text/plain; charset=windows-1252"})
    (article,) = read_inputs([URL], client=offline_client({URL: response}))
    assert isinstance(article, Article)
    assert article.published == "2025-10-02" and article.text == PARA and article.url == URL


def _chunks() -> Iterator[bytes]:
    for _ in range(100):
        yield b"x" * 1000


@pytest.mark.parametrize(
    ("answer", "error", "reason"),
    [
        # the host refuses the connection
        (
            httpx.ConnectError("[Errno 111] Connection refused"),
            FetchError,
            "could not connect ([Errno 111] Connection refused)",
        ),
        # the DNS name does not resolve
        (httpx.ConnectError("[Errno -2] Name or service not known"), FetchError, "could not connect ([Errno -2]"),
        # the server accepts but never answers
        (httpx.ReadTimeout("timed out"), FetchError, "timed out (ReadTimeout)"),
        # the connection itself times out
        (httpx.ConnectTimeout("timed out"), FetchError, "timed out (ConnectTimeout)"),
        # the connection drops mid-response
        (
            httpx.RemoteProtocolError("peer closed connection"),
            FetchError,
            "request failed (RemoteProtocolError: peer closed",
        ),
        # not found
        (httpx.Response(404), FetchError, "HTTP 404 Not Found"),
        # server error
        (httpx.Response(503), FetchError, "HTTP 503 Service Unavailable"),
        # a redirect loop
        (httpx.Response(302, headers={"location": URL}), FetchError, "too many redirects"),
        # a declared size over the limit
        (httpx.Response(200, content=b"x" * 2000), FetchError, "response is 2,000 bytes, over the limit of 1,000"),
        # a streamed body without a size, cut off at the limit
        (httpx.Response(200, content=_chunks()), FetchError, "response is over the limit of 1,000 bytes"),
        # an image is not an article
        (
            httpx.Response(200, content=b"\x89PNG\r\n\x1a\n", headers={"content-type": "image/png"}),
            ParseError,
            "not an article (content type image/png)",
        ),
        # an empty page
        (httpx.Response(200, content=b"", headers={"content-type": "text/html"}), ParseError, "empty (0 bytes)"),
        # a page with no text
        (_html("<html><body><script>x()</script></body></html>"), ParseError, "no article text found"),
    ],
)
def test_url_failures(offline_client: MakeClient, answer: httpx.Response | Exception, error: type, reason: str) -> None:
    (result,) = read_inputs([URL], client=offline_client({URL: answer}), max_bytes=1000)
    assert type(result) is error
    assert str(result).startswith(f"{URL}: {reason}")
    assert "\n" not in str(result)


def test_a_dead_url_does_not_stop_the_batch(offline_client: MakeClient) -> None:
    dead = "https://dead.example/"
    results = list(read_inputs([dead, URL], client=offline_client({URL: _html()})))
    assert isinstance(results[0], FetchError) and results[0].source == dead
    assert isinstance(results[1], Article)


def test_unsupported_scheme() -> None:
    (error,) = read_inputs(["ftp://files.example/report.txt"])
    assert isinstance(error, InputError)
    assert str(error) == "ftp://files.example/report.txt: unsupported URL scheme 'ftp' (only http and https)"


def test_default_client_is_built_once_and_closed(monkeypatch: pytest.MonkeyPatch, offline_client: MakeClient) -> None:
    built: list[httpx.Client] = []

    def fake_default_client(timeout: float) -> httpx.Client:
        built.append(offline_client({URL: _html()}))
        return built[-1]

    monkeypatch.setattr(reader, "default_client", fake_default_client)
    results = list(read_inputs([URL, URL]))
    assert all(isinstance(r, Article) for r in results) and len(results) == 2
    assert len(built) == 1 and built[0].is_closed
