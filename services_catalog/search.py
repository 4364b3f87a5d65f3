"""The catalogue's text query: what the visitor typed, cleaned for showing back, and the
services matching it through the site's search entry point (search.entry), as a Django
queryset ordered by relevance, so that filters and facet counts stay in the database
whatever the backend (facet counts never depend on a backend's bucket limits)."""

from search.entry import search_queryset

MAX_QUERY_LENGTH = 200


def clean_query(raw):
    """The text query as shown back to the user: printable, single-spaced, bounded length."""
    text = "".join(char if char.isprintable() else " " for char in raw or "")
    return " ".join(text.split())[:MAX_QUERY_LENGTH]


def search_services(queryset, query):
    """Services of `queryset` matching `query`, ordered by relevance, through the site's one
    search entry point (thesaurus, partial matches, every backend: search.entry)."""
    return search_queryset(queryset, query)
