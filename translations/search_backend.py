"""PostgreSQL search with one text-search configuration per language: each object is
indexed with its own locale's configuration (English pages with `english`, so "networks"
is stored as "network"), and each query is parsed with the active language's one.
Lists and search filter on the active locale, so a query only meets pages analysed the
same way. Settings: SEARCH_CONFIGS = {"it": "italian", "en": "english"}; languages not
listed use SEARCH_CONFIG."""

import threading
from collections import defaultdict
from contextlib import contextmanager

from django.utils import translation
from modelsearch.backends.database.postgres.postgres import (
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)
from wagtail.models import Locale


class LanguageIndex(PostgresIndex):
    def add_items(self, model, objs):
        codes = dict(Locale.objects.values_list("id", "language_code"))
        by_config = defaultdict(list)
        for obj in objs:
            code = codes.get(getattr(obj, "locale_id", None))
            by_config[self.backend.config_for_language(code)].append(obj)
        for config, group in by_config.items():
            with self.backend.indexing_with(config):
                super().add_items(model, group)


class LanguageQueryCompiler(PostgresSearchQueryCompiler):
    def get_config(self, backend):
        return backend.config_for_language(translation.get_language())


class LanguageSearchBackend(PostgresSearchBackend):
    index_class = LanguageIndex
    query_compiler_class = LanguageQueryCompiler
    _indexing = threading.local()

    def __init__(self, params):
        super().__init__(params)
        self.language_configs = dict(params.get("SEARCH_CONFIGS", {}))

    # modelsearch's indexer reads `backend.config` when it is built: while indexing a group of
    # objects it answers that group's configuration (per thread), otherwise SEARCH_CONFIG.
    @property
    def config(self):
        return getattr(self._indexing, "config", None) or self.default_config

    @config.setter
    def config(self, value):
        self.default_config = value

    @contextmanager
    def indexing_with(self, config):
        self._indexing.config = config
        try:
            yield
        finally:
            self._indexing.config = None

    def config_for_language(self, language_code):
        """The configuration of a language; SEARCH_CONFIG for unlisted languages or no language."""
        base_code = (language_code or "").split("-")[0]
        return self.language_configs.get(base_code, self.default_config)


SearchBackend = LanguageSearchBackend
