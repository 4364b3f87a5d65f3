"""Facet counts from Elasticsearch's aggregations (search.aggregations), without a server: the
exact request bodies for a few choices, a recorded answer parsed into the counts the pages
show, the mapping of the indexed facet fields, and the 503 page when the engine does not
answer. Integration tests at the end need ELASTICSEARCH_URL: the seed indexed, the engine's
counts equal the database path's."""

import json
import os
from datetime import time

import pytest
from django.core.management import call_command
from django.http import QueryDict
from django.test import override_settings
from elasticsearch import Elasticsearch
from wagtail.models import Locale

from goodpractices.models import GoodPracticePage
from home.models import Action, Audience
from search.aggregations import FLAG, NUMBER, EngineFacet, facet_request_body, parse_counts
from search.backend_settings import search_backends
from search.backends.elasticsearch8 import ItalianElasticsearchBackend
from services_catalog.engine_facets import catalogue_counts, catalogue_engine_facets
from services_catalog.models import OpeningHours, ServiceLocation, ServicePage
from tests.search.test_elasticsearch import ES_SETTINGS

MATCH_ALL = {"match_all": {}}
FACETS = [
    (EngineFacet("obiettivo", "objective_slugs"), "objectives"),
    (EngineFacet("giorno", "opening_weekdays", NUMBER), "weekdays"),
    (EngineFacet("gratuito", "is_free", FLAG), "free"),
]
SIZES = {"obiettivo": 7, "giorno": 7, "gratuito": 1}


def aggregation(column, size, *others):
    return {
        "filter": {"bool": {"filter": list(others)}},
        "aggregations": {"values": {"terms": {"field": column, "size": size}}},
    }


def test_body_without_choices_counts_every_value_of_every_facet():
    assert facet_request_body(MATCH_ALL, FACETS, {}, SIZES) == {
        "query": MATCH_ALL,
        "size": 0,
        "track_total_hits": True,
        "aggregations": {
            "obiettivo": aggregation("objectives", 7),
            "giorno": aggregation("weekdays", 7),
            "gratuito": aggregation("free", 2),
        },
    }


def test_body_with_choices_filters_the_hits_and_every_other_facet():
    selected = {"obiettivo": ["cura-bambini", "cura-anziani"], "giorno": ["0"], "gratuito": ["1"]}
    body = facet_request_body(MATCH_ALL, FACETS, selected, SIZES)
    objectives = {"terms": {"objectives": ["cura-bambini", "cura-anziani"]}}
    monday, free = {"terms": {"weekdays": [0]}}, {"term": {"free": True}}
    assert json.loads(json.dumps(body)) == {
        "query": MATCH_ALL,
        "size": 0,
        "track_total_hits": True,
        "post_filter": {"bool": {"filter": [objectives, monday, free]}},
        "aggregations": {
            # Each facet's own choice is left out of its counts: its siblings stay countable.
            "obiettivo": aggregation("objectives", 7, monday, free),
            "giorno": aggregation("weekdays", 7, objectives, free),
            "gratuito": aggregation("free", 2, objectives, monday),
        },
    }


def test_bucket_sizes_follow_the_number_of_values_not_ten():
    body = facet_request_body(MATCH_ALL, FACETS, {}, {"obiettivo": 250})
    assert body["aggregations"]["obiettivo"]["aggregations"]["values"]["terms"]["size"] == 250
    assert body["aggregations"]["giorno"]["aggregations"]["values"]["terms"]["size"] == 1  # none declared


RECORDED = {
    "took": 3,
    "timed_out": False,
    "hits": {"total": {"value": 17, "relation": "eq"}, "max_score": None, "hits": []},
    "aggregations": {
        "obiettivo": {
            "doc_count": 40,
            "values": {
                "doc_count_error_upper_bound": 0,
                "sum_other_doc_count": 0,
                "buckets": [{"key": "cura-bambini", "doc_count": 31}, {"key": "cura-anziani", "doc_count": 9}],
            },
        },
        "giorno": {"doc_count": 17, "values": {"buckets": [{"key": 0, "doc_count": 12}, {"key": 5, "doc_count": 2}]}},
        "gratuito": {
            "doc_count": 17,
            "values": {
                "buckets": [
                    {"key": 0, "key_as_string": "false", "doc_count": 11},
                    {"key": 1, "key_as_string": "true", "doc_count": 6},
                ]
            },
        },
    },
}


def test_recorded_answer_parses_into_the_counts_the_page_shows():
    counted = parse_counts(RECORDED, [facet for facet, _column in FACETS])
    assert counted.total == 17
    assert counted.counts == {
        "obiettivo": {"cura-bambini": 31, "cura-anziani": 9},
        "giorno": {"0": 12, "5": 2},
        "gratuito": {"1": 6},  # «no» is not a value the filter offers
    }


class FakeEngine:
    def __init__(self):
        self.sent = []
        self.answer = RECORDED


@pytest.fixture
def fake_engine(monkeypatch):
    """Elasticsearch's search API answering `answer` and keeping what it was sent in `sent`."""
    engine = FakeEngine()

    def search(client, **kwargs):
        engine.sent.append(kwargs)
        return engine.answer

    monkeypatch.setattr(Elasticsearch, "search", search)
    return engine


def answer_for(facets, buckets, total):
    return {
        "hits": {"total": {"value": total, "relation": "eq"}, "hits": []},
        "aggregations": {facet.name: {"values": {"buckets": buckets.get(facet.name, [])}} for facet in facets},
    }


@pytest.mark.django_db
@override_settings(WAGTAILSEARCH_BACKENDS=ES_SETTINGS)
def test_catalogue_counts_come_from_the_engine_in_one_request(client, fake_engine):
    fake_engine.answer = answer_for(
        catalogue_engine_facets(),
        {"obiettivo": [{"key": "cura-bambini-adolescenti", "doc_count": 4242}], "giorno": [{"key": 0, "doc_count": 7}]},
        total=4300,
    )
    response = client.get("/servizi/", {"obiettivo": "cura-bambini-adolescenti", "eta": "2", "giorno": "0"})
    assert response.status_code == 200
    (sent,) = fake_engine.sent
    assert sent["index"] == "conciliazione_wagtailcore_page"
    assert sent["size"] == 0
    assert sent["post_filter"] == {
        "bool": {
            "filter": [
                {"terms": {"services_catalog_servicepage__objective_slugs_filter": ["cura-bambini-adolescenti"]}},
                {"terms": {"services_catalog_servicepage__opening_weekdays_filter": [0]}},
            ]
        }
    }
    choices = response.context["filterset"].filters["azione"].extra["choices"]
    assert sent["aggregations"]["azione"]["aggregations"]["values"]["terms"]["size"] == len(choices) > 10
    # The age narrows every facet: it is in the query, on the indexed age range.
    query = json.dumps(sent["query"])
    assert "services_catalog_servicepage__age_min_months_filter" in query and '"lte": 35' in query
    options = {option.value: option.count for option in response.context["facets"]["obiettivo"].options}
    assert options["cura-bambini-adolescenti"] == 4242
    assert {option.value: option.count for option in response.context["facets"]["giorno"].options}["0"] == 7


@pytest.mark.django_db
@override_settings(WAGTAILSEARCH_BACKENDS=ES_SETTINGS)
def test_catalogue_radius_reaches_the_engine_as_ids(client, fake_engine):
    fake_engine.answer = answer_for(catalogue_engine_facets(), {}, total=0)
    response = client.get("/servizi/", {"comune": "Lecco", "raggio": "10"})
    assert response.status_code == 200
    (sent,) = fake_engine.sent
    within = [clause for clause in sent["query"]["bool"]["filter"][1]["bool"]["must"] if "terms" in clause]
    # The services within 10 km, kept as a filter on the Page's id (modelsearch drops one on
    # the page type's pointer).
    assert within and set(within[-1]["terms"]) == {"id_filter"}


@pytest.mark.django_db
@override_settings(WAGTAILSEARCH_BACKENDS=ES_SETTINGS)
def test_library_counts_come_from_the_engine(client, fake_engine):
    from goodpractices.engine_facets import library_engine_facets

    fake_engine.answer = answer_for(library_engine_facets(), {"rete": [{"key": "lecco", "doc_count": 321}]}, total=5)
    response = client.get("/buone-pratiche/", {"rete": "lecco"})
    assert response.status_code == 200
    (sent,) = fake_engine.sent
    assert sent["post_filter"] == {
        "bool": {"filter": [{"terms": {"home_networkownedpage__network_slug_filter": ["lecco"]}}]}
    }
    assert sent["aggregations"]["rete"]["filter"] == {"bool": {"filter": []}}
    (rete,) = [facet for facet in response.context["library"].facets if facet.name == "rete"]
    assert {option.value: option.count for option in rete.options}["lecco"] == 321


def test_facet_fields_are_keywords_and_integers_in_the_mapping():
    backend = ItalianElasticsearchBackend(dict(ES_SETTINGS["default"]))
    services = backend.mapping_class(ServicePage).get_mapping()["properties"]
    prefix = "services_catalog_servicepage__"
    for name in ("objective_slugs", "action_slugs", "audience_slugs", "need_slugs"):
        assert services[f"{prefix}{name}_filter"] == {"type": "keyword"}
    assert services["home_networkownedpage__network_slug_filter"] == {"type": "keyword"}
    for name in ("opening_weekdays", "age_min_months", "age_max_months"):
        assert services[f"{prefix}{name}_filter"] == {"type": "integer"}
    assert services[f"{prefix}is_free_filter"] == {"type": "boolean"}
    practices = backend.mapping_class(GoodPracticePage).get_mapping()["properties"]
    for name in ("objective_slugs", "kind_slugs", "beneficiary_slugs", "period_slug"):
        assert practices[f"goodpractices_goodpracticepage__{name}_filter"] == {"type": "keyword"}


@pytest.mark.django_db
def test_documents_hold_the_values_the_filters_spell():
    backend = ItalianElasticsearchBackend(dict(ES_SETTINGS["default"]))
    service = ServicePage.objects.live().first()
    service.actions.set(Action.objects.filter(locale=service.locale, slug__in=["centri-ricreativi", "dopo-scuola"]))
    service.audiences.set(Audience.objects.filter(locale=service.locale, slug="famiglie"))
    location = ServiceLocation.objects.create(service=service, municipality="Lecco")
    OpeningHours.objects.create(location=location, weekday=2, opens=time(9), closes=time(12))
    document = backend.mapping_class(ServicePage).get_document(service)
    prefix = "services_catalog_servicepage__"
    assert document[f"{prefix}action_slugs_filter"] == ["centri-ricreativi", "dopo-scuola"]
    assert document[f"{prefix}audience_slugs_filter"] == ["famiglie"]
    assert document[f"{prefix}objective_slugs_filter"] == sorted(service.objectives.values_list("slug", flat=True))
    # The needs of those actions (services_catalog.needs), not the one of companies.
    needs = document[f"{prefix}need_slugs_filter"]
    assert {"centri-estivi", "dopo-scuola"} <= set(needs) and "imprese" not in needs
    assert document["home_networkownedpage__network_slug_filter"] == service.network.slug
    weekdays = document[f"{prefix}opening_weekdays_filter"]
    assert 2 in weekdays and all(isinstance(day, int) for day in weekdays)
    assert document[f"{prefix}age_min_months_filter"] == service.age_min_months


@pytest.mark.django_db
@override_settings(WAGTAILSEARCH_BACKENDS=ES_SETTINGS)
def test_unreachable_engine_gives_the_503_page_on_the_lists(client):
    for path in ("/servizi/", "/buone-pratiche/"):
        response = client.get(path, {"rete": "lecco"})
        assert response.status_code == 503, path
        assert "Il servizio di ricerca non risponde in questo momento" in response.content.decode()


# Integration --------------------------------------------------------------------------------

needs_server = pytest.mark.skipif(not os.environ.get("ELASTICSEARCH_URL"), reason="ELASTICSEARCH_URL non impostato")


@pytest.fixture
def indexed_seed(settings):
    """The seed indexed on the server at ELASTICSEARCH_URL (prefix test_concil_agg_), deleted afterwards."""
    settings.WAGTAILSEARCH_BACKENDS = search_backends(
        "", {"ELASTICSEARCH_URL": os.environ["ELASTICSEARCH_URL"], "ELASTICSEARCH_INDEX_PREFIX": "test_concil_agg_"}
    )
    call_command("update_index", verbosity=0)
    from modelsearch.backends import get_search_backend

    backend = get_search_backend()
    yield backend
    for name in backend.es.indices.get(index="test_concil_agg_*"):
        backend.es.indices.delete(index=name)


@needs_server
@pytest.mark.elasticsearch
@pytest.mark.django_db
@pytest.mark.parametrize(
    "query_string",
    [
        "",
        "obiettivo=cura-bambini-adolescenti&destinatari=famiglie&gratuito=1",
        "rete=lecco&rete=como&giorno=0",
        "bisogno=dopo-scuola&bisogno=imprese&eta=8&eta_nota=1",
        "comune=Lecco&raggio=25&giorno=0",
        "eta=2",
    ],
)
def test_integration_engine_counts_equal_the_database_path(indexed_seed, query_string):
    from services_catalog.facet_index import build_index
    from services_catalog.facets import count_facets
    from tests.services_catalog.test_facet_counts import filterset_for

    filterset = filterset_for(query_string)
    locale = Locale.get_default()
    index = build_index(locale)
    expected = count_facets(filterset, index, index.everyone)
    listed = filterset.queryset
    counted = catalogue_counts(listed, QueryDict(query_string).get("q", ""), filterset)
    assert counted.counts == expected.counts
    assert counted.total == expected.total
