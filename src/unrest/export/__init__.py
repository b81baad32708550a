"""Exports of the merged store: JSON Lines (PLOVER field names), CSV (ACLED-style columns), GeoJSON."""

from unrest.export.writers import FORMATS, write_export

__all__ = ["FORMATS", "write_export"]
