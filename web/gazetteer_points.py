"""Build helper (run by build.mjs with the project's Python): what the map shapes are keyed by.

Writes two files into the folder given as the first argument:

- ``cities.csv``: every city of the gazetteer that has a province, as lon,lat,country,code. The
  build joins them to the Natural Earth provinces, so each shape takes the ISO 3166-2 code that the
  gazetteer (and so the store) gives the towns inside it: Natural Earth still draws some countries'
  old provinces (Nepal's 14 zones), and those are merged into the provinces the store knows.
- ``provinces.csv``: code,name of every province in the gazetteer, to name the merged shapes.
- ``numeric.json``: ISO 3166-1 numeric -> alpha-2, for the world-atlas country ids.
"""

from __future__ import annotations

import csv
import json
import sqlite3
import sys
from pathlib import Path

import pycountry

from unrest.geo.gazetteer import Gazetteer


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(f"file:{Gazetteer.default().path}?mode=ro", uri=True)
    rows = conn.execute("SELECT lon, lat, country, admin1_code FROM entries WHERE feature = 'city' "
                        "AND admin1_code IS NOT NULL AND lat IS NOT NULL ORDER BY id")
    with open(out / "cities.csv", "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["lon", "lat", "country", "code"])
        for lon, lat, country, code in rows:
            writer.writerow([f"{lon:.4f}", f"{lat:.4f}", country, code])
    with open(out / "provinces.csv", "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["code", "pname"])
        for code, name in conn.execute("SELECT admin1_code, name FROM entries WHERE feature = 'admin1' "
                                       "AND admin1_code IS NOT NULL ORDER BY admin1_code, population DESC"):
            writer.writerow([code, name])
    numeric = {c.numeric: c.alpha_2 for c in pycountry.countries}
    numeric["-99"] = "XK"  # world-atlas's Kosovo
    (out / "numeric.json").write_text(json.dumps(numeric), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
