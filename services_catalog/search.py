"""The one place the catalogue talks to the search backend.

`search_services(queryset, query)` returns the services of `queryset` matching the text
query as a Django queryset ordered by relevance, so that filters and facet counts stay in
the database whatever the backend (facet counts never depend on a backend's bucket
limits). Italian analysis and synonyms are the backend's (search/backends)."""

import re

from django.db.models import Case, IntegerField, Value, When

MAX_QUERY_LENGTH = 200
# Elasticsearch's default max_result_window: beyond it a query is too vague to rank anyway.
MAX_BACKEND_RESULTS = 10_000


WORD = re.compile(r"\w+")


def clean_query(raw):
    """The text query as shown back to the user: printable, single-spaced, bounded length."""
    text = "".join(char if char.isprintable() else " " for char in raw or "")
    return " ".join(text.split())[:MAX_QUERY_LENGTH]


def search_terms(query):
    """The words of the query: backends' query syntaxes (FTS5 quotes and operators, tsquery) never
    see punctuation a visitor typed, so no input can make the search fail."""
    return " ".join(WORD.findall(query))


def search_services(queryset, query):
    """Services of `queryset` matching `query`, ordered by relevance (annotated `_relevance_rank`
    only for backends that do not return a queryset)."""
    terms = search_terms(query)
    if not terms:
        return queryset.none()
    results = queryset.search(terms, operator="and", order_by_relevance=True)
    get_queryset = getattr(results, "get_queryset", None)
    if get_queryset is not None:
        # Database backends (SQLite FTS5, PostgreSQL): the match stays a SQL subquery.
        return get_queryset()
    # Other backends (Elasticsearch): the ranked primary keys, then back to the database.
    ranked = [page.pk for page in results[:MAX_BACKEND_RESULTS]]
    rank = Case(
        *[When(pk=pk, then=Value(position)) for position, pk in enumerate(ranked)],
        output_field=IntegerField(),
    )
    return queryset.filter(pk__in=ranked).annotate(_relevance_rank=rank).order_by("_relevance_rank")
