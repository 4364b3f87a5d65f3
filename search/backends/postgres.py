"""PostgreSQL full-text search with one text-search configuration per language.

modelsearch's PostgreSQL backend analyses everything with SEARCH_CONFIG (the search app's
``italian_unaccent``). This layer keeps that for the source language and for objects
without a locale, and uses LANGUAGE_SEARCH_CONFIGS for the others (English pages with
``english``, so "balancing" finds "balance"). Source-language text is analysed in Python
before it reaches SEARCH_CONFIG (light Italian stems, search.backends.analysed), which then
only splits the words: PostgreSQL has no light Italian stemmer, and SQLite stores the same.

- indexing: each object's title and body vectors are built with its locale's
  configuration (modelsearch's indexer reads ``backend.config``, so each language's
  objects go through an index bound to a copy of the backend with that configuration);
- queries: parsed with the configuration of the locale the searched queryset is filtered
  on (the site's lists and search always filter on one locale, search.locale_filters), so
  a query only meets pages analysed the same way. A queryset spanning several locales
  (an editor's search in the admin) is parsed with SEARCH_CONFIG, as before.

Ranking weights and autocomplete (the ``simple`` configuration, no stemming: it matches
prefixes of what people type) are modelsearch's, unchanged for every language."""

import copy
from collections import defaultdict

from django.db.models.expressions import Col
from django.db.models.lookups import Exact
from django.db.models.sql.where import AND, WhereNode
from modelsearch.backends.database.postgres.postgres import (
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)
from wagtail.models import Locale

from search.backend_settings import POSTGRES_SEARCH_CONFIG as ANALYSED_CONFIG
from search.backends.analysed import analysed_object, analysed_query
from search.backends.postgres_bulk import MemoisedPostgresIndex
from search.backends.postgres_match import FieldwiseMatchMixin
from search.backends.postgres_tiers import TieredRankMixin
from search.memo import kept

LOCALE_COLUMN = "locale_id"


def filtered_locale_id(where):
    """The locale id a queryset's filter pins every row to (an AND-ed ``locale=`` lookup), or None."""
    if isinstance(where, Exact) and isinstance(where.lhs, Col) and where.lhs.target.attname == LOCALE_COLUMN:
        return getattr(where.rhs, "pk", where.rhs)
    if isinstance(where, WhereNode) and where.connector == AND and not where.negated:
        for child in where.children:
            locale_id = filtered_locale_id(child)
            if locale_id is not None:
                return locale_id
    return None


def language_codes():
    """{locale key: language code}."""
    return dict(Locale.objects.values_list("id", "language_code"))


def kept_language_codes():
    """language_codes(), kept by the worker until content changes (a locale's save renews the
    generation): one query a search otherwise."""
    return kept("locale-language-codes", language_codes)


class LanguageIndex(PostgresIndex):
    def add_items(self, model, objs):
        for config, group in self.backend.group_by_config(objs).items():
            if config == self.backend.config:
                group = [analysed_object(obj) for obj in group]
            MemoisedPostgresIndex(self.backend.with_config(config)).add_items(model, group)


class LanguageQueryCompiler(TieredRankMixin, FieldwiseMatchMixin, PostgresSearchQueryCompiler):
    def get_config(self, backend):
        return backend.config_for_locale(filtered_locale_id(self.queryset.query.where))

    def build_tsquery_content(self, query, config=None, invert=False):
        if config == ANALYSED_CONFIG:
            query = analysed_query(query)
        return super().build_tsquery_content(query, config=config, invert=invert)


class LanguageSearchBackend(PostgresSearchBackend):
    ranks_on_its_own = True  # its searches' score is an OwnScore (search.ranking_scope)
    index_class = LanguageIndex
    query_compiler_class = LanguageQueryCompiler

    def __init__(self, params):
        super().__init__(params)
        self.language_configs = dict(params.get("LANGUAGE_SEARCH_CONFIGS") or {})

    def with_config(self, config):
        """This backend analysing with `config` (what modelsearch's indexer reads)."""
        backend = copy.copy(self)
        backend.config = config
        return backend

    def config_for_language(self, language_code):
        """The configuration of a language ("en-gb" counts as "en"); SEARCH_CONFIG for others."""
        base_code = (language_code or "").split("-")[0]
        return self.language_configs.get(base_code, self.config)

    def config_for_locale(self, locale_id):
        if locale_id is None:
            return self.config
        language_code = kept_language_codes().get(locale_id)
        if language_code is None:  # a locale created since (in this transaction)
            language_code = Locale.objects.filter(pk=locale_id).values_list("language_code", flat=True).first()
        return self.config_for_language(language_code)

    def group_by_config(self, objs):
        """Objects by the configuration of their locale (no locale: SEARCH_CONFIG)."""
        languages = language_codes()  # read afresh: indexing may follow a locale's creation
        groups = defaultdict(list)
        for obj in objs:
            groups[self.config_for_language(languages.get(getattr(obj, "locale_id", None)))].append(obj)
        return groups
