"""Where the gazetteer index lives, and its schema version (shared by build and reader)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

SCHEMA_VERSION = "5"  # 5: provinces at their outline centres; 4: provinces keep their own English name; 3: towns added by hand (data/cities.json); 2: continents, centres, name variants


def default_path() -> Path:
    """``$UNREST_GAZETTEER``, else ``<sys.prefix>/share/unrest/gazetteer-v<SCHEMA_VERSION>.sqlite``."""
    env = os.environ.get("UNREST_GAZETTEER")
    if env:
        return Path(env)
    return Path(sys.prefix) / "share" / "unrest" / f"gazetteer-v{SCHEMA_VERSION}.sqlite"


def fallback_path() -> Path:
    """A per-user location for when ``sys.prefix`` is read-only (a system install)."""
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "unrest" / f"gazetteer-v{SCHEMA_VERSION}.sqlite"
