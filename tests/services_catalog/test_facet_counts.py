"""The one-statement facet counts give exactly what one grouped query per facet gives."""

import pytest
from django.db import connection
from django.db.models import F
from django.http import QueryDict
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale

from search.locale_filters import searchable_in_language
from services_catalog import demo
from services_catalog.catalogue import load_choices
from services_catalog.facets import COUNTERS, FacetCounts, at_most_one_failed, counting
from services_catalog.filters import ServiceFilterSet
from services_catalog.models import ServicePage
from services_catalog.result_page import PageSlice
from services_catalog.search import search_services

PARAMETERS = [
    "",
    "q=servizio",
    "obiettivo=cura-bambini-adolescenti&destinatari=famiglie&gratuito=1",
    "q=nido&eta=2",
    "rete=lecco&rete=como&giorno=0",
    "comune=Lecco&giorno=0",
    "q=centro estivo&azione=centri-ricreativi&obiettivo=cura-bambini-adolescenti",
    "q=%21%21%21",  # no word: matches nothing
    "q=%21%21%21&rete=lecco&gratuito=1",  # matches nothing, with flags in use
    "q=servizio&obiettivo=cura-bambini-adolescenti&destinatari=famiglie&gratuito=1",  # the benchmark's page
    "q=servizio&obiettivo=cura-bambini-adolescenti&destinatari=famiglie&gratuito=1&rete=lecco&rete=como",
]


def filterset_for(query_string):
    params = QueryDict(query_string)
    locale = Locale.get_default()
    services = searchable_in_language(ServicePage.objects.live().public(), locale)
    if params.get("q"):
        services = search_services(services, params["q"])
    choices, _groups = load_choices(locale)
    return ServiceFilterSet(params, services, choices=choices)


def without(filterset, name):
    """The same filters minus one parameter, through django-filter's own `qs`."""
    data = filterset.data.copy()
    data.pop(name, None)
    return ServiceFilterSet(data, filterset.queryset, choices=load_choices(Locale.get_default())[0])


def counted_one_by_one(filterset):
    in_use = {name for name, _value in filterset.active_values()}
    counts = {}
    for name in filterset.FACETS:
        base = without(filterset, name).qs if name in in_use else filterset.qs
        if name == "gratuito":
            counts[name] = {"1": base.filter(is_free=True).count()}
        elif name == "rete":
            counts[name] = {row["value"]: row["n"] for row in counting(ServicePage, "pk", "network__slug", base)}
        else:
            counts[name] = {row["value"]: row["n"] for row in COUNTERS[name](base.values("pk"))}
    return filterset.qs.count(), counts


@pytest.fixture
def demo_services(db):
    demo.generate(150, seed=7)


@pytest.mark.parametrize("query_string", PARAMETERS)
def test_one_statement_equals_one_query_per_facet(demo_services, query_string):
    filterset = filterset_for(query_string)
    total, counts, _keys = FacetCounts(filterset).run()
    expected_total, expected_counts = counted_one_by_one(filterset)
    assert total == expected_total
    assert counts == expected_counts
    if "%21" not in query_string:
        assert total > 0


def test_facets_and_total_cost_one_query(demo_services):
    filterset = filterset_for("q=servizio&obiettivo=cura-bambini-adolescenti&destinatari=famiglie&gratuito=1")
    filterset.form.is_valid()
    with CaptureQueriesContext(connection) as queries:
        FacetCounts(filterset).run()
    assert len(queries) == 1


ORDERINGS = {
    "relevance": None,
    "title": ("title", "pk"),
    "verified": (F("last_verified").desc(nulls_last=True), "title", "pk"),
}


@pytest.mark.parametrize("query_string", PARAMETERS)
@pytest.mark.parametrize("order", ORDERINGS)
def test_page_keys_equal_a_slice_of_the_ordered_results(demo_services, query_string, order):
    ordering = ORDERINGS[order]
    filterset = filterset_for(query_string)
    # No ordering: the queryset's own (searched: the backend's relevance; else the tree's path).
    results = filterset.qs if ordering is None else filterset.qs.order_by(*ordering)
    expected = list(results.values_list("pk", flat=True))
    for offset in (0, 7, len(expected) - 3, len(expected) + 10):
        page = PageSlice(max(offset, 0), 7, ordering)
        counted = FacetCounts(filterset, page).run()
        assert counted.page_keys == expected[max(offset, 0) : max(offset, 0) + 7]
        assert counted.total == len(expected)


def test_the_flags_table_keeps_the_services_failing_at_most_one_filter(demo_services):
    filterset = filterset_for("obiettivo=cura-bambini-adolescenti&destinatari=famiglie&gratuito=1")
    applied = filterset.applied()
    conditions = [filterset.condition(name, applied[name]) for name in ("obiettivo", "destinatari", "gratuito")]
    passing = [set(ServicePage.objects.filter(condition).values_list("pk", flat=True)) for condition in conditions]
    everyone = set(ServicePage.objects.values_list("pk", flat=True))
    expected = {pk for pk in everyone if sum(pk not in keys for keys in passing) <= 1}
    kept = set(ServicePage.objects.filter(at_most_one_failed(conditions)).values_list("pk", flat=True))
    assert kept == expected
    assert 0 < len(kept) < len(everyone)  # some services fail two filters and are left out
    assert ServicePage.objects.filter(at_most_one_failed(conditions[:1])).count() == len(everyone)


def test_the_flags_table_holds_only_services_counted_and_ranks_only_the_listed_ones(demo_services):
    """The CTE as built by FacetCounts: rows failing two filters are left out; on SQLite the
    relevance score is computed for the services passing every filter only (NULL elsewhere)."""
    filterset = filterset_for("q=servizio&obiettivo=cura-bambini-adolescenti&destinatari=famiglie&gratuito=1")
    in_use = ["obiettivo", "destinatari", "gratuito"]
    entry, params, _order = FacetCounts(filterset, PageSlice(0, 20)).flags(filterset.applied(), in_use)
    with connection.cursor() as cursor:
        cursor.execute(
            f"WITH {entry} SELECT pk, flag_obiettivo, flag_destinatari, flag_gratuito, order_0 FROM facet_flags",  # noqa: S608 (compiled by Django)
            params,
        )
        rows = cursor.fetchall()
    failed = {pk: sum(not flag for flag in flags) for pk, *flags, _score in rows}
    assert rows and max(failed.values()) == 1 and min(failed.values()) == 0
    matching = set(filterset.queryset.values_list("pk", flat=True))
    assert len(failed) < len(matching)  # some matches fail two filters
    if connection.vendor == "sqlite":
        assert all((score is None) == (failed[pk] == 1) for pk, *_flags, score in rows)
