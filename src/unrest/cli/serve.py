"""``unrest serve``: the JSON API and the dashboard on one port (uvicorn), or one request sent
through the app in process with ``--get PATH`` (handy in scripts and tests, no port opened)."""

from __future__ import annotations

import asyncio
import os
import sys
from typing import Any

import click

from unrest.cli._options import db_option


@click.command("serve")
@db_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on (0.0.0.0 for every interface: mind who can reach it).")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True, help="Port to listen on.")
@click.option("--allow-private-urls", is_flag=True, default=None,
              help="Let POST /api/articles fetch private and loopback addresses. Also $UNREST_ALLOW_PRIVATE_URLS.")
@click.option("--workers", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Server processes (each with its own read cache; SQLite serves several readers at once).")
@click.option("--get", "get_path", metavar="PATH", help="Send one GET through the app, print the answer and exit.")
def serve_command(db: str, host: str, port: int, allow_private_urls: bool | None, workers: int,
                  get_path: str | None) -> None:
    """Serve the JSON API (docs at /docs) and the dashboard (/) on the store.

    Write endpoints (POST /api/articles) need the token in $UNREST_API_TOKEN, sent as
    "Authorization: Bearer <token>"; without it set, the server refuses every write.
    """
    from unrest.errors import UnrestError
    from unrest.web import Settings, create_app

    try:
        settings = Settings.from_env(db=db, allow_private_urls=allow_private_urls)
        app = create_app(settings)
    except UnrestError as exc:
        raise click.ClickException(str(exc)) from exc
    if get_path:
        response = asyncio.run(_get(app, get_path))
        click.echo(response.text)
        sys.exit(0 if response.status_code < 400 else 1)
    import uvicorn

    click.echo(f"Unrest Monitor on http://{host}:{port}/ (API docs at /docs); store: {settings.db}", err=True)
    if workers == 1:
        uvicorn.run(app, host=host, port=port, log_level="warning", access_log=False)
        return
    # each worker process builds its own app from the environment, so the options go there
    app.state.version.close()
    app.state.store.close()
    os.environ["UNREST_DB"] = settings.db
    if allow_private_urls:
        os.environ["UNREST_ALLOW_PRIVATE_URLS"] = "1"
    uvicorn.run("unrest.web.app:app_from_env", factory=True, host=host, port=port, workers=workers,
                log_level="warning", access_log=False)


async def _get(app: Any, path: str) -> Any:
    import httpx

    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://unrest.local") as client:
        return await client.get(path)
