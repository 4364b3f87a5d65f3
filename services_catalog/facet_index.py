"""The catalogue's facet index: for one language, which services have each value of each
facet of the table (services_catalog.facet_table; as bitsets over "slots",
services_catalog.bitsets), their age ranges and the catalogue's orders. A worker keeps one
per language until content changes (caching.fragments.kept_in_worker).

Why: counting the facets in SQL evaluates every filter for every match of the text query and
groups the links of every service, the slowest part of a catalogue request with thousands of
services (figures in docs/facets.md). With the index the database gives the text
query's matches only; each filter is a union of bitsets and each count an AND and a popcount."""

import itertools
from dataclasses import dataclass, field
from functools import cached_property

from django.db.models import F

from caching.fragments import kept_in_worker
from home.listing import COMPOSITE, FLAG, is_local, linked_pairs
from search.locale_filters import searchable_in_language
from services_catalog import bitsets, facet_table
from services_catalog.models import ServiceLocation, ServicePage
from services_catalog.places import distance_from, places_by_service

AGE_RANGES_KEPT = 64
ORIGINS_KEPT = 64
FAR = float("inf")  # the distance of a service whose place is unknown: listed last


@dataclass
class FacetIndex:
    """Slot i is the i-th service of the language in the catalogue's default order (title,
    then key), so the bits of a result set, read in ascending order, are that order."""

    keys: list  # slot -> service primary key
    values: dict  # facet parameter -> {value: bitset of the services having it}
    ages: list  # slot -> (age_min_months, age_max_months)
    verified_order: list  # slots, most recently verified first (never verified last), then title
    slots: dict  # service primary key -> slot
    places: list = field(default_factory=list)  # slot -> [services_catalog.places.Place]
    age_ranges: dict = field(init=False, default_factory=dict)
    by_origin: dict = field(init=False, default_factory=dict)  # municipality code -> OriginTable

    @property
    def everyone(self):
        return bitsets.full(len(self.keys))

    def bits_of(self, keys):
        """The bitset of the services `keys` (keys the index does not hold are ignored)."""
        size = len(self.keys)
        marks, slot_of = bytearray(size + 1), self.slots.get
        for key in keys:
            marks[slot_of(key, size)] = 1  # an unknown key marks the spare byte past the end
        del marks[size]
        return bitsets.from_marks(marks)

    def keys_of(self, slots):
        return [self.keys[slot] for slot in slots]

    def having(self, name, values):
        """The services having one of `values` (strings) of facet `name`."""
        table = self.values[name]
        return bitsets.union(table.get(value, 0) for value in values)

    def for_ages(self, low, high, known_only=False):
        """The services for children aged `low` to `high` months: a range that overlaps it
        (an open end is open), and unless `known_only` the services that give no age."""
        bits = self.age_ranges.get((low, high))
        if bits is None:
            slots = (
                slot
                for slot, (least, most) in enumerate(self.ages)
                if (least is not None or most is not None)
                and (least is None or least <= high)
                and (most is None or most >= low)
            )
            bits = bitsets.from_slots(slots, len(self.keys))
            if len(self.age_ranges) >= AGE_RANGES_KEPT:
                self.age_ranges.clear()
            self.age_ranges[(low, high)] = bits
        return bits if known_only else bits | self.without_ages

    @cached_property
    def without_ages(self):
        return bitsets.from_slots(
            (slot for slot, (least, most) in enumerate(self.ages) if least is None and most is None), len(self.keys)
        )

    def from_origin(self, origin):
        """The OriginTable of the Municipality `origin` (kept for the last ORIGINS_KEPT)."""
        table = self.by_origin.get(origin.code)
        if table is None:
            distances = [distance_from(origin, places) if places else None for places in self.places]
            table = OriginTable(distances)
            if len(self.by_origin) >= ORIGINS_KEPT:
                self.by_origin.clear()
            self.by_origin[origin.code] = table
        return table

    def within(self, origin, km):
        """The services with a place within `km` of `origin`."""
        return self.from_origin(origin).within(km, len(self.keys))

    def in_distance_order(self, bits, origin, offset, limit):
        """Keys of the services of `bits` from position `offset`, at most `limit`, nearest to
        `origin` first (then by title; a service at no known distance last)."""
        members = set(bitsets.slots_of(bits))
        wanted = (slot for slot in self.from_origin(origin).order if slot in members)
        return self.keys_of(itertools.islice(wanted, offset, offset + limit))

    def distance_to(self, origin, key):
        """Kilometres from `origin` to the service `key`, or None when not known."""
        slot = self.slots.get(key)
        return None if slot is None else self.from_origin(origin).distances[slot]

    def in_title_order(self, bits, offset, limit):
        """Keys of the services of `bits` from position `offset`, at most `limit`, by title."""
        return self.keys_of(bitsets.slots_of(bits)[offset : offset + limit])

    def in_verified_order(self, bits, offset, limit):
        """Keys of the services of `bits` from position `offset`, at most `limit`, most
        recently verified first."""
        members = set(bitsets.slots_of(bits))
        wanted = (slot for slot in self.verified_order if slot in members)
        return self.keys_of(itertools.islice(wanted, offset, offset + limit))


class OriginTable:
    """Each service's distance from one municipality, the slots in distance order, and the
    bitsets of the radii asked."""

    def __init__(self, distances):
        self.distances = distances  # slot -> km or None
        self.order = sorted(range(len(distances)), key=lambda slot: (_far(distances[slot]), slot))
        self.radii = {}

    def within(self, km, size):
        bits = self.radii.get(km)
        if bits is None:
            slots = (slot for slot, distance in enumerate(self.distances) if distance is not None and distance <= km)
            bits = self.radii[km] = bitsets.from_slots(slots, size)
        return bits


def _far(distance):
    return FAR if distance is None else distance


def composite_values(facet, values):
    """{value: bitset} of a COMPOSITE facet from the bitsets of the facets it is made of."""
    return {
        value: bitsets.union(values.get(name, {}).get(slug, 0) for name, slugs in parts.items() for slug in slugs)
        for value, parts in facet.parts.items()
    }


def facet_pairs(facets, services, rows, local):
    """{parameter: [(service key, value as the parameter spells it)]} of every facet of the
    table but the composite ones: the values on the service's own row from `rows` (read in the
    order of `local`, after the key), the others from their link tables (one query each)."""
    keys = services.values("pk")
    pairs = {}
    for facet in facets:
        if facet.kind == COMPOSITE:
            continue
        if facet in local:
            column = 1 + local.index(facet)
            pairs[facet.param] = [(row[0], flag_or_value(facet, row[column])) for row in rows if row[column]]
        else:
            pairs[facet.param] = list(linked_pairs(ServicePage, facet, keys))
    return pairs


def flag_or_value(facet, value):
    return "1" if facet.kind == FLAG else value


def build_index(locale, facets=None):
    """The index of the live public services of `locale` for the facet table `facets` (the
    catalogue's by default): a fixed number of queries, whatever the number of services."""
    facets = facet_table.FACETS if facets is None else facets
    services = searchable_in_language(ServicePage.objects.live().public().current(), locale)
    local = [facet for facet in facets if facet.kind != COMPOSITE and is_local(ServicePage, facet)]
    rows = list(
        services.order_by("title", "pk").values_list(
            "pk", *(facet.path for facet in local), "age_min_months", "age_max_months"
        )
    )
    keys = [row[0] for row in rows]
    slots = {key: slot for slot, key in enumerate(keys)}
    values = {}
    for name, linked in facet_pairs(facets, services, rows, local).items():
        slots_by_value = {}
        for key, value in linked:
            if key in slots:
                slots_by_value.setdefault(str(value), []).append(slots[key])
        values[name] = {value: bitsets.from_slots(found, len(keys)) for value, found in slots_by_value.items()}
    for facet in facets:
        if facet.kind == COMPOSITE:
            values[facet.param] = {value: bits for value, bits in composite_values(facet, values).items() if bits}
    places = places_by_service(ServiceLocation.objects.filter(service__in=services.values("pk")))
    verified = services.order_by(F("last_verified").desc(nulls_last=True), "title", "pk").values_list("pk", flat=True)
    return FacetIndex(
        keys=keys,
        values=values,
        ages=[(least, most) for *_rest, least, most in rows],
        verified_order=[slots[key] for key in verified if key in slots],
        slots=slots,
        places=[places.get(key, []) for key in keys],
    )


def index_for(locale):
    """The facet index of `locale`, kept by this worker until content changes."""
    return kept_in_worker(f"facet-index:{locale.pk}", lambda: build_index(locale))
