"""``unrest brief``: a situation report from the store, as Markdown, HTML or PDF."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from unrest.cli._options import db_option, open_store

BRIEF_FORMATS = ("md", "html", "pdf")


def brief_filter_options(fn):  # type: ignore[no-untyped-def]
    """--country, --province, --since, --until: the part of the store a briefing covers."""
    for opt in reversed([
        click.option("--country", help="ISO 3166-1 alpha-2 code, e.g. KE."),
        click.option("--province", help="ISO 3166-2 code, e.g. KE-30."),
        click.option("--since", help="Incidents on or after this date (YYYY-MM-DD)."),
        click.option("--until", help="Incidents on or before this date (YYYY-MM-DD)."),
    ]):
        fn = opt(fn)
    return fn


@click.command("brief")
@db_option
@brief_filter_options
@click.option("--format", "fmt", type=click.Choice(BRIEF_FORMATS),
              help="md, html or pdf (default: from the -o suffix, else md).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="File to write (Markdown also writes NAME-map.png and NAME-timeline.png beside it). "
                   "Default: stdout.")
@click.option("--record/--no-record", default=True, show_default=True,
              help="Remember this briefing, so the next one for the same filter says what changed.")
@click.option("--notable", type=click.IntRange(0, 100), default=8, show_default=True, help="Notable events listed.")
def brief_command(db: str, country: str | None, province: str | None, since: str | None, until: str | None,
                  fmt: str | None, output: Path | None, record: bool, notable: int) -> None:
    """Write a situation briefing: headline figures with their sources, what changed since the last
    briefing, a map, a timeline, a table by province and the notable events; every number is
    footnoted with its claims (source, outlet, date).

    \b
    unrest brief --country KE --format pdf -o kenya.pdf
    unrest brief --province KE-30 --since 2024-06-01 -o nairobi.md
    """
    from unrest.brief import BriefFilter, make_briefing, render_briefing, write_briefing

    if fmt is None:
        suffix = output.suffix.lower().lstrip(".") if output else ""
        fmt = {"markdown": "md", "htm": "html"}.get(suffix, suffix) if suffix in (*BRIEF_FORMATS, "markdown", "htm") \
            else "md"
    if fmt == "pdf" and output is None and sys.stdout.isatty():
        raise click.UsageError("a PDF goes to a file: add -o FILE.pdf (or redirect stdout)")
    store = open_store(db)
    try:
        briefing = make_briefing(store, BriefFilter(country, province, since, until), record=record, notable=notable)
        if output is None:
            data = render_briefing(briefing, fmt)
            if isinstance(data, bytes):
                click.get_binary_stream("stdout").write(data)
            else:
                click.echo(data, nl=False)
        else:
            written = write_briefing(briefing, fmt, output)
            click.echo(f"{briefing.title}: {briefing.n_incidents:,} incident(s) from {briefing.n_reports:,} report(s); "
                       f"wrote {', '.join(str(p) for p in written)}", err=True)
    finally:
        store.close()
