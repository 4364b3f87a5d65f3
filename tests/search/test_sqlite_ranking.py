"""SQLite's single-pass ranking (search.backends.sqlite_ranking) finds and orders exactly
what modelsearch's own compiler does, for searches and for autocomplete."""

import pytest
from django.db import connection

if connection.vendor != "sqlite":
    pytest.skip("SQLite only: FTS5 ranking (its modules load only on SQLite)", allow_module_level=True)

from modelsearch.backends import get_search_backend  # noqa: E402
from modelsearch.backends.database.sqlite.sqlite import (  # noqa: E402
    SQLiteAutocompleteQueryCompiler,
    SQLiteSearchQueryCompiler,
)
from modelsearch.query import Not, PlainText  # noqa: E402

from services_catalog import demo  # noqa: E402
from services_catalog.models import ServicePage  # noqa: E402
from tests.conftest import kept_for_scope  # noqa: E402

QUERIES = ["servizio", "centro estivo", "nido bambini", "sportello conciliazione lecco", "assistenza anziani"]


def without_single_pass(compiler_class):
    """The same compiler with modelsearch's own `search` (the mixin skipped)."""
    base = next(cls for cls in compiler_class.__mro__ if cls.__module__.startswith("modelsearch"))
    return type("Reference" + compiler_class.__name__, (compiler_class,), {"search": base.search})


@pytest.fixture(scope="module")
def module_demo_services(django_db_setup, django_db_blocker):
    """60 demo services made once for the module (indexed in bulk by the generator)."""
    with kept_for_scope(django_db_blocker):
        demo.generate(60, seed=11)
        yield


@pytest.fixture
def backend(module_demo_services, db):
    return get_search_backend()


def ranked_ids(backend, compiler_class, query, **kwargs):
    queryset = ServicePage.objects.live()
    compiler = compiler_class(queryset, query, **kwargs)
    results = backend.results_class(backend, compiler)
    return list(results.get_queryset().values_list("pk", flat=True))


CASES = [("query_compiler_class", SQLiteSearchQueryCompiler, text) for text in QUERIES] + [
    ("autocomplete_query_compiler_class", SQLiteAutocompleteQueryCompiler, text)
    for text in ("spor", "centro est", "nid")
]


@pytest.mark.parametrize(("compiler_attribute", "modelsearch_compiler", "text"), CASES)
def test_ranks_like_modelsearch(backend, compiler_attribute, modelsearch_compiler, text):
    compiler_class = getattr(backend, compiler_attribute)
    assert issubclass(compiler_class, modelsearch_compiler)
    query = PlainText(text, operator="and")
    found = ranked_ids(backend, compiler_class, query, order_by_relevance=True)
    assert found, text
    assert found == ranked_ids(backend, without_single_pass(compiler_class), query, order_by_relevance=True)


def test_negated_and_unordered_searches_match_modelsearch(backend):
    compiler_class = backend.query_compiler_class
    reference = without_single_pass(compiler_class)
    for query in (Not(PlainText("nido")), PlainText("servizio")):
        ours = ranked_ids(backend, compiler_class, query, order_by_relevance=False)
        assert ours == ranked_ids(backend, reference, query, order_by_relevance=False)
        assert ours


def test_the_score_matches_and_ranks_on_its_own_as_the_queryset_does(backend):
    from search.ranking_scope import matching_keys, own_score, ranked_keys

    compiler = backend.query_compiler_class(
        ServicePage.objects.all(), PlainText("servizio", operator="and"), order_by_relevance=True
    )
    searched = backend.results_class(backend, compiler).get_queryset()
    assert own_score(searched) is not None
    ordered = list(searched.values_list("pk", flat=True))
    assert sorted(matching_keys(searched)) == sorted(ordered)
    kept = sorted(ordered)[::3]
    ranked = ranked_keys(searched, kept)
    assert list(ranked) == [pk for pk in ordered if pk in set(kept)]
    assert "wagtailcore_page" not in str(ranked.query)  # the ranking alone, bm25() for `kept` only
