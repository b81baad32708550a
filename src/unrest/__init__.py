"""Unrest Monitor: sourced, geocoded event records from crisis news reports.

    >>> import unrest
    >>> record = unrest.extract_text("Police arrested 40 protesters in Nairobi on Tuesday.",
    ...                              published="2024-06-27")
    >>> record.as_dict()["figures"][0]["category"]
    'arrested'
"""

from __future__ import annotations

import logging

from unrest.errors import UnrestError
from unrest.models import Article, Record

__all__ = ["Article", "Record", "UnrestError", "extract_inputs", "extract_text"]
__version__ = "0.1.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())


def extract_text(text: str, **kwargs: str | None) -> Record:
    """See :func:`unrest.services.extract_text` (imported lazily: spaCy loads on first use)."""
    from unrest.services import extract_text as _extract_text

    return _extract_text(text, **kwargs)  # type: ignore[arg-type]


def extract_inputs(inputs, **kwargs):  # type: ignore[no-untyped-def]
    """See :func:`unrest.services.extract_inputs`."""
    from unrest.services import extract_inputs as _extract_inputs

    return _extract_inputs(inputs, **kwargs)
