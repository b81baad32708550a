"""Options shared by the commands that use the store."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import click

from unrest.errors import UnrestError
from unrest.store import Store

db_option = click.option("--db", envvar="UNREST_DB", default="unrest.db", show_default=True,
                         help="SQLite path or database URL (postgresql+psycopg://...). Also $UNREST_DB.")


def filter_options(fn: Callable[..., Any]) -> Callable[..., Any]:
    for opt in reversed([
        click.option("--country", help="ISO 3166-1 alpha-2 code, e.g. IR."),
        click.option("--province", "admin1_code", help="ISO 3166-2 code, e.g. IR-16."),
        click.option("--type", "event_type", help="PLOVER event type, e.g. PROTEST."),
        click.option("--since", help="Only incidents on or after this date (YYYY-MM-DD)."),
        click.option("--until", help="Only incidents on or before this date (YYYY-MM-DD)."),
    ]):
        fn = opt(fn)
    return fn


def open_store(db: str) -> Store:
    try:
        return Store.open(db)
    except UnrestError as exc:
        raise click.ClickException(str(exc)) from exc
