"""The one way the site searches: site search, the catalogue's and the library's text
queries, the open-data API and the suggestions all call this module, never a backend.

What people typed becomes one query (search.query): Italian analysis, the thesaurus
editors keep (search.synonyms), pages holding every part first and most of them after;
when no page holds most of the parts, any part (nothing only when no word occurs). Views
that search are wrapped in search.availability.search_guard, or served under its
middleware: an engine that does not answer gives the 503 page."""

from dataclasses import dataclass

from django.db.models import Case, IntegerField, QuerySet, Value, When
from modelsearch.query import MatchAll

from search.availability import mark_searching
from search.query import any_part_of, build_query, query_parts
from search.synonyms import synonym_table

# Elasticsearch's default max_result_window: beyond it a query is too vague to rank anyway.
MAX_BACKEND_RESULTS = 10_000
SUGGESTION_CANDIDATES = 50


@dataclass
class TextQuery:
    """What people typed, as queries: `query` (every part first, then most of them) and
    `fallback` (any part), None where there is none."""

    query: object
    fallback: object

    @classmethod
    def parse(cls, text, table=None):
        table = table or synonym_table()
        query = build_query(text, table)
        parts = query_parts(text, table) if query is not None else []
        return cls(query, any_part_of(parts))


def search(queryset, text, table=None):
    """modelsearch results of `queryset` (pages or any indexed model) for what people typed,
    most relevant first; `queryset.none()` when it holds no significant word."""
    parsed = TextQuery.parse(text, table)
    if parsed.query is None:
        return queryset.none()
    mark_searching()
    results = queryset.search(parsed.query, order_by_relevance=True)
    if parsed.fallback is not None and not results[:1]:
        results = queryset.search(parsed.fallback, order_by_relevance=True)
    return results


def search_queryset(queryset, text):
    """The rows of `queryset` matching what people typed as a Django queryset ordered by
    relevance, so that filters and counts stay in the database whatever the backend: on the
    database backends the searched queryset itself (its score can match and rank on the index
    alone, search.ranking_scope); on others the ranked keys (annotated `_relevance_rank`)."""
    results = search(queryset, text)
    if isinstance(results, QuerySet):  # `.none()`: no significant word
        return results
    get_queryset = getattr(results, "get_queryset", None)
    if get_queryset is not None:
        return get_queryset()
    ranked = [row.pk for row in results[:MAX_BACKEND_RESULTS]]
    rank = Case(*[When(pk=pk, then=Value(position)) for position, pk in enumerate(ranked)], output_field=IntegerField())
    return queryset.filter(pk__in=ranked).annotate(_relevance_rank=rank).order_by("_relevance_rank")


def engine_results(queryset, text):
    """The backend's results for what people typed, every row of `queryset` when nothing was
    typed (`queryset.none()` when the text holds no significant word), for requests built on
    their query (search.aggregations)."""
    if not text:
        mark_searching()
        return queryset.search(MatchAll())
    return search(queryset, text)


def suggest(queryset, typed):
    """Rows of `queryset` whose autocomplete fields start with the words typed (what the
    suggestions show), best first."""
    mark_searching()
    return queryset.autocomplete(typed, operator="and")[:SUGGESTION_CANDIDATES]
