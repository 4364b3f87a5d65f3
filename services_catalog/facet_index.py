"""The catalogue's facet index: for one language, which services have each value of each
facet (as bitsets over "slots", services_catalog.bitsets), their age ranges and the
catalogue's orders. A worker keeps one per language until content changes
(caching.fragments.kept_in_worker).

Why: counting the facets in SQL evaluates every filter for every match of the text query and
groups the links of every service, the slowest part of a catalogue request with thousands of
services (figures in docs/catalogue-facet-index.md). With the index the database gives the text
query's matches only; each filter is a union of bitsets and each count an AND and a popcount."""

import itertools
from dataclasses import dataclass, field
from functools import cached_property

from django.db.models import F

from caching.fragments import kept_in_worker
from search.locale_filters import searchable_in_language
from services_catalog import bitsets
from services_catalog.models import OpeningHours, ServiceLocation, ServicePage
from services_catalog.needs import NEEDS
from services_catalog.places import distance_from, places_by_service

AGE_RANGES_KEPT = 64
ORIGINS_KEPT = 64
FAR = float("inf")  # the distance of a service whose place is unknown: listed last
# (facet parameter, ServicePage's many-to-many field, the link table's column to the taxonomy)
TAXONOMY_LINKS = (
    ("obiettivo", "objectives", "objective"),
    ("azione", "actions", "action"),
    ("destinatari", "audiences", "audience"),
)


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


def need_values(values):
    """{need: bitset} from the taxonomy facets' bitsets (services_catalog.needs)."""
    return {
        need: bitsets.union(values.get(name, {}).get(slug, 0) for name, slugs in mapping.items() for slug in slugs)
        for need, (_label, mapping) in NEEDS.items()
    }


def linked_values(services):
    """{facet parameter: [(service key, value as the parameter spells it)]} for the link tables
    and the locations of `services`."""
    keys = services.values("pk")
    linked = {
        name: getattr(ServicePage, relation)
        .through.objects.filter(servicepage__in=keys)
        .values_list("servicepage_id", f"{target}__slug")
        for name, relation, target in TAXONOMY_LINKS
    }
    return {
        **linked,
        "giorno": OpeningHours.objects.filter(location__service__in=keys).values_list(
            "location__service_id", "weekday"
        ),
    }


def build_index(locale):
    """The index of the live public services of `locale` (a fixed number of queries, whatever
    the number of services)."""
    services = searchable_in_language(ServicePage.objects.live().public().current(), locale)
    rows = list(
        services.order_by("title", "pk").values_list(
            "pk", "network__slug", "is_free", "age_min_months", "age_max_months"
        )
    )
    keys = [row[0] for row in rows]
    slots = {key: slot for slot, key in enumerate(keys)}
    pairs = {name: list(query) for name, query in linked_values(services).items()}
    pairs["rete"] = [(key, network) for key, network, *_rest in rows if network]
    pairs["gratuito"] = [(key, "1") for key, _network, free, *_rest in rows if free]
    values = {}
    for name, linked in pairs.items():
        slots_by_value = {}
        for key, value in linked:
            if key in slots:
                slots_by_value.setdefault(str(value), []).append(slots[key])
        values[name] = {value: bitsets.from_slots(found, len(keys)) for value, found in slots_by_value.items()}
    values["bisogno"] = {need: bits for need, bits in need_values(values).items() if bits}
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
