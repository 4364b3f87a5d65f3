"""Facet counts of the catalogue, computed in the database: for each filter, how many
services each of its values would give with the current query and the *other* filters.
All of them in one SQL statement, whatever the number of results or of values."""

from dataclasses import dataclass, field

from django.core.exceptions import EmptyResultSet
from django.db import connection
from django.db.models import BooleanField, Count, ExpressionWrapper, Q, TextField, Value
from django.db.models.expressions import RawSQL
from django.db.models.functions import Cast

from services_catalog.models import OpeningHours, ServiceLocation, ServicePage


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
    multiple: bool = True

    @property
    def has_options(self):
        return any(option.count or option.selected for option in self.options)


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


def free_counting(ids):
    return counting(ServicePage, "pk", "is_free", ids, distinct=False).filter(is_free=True)


COUNTERS = {
    "obiettivo": lambda ids: through_counting("objectives", "objective", ids),
    "azione": lambda ids: through_counting("actions", "action", ids),
    "destinatari": lambda ids: through_counting("audiences", "audience", ids),
    "rete": lambda ids: counting(ServicePage, "pk", "network__slug", ids, distinct=False),
    "comune": lambda ids: counting(ServiceLocation, "service_id", "municipality", ids),
    "giorno": lambda ids: counting(OpeningHours, "location__service_id", "weekday", ids),
    "gratuito": free_counting,
}
TOTAL = "__totale__"


class FacetCounts:
    """The result count and every facet's counts in one SQL statement.

    Each facet is counted on the services matching the query and the *other* filters. The
    statement's common table expressions (each computed once) are the text query's matches
    and a table of flags: one row per service matching the query and the filters that are not
    facets (age), one boolean column per facet filter in use. The facets whose parameter is not
    in use count the services with every flag, each facet in use those with every flag but its
    own, so each filter is evaluated once per service. `filterset` filters the unsearched
    services and `match` is the searched queryset (or None)."""

    def __init__(self, filterset, match=None):
        self.ctes = []  # (name, columns, sql, params), in order
        if match is not None:
            matched = self.cte("facet_match", ["pk"], match.values("pk"))
            filterset = filterset.on(filterset.queryset.filter(pk__in=matched))
        self.filterset = filterset

    def cte(self, name, columns, queryset):
        """Registers `queryset` (selecting `columns`) as a CTE; returns the subquery of its keys."""
        try:
            sql, params = queryset.order_by().query.sql_with_params()
        except EmptyResultSet:  # a query Django knows matches nothing (`.none()`)
            sql, params = "SELECT " + ", ".join("0" for _column in columns) + " WHERE 1 = 0", ()
        self.ctes.append((name, columns, sql, params))
        # The CTE name is ours; no value reaches the SQL text.
        return RawSQL(f"SELECT pk FROM {name}", ())  # noqa: S608, S611

    def flags(self, in_use):
        """The flags CTE for the facet filters `in_use`."""
        columns = [f"flag_{name}" for name in in_use]
        services = self.filterset.without(*in_use).qs.values("pk")
        for name, column in zip(in_use, columns, strict=True):
            condition = Q(pk__in=self.filterset.only(name).qs.values("pk"))
            services = services.annotate(**{column: ExpressionWrapper(condition, output_field=BooleanField())})
        self.cte("facet_flags", ["pk", *columns], services.values("pk", *columns))

    @staticmethod
    def with_flags(names):
        """The keys of the services whose flags `names` are all true (the names are ours)."""
        where = " AND ".join(f"flag_{name}" for name in names) or "1 = 1"
        return RawSQL(f"SELECT pk FROM facet_flags WHERE {where}", ())  # noqa: S608, S611

    def statement(self):
        active = {name for name, _value in self.filterset.active_values()}
        in_use = [name for name in self.filterset.FACETS if name in active]
        self.flags(in_use)
        shared = self.with_flags(in_use)
        total = ServicePage.objects.filter(pk__in=shared).order_by()
        parts = [total.values(facet=Value(TOTAL), value=Value("")).annotate(n=Count("pk"))]
        for name in self.filterset.FACETS:
            ids = self.with_flags([other for other in in_use if other != name])
            parts.append(COUNTERS[name](ids).annotate(facet=Value(name)).values("facet", "value", "n"))
        sql, params = parts[0].union(*parts[1:], all=True).query.sql_with_params()
        # Django compiled every part (values stay parameters): only the WITH clause is joined here.
        ctes = ", ".join(f"{name}({', '.join(columns)}) AS ({cte_sql})" for name, columns, cte_sql, _p in self.ctes)
        cte_params = [param for _name, _columns, _sql, params_of_cte in self.ctes for param in params_of_cte]
        return f"WITH {ctes} {sql}", [*cte_params, *params]

    def run(self):
        """(total, {facet: {value: count}})."""
        sql, params = self.statement()
        counts = {name: {} for name in self.filterset.FACETS}
        total = 0
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            for facet, value, count in cursor.fetchall():
                if facet == TOTAL:
                    total = count
                elif facet == "gratuito":
                    counts[facet]["1"] = count  # its one row counts the free services (true is "1" or "true")
                else:
                    counts[facet][str(value)] = count
        return total, counts


def build_facets(filterset, groups=None, match=None):
    """(result count, the facets of `filterset`), each facet counted on the services
    matching everything else (`match`: see FacetCounts)."""
    groups = groups or {}
    selected = {}
    for name, value in filterset.active_values():
        selected.setdefault(name, set()).add(str(value))
    total, all_counts = FacetCounts(filterset, match).run()
    facets = []
    for name in filterset.FACETS:
        counts = all_counts[name]
        declared = filterset.filters[name]
        options = [
            Option(
                value=str(value),
                label=str(label),
                count=counts.get(str(value), 0),
                selected=str(value) in selected.get(name, ()),
                group=groups.get(name, {}).get(str(value), ""),
            )
            for value, label in declared.extra["choices"]
        ]
        facets.append(Facet(name, str(declared.label), options, multiple=name not in ("comune", "giorno", "gratuito")))
    return total, {facet.name: facet for facet in facets}
