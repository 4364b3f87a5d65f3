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


def through_counts(relation, value_field, ids):
    through = getattr(ServicePage, relation).through
    rows = (
        through.objects.filter(servicepage_id__in=ids)
        .values(f"{value_field}__slug")
        .annotate(n=Count("servicepage_id"))
        .order_by()
    )
    return {row[f"{value_field}__slug"]: row["n"] for row in rows}


def network_counts(ids):
    rows = ServicePage.objects.filter(pk__in=ids).values("network__slug").annotate(n=Count("pk")).order_by()
    return {row["network__slug"]: row["n"] for row in rows}


def municipality_counts(ids):
    rows = (
        ServiceLocation.objects.filter(service_id__in=ids)
        .values("municipality")
        .annotate(n=Count("service_id", distinct=True))
        .order_by()
    )
    return {row["municipality"]: row["n"] for row in rows}


def weekday_counts(ids):
    rows = (
        OpeningHours.objects.filter(location__service_id__in=ids)
        .values("weekday")
        .annotate(n=Count("location__service_id", distinct=True))
        .order_by()
    )
    return {str(row["weekday"]): row["n"] for row in rows}


def free_counts(ids):
    return {"1": ServicePage.objects.filter(pk__in=ids, is_free=True).count()}


COUNTERS = {
    "obiettivo": lambda ids: through_counts("objectives", "objective", ids),
    "azione": lambda ids: through_counts("actions", "action", ids),
    "destinatari": lambda ids: through_counts("audiences", "audience", ids),
    "rete": network_counts,
    "comune": municipality_counts,
    "giorno": weekday_counts,
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
