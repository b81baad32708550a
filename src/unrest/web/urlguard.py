"""Fetching a URL handed to the API without letting it reach inside the network.

A server that fetches any URL a client names can be turned against the machines around it
(server-side request forgery). :func:`guarded_client` returns an ``httpx.Client`` that refuses,
unless ``allow_private`` is set:

- any scheme but http and https;
- a host that is, or resolves to, an address that is not public: loopback, private (10/8,
  172.16/12, 192.168/16, fc00::/7), link-local (169.254/16 with the cloud metadata service,
  fe80::/10), carrier-grade NAT, multicast, reserved, unspecified (0.0.0.0), and IPv4 written as
  an integer or in hex (resolved first, so ``0x7f000001`` is 127.0.0.1);
- every redirect is checked the same way before it is followed;
- the connection itself goes to the address that was checked, so a name that resolves to a
  public address when checked and a private one when connecting (DNS rebinding) cannot slip by;
- proxies from the environment are ignored (``trust_env=False``).
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Iterable
from typing import Any

import httpcore
import httpx

from unrest.errors import FetchError
from unrest.ingest.fetch import USER_AGENT

Address = ipaddress.IPv4Address | ipaddress.IPv6Address


class RefusedURL(FetchError):
    """A URL the server will not fetch: its scheme, or an address that is not public."""


def is_public(addr: Address) -> bool:
    if isinstance(addr, ipaddress.IPv6Address) and addr.ipv4_mapped is not None:
        return is_public(addr.ipv4_mapped)
    return addr.is_global and not addr.is_multicast


def resolve(host: str, port: int) -> list[Address]:
    """Every address a host name or literal stands for."""
    host = host.strip("[]")
    try:
        return [ipaddress.ip_address(host)]
    except ValueError:
        pass
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchError(host, f"could not resolve the host ({exc})") from exc
    return [ipaddress.ip_address(str(info[4][0]).split("%", 1)[0]) for info in infos]


def check_url(url: httpx.URL | str, *, allow_private: bool = False) -> list[Address]:
    """The addresses ``url`` may be fetched from; :class:`FetchError` when it must not be fetched."""
    url = httpx.URL(str(url))
    if url.scheme not in ("http", "https"):
        raise RefusedURL(str(url), f"unsupported URL scheme {url.scheme!r} (only http and https)")
    if not url.host:
        raise RefusedURL(str(url), "the URL has no host")
    port = url.port or (443 if url.scheme == "https" else 80)
    addrs = resolve(url.host, port)
    if not addrs:
        raise FetchError(str(url), "the host has no address")
    if not allow_private:
        bad = [a for a in addrs if not is_public(a)]
        if bad:
            raise RefusedURL(str(url), f"refused: {url.host} is a private, loopback or reserved address ({bad[0]}); "
                                       "set UNREST_ALLOW_PRIVATE_URLS=1 to allow it")
    return addrs


class _PinnedBackend(httpcore.NetworkBackend):
    """Connects only to addresses that pass the check, resolving the name once, itself."""

    def __init__(self, allow_private: bool) -> None:
        self._inner = httpcore.SyncBackend()
        self._allow_private = allow_private

    def connect_tcp(self, host: str, port: int, timeout: float | None = None, local_address: str | None = None,
                    socket_options: Iterable[Any] | None = None) -> httpcore.NetworkStream:
        addrs = resolve(host, port)
        if not self._allow_private and any(not is_public(a) for a in addrs):
            raise httpcore.ConnectError(f"refused: {host} resolves to a non-public address")
        last: Exception | None = None
        for addr in addrs:
            try:
                return self._inner.connect_tcp(str(addr), port, timeout=timeout, local_address=local_address,
                                               socket_options=socket_options)
            except httpcore.ConnectError as exc:
                last = exc
        raise last or httpcore.ConnectError(f"could not connect to {host}")

    def connect_unix_socket(self, path: str, timeout: float | None = None,
                            socket_options: Iterable[Any] | None = None) -> httpcore.NetworkStream:
        raise httpcore.ConnectError("unix sockets are not fetched")

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


def guarded_client(*, allow_private: bool = False, timeout: float = 20.0,
                   transport: httpx.BaseTransport | None = None) -> httpx.Client:
    """An httpx client that checks every request (redirects included) with :func:`check_url`."""

    def check(request: httpx.Request) -> None:
        check_url(request.url, allow_private=allow_private)

    if transport is None:
        transport = httpx.HTTPTransport(trust_env=False)
        pool = getattr(transport, "_pool", None)
        if pool is not None and hasattr(pool, "_network_backend"):
            pool._network_backend = _PinnedBackend(allow_private)  # httpx has no public hook
    return httpx.Client(transport=transport, timeout=timeout, follow_redirects=True, trust_env=False,
                        headers={"User-Agent": USER_AGENT}, event_hooks={"request": [check]})
