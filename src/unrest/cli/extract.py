"""``unrest extract PATH... [--format json|table]``."""

from __future__ import annotations

import json
import sys

import click

from unrest.errors import UnrestError
from unrest.services import extract_inputs


@click.command("extract")
@click.argument("inputs", nargs=-1, required=True, metavar="PATH|URL|-...")
@click.option("--format", "fmt", type=click.Choice(["json", "table"]), default="table", show_default=True,
              help="json: one record per article (JSON Lines when several); table: readable tables.")
@click.option("--max-bytes", type=int, default=10_000_000, show_default=True,
              help="Refuse inputs larger than this.")
@click.option("--pretty", is_flag=True, help="Indent JSON (one record per line is lost).")
def extract_command(inputs: tuple[str, ...], fmt: str, max_bytes: int, pretty: bool) -> None:
    """Extract events, figures, places and quotes from reports.

    PATH may be a text file (first line may be 'date YYYY-MM-DD'), an HTML page, an RSS/Atom feed,
    a directory (read recursively), an http(s) URL, or '-' for stdin. Inputs that cannot be read
    are reported on stderr and skipped; the exit status is 1 if any failed.
    """
    from unrest.cli.render import render_record

    failed = 0
    done = 0
    for item in extract_inputs(inputs, max_bytes=max_bytes):
        if isinstance(item, UnrestError):
            failed += 1
            click.echo(f"error: {item}", err=True)
            continue
        done += 1
        if fmt == "json":
            click.echo(json.dumps(item.as_dict(), ensure_ascii=False, indent=2 if pretty else None))
        else:
            click.echo(render_record(item))
    if done == 0 and failed == 0:
        click.echo("error: no articles found in the inputs", err=True)
        sys.exit(1)
    if failed:
        click.echo(f"{done} article(s) extracted, {failed} input(s) failed", err=True)
        sys.exit(1)

