"""PostgreSQL: matching each field before the joined vector (search.backends.postgres_match)
finds the same pages in the same order as modelsearch's `(title || body) @@ query`."""

import pytest
from django.db import connection
from modelsearch.backends import get_search_backend
from modelsearch.backends.database.postgres.postgres import PostgresSearchQueryCompiler
from modelsearch.query import And, Not, Or, Phrase, PlainText

from search.backends.postgres import LanguageQueryCompiler
from search.visibility import searchable_pages

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="il confronto riguarda PostgreSQL"),
]


class JoinedVectorCompiler(LanguageQueryCompiler):
    """modelsearch's own match condition, with the same per-language configuration."""

    def search(self, *args, **kwargs):
        return PostgresSearchQueryCompiler.search(self, *args, **kwargs)


@pytest.fixture
def pages(make_page):
    make_page("Ludoteca comunale", "Uno spazio gioco per ogni bambino da uno a tre anni.")
    make_page("Gioco libero", "Pomeriggi alla ludoteca del quartiere.")
    make_page("Micronido aziendale Alfa", "Posti riservati ai figli dei dipendenti.")
    make_page("Spazio compiti", "Aiuto allo studio dopo la scuola, con gioco libero.")


def ranked(compiler_class, query):
    backend = get_search_backend()
    compiler = compiler_class(searchable_pages(), query, operator="and", order_by_relevance=True)
    results = backend.results_class(backend, compiler)
    return [page.pk for page in results]


# query, how many pages it finds (the seed content and the four pages above)
QUERIES = {
    "one word": (PlainText("gioco"), 3),
    "words split between title and body": (PlainText("micronido dipendenti"), 1),
    "every word in the body": (PlainText("spazio bambino"), 2),
    "either word": (PlainText("ludoteca compiti", operator="or"), 6),
    "phrase": (Phrase("gioco libero"), 2),
    "and of or": (And([PlainText("gioco"), Or([PlainText("ludoteca"), PlainText("studio")])]), 3),
    # "Gioco libero" holds "ludoteca" in its body only: the title alone would match.
    "negated word": (And([PlainText("gioco"), Not(PlainText("ludoteca"))]), 1),
    "nothing": (PlainText("astronave"), 0),
}


@pytest.mark.parametrize(("query", "count"), QUERIES.values(), ids=QUERIES.keys())
def test_same_pages_in_the_same_order(pages, query, count):
    found = ranked(LanguageQueryCompiler, query)
    assert len(found) == count
    assert found == ranked(JoinedVectorCompiler, query)


def test_the_fields_are_matched_one_by_one_unless_a_word_is_negated(pages):
    def where(query):
        compiler = LanguageQueryCompiler(searchable_pages(), query, operator="and", order_by_relevance=True)
        results = get_search_backend().results_class(get_search_backend(), compiler)
        return str(results.get_queryset().query).split(" WHERE ", 1)[1]

    plain = where(PlainText("gioco"))
    assert '"wagtailsearch_indexentry"."title" @@' in plain
    assert '"wagtailsearch_indexentry"."body" @@' in plain
    assert plain.index('"title" @@') < plain.index('"title" || "wagtailsearch_indexentry"."body"')
    negated = where(And([PlainText("gioco"), Not(PlainText("ludoteca"))]))
    assert '"wagtailsearch_indexentry"."title" @@' not in negated


def test_the_score_matches_and_ranks_on_the_index_alone(pages):
    from search.ranking_scope import matching_keys, own_score, ranked_keys

    backend = get_search_backend()
    compiler = LanguageQueryCompiler(searchable_pages(), PlainText("gioco"), operator="and", order_by_relevance=True)
    searched = backend.results_class(backend, compiler).get_queryset()
    assert own_score(searched) is not None
    ordered = list(searched.values_list("pk", flat=True))
    assert len(ordered) == 3
    assert set(matching_keys(searched)) >= set(ordered)  # the index alone: the queryset's filters are the caller's
    ranked = ranked_keys(searched, ordered[::-1] + [0])
    assert list(ranked) == ordered
    assert "wagtailcore_page" not in str(ranked.query)
