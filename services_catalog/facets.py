"""Facet counts of the catalogue: for each filter, how many services each of its values would
give with the current query and the *other* filters, and the services listed (every filter).

The database gives the text query's matches only; the filters and counts are bitset
operations on the worker's facet index (services_catalog.facet_index): a filter in use is the
union of its values' bitsets, each facet counts the matches passing every filter in use but
its own, whatever the number of results or of values."""

import functools
import operator
from dataclasses import dataclass, field
from typing import NamedTuple

from django.core.exceptions import EmptyResultSet
from django.db import connection

from search.ranking_scope import matching_keys


@dataclass
class Option:
    value: str
    label: str
    count: int
    selected: bool
    group: str = ""

    @property
    def disabled(self):
        return self.count == 0 and not self.selected


@dataclass
class Facet:
    name: str
    legend: str
    options: list = field(default_factory=list)
    kind: str = ""  # home.listing's kinds: how the form shows it
    empty_label: str = ""


class Counted(NamedTuple):
    total: int
    counts: dict  # {facet: {value: count}}, the values with services only
    listed: int  # bitset of the services passing every filter
    relaxed: dict = {}  # {filter in use: bitset of the services passing every other filter}


def matched_bits(index, services, searched):
    """The bitset of the services of `services` (a searched queryset when `searched`, else
    the language's live public services, which the index holds): the keys the text query
    matches, of which the index keeps those it holds (live, public, in the language)."""
    if not searched:
        return index.everyone
    if services.query.is_empty():  # `.none()`: a query without words
        return 0
    return index.bits_of(fetched_keys(matching_keys(services)))


# The keys joined into one text value, per database: one row instead of one per match. Read
# row by row, every match makes a tuple: with thousands of matches, most of the garbage
# collector's work on a catalogue request.
JOINED_KEYS = {"postgresql": "string_agg(CAST(k AS text), ',')", "sqlite": "group_concat(k, ',')"}


def fetched_keys(keys):
    """The values of `keys` (a flat values queryset of integers), read with a plain cursor as one
    joined text (the ORM's per-row work is the larger cost with thousands of matches)."""
    try:
        sql, params = keys.query.sql_with_params()
    except EmptyResultSet:  # a condition that holds for no row (`pk__in=[]`: no backend results)
        return []
    joined = JOINED_KEYS[connection.vendor]
    with connection.cursor() as cursor:
        cursor.execute(f"WITH matched(k) AS ({sql}) SELECT {joined} FROM matched", params)  # noqa: S608 (compiled SQL)
        (text,) = cursor.fetchone()
    return list(map(int, text.split(","))) if text else []


def as_strings(value):
    """A parameter's cleaned value (one or a list) as the list of its values' strings."""
    return [str(item) for item in value] if isinstance(value, list) else [str(value)]


def narrowing_bits(filterset, index, applied):
    """{parameter: bitset} of the filters that are not facets: they narrow what every facet
    counts (the age; the radius around the visitor's municipality)."""
    narrowing = {}
    if "eta" in applied:
        narrowing["eta"] = index.for_ages(*filterset.age_bounds(applied["eta"]), filterset.known_ages_only())
    if "raggio" in applied:
        narrowing["raggio"] = index.within(filterset.place(), int(applied["raggio"]))
    return narrowing


def count_facets(filterset, index, matched):
    """Counted: the services of `matched` (a bitset) passing the filters of `filterset`."""
    applied = filterset.applied()
    passing = narrowing_bits(filterset, index, applied)
    passing.update(
        {name: index.having(name, as_strings(applied[name])) for name in filterset.FACETS if name in applied}
    )

    def all_but(name):
        return functools.reduce(operator.and_, (bits for other, bits in passing.items() if other != name), matched)

    listed = all_but(None)
    counts = {}
    for name in filterset.FACETS:
        others = all_but(name)
        counted = ((value, (others & bits).bit_count()) for value, bits in index.values.get(name, {}).items())
        counts[name] = {value: count for value, count in counted if count}
    relaxed = {name: all_but(name) for name in passing}
    if matched != index.everyone:  # a text query: what the filters give without it
        relaxed["q"] = functools.reduce(operator.and_, passing.values(), index.everyone)
    return Counted(listed.bit_count(), counts, listed, relaxed)


def build_facets(filterset, counts, groups=None):
    """{name: Facet} of `filterset`, with the `counts` of count_facets."""
    groups = groups or {}
    selected = {}
    for name, value in filterset.active_values():
        selected.setdefault(name, set()).add(str(value))
    facets = {}
    for name in filterset.FACETS:
        counted = counts[name]
        declared = filterset.filters[name]
        choices = declared.extra.get("choices")
        if choices is None:  # an open list (municipalities): the values counted and the one chosen
            choices = [(value, value) for value in sorted(set(counted) | selected.get(name, set()))]
        chosen = selected.get(name, ())
        named_groups = groups.get(name, {})
        options = [
            Option(
                value=str(value),
                label=str(label),
                count=counted.get(str(value), 0),
                selected=str(value) in chosen,
                group=named_groups.get(str(value), ""),
            )
            for value, label in choices
        ]
        row = filterset.facet(name)
        facets[name] = Facet(name, str(declared.label), options, row.kind, str(row.empty_label))
    return facets
