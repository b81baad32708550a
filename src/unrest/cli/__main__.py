"""``python -m unrest.cli``: the same as the ``unrest`` command."""

from unrest.cli import main

main()
