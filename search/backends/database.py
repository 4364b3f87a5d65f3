"""The database backend for the current database, with Italian analysis on SQLite.

PostgreSQL gets its Italian analysis from the text-search configuration named in
SEARCH_CONFIG (created by search's migration 0002); SQLite gets the Snowball
stemmer of search.backends.sqlite; any other database keeps modelsearch's backend.
The SQLite modules are imported only on SQLite (they need its FTS model)."""

from modelsearch.backends import database


def SearchBackend(params):  # noqa: N802 (modelsearch looks the backend up by this name)
    backend = database.SearchBackend(params)
    if backend.__class__.__name__ == "SQLiteSearchBackend":
        from search.backends.sqlite import ItalianSQLiteSearchBackend

        return ItalianSQLiteSearchBackend(params)
    return backend
