"""The offline place stage: gazetteer index, named regions and the context resolver.

- ``gazetteer``: ``Gazetteer`` (SQLite index built by ``python -m unrest.geo.build``), ``GeoEntry``;
- ``regions``: direction regions ("northern Iran") and the named-region table ``data/regions.json``;
- ``resolve``: ``Mention``, ``candidates_for``, ``resolve`` (no spaCy needed);
- ``fold``: the name key shared by the index and the text.

The spaCy side is ``unrest.nlp.components.places`` (factory ``unrest_places``).
"""

from unrest.geo.fold import fold
from unrest.geo.gazetteer import Gazetteer, GeoEntry, Match
from unrest.geo.regions import Region, RegionDef, direction_region, region_table, table_region
from unrest.geo.resolve import Candidate, Mention, Resolution, Resolved, candidates_for, resolve

__all__ = [
    "Candidate", "Gazetteer", "GeoEntry", "Match", "Mention", "Region", "RegionDef", "Resolution",
    "Resolved", "candidates_for", "direction_region", "fold", "region_table", "resolve", "table_region",
]
