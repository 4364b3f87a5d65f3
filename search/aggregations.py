"""Facet counts from the search engine: when Elasticsearch or OpenSearch is the backend, a
list's facet counts are `terms` aggregations of the same request that counts its results,
instead of a count in the database or in a per-worker index.

Disjunctive faceting, as the database path counts: the values chosen in every facet narrow
the results (`post_filter`), and each facet counts its values with the *other* facets'
choices only (a `filter` aggregation around its `terms`), so choosing a value never hides its
siblings. Each `terms` asks for as many buckets as the facet has values (the engine returns
ten otherwise). The apps declare their facets as EngineFacet rows; this module imports none
of them (docs/search-aggregations.md)."""

from dataclasses import dataclass

from django.db.models import QuerySet
from modelsearch.backends import get_search_backend
from modelsearch.backends.elasticsearchbase import ElasticsearchBaseSearchBackend

from search.entry import engine_results

# What a facet's indexed values are: slugs or other words (a keyword field), whole numbers
# (an integer field), or a yes/no flag whose only value offered is "1" for yes.
KEYWORD = "keyword"
NUMBER = "number"
FLAG = "flag"
FLAG_VALUE = "1"
# Buckets asked for a facet that declares no number of values.
MIN_BUCKETS = 1


@dataclass(frozen=True)
class EngineFacet:
    name: str  # the URL parameter
    field: str  # the model's index.FilterField (a field or a method)
    kind: str = KEYWORD


@dataclass
class EngineCounts:
    total: int  # the results passing every choice
    counts: dict  # {facet: {value as the URL spells it: count}}, values with results only


def uses_engine_aggregations():
    """True when the default search backend is Elasticsearch or OpenSearch."""
    return isinstance(get_search_backend(), ElasticsearchBaseSearchBackend)


def selection_clause(facet, column, values):
    """The engine filter of one facet's chosen `values` (strings): any one of them."""
    if facet.kind == FLAG:
        return {"term": {column: True}}
    if facet.kind == NUMBER:
        return {"terms": {column: [int(value) for value in values]}}
    return {"terms": {column: list(values)}}


def all_of(clauses):
    return {"bool": {"filter": clauses}}


def facet_request_body(query, facets, selected, sizes):
    """The search body counting the results of `query` (an engine query) and each facet's
    values. `facets`: [(EngineFacet, indexed column)]; `selected`: {facet name: [values]};
    `sizes`: {facet name: number of values it offers}."""
    chosen = {
        facet.name: selection_clause(facet, column, selected[facet.name])
        for facet, column in facets
        if selected.get(facet.name)
    }
    aggregations = {}
    for facet, column in facets:
        others = [clause for name, clause in chosen.items() if name != facet.name]
        size = 2 if facet.kind == FLAG else max(sizes.get(facet.name, 0), MIN_BUCKETS)
        aggregations[facet.name] = {
            "filter": all_of(others),
            "aggregations": {"values": {"terms": {"field": column, "size": size}}},
        }
    body = {"query": query, "size": 0, "track_total_hits": True, "aggregations": aggregations}
    if chosen:
        body["post_filter"] = all_of(list(chosen.values()))
    return body


def bucket_value(facet, bucket):
    """A bucket's key as the URL spells the value, or None for a value not offered."""
    if facet.kind == FLAG:
        return FLAG_VALUE if bucket.get("key_as_string") == "true" else None
    return str(bucket["key"])


def parse_counts(response, facets):
    """EngineCounts from the engine's answer to facet_request_body."""
    counts = {}
    for facet in facets:
        buckets = response["aggregations"][facet.name]["values"]["buckets"]
        counted = ((bucket_value(facet, bucket), bucket["doc_count"]) for bucket in buckets)
        counts[facet.name] = {value: count for value, count in counted if value is not None and count}
    return EngineCounts(total=response["hits"]["total"]["value"], counts=counts)


def no_counts(facets):
    return EngineCounts(total=0, counts={facet.name: {} for facet in facets})


def indexed_column(results, facet):
    """The engine's column of `facet`'s FilterField in the searched model's mapping."""
    compiler = results.query_compiler
    field = compiler._get_filterable_field(facet.field)
    if field is None:
        raise LookupError(f"{compiler.queryset.model.__name__}.search_fields has no FilterField('{facet.field}')")
    return compiler.mapping.get_field_column_name(field)


def engine_counts(queryset, text, facets, selected, sizes):
    """EngineCounts of the rows of `queryset` matching `text` (every row without text), in
    one request to the engine. Filters of `queryset` apply to every facet (they must be on
    indexed fields); `selected` and `sizes` as facet_request_body's."""
    results = engine_results(queryset, text)
    if isinstance(results, QuerySet):  # a text without significant words: nothing matches
        return no_counts(facets)
    body = facet_request_body(
        results._get_es_body(for_count=True)["query"],
        [(facet, indexed_column(results, facet)) for facet in facets],
        selected,
        sizes,
    )
    backend = results.backend
    index = backend.get_index_for_model(results.query_compiler.queryset.model).name
    return parse_counts(backend.es.search(index=index, **body), facets)
