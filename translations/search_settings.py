"""Per-language search analysis, applied to the search settings in
conciliazione/settings/base.py (imports nothing of Django's app registry).

On PostgreSQL the database backend becomes translations.search_backend, which indexes and
queries each language with its own text-search configuration: the configured SEARCH_CONFIG
for Italian (the source language), `english` for English. Other databases and
Elasticsearch keep their backend: SQLite's FTS5 and the Elasticsearch index have one
analysis for every language."""

DATABASE_BACKENDS = {"wagtail.search.backends.database", "search.backends.database"}
LANGUAGE_SEARCH_CONFIGS = {"en": "english"}


def with_language_configs(backends, database_engine, source_language="it"):
    default = backends.get("default", {})
    if "postgresql" not in database_engine or default.get("BACKEND") not in DATABASE_BACKENDS:
        return backends
    configs = {source_language: default.get("SEARCH_CONFIG") or "simple", **LANGUAGE_SEARCH_CONFIGS}
    return {**backends, "default": {**default, "BACKEND": "translations.search_backend", "SEARCH_CONFIGS": configs}}
