"""Elasticsearch without a server: the settings, the index mapping, the documents built
from pages and the query bodies, through modelsearch's own classes; what happens when
the engine does not answer. Integration tests at the end need ELASTICSEARCH_URL: they
assert the analysis by its behaviour (the tokens the `_analyze` API returns, the pages
that indexed text matches), not by its configuration."""

import os
from copy import deepcopy

import pytest
from django.core.management import call_command
from django.test import override_settings
from modelsearch.backends import get_search_backend
from wagtail.models import Page

from home.models import NetworkPage
from search.backend_settings import FACET_SIZE, search_backends
from search.backends.elasticsearch8 import BROADER_BOOST, ItalianElasticsearchBackend
from search.models import SynonymGroup
from search.query import build_query
from search.synonyms import Entry, SynonymTable
from search.visibility import searchable_pages

UNREACHABLE = "http://127.0.0.1:1"
ES_SETTINGS = search_backends("django.db.backends.sqlite3", {"ELASTICSEARCH_URL": UNREACHABLE})


@pytest.fixture
def backend():
    return ItalianElasticsearchBackend(deepcopy(ES_SETTINGS["default"]))


def test_settings_select_the_italian_elasticsearch_8_backend():
    config = search_backends(
        "django.db.backends.postgresql",
        {"ELASTICSEARCH_URL": "https://es.example.org:9243", "ELASTICSEARCH_INDEX_PREFIX": "concil_"},
    )["default"]
    assert config["BACKEND"] == "search.backends.elasticsearch8"
    assert config["URLS"] == ["https://es.example.org:9243"]
    assert config["INDEX_PREFIX"] == "concil_"
    assert search_backends("django.db.backends.postgresql", {})["default"] == {
        "BACKEND": "search.backends.database",
        "SEARCH_CONFIG": "italian_unaccent",
        "LANGUAGE_SEARCH_CONFIGS": {"en": "english"},
    }
    assert search_backends("django.db.backends.sqlite3", {})["default"] == {
        "BACKEND": "search.backends.database",
        "SEARCH_CONFIG": None,
    }


def test_elasticsearch_client_is_major_8():
    import elasticsearch

    assert elasticsearch.VERSION[0] == 8


def test_index_settings_hold_the_italian_analyzer_and_seed_synonyms(backend):
    analysis = backend.settings["settings"]["analysis"]
    default, search_time = analysis["analyzer"]["default"], analysis["analyzer"]["default_search"]
    stemming = ["italian_stop", "italian_light_stem_0", "italian_light_stem_1"]
    assert default["filter"] == ["italian_elision", "lowercase", "asciifolding", *stemming]
    assert search_time["filter"] == ["italian_elision", "lowercase", "asciifolding", "italian_synonyms", *stemming]
    assert analysis["filter"]["italian_light_stem_1"]["type"] == "pattern_replace"
    assert analysis["filter"]["italian_stop"]["stopwords"] == "_italian_"
    rules = analysis["filter"]["italian_synonyms"]["synonyms"]
    assert any(rule.startswith("asilo nido, nido, micronido, sezione primavera") for rule in rules)
    # Equivalents only: the broader terms ("ragazzi" leads to "adolescenti") are asked for by
    # the query, in a clause of lower weight (see the query body tests).
    assert "ragazzi, ragazze, teenager, teenagers" in rules
    assert not any("=>" in rule or "adolescenti" in rule for rule in rules)
    # Wagtail's own autocomplete analyzers are kept.
    assert "edgengram_analyzer" in analysis["analyzer"]
    assert backend.index_prefix == "conciliazione_"
    assert backend.get_index_for_model(NetworkPage).name == "conciliazione_wagtailcore_page"


@pytest.mark.django_db
def test_index_is_created_with_the_synonyms_editors_keep(backend, monkeypatch):
    SynonymGroup.objects.create(name="Ludoteca", terms="ludoteca\nspazio gioco")
    sent = {}
    monkeypatch.setattr(backend.es.indices, "create", lambda **kwargs: sent.update(kwargs))
    backend.get_index_for_model(NetworkPage).put()
    assert sent["index"] == "conciliazione_wagtailcore_page"
    rules = sent["settings"]["analysis"]["filter"]["italian_synonyms"]["synonyms"]
    assert "ludoteca, spazio gioco" in rules
    assert any(rule.startswith("smart working, lavoro agile, smartworking") for rule in rules)


def test_mapping_analyses_text_with_the_index_default_analyzer(backend):
    mapping = backend.mapping_class(NetworkPage).get_mapping()["properties"]
    territory = mapping["home_networkpage__territory"]
    assert territory["type"] == "text" and "analyzer" not in territory
    assert "_all_text" in territory["copy_to"]
    assert mapping["home_networkpage__short_name_filter"]["type"] == "keyword"
    assert mapping["title"]["type"] == "text" and "analyzer" not in mapping["title"]
    assert mapping["_all_text"] == {"type": "text"}


@pytest.mark.django_db
def test_documents_are_built_from_pages(backend, page_by_path):
    lecco = page_by_path("/reti/lecco/")
    document = backend.mapping_class(NetworkPage).get_document(lecco)
    assert document["title"] == "Rete territoriale di conciliazione di Lecco"
    assert document["home_networkpage__short_name_filter"] == "Lecco"
    assert document["home_networkpage__territory"] == "Il territorio dell'ASL di Lecco."
    assert document["live_filter"] is True and document["locale_id_filter"] == lecco.locale_id


@pytest.mark.django_db
def test_query_body_uses_synonyms_operator_and_visibility_filters(backend):
    table = SynonymTable([["asilo nido", "nido", "micronido"]])
    results = backend.search(build_query("asili nido Lecco", table), searchable_pages())
    body = results._get_es_body()
    all_text, boosted_title = body["query"]["bool"]["must"]["dis_max"]["queries"]
    synonyms, place = all_text["bool"]["must"]
    assert {"match_phrase": {"_all_text": "asilo nido"}} in synonyms["bool"]["should"]
    assert {"match": {"_all_text": {"query": "micronido", "operator": "and"}}} in synonyms["bool"]["should"]
    assert place == {"match": {"_all_text": {"query": "lecco", "operator": "and"}}}
    assert boosted_title["bool"]["must"][1]["match"]["_all_text_boost_2_0"]["boost"] == 2.0
    filters = body["query"]["bool"]["filter"][1]["bool"]["must"]
    assert {"term": {"live_filter": True}} in filters
    assert {"bool": {"must_not": {"terms": {"id_filter": []}}}} in filters  # public(): no private page
    assert any("locale_id_filter" in item.get("term", {}) for item in filters)


@pytest.mark.django_db
def test_query_of_three_words_asks_for_two_of_them_full_matches_boosted(backend):
    results = backend.search(build_query("gioco bambini parco", SynonymTable([])), searchable_pages())
    all_text = results._get_es_body()["query"]["bool"]["must"]["dis_max"]["queries"][0]
    most = all_text["bool"]["must"][0]["bool"]
    assert most["minimum_should_match"] == 2
    assert [clause["match"]["_all_text"]["query"] for clause in most["should"]] == ["gioco", "bambini", "parco"]
    (every,) = all_text["bool"]["should"]
    assert len(every["bool"]["must"]) == 3
    assert every["bool"]["must"][0]["match"]["_all_text"]["boost"] == 10.0


@pytest.mark.django_db
def test_broader_terms_are_asked_for_in_a_clause_of_lower_weight(backend):
    table = SynonymTable([Entry(("ludobus", "ludoteca mobile"), ("ludoteca",))])
    results = backend.search(build_query("ludobus", table), searchable_pages())
    all_text, _boosted_title = results._get_es_body()["query"]["bool"]["must"]["dis_max"]["queries"]
    exact, broader = all_text["bool"]["should"]
    assert all_text["bool"]["minimum_should_match"] == 1
    assert {"match_phrase": {"_all_text": "ludoteca mobile"}} in exact["bool"]["should"]
    assert broader["match"]["_all_text"]["query"] == "ludoteca"
    assert broader["match"]["_all_text"]["boost"] == BROADER_BOOST < 1
    assert "boost" not in exact["bool"]["should"][0]["match"]["_all_text"]


@pytest.mark.django_db
def test_facets_ask_for_more_than_ten_buckets(backend, monkeypatch):
    sent = {}

    def fake_search(**kwargs):
        sent.update(kwargs)
        return {"aggregations": {"content_type_id": {"buckets": [{"key": 3, "doc_count": 12}]}}}

    monkeypatch.setattr(backend.es, "search", fake_search)
    results = backend.search(build_query("reti", SynonymTable([])), searchable_pages())
    assert results.facet("content_type_id") == {3: 12}
    assert sent["aggregations"]["content_type_id"]["terms"]["size"] == FACET_SIZE > 10


@pytest.mark.django_db
@override_settings(WAGTAILSEARCH_BACKENDS=ES_SETTINGS)
def test_unreachable_engine_gives_a_clear_503(client):
    response = client.get("/cerca/", {"q": "reti"})
    assert response.status_code == 503
    assert "Il servizio di ricerca non risponde in questo momento" in response.content.decode()
    suggestions = client.get("/cerca/suggerimenti/", {"q": "reti"})
    assert suggestions.status_code == 503
    assert suggestions.json()["error"] == "La ricerca non è al momento disponibile."


needs_server = pytest.mark.skipif(not os.environ.get("ELASTICSEARCH_URL"), reason="ELASTICSEARCH_URL non impostato")


@needs_server
@pytest.mark.elasticsearch
@pytest.mark.django_db
def test_integration_italian_search_on_elasticsearch(found_paths, settings):
    settings.WAGTAILSEARCH_BACKENDS = search_backends(
        "", {"ELASTICSEARCH_URL": os.environ["ELASTICSEARCH_URL"], "ELASTICSEARCH_INDEX_PREFIX": "test_concil_"}
    )
    call_command("update_index", verbosity=0)
    assert "/reti/lecco/" in found_paths("reti Lecco")
    assert "/servizi/" in found_paths("centro estivo")
    assert "/accordo/conclusioni/" in found_paths("poverta")


@pytest.fixture
def elasticsearch(settings):
    """The site's Elasticsearch backend on the server at ELASTICSEARCH_URL, its indexes
    (prefix test_concil_) built from the seed and deleted afterwards."""
    settings.WAGTAILSEARCH_BACKENDS = search_backends(
        "", {"ELASTICSEARCH_URL": os.environ["ELASTICSEARCH_URL"], "ELASTICSEARCH_INDEX_PREFIX": "test_concil_"}
    )
    call_command("update_index", verbosity=0)
    backend = get_search_backend()
    yield backend
    for name in backend.es.indices.get(index="test_concil_*"):
        backend.es.indices.delete(index=name)


def analysed(backend, text, analyzer="default"):
    index = backend.get_index_for_model(Page).name
    return [token["token"] for token in backend.es.indices.analyze(index=index, analyzer=analyzer, text=text)["tokens"]]


@needs_server
@pytest.mark.elasticsearch
@pytest.mark.django_db
def test_integration_the_analyzer_folds_inflections_accents_elisions_and_stop_words(elasticsearch):
    assert analysed(elasticsearch, "asili") == analysed(elasticsearch, "asilo")  # one stem
    assert analysed(elasticsearch, "servizi") == analysed(elasticsearch, "servizio")
    assert analysed(elasticsearch, "povertà") == analysed(elasticsearch, "POVERTA")  # accent and case
    assert analysed(elasticsearch, "dell'infanzia") == analysed(elasticsearch, "infanzia")  # elision
    assert analysed(elasticsearch, "gli asili di Lecco") == analysed(elasticsearch, "asili Lecco")  # stop words
    assert len(analysed(elasticsearch, "asili Lecco")) == 2
    assert analysed(elasticsearch, "asili") != analysed(elasticsearch, "lecco")


@needs_server
@pytest.mark.elasticsearch
@pytest.mark.django_db
def test_integration_the_search_analyzer_expands_the_synonyms(elasticsearch):
    nido = set(analysed(elasticsearch, "nido"))
    assert nido <= set(analysed(elasticsearch, "micronido", analyzer="default_search"))
    assert not nido & set(analysed(elasticsearch, "micronido"))  # at index time a word stays itself


@needs_server
@pytest.mark.elasticsearch
@pytest.mark.django_db
def test_integration_indexed_pages_match_by_their_analysed_text(elasticsearch, make_page, found_paths):
    make_page("Ludoteca Ornitorinco", "Gli asili nido del territorio, aperti d'estate.", slug="ludoteca-ornitorinco")
    make_page("Sportello Echidna", "Contrasto alla povertà educativa.", slug="sportello-echidna")
    elasticsearch.es.indices.refresh(index=elasticsearch.get_index_for_model(Page).name)
    ornitorinco, echidna = "/ludoteca-ornitorinco/", "/sportello-echidna/"
    assert ornitorinco in found_paths("asilo nido ornitorinco")  # inflection
    assert ornitorinco in found_paths("micronido ornitorinco")  # synonym
    assert ornitorinco in found_paths("estate ornitorinco")  # elision
    assert echidna in found_paths("poverta echidna")  # accent
    assert ornitorinco not in found_paths("poverta echidna")
    assert not found_paths("ornitorinco echidna")  # every word must match
