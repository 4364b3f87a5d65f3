"""The catalogue's facet counts from the search engine's aggregations (search.aggregations)
when Elasticsearch or OpenSearch is the backend; with the database backends the worker's
facet index counts them (services_catalog.facets). The listing, its order and the distances
come from the facet index on every backend."""

from search.aggregations import EngineFacet, engine_counts, uses_engine_aggregations
from services_catalog.facet_table import catalogue_engine_fields
from services_catalog.facets import as_strings
from services_catalog.models import ServiceLocation
from services_catalog.places import keys_within


def catalogue_engine_facets():
    """The catalogue's facets as the engine indexes them, from the facet table."""
    return [EngineFacet(*fields) for fields in catalogue_engine_fields()]


def narrowed(services, filterset, applied):
    """`services` within the filters that are not facets (the age, the radius): every facet
    counts inside them. The radius is a filter on `id`: the engine's compiler drops one on
    `pk`, which for a page type is the pointer to its Page."""
    if "eta" in applied:
        services = services.filter(filterset.condition("eta", applied["eta"]))
    if "raggio" in applied:
        within = keys_within(ServiceLocation.objects.all(), filterset.place(), int(applied["raggio"]))
        services = services.filter(id__in=within)
    return services


def catalogue_counts(services, query, filterset):
    """search.aggregations.EngineCounts of `services` (the listed services before the text
    query and the filters) for `query` and the filters of `filterset`, in one request."""
    applied = filterset.applied()
    facets = catalogue_engine_facets()
    selected = {facet.name: as_strings(applied[facet.name]) for facet in facets if facet.name in applied}
    sizes = {facet.name: len(filterset.filters[facet.name].extra.get("choices") or ()) for facet in facets}
    return engine_counts(narrowed(services, filterset, applied), query, facets, selected, sizes)


def with_engine_counts(counted, services, query, filterset):
    """`counted` (services_catalog.facets.Counted) with the engine's counts when the backend
    aggregates, as it is otherwise."""
    if not uses_engine_aggregations():
        return counted
    return counted._replace(counts=catalogue_counts(services, query, filterset).counts)
