"""The ``unrest`` command line: one module per command, each a thin layer over ``unrest.services``."""

from __future__ import annotations

import logging

import click

from unrest import __version__
from unrest.cli.brief import brief_command
from unrest.cli.corpus import figures_command, incidents_command
from unrest.cli.export import export_command
from unrest.cli.extract import extract_command
from unrest.cli.ingest import ingest_command
from unrest.cli.serve import serve_command
from unrest.cli.listen import listen_command


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="unrest")
@click.option("-v", "--verbose", is_flag=True, help="Log progress to stderr.")
def cli(verbose: bool) -> None:
    """Unrest Monitor: turn crisis news reports into sourced, geocoded event records."""
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")


for command in (extract_command, ingest_command, incidents_command, figures_command, export_command, brief_command,
                listen_command, serve_command):
    cli.add_command(command)


def main() -> None:
    cli()
