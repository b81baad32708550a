"""``unrest incidents`` and ``unrest figures``: what the store knows, as tables or JSON."""

from __future__ import annotations

import json

import click

from unrest.cli._options import db_option, filter_options, open_store
from unrest.cli.render import table
from unrest.corpus.reconcile import RECONCILED
from unrest.store.queries import IncidentFilter, figure_history, list_campaigns, list_incidents, toll_series


@click.command("incidents")
@db_option
@filter_options
@click.option("--limit", type=int, default=50, show_default=True)
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def incidents_command(db: str, country: str | None, admin1_code: str | None, event_type: str | None,
                      since: str | None, until: str | None, limit: int, fmt: str) -> None:
    """Incidents merged across reports, newest first, with their reconciled figures."""
    store = open_store(db)
    filt = IncidentFilter(country, admin1_code, event_type, since, until)
    with store.engine.connect() as conn:
        rows = list_incidents(conn, filt, limit=limit)
    if fmt == "json":
        for r in rows:
            click.echo(json.dumps(r, ensure_ascii=False))
        return
    click.echo(table(
        ["id", "date", "type", "mode", "place", "province", "country", "reports", "figures"],
        [[r["id"], _dates(r), r["type"], r["mode"], r["location"], r["admin1_code"], r["country"], r["n_articles"],
          _figures(r["figures"])] for r in rows]))


@click.command("figures")
@db_option
@click.option("--category", type=click.Choice(RECONCILED), default="killed", show_default=True)
@click.option("--country", help="ISO 3166-1 alpha-2 code.")
@click.option("--history", "owner", metavar="ID",
              help="An incident (i-...) or campaign (c-...): what each report changed in its figure.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def figures_command(db: str, category: str, country: str | None, owner: str | None, fmt: str) -> None:
    """A toll table over time: every claim of a category, as of each report, with its source.

    Below it, the reconciled totals per campaign (running tolls) with their range. With
    --history, the claims behind one incident's or campaign's figure and what each changed.
    """
    store = open_store(db)
    if owner:
        with store.engine.connect() as conn:
            steps = figure_history(conn, owner, category)
        if fmt == "json":
            click.echo(json.dumps(steps, ensure_ascii=False, default=str))
            return
        click.echo(table(
            ["as of", "claim", "source", "outlet", "best before", "best after", ""],
            [[s["published"], _value(s["value"], s["value_max"]), s["source"] or "(outlet)", s["outlet"] or "",
              _opt(s["best_before"]), _opt(s["best_after"]), "changed" if s["changed"] else ""] for s in steps]))
        return
    with store.engine.connect() as conn:
        claims = toll_series(conn, category, country)
        camps = list_campaigns(conn, country)
    if fmt == "json":
        click.echo(json.dumps({"claims": claims, "campaigns": camps}, ensure_ascii=False, default=str))
        return
    click.echo(table(
        ["as of", "value", "qualifier", "scope", "source", "origin", "outlet", "text"],
        [[c["published"], _value(c["value"], c["value_max"]), c["qualifier"], c["scope"] or "",
          c["source"] or "(outlet)", c["origin"], c["outlet"] or "", c["text"]] for c in claims]))
    rows = [[c["id"], c["country"], f"{c['date_start']}..{c['date_end']}", _figures({category: c["figures"][category]})]
            for c in camps if category in c["figures"]]
    if rows:
        click.echo("")
        click.echo(table(["campaign", "country", "dates", category], rows))


def _opt(v: float | None) -> str:
    return "" if v is None else f"{v:,.0f}"


def _dates(r: dict) -> str:  # type: ignore[type-arg]
    return r["date_start"] if r["date_start"] == r["date_end"] else f"{r['date_start']}..{r['date_end']}"


def _value(v: float, vmax: float | None) -> str:
    s = f"{v:,.0f}"
    return s + (f"–{vmax:,.0f}" if vmax else "")


def _figures(totals: dict) -> str:  # type: ignore[type-arg]
    parts = []
    for cat, t in sorted(totals.items()):
        rng = f"{t['low']:,.0f}" if t["low"] == t["high"] else f"{t['low']:,.0f}–{t['high']:,.0f}"
        parts.append(f"{cat} {t['best']:,.0f} ({rng}, {t['n_origins']} origin{'s' if t['n_origins'] != 1 else ''}"
                     + (", disputed" if t["disputed"] else "") + ")")
    return "; ".join(parts)
