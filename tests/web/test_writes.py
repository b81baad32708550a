"""POST /api/articles: text, HTML or a URL is extracted, stored and merged; only with the token;
URLs inside the network are refused unless the settings allow them."""

from __future__ import annotations

import httpx
import pytest

from unrest.web.urlguard import RefusedURL, check_url, guarded_client

REPORT = ("Police arrested 40 protesters in Nairobi on Tuesday after a march against new taxes, "
          "the Kenya National Commission on Human Rights said. At least three people were killed.")


def test_post_text_stores_and_merges(make_client, store_url, auth):
    c = make_client(db=store_url)
    before = c.get("/api/incidents?country=KE").json()["total"]
    r = c.post("/api/articles", json={"text": REPORT, "published": "2024-06-27", "title": "Nairobi tax protest",
                                      "outlet": "Test Wire", "source_url": "https://example.org/nairobi"},
               headers=auth)
    assert r.status_code == 201, r.text
    body = r.json()
    assert body["ok"] is True and body["merge"]["incidents"] > 0
    [art] = body["articles"]
    assert art["created"] is True and art["n_figures"] >= 1
    stored = c.get(art["href"]).json()
    assert stored["title"] == "Nairobi tax protest" and stored["outlet"] == "Test Wire"
    assert stored["urls"] == ["https://example.org/nairobi"]
    assert c.get("/api/incidents?country=KE").json()["total"] > before
    # the same text again is not stored twice
    again = c.post("/api/articles", json={"text": REPORT, "published": "2024-06-27"}, headers=auth).json()
    assert again["articles"][0]["created"] is False and again["merge"] is None


def test_post_html_reads_the_page(make_client, store_url, auth):
    c = make_client(db=store_url)
    html = (f"<html><head><title>Kenya: arrests</title></head><body><nav>Home | World</nav><article><h1>Kenya: arrests</h1>"
            f"<p>{REPORT}</p><p>{REPORT.replace('Nairobi', 'Mombasa')}</p></article></body></html>")
    r = c.post("/api/articles", json={"html": html, "published": "2024-06-27"}, headers=auth)
    assert r.status_code == 201, r.text
    art = c.get(r.json()["articles"][0]["href"]).json()
    assert "Home | World" not in art["record"]["article"]["text"]
    assert "Nairobi" in art["record"]["article"]["text"]


def _site(pages: dict[str, tuple[int, dict[str, str], bytes]]) -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        status, headers, body = pages.get(str(request.url), (404, {}, b"not found"))
        return httpx.Response(status, headers=headers, content=body)

    return httpx.MockTransport(handler)


PAGE = f"<html><body><article><p>{REPORT}</p></article></body></html>".encode()


def test_post_url_fetches_a_public_page(make_client, store_url, auth):
    transport = _site({"http://93.184.216.34/news/1": (200, {"content-type": "text/html"}, PAGE)})
    c = make_client(db=store_url, fetch_transport=transport)
    r = c.post("/api/articles", json={"url": "http://93.184.216.34/news/1", "published": "2024-06-27"}, headers=auth)
    assert r.status_code == 201, r.text
    art = c.get(r.json()["articles"][0]["href"]).json()
    assert art["urls"] == ["http://93.184.216.34/news/1"]


def test_redirect_into_the_network_is_refused(make_client, store_url, auth):
    transport = _site({"http://93.184.216.34/go": (302, {"location": "http://169.254.169.254/latest/meta-data/"}, b""),
                       "http://169.254.169.254/latest/meta-data/": (200, {"content-type": "text/plain"}, REPORT.encode())})
    c = make_client(db=store_url, fetch_transport=transport)
    r = c.post("/api/articles", json={"url": "http://93.184.216.34/go"}, headers=auth)
    assert r.status_code == 422 and r.json()["error"] == "url_refused"


def test_private_urls_when_configured(make_client, store_url, auth):
    transport = _site({"http://10.1.2.3/intranet": (200, {"content-type": "text/html"}, PAGE)})
    refused = make_client(db=store_url, fetch_transport=transport)
    assert refused.post("/api/articles", json={"url": "http://10.1.2.3/intranet"}, headers=auth).status_code == 422
    allowed = make_client(db=store_url, fetch_transport=transport, allow_private_urls=True)
    assert allowed.post("/api/articles", json={"url": "http://10.1.2.3/intranet"}, headers=auth).status_code == 201


def test_unreachable_url_is_a_502(make_client, store_url, auth):
    c = make_client(db=store_url, fetch_transport=_site({}))
    r = c.post("/api/articles", json={"url": "http://93.184.216.34/gone"}, headers=auth)
    assert r.status_code == 502 and r.json()["error"] == "fetch_failed" and "404" in r.json()["message"]


@pytest.mark.parametrize("url, public", [
    # public addresses
    ("http://93.184.216.34/", True),
    ("https://[2606:2800:220:1:248:1893:25c8:1946]/", True),
    # loopback, in every spelling
    ("http://127.0.0.1/", False),
    ("http://127.1.2.3:8080/", False),
    ("http://[::1]/", False),
    ("http://localhost/", False),
    ("http://2130706433/", False),  # 127.0.0.1 as one integer
    ("http://0x7f000001/", False),
    ("http://[::ffff:127.0.0.1]/", False),  # IPv4-mapped IPv6
    # private networks
    ("http://10.0.0.1/", False),
    ("http://172.16.5.4/", False),
    ("http://192.168.1.1/", False),
    ("http://[fd00::1]/", False),
    # link-local, with the cloud metadata service
    ("http://169.254.169.254/latest/meta-data/", False),
    ("http://[fe80::1]/", False),
    # carrier-grade NAT, unspecified, broadcast, multicast
    ("http://100.64.0.1/", False),
    ("http://0.0.0.0/", False),
    ("http://255.255.255.255/", False),
    ("http://224.0.0.1/", False),
])
def test_check_url(url, public):
    if public:
        assert check_url(url)
    else:
        with pytest.raises(RefusedURL):
            check_url(url)
        assert check_url(url, allow_private=True)


@pytest.mark.parametrize("url", ["ftp://example.org/x", "file:///etc/passwd", "gopher://127.0.0.1/"])
def test_only_http(url):
    with pytest.raises(RefusedURL):
        check_url(url, allow_private=True)


def test_connection_goes_only_to_checked_addresses():
    """The transport's own connect step refuses too (a name that turns private after the check)."""
    import httpcore

    from unrest.web.urlguard import _PinnedBackend

    with pytest.raises(httpcore.ConnectError):
        _PinnedBackend(allow_private=False).connect_tcp("localhost", 9)
    client = guarded_client()
    assert isinstance(client._transport._pool._network_backend, _PinnedBackend)  # type: ignore[attr-defined]
    client.close()


def test_real_fetch_from_a_loopback_server_when_allowed(make_client, store_url, auth):
    """Through the real transport (pinned connections), a loopback page is refused by default and
    fetched when the settings allow private addresses."""
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    class Page(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802
            self.send_response(200)
            self.send_header("content-type", "text/html; charset=utf-8")
            self.send_header("content-length", str(len(PAGE)))
            self.end_headers()
            self.wfile.write(PAGE)

        def log_message(self, *args) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Page)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://localhost:{server.server_address[1]}/report"
        body = {"url": url, "published": "2024-06-27"}
        assert make_client(db=store_url).post("/api/articles", json=body, headers=auth).status_code == 422
        r = make_client(db=store_url, allow_private_urls=True).post("/api/articles", json=body, headers=auth)
        assert r.status_code == 201, r.text
    finally:
        server.shutdown()
        server.server_close()
