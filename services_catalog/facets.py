"""Facet counts of the catalogue, computed in the database: for each filter, how many
services each of its values would give with the current query and the *other* filters.
All of them in one SQL statement, whatever the number of results or of values."""

import functools
import operator
from dataclasses import dataclass, field
from typing import NamedTuple

from django.db import connection
from django.db.models import BooleanField, Count, ExpressionWrapper, Q, TextField, Value
from django.db.models.expressions import RawSQL
from django.db.models.functions import Cast
from wagtail.models import Page

from search.ranking_scope import ranked_only
from services_catalog.models import OpeningHours, ServiceLocation, ServicePage
from services_catalog.result_page import PAGE


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


def counting(model, service_field, value_field, ids, *, distinct=True):
    """The grouped query (value, n services) over the rows of `model` linked to `ids`;
    `distinct=False` where a service has at most one row per value (a cheaper count)."""
    return (
        model.objects.filter(**{f"{service_field}__in": ids})
        .values(value=Cast(value_field, TextField()))
        .annotate(n=Count(service_field, distinct=distinct))
        .order_by()
    )


def grouped_counts(model, service_field, value_field, ids):
    """{value: number of distinct services} over the rows of `model` linked to the services `ids`."""
    return {row["value"]: row["n"] for row in counting(model, service_field, value_field, ids)}


def through_counting(relation, value_field, ids):
    """Link tables hold each (service, value) pair once."""
    through = getattr(ServicePage, relation).through
    return counting(through, "servicepage_id", f"{value_field}__slug", ids, distinct=False)


COUNTERS = {
    "obiettivo": lambda ids: through_counting("objectives", "objective", ids),
    "azione": lambda ids: through_counting("actions", "action", ids),
    "destinatari": lambda ids: through_counting("audiences", "audience", ids),
    "comune": lambda ids: counting(ServiceLocation, "service_id", "municipality", ids),
    "giorno": lambda ids: counting(OpeningHours, "location__service_id", "weekday", ids),
}
TOTAL = "__totale__"


def flagged(names):
    """The SQL condition "flags `names` all true" on facet_flags (the names are ours)."""
    return " AND ".join(f"flag_{name}" for name in names) or "1 = 1"


def with_flags(names):
    """The keys of the services whose flags `names` are all true."""
    return RawSQL(f"SELECT pk FROM facet_flags WHERE {flagged(names)}", ())  # noqa: S608, S611


@functools.lru_cache(maxsize=256)
def counting_union(in_use, vendor):
    """The UNION ALL of the COUNTERS' grouped queries, each on the services with every flag in
    use but its own, compiled (2-3 ms) once per set of facets in use and database vendor:
    their SQL depends on nothing else."""
    parts = [
        COUNTERS[name](with_flags([other for other in in_use if other != name]))
        .annotate(facet=Value(name))
        .values("facet", "value", "n")
        for name in COUNTERS
    ]
    sql, params = parts[0].union(*parts[1:], all=True).query.sql_with_params()
    return sql, tuple(params)


def all_of(conditions):
    """The Q "every condition holds" (an empty Q for none)."""
    return functools.reduce(operator.and_, conditions, Q())


def at_most_one_failed(conditions):
    """The Q "every condition but at most one holds": a service failing two facet filters is
    in no count (each facet counts the services passing every other filter) nor on the page,
    so the CTE leaves it out. With three filters that drop most services, the join and the
    text ranking run on a third of the matches (issue 9: PostgreSQL statement ~83 -> ~77 ms)."""
    conditions = list(conditions)
    if len(conditions) < 2:
        return Q()
    others = (all_of(conditions[:skipped] + conditions[skipped + 1 :]) for skipped in range(len(conditions)))
    return functools.reduce(operator.or_, others)


class Counted(NamedTuple):
    total: int
    counts: dict
    page_keys: list


class FacetCounts:
    """The result count, every facet's counts and (with `page`, a PageSlice) one page of keys,
    in one SQL statement.

    Each facet is counted on the services matching the query and the *other* filters. The
    statement's one common table expression, computed once, is a table of flags: one row per
    service of the filter set's queryset (the text query's matches, when searched) that
    passes the filters that are not facets (age), one boolean column per facet filter in use
    (the filter's condition, ServiceFilterSet.condition) and the page's order columns. The
    facets whose parameter is not in use count the services with every flag, each facet in
    use those with every flag but its own, so the text query and each filter are evaluated
    once per service; the page is numbered among the services with every flag."""

    def __init__(self, filterset, page=None):
        self.filterset = filterset
        self.page = page

    def flags(self, applied, in_use):
        """The flags CTE for the facet filters `in_use` (`applied`: every parameter's value): its
        WITH clause entry, its parameters and the page's ORDER BY list over its columns."""
        columns = [f"flag_{name}" for name in in_use]
        services = self.filterset.queryset
        if services.query.is_empty():  # `.none()` (a query without words) compiles to no SQL
            services = ServicePage.objects.filter(pk__isnull=True)
        services = services.filter(self.filterset.conditions(exclude=in_use))
        conditions = {name: self.filterset.condition(name, applied[name]) for name in in_use}
        for name, column in zip(in_use, columns, strict=True):
            services = services.annotate(**{column: ExpressionWrapper(conditions[name], output_field=BooleanField())})
        services = services.filter(at_most_one_failed(conditions.values()))
        columns += ["is_free", "network_id"]  # the free and network facets count from the CTE
        order = None
        if self.page is not None:
            if conditions:  # the page lists the services passing every filter: only they are ranked
                listed = ServicePage.objects.filter(all_of(conditions.values())).values("pk")
                services = ranked_only(services, listed)
            services, order_columns, order = self.page.annotate(services)
            columns += order_columns
        columns = ["pk", *columns]
        sql, params = services.order_by().values(*columns).query.sql_with_params()
        return f"facet_flags({', '.join(columns)}) AS ({sql})", params, order

    def statement(self):
        applied = self.filterset.applied()
        in_use = [name for name in self.filterset.FACETS if name in applied]
        flags_sql, flags_params, order = self.flags(applied, in_use)
        others = {name: [other for other in in_use if other != name] for name in self.filterset.FACETS}
        sql, params = counting_union(tuple(in_use), connection.vendor)
        # Counts of the CTE's own rows: the total, the free services, the services of each
        # network, grouped by its id, then its slug looked up by primary key for each of the
        # (at most 15) groups: a join let PostgreSQL hash the whole page table (6.6 ms).
        # The names are ours or Django's.
        counted = "SELECT %s, %s, COUNT(*) FROM facet_flags WHERE "
        pages, key, slug = (
            connection.ops.quote_name(name) for name in (Page._meta.db_table, "id", Page._meta.get_field("slug").column)
        )
        by_network = (
            f"SELECT %s, (SELECT {slug} FROM {pages} WHERE {key} = network_id), n FROM "  # noqa: S608
            f"(SELECT network_id, COUNT(*) AS n FROM facet_flags WHERE {flagged(others['rete'])} "
            "GROUP BY network_id) AS networks"
        )
        plain = [
            (counted + flagged(in_use), [TOTAL, ""]),
            (counted + flagged(others["gratuito"]) + " AND is_free", ["gratuito", "1"]),
            (by_network, ["rete"]),
        ]
        if self.page is not None:
            plain.append(self.page.sql("facet_flags", flagged(in_use), order))
        for part_sql, part_params in plain:
            sql, params = f"{sql} UNION ALL {part_sql}", [*params, *part_params]
        # Django compiled every part (values stay parameters): only the WITH clause is joined here.
        return f"WITH {flags_sql} {sql}", [*flags_params, *params]

    def run(self):
        """Counted(total, {facet: {value: count}}, the page's keys in order)."""
        sql, params = self.statement()
        counts = {name: {} for name in self.filterset.FACETS}
        total = 0
        page_rows = []
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            for facet, value, count in cursor.fetchall():
                if facet == TOTAL:
                    total = count
                elif facet == PAGE:
                    page_rows.append((count, int(value)))
                else:
                    counts[facet][str(value)] = count
        return Counted(total, counts, [key for _position, key in sorted(page_rows)])


def build_facets(filterset, groups=None, page=None):
    """(result count, the facets of `filterset`, the keys of `page`), each facet counted on
    the services matching everything else (see FacetCounts)."""
    groups = groups or {}
    selected = {}
    for name, value in filterset.active_values():
        selected.setdefault(name, set()).add(str(value))
    total, all_counts, page_keys = FacetCounts(filterset, page).run()
    facets = []
    for name in filterset.FACETS:
        counts = all_counts[name]
        declared = filterset.filters[name]
        choices = declared.extra.get("choices")
        if choices is None:  # an open list (municipalities): the values counted and the one chosen
            choices = [(value, value) for value in sorted(set(counts) | selected.get(name, set()))]
        options = [
            Option(
                value=str(value),
                label=str(label),
                count=counts.get(str(value), 0),
                selected=str(value) in selected.get(name, ()),
                group=groups.get(name, {}).get(str(value), ""),
            )
            for value, label in choices
        ]
        facets.append(Facet(name, str(declared.label), options))
    return total, {facet.name: facet for facet in facets}, page_keys
