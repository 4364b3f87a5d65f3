"""The database backend for the current database, with Italian analysis on SQLite.

PostgreSQL gets its Italian analysis from the text-search configuration named in
SEARCH_CONFIG (created by search's migration 0002); SQLite gets the Snowball
stemmer of search.backends.sqlite; any other database keeps modelsearch's backend."""

from modelsearch.backends import database
from modelsearch.backends.database.sqlite.sqlite import SQLiteSearchBackend

from search.backends.sqlite import ItalianSQLiteSearchBackend


def SearchBackend(params):  # noqa: N802 (modelsearch looks the backend up by this name)
    backend = database.SearchBackend(params)
    if type(backend) is SQLiteSearchBackend:
        return ItalianSQLiteSearchBackend(params)
    return backend
