"""Wagtail's Elasticsearch 8 backend with two changes:

- facets ask for FACET_SIZE buckets (Elasticsearch's terms aggregation returns 10 by
  default, which would silently drop facet values);
- a query of most parts matches at least `minimum_should_match` of them, full matches
  boosted first (search.query.MostParts);
- a part whose thesaurus entry leads to broader terms (search.query.Tiered) asks for them in
  a clause weighing BROADER_BOOST of the words typed, so their pages rank after;
- a filter on a page type's pointer to its Page (a page type's `pk`, or its `id` when Django
  reads it from the pointer's column) is a filter on the Page's `id`: modelsearch drops it
  silently, which lost the catalogue's exclusions by id (ended services, aliases);
- an index is created with the equivalent synonyms editors currently keep in the admin
  (the settings only know the seed groups); queries are expanded with them as well
  (search.query), so edits apply at once and a rebuild makes the analyzer agree."""

from copy import deepcopy

from django.db.models.expressions import Col
from django.db.models.lookups import Lookup
from modelsearch.backends.elasticsearch8 import (
    Elasticsearch8Index,
    Elasticsearch8SearchBackend,
    Elasticsearch8SearchQueryCompiler,
    Elasticsearch8SearchResults,
)

from search.backend_settings import FACET_SIZE, synonym_rules
from search.query import MostParts, Tiered

# The weight of the clause that holds every part of a query of most parts: full matches first.
FULL_MATCH_BOOST = 10.0
# The weight of a part's broader terms against the words typed: their pages rank after.
BROADER_BOOST = 0.1


class ItalianElasticsearchIndex(Elasticsearch8Index):
    def put(self):
        from search.synonyms import current_entries

        settings = deepcopy(self.backend.settings)
        synonyms = settings["settings"]["analysis"]["filter"]["italian_synonyms"]
        entries = [(entry.terms, entry.broader) for entry in current_entries()]
        synonyms["synonyms"] = synonym_rules(entries) or synonyms["synonyms"]
        self.es.indices.create(index=self.name, **settings)


class ItalianElasticsearchResults(Elasticsearch8SearchResults):
    def _backend_do_search(self, body, **kwargs):
        for aggregation in body.get("aggregations", {}).values():
            aggregation.get("terms", {}).setdefault("size", self.backend.facet_size)
        return super()._backend_do_search(body, **kwargs)


def on_parent_pointer(lookup):
    """True when `lookup` is on a model's link to its parent table (a page type's page_ptr)."""
    column = lookup.lhs
    return isinstance(column, Col) and getattr(column.target.remote_field, "parent_link", False)


class ItalianElasticsearchQueryCompiler(Elasticsearch8SearchQueryCompiler):
    """A query of most parts (search.query.MostParts) as `minimum_should_match` of its parts,
    with the And of them all as a boosted optional clause; a Tiered part as its exact terms
    or, weighing less, its broader ones; a filter on the parent pointer as a filter on the
    root's `id`."""

    def _get_filters_from_where_node(self, where_node, check_only=False):
        root_id = self._get_filterable_field("id")
        if isinstance(where_node, Lookup) and root_id is not None and on_parent_pointer(where_node):
            if check_only:
                return None
            return self._process_lookup([root_id], where_node.lookup_name, where_node.rhs)
        return super()._get_filters_from_where_node(where_node, check_only)

    def _compile_query(self, query, field, boost=1.0):
        if isinstance(query, Tiered):
            exact = self._compile_query(query.exact, field, boost)
            broader = self._compile_query(query.broader, field, boost * BROADER_BOOST)
            return {"bool": {"should": [exact, broader], "minimum_should_match": 1}}
        if not isinstance(query, MostParts):
            return super()._compile_query(query, field, boost)
        parts = [self._compile_query(part, field, boost) for part in query.parts]
        return {
            "bool": {
                "must": [{"bool": {"should": parts, "minimum_should_match": query.minimum}}],
                "should": [super()._compile_query(query.full, field, boost * FULL_MATCH_BOOST)],
            }
        }


class ItalianElasticsearchBackend(Elasticsearch8SearchBackend):
    index_class = ItalianElasticsearchIndex
    results_class = ItalianElasticsearchResults
    query_compiler_class = ItalianElasticsearchQueryCompiler

    def __init__(self, params):
        self.facet_size = params.pop("FACET_SIZE", FACET_SIZE)
        super().__init__(params)


SearchBackend = ItalianElasticsearchBackend
