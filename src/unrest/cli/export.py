"""``unrest export --format jsonl|csv|geojson``."""

from __future__ import annotations

import sys

import click

from unrest.cli._options import db_option, filter_options, open_store
from unrest.export import FORMATS, write_export
from unrest.store.queries import IncidentFilter


@click.command("export")
@db_option
@click.option("--format", "fmt", type=click.Choice(FORMATS), required=True,
              help="jsonl: PLOVER field names; csv: ACLED-style columns; geojson: points.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), help="File (default: stdout).")
@filter_options
def export_command(db: str, fmt: str, output: str | None, country: str | None, admin1_code: str | None,
                   event_type: str | None, since: str | None, until: str | None) -> None:
    """Export the merged incidents with their reconciled figures and sources."""
    store = open_store(db)
    filt = IncidentFilter(country, admin1_code, event_type, since, until)
    with store.engine.connect() as conn:
        if output:
            with open(output, "w", encoding="utf-8", newline="") as fh:
                n = write_export(conn, fmt, fh, filt)
            click.echo(f"{n} incident(s) written to {output}", err=True)
        else:
            write_export(conn, fmt, sys.stdout, filt)
