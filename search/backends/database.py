"""The database backend for the current database, with Italian analysis.

PostgreSQL: modelsearch's backend with the text-search configuration named in
SEARCH_CONFIG (created by search's migration 0002), and one configuration per language
for the others (LANGUAGE_SEARCH_CONFIGS, search.backends.postgres); SQLite: the Snowball
stemmer of search.backends.sqlite; any other database keeps modelsearch's backend.
Each layer is imported only on its database (SQLite's needs its FTS model)."""

from modelsearch.backends import database


def SearchBackend(params):  # noqa: N802 (modelsearch looks the backend up by this name)
    backend = database.SearchBackend(params)
    name = backend.__class__.__name__
    if name == "SQLiteSearchBackend":
        from search.backends.sqlite import ItalianSQLiteSearchBackend

        return ItalianSQLiteSearchBackend(params)
    if name == "PostgresSearchBackend":
        from search.backends.postgres import LanguageSearchBackend

        return LanguageSearchBackend(params)
    return backend
