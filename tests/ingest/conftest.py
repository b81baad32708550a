"""Fixtures for the ingest tests: the stored sample files and an offline httpx client."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest

FIXTURES = Path(__file__).parent / "fixtures"

# What a mocked URL answers: a response, or an exception the transport raises instead.
Answer = httpx.Response | Exception


@pytest.fixture
def fixtures_dir() -> Path:
    """The folder of hand-written sample inputs (invented events)."""
    return FIXTURES


@pytest.fixture
def offline_client() -> Iterator[Callable[[dict[str, Answer]], httpx.Client]]:
    """Build an ``httpx.Client`` whose transport answers from a table of URL → answer.

    Any URL not in the table raises ``ConnectError``, as a dead host would, so a test can never
    reach the network by accident.
    """
    clients: list[httpx.Client] = []

    def make(routes: dict[str, Answer]) -> httpx.Client:
        def handler(request: httpx.Request) -> httpx.Response:
            answer = routes.get(str(request.url))
            if answer is None:
                raise httpx.ConnectError("[Errno 111] Connection refused", request=request)
            if isinstance(answer, Exception):
                raise answer
            return answer

        client = httpx.Client(transport=httpx.MockTransport(handler), follow_redirects=True)
        clients.append(client)
        return client

    yield make
    for client in clients:
        client.close()
