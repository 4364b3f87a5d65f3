"""Wagtail's Elasticsearch 8 backend with two changes:

- facets ask for FACET_SIZE buckets (Elasticsearch's terms aggregation returns 10 by
  default, which would silently drop facet values);
- an index is created with the synonyms editors currently keep in the admin (the
  settings only know the seed groups); queries are expanded with them as well
  (search.query), so edits apply at once and a rebuild makes the analyzer agree."""

from copy import deepcopy

from modelsearch.backends.elasticsearch8 import (
    Elasticsearch8Index,
    Elasticsearch8SearchBackend,
    Elasticsearch8SearchResults,
)

from search.backend_settings import FACET_SIZE, synonym_rules


class ItalianElasticsearchIndex(Elasticsearch8Index):
    def put(self):
        from search.synonyms import current_groups

        settings = deepcopy(self.backend.settings)
        synonyms = settings["settings"]["analysis"]["filter"]["italian_synonyms"]
        synonyms["synonyms"] = synonym_rules(current_groups()) or synonyms["synonyms"]
        self.es.indices.create(index=self.name, **settings)


class ItalianElasticsearchResults(Elasticsearch8SearchResults):
    def _backend_do_search(self, body, **kwargs):
        for aggregation in body.get("aggregations", {}).values():
            aggregation.get("terms", {}).setdefault("size", self.backend.facet_size)
        return super()._backend_do_search(body, **kwargs)


class ItalianElasticsearchBackend(Elasticsearch8SearchBackend):
    index_class = ItalianElasticsearchIndex
    results_class = ItalianElasticsearchResults

    def __init__(self, params):
        self.facet_size = params.pop("FACET_SIZE", FACET_SIZE)
        super().__init__(params)


SearchBackend = ItalianElasticsearchBackend
