"""The facet index's counts and pages give exactly what one grouped SQL query per facet and
the ordered querysets give; both are generated from the facet table
(services_catalog.facet_table)."""

import pytest
from django.db import connection
from django.db.models import F
from django.http import QueryDict
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale

from home.listing import COMPOSITE, condition, grouped
from search.locale_filters import searchable_in_language
from search.ranking_scope import ranked_keys
from services_catalog import demo, facet_table
from services_catalog.catalogue import load_choices
from services_catalog.facet_index import build_index
from services_catalog.facets import count_facets, fetched_keys, matched_bits
from services_catalog.filters import for_table, service_filterset
from services_catalog.models import ServicePage
from services_catalog.result_page import RELEVANCE, VERIFIED, page_keys
from services_catalog.search import search_services
from tests.conftest import kept_for_scope

PARAMETERS = [
    "",
    "q=servizio",
    "obiettivo=cura-bambini-adolescenti&destinatari=famiglie&gratuito=1",
    "q=nido&eta=2",
    "rete=lecco&rete=como&giorno=0",
    "comune=Lecco&raggio=25&giorno=0",
    "comune=sant angelo lodigiano&raggio=50&eta=8",
    "bisogno=dopo-scuola&bisogno=imprese&eta=8&eta_nota=1",
    "bisogno=anziani-disabili&comune=Pavia&raggio=50",
    "q=centro estivo&azione=centri-ricreativi&obiettivo=cura-bambini-adolescenti",
    "q=%21%21%21",  # no word: matches nothing
    "q=%21%21%21&rete=lecco&gratuito=1",  # matches nothing, with flags in use
    "q=servizio&obiettivo=cura-bambini-adolescenti&destinatari=famiglie&gratuito=1",  # the benchmark's page
    "q=servizio&obiettivo=cura-bambini-adolescenti&destinatari=famiglie&gratuito=1&rete=lecco&rete=como",
]


def filterset_for(query_string, table=None):
    params = QueryDict(query_string)
    locale = Locale.get_default()
    services = searchable_in_language(ServicePage.objects.live().public().current(), locale)
    if params.get("q"):
        services = search_services(services, params["q"])
    choices, _groups = load_choices(locale)
    filterset_class = service_filterset() if table is None else for_table(table)
    return filterset_class(params, services, choices=choices)


def reference_counts(facet, keys, table=None):
    """{value: services of `keys` having it} of one row of the table, in SQL: one grouped query
    (home.listing.grouped), or for a composite facet each value's own condition."""
    table = facet_table.FACETS if table is None else table
    if facet.kind != COMPOSITE:
        return grouped(ServicePage, facet, keys)
    counts = {
        value: ServicePage.objects.filter(pk__in=keys).filter(condition(ServicePage, facet, [value], table)).count()
        for value in facet.parts
    }
    return {value: count for value, count in counts.items() if count}


def without(filterset, name):
    """The same filters minus one parameter, through django-filter's own `qs`."""
    data = filterset.data.copy()
    data.pop(name, None)
    return type(filterset)(data, filterset.queryset, choices=load_choices(Locale.get_default())[0])


def counted_one_by_one(filterset):
    """The total and every facet's counts of `filterset`, from django-filter's querysets and
    one grouped SQL query per row of its table."""
    in_use = {name for name, _value in filterset.active_values()}
    counts = {}
    for facet in filterset.table:
        base = without(filterset, facet.param).qs if facet.param in in_use else filterset.qs
        counts[facet.param] = reference_counts(facet, base.values("pk"), filterset.table)
    return filterset.qs.count(), counts


def counted(filterset, query_string):
    index = build_index(Locale.get_default(), filterset.table)
    matched = matched_bits(index, filterset.queryset, "q=" in query_string)
    return index, count_facets(filterset, index, matched)


@pytest.fixture(scope="module")
def module_demo_services(django_db_setup, django_db_blocker):
    """150 demo services made once for the module; each test rolls back its own changes."""
    with kept_for_scope(django_db_blocker):
        demo.generate(150, seed=7)
        yield


@pytest.fixture
def demo_services(module_demo_services, db):
    return None


@pytest.mark.parametrize("query_string", PARAMETERS)
def test_the_index_counts_what_one_query_per_facet_counts(demo_services, query_string):
    filterset = filterset_for(query_string)
    _index, result = counted(filterset, query_string)
    expected_total, expected_counts = counted_one_by_one(filterset)
    assert result.total == expected_total
    assert result.counts == expected_counts
    if "%21" not in query_string:
        assert result.total > 0


def test_counting_a_search_costs_one_query_and_the_filters_none(demo_services):
    query_string = "q=servizio&obiettivo=cura-bambini-adolescenti&destinatari=famiglie&gratuito=1"
    filterset = filterset_for(query_string)
    filterset.form.is_valid()
    index = build_index(Locale.get_default())
    with CaptureQueriesContext(connection) as queries:
        result = count_facets(filterset, index, matched_bits(index, filterset.queryset, True))
    assert len(queries) == 1
    assert 0 < result.total < len(index.keys)
    unsearched = filterset_for("obiettivo=cura-bambini-adolescenti&eta=2")
    unsearched.form.is_valid()
    with CaptureQueriesContext(connection) as queries:
        count_facets(unsearched, index, index.everyone)
    assert len(queries) == 0


ORDERINGS = {
    RELEVANCE: None,
    "titolo": ("title", "pk"),
    VERIFIED: (F("last_verified").desc(nulls_last=True), "title", "pk"),
}


# Relevance needs a text query (the catalogue sorts by title without one): the cases without
# `q` are not generated rather than skipped inside the test.
ORDERED_CASES = [
    (query_string, order)
    for order in ORDERINGS
    for query_string in PARAMETERS
    if ORDERINGS[order] is not None or "q=" in query_string
]


@pytest.mark.parametrize(("query_string", "order"), ORDERED_CASES)
def test_page_keys_equal_a_slice_of_the_ordered_results(demo_services, query_string, order):
    ordering = ORDERINGS[order]
    filterset = filterset_for(query_string)
    # No ordering: the searched queryset's own (the backend's relevance).
    results = filterset.qs if ordering is None else filterset.qs.order_by(*ordering)
    expected = list(results.values_list("pk", flat=True))
    index, result = counted(filterset, query_string)
    assert result.total == len(expected)
    for offset in (0, 7, max(len(expected) - 3, 0), len(expected) + 10):
        keys = page_keys(index, result, order, filterset.queryset, offset, 7)
        assert keys == expected[offset : offset + 7]


def test_a_narrowed_search_ranks_the_listed_services_only(demo_services):
    filterset = filterset_for("q=servizio&obiettivo=cura-bambini-adolescenti&destinatari=famiglie&gratuito=1")
    index, result = counted(filterset, "q=servizio")
    assert 0 < result.total < len(index.keys)
    with CaptureQueriesContext(connection) as queries:
        page_keys(index, result, RELEVANCE, filterset.queryset, 0, 20)
    (statement,) = queries
    # The index entries alone, their score computed for the listed keys only.
    assert "wagtailcore_page" not in statement["sql"]
    assert ("json_each" if connection.vendor == "sqlite" else "unnest") in statement["sql"]


def test_ranking_more_keys_than_a_statement_takes_parameters(demo_services):
    """SQLite takes at most 32,766 parameters a statement: the keys travel as one."""
    filterset = filterset_for("q=servizio")
    expected = list(filterset.queryset.values_list("pk", flat=True))
    ranked = ranked_keys(filterset.queryset, list(range(-40_000, 0)) + sorted(expected))
    assert list(ranked) == expected


def test_keys_of_a_queryset_that_holds_no_row_by_construction(demo_services):
    """A backend that found nothing gives `pk__in=[]`, which compiles to no SQL at all."""
    assert fetched_keys(ServicePage.objects.filter(pk__in=[]).values_list("pk", flat=True)) == []
    everyone = ServicePage.objects.values_list("pk", flat=True)
    assert sorted(fetched_keys(everyone)) == sorted(everyone)
