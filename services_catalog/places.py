"""Where a service is, for distances: each location's own coordinates, else the centroid of
its municipality (home.geography); a location whose municipality is not recognised has no
known place (its service is at no known distance)."""

from functools import lru_cache
from typing import NamedTuple

from home.geography.municipalities import distance_km, find_municipality


class Place(NamedTuple):
    latitude: float
    longitude: float
    code: str  # the municipality's cadastral code, "" when not recognised


@lru_cache(maxsize=4096)
def municipality_of(name, province):
    """The Municipality a location names (its province, when given, must agree), or None."""
    found = find_municipality(f"{name} ({province})" if province else name)
    return found or (find_municipality(name) if province else None)


def location_place(name, province, latitude, longitude):
    """The Place of one location row, or None."""
    municipality = municipality_of(name or "", (province or "").upper())
    code = municipality.code if municipality else ""
    if latitude is not None and longitude is not None:
        return Place(float(latitude), float(longitude), code)
    if municipality is None:
        return None
    return Place(municipality.latitude, municipality.longitude, code)


def distance_from(origin, places):
    """Kilometres from the Municipality `origin` to the nearest of `places`, or None."""
    distances = [
        0.0 if place.code == origin.code else distance_km(origin.latitude, origin.longitude, *place[:2])
        for place in places
    ]
    return min(distances) if distances else None


def places_by_service(locations):
    """{service key: [Place]} of `locations` (a ServiceLocation queryset)."""
    found = {}
    rows = locations.values_list("service_id", "municipality", "province", "latitude", "longitude")
    for key, name, province, latitude, longitude in rows:
        place = location_place(name, province, latitude, longitude)
        if place is not None:
            found.setdefault(key, []).append(place)
    return found


def keys_within(locations, origin, km):
    """Keys of the services of `locations` with a place within `km` of `origin`."""
    return [key for key, places in places_by_service(locations).items() if distance_from(origin, places) <= km]
