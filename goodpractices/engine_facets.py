"""The library's facet counts from the search engine's aggregations (search.aggregations)
when Elasticsearch or OpenSearch is the backend; the database backends count them with one
grouped query per facet (goodpractices.facets)."""

from goodpractices.facet_table import library_engine_fields
from search.aggregations import EngineFacet, engine_counts, uses_engine_aggregations


def library_engine_facets():
    """The library's facets as the engine indexes them, from the facet table."""
    return [EngineFacet(*fields) for fields in library_engine_fields()]


def library_counts(practices, query, data, options):
    """{facet: {slug: count}} of `practices` (the library's practices before the text query
    and the filters) for `query` and the choices in `data`, in one request; `options`: each
    facet's (value, label) list."""
    facets = library_engine_facets()
    selected = {facet.name: [value for value in data.getlist(facet.name) if value] for facet in facets}
    sizes = {facet.name: len(options[facet.name]) for facet in facets}
    return engine_counts(practices, query, facets, selected, sizes).counts


def engine_counts_or_none(practices, query, data, options):
    """The engine's counts when the backend aggregates, None otherwise (the database counts)."""
    return library_counts(practices, query, data, options) if uses_engine_aggregations() else None
