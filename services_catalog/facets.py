"""Facet counts of the catalogue, computed in the database: for each filter, how many
services each of its values would give with the current query and the *other* filters.
One grouped query per facet, whatever the number of results or of values."""

from dataclasses import dataclass, field

from django.db.models import Count

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


def grouped_counts(model, service_field, value_field, ids):
    """{value: number of distinct services} over the rows of `model` linked to the services `ids`."""
    rows = (
        model.objects.filter(**{f"{service_field}__in": ids})
        .values(value_field)
        .annotate(n=Count(service_field, distinct=True))
        .order_by()
    )
    return {str(row[value_field]): row["n"] for row in rows}


def through_counts(relation, value_field, ids):
    return grouped_counts(getattr(ServicePage, relation).through, "servicepage_id", f"{value_field}__slug", ids)


def free_counts(ids):
    return {"1": ServicePage.objects.filter(pk__in=ids, is_free=True).count()}


COUNTERS = {
    "obiettivo": lambda ids: through_counts("objectives", "objective", ids),
    "azione": lambda ids: through_counts("actions", "action", ids),
    "destinatari": lambda ids: through_counts("audiences", "audience", ids),
    "rete": lambda ids: grouped_counts(ServicePage, "pk", "network__slug", ids),
    "comune": lambda ids: grouped_counts(ServiceLocation, "service_id", "municipality", ids),
    "giorno": lambda ids: grouped_counts(OpeningHours, "location__service_id", "weekday", ids),
    "gratuito": free_counts,
}


def build_facets(filterset, groups=None):
    """The facets of `filterset`, each counted on the services matching everything else."""
    groups = groups or {}
    selected = {}
    for name, value in filterset.active_values():
        selected.setdefault(name, set()).add(str(value))
    facets = []
    for name in filterset.FACETS:
        counts = COUNTERS[name](filterset.without(name).qs.values("pk"))
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
    return {facet.name: facet for facet in facets}
