"""Every municipality of Lombardy (ISTAT list) with its centroid, read from the committed
lombardy_municipalities.csv (built by scripts/build_municipalities.py; nothing is downloaded
at run time), and the tolerant matching of a name a visitor types."""

import csv
import difflib
import math
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

DATA_FILE = Path(__file__).with_name("lombardy_municipalities.csv")
EARTH_RADIUS_KM = 6371.0088
# «Sant'Angelo», «San Donato», «Santa Maria», «Santo Stefano» are also typed «S. Angelo».
SAINT_PREFIX = re.compile(r"^(sant|san|santa|santo)\b\s*")
PROVINCE_SUFFIX = re.compile(r"\s*\(([a-z]{2})\)\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class Municipality:
    code: str  # the cadastral code (Belfiore): stable, and given to municipalities born of a merger too
    name: str
    province: str
    latitude: float
    longitude: float

    @property
    def label(self):
        return f"{self.name} ({self.province})"


def folded(text):
    """Lower case, no accents, no apostrophes, hyphens or dots, single spaces."""
    text = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode("ascii").lower()
    text = re.sub(r"[’'`´.\-]", " ", text)
    return " ".join(text.split())


def name_keys(name):
    """The keys under which `name` is found: its folded form without spaces, each part of a
    bilingual name («Bolzano/Bozen»), and «S.» for a leading «San», «Sant'», «Santa», «Santo»."""
    keys = set()
    for part in str(name).split("/"):
        words = folded(part)
        if not words:
            continue
        keys.add(words.replace(" ", ""))
        if SAINT_PREFIX.match(words):
            keys.add("s" + SAINT_PREFIX.sub("", words).replace(" ", ""))
    return keys


def typed_key(text):
    """The key of what a visitor typed («sant angelo lodigiano», «S. Angelo Lodigiano (LO)»)
    and the province it names, if any."""
    text = str(text or "").strip()
    province = ""
    suffix = PROVINCE_SUFFIX.search(text)
    if suffix:
        province, text = suffix.group(1).upper(), text[: suffix.start()]
    return folded(text).replace(" ", ""), province


@cache
def all_municipalities():
    """The municipalities in alphabetical order."""
    with DATA_FILE.open(encoding="utf-8", newline="") as data:
        return tuple(
            Municipality(
                code=row["cadastral_code"],
                name=row["name"],
                province=row["province"],
                latitude=float(row["latitude"]),
                longitude=float(row["longitude"]),
            )
            for row in csv.DictReader(data)
        )


@cache
def by_key():
    """Key -> the municipalities found under it (more than one only for a shared abbreviation)."""
    found = {}
    for municipality in all_municipalities():
        for key in name_keys(municipality.name):
            found.setdefault(key, []).append(municipality)
    return found


@cache
def by_code():
    return {municipality.code: municipality for municipality in all_municipalities()}


def find_municipality(text):
    """The municipality `text` names, or None: unknown, or ambiguous without its province."""
    key, province = typed_key(text)
    if not key:
        return None
    found = by_key().get(key, [])
    if province:
        found = [municipality for municipality in found if municipality.province == province]
    return found[0] if len(found) == 1 else None


def similar_municipalities(text, limit=5):
    """Municipalities a name that matched none may have meant: those whose name starts with
    it, else the closest spellings (a hint, never a choice made for the visitor)."""
    key, _province = typed_key(text)
    if len(key) < 3:
        return []
    keys = by_key()
    starting = [name for name in keys if name.startswith(key)]
    close = starting or difflib.get_close_matches(key, list(keys), n=limit, cutoff=0.8)
    found = {municipality for name in close for municipality in keys[name]}
    return sorted(found, key=lambda municipality: municipality.name)[:limit]


def distance_km(latitude, longitude, other_latitude, other_longitude):
    """Great-circle distance in kilometres (haversine)."""
    phi1, phi2 = math.radians(latitude), math.radians(other_latitude)
    half_dphi = (phi2 - phi1) / 2
    half_dlambda = math.radians(other_longitude - longitude) / 2
    a = math.sin(half_dphi) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(half_dlambda) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(a))
