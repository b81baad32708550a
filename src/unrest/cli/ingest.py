"""``unrest ingest PATH|URL|FEED...``: extract into the store, then merge."""

from __future__ import annotations

import sys

import click

from unrest.cli._options import db_option, open_store


@click.command("ingest")
@click.argument("inputs", nargs=-1, required=True, metavar="PATH|URL|FEED|-...")
@db_option
@click.option("--workers", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Extraction processes.")
@click.option("--progress/--no-progress", default=None, help="Show a progress bar (default: on a terminal).")
@click.option("--max-bytes", type=int, default=10_000_000, show_default=True, help="Refuse larger inputs.")
def ingest_command(inputs: tuple[str, ...], db: str, workers: int, progress: bool | None, max_bytes: int) -> None:
    """Store reports, merge them into incidents and reconcile their figures.

    Idempotent: an article already stored (same text) is skipped, and a batch that was stopped
    resumes where it stopped. Unreadable inputs are reported and skipped; the exit status is 1
    if any failed.
    """
    from unrest.corpus.ingest import ingest

    store = open_store(db)
    show = sys.stderr.isatty() if progress is None else progress
    report = ingest(inputs, store, workers=workers, progress=show, max_bytes=max_bytes)
    for err in report.errors:
        click.echo(f"error: {err}", err=True)
    m = report.merge
    click.echo(f"{report.new} new article(s), {report.known} already stored, {len(report.errors)} failed"
               + (f"; {m.incidents} incident(s), {m.campaigns} campaign(s), {m.copies} wire copies, "
                  f"{m.claims} figure claims" if m else ""))
    store.close()
    if report.errors:
        sys.exit(1)
