"""The search page /cerca/ and its autocomplete endpoint."""

import datetime
import re

import pytest
from django.core.management import call_command
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits, SearchPromotion

from search.hits import flush_search_hits

pytestmark = pytest.mark.django_db


def result_titles(html):
    return re.findall(r'<h2 class="h5 mb-1"><a href="[^"]+">([^<]+)</a>', html)


def test_results_are_labelled_counted_highlighted_and_the_query_kept(client):
    response = client.get("/cerca/", {"q": "famiglie Lecco"})
    html = response.content.decode()
    assert response.status_code == 200
    assert '<meta name="robots" content="noindex">' in html
    assert re.search(r'class="search-count">\d+ risultat', html)
    assert "Rete territoriale di conciliazione di Lecco" in result_titles(html)[:5]
    assert '<p class="small text-uppercase mb-1 search-result-type">Rete</p>' in html
    assert "<mark>famiglia</mark>" in html and "<mark>Lecco</mark>" in html
    assert 'value="famiglie Lecco"' in html


def test_snippet_escapes_page_text(client, make_page):
    make_page("Pagina con codice", "Scrivere &lt;script&gt;alert(1)&lt;/script&gt; e <b>zucchero</b> &amp; sale.")
    html = client.get("/cerca/", {"q": "zucchero"}).content.decode()
    (snippet,) = re.findall(r'search-result-snippet">(.*?)</p>', html)
    assert "<mark>zucchero</mark> &amp; sale." in snippet
    assert "<script" not in snippet and "<b>" not in snippet


def test_pagination_keeps_query_and_type(client):
    html = client.get("/cerca/", {"q": "rete conciliazione", "tipo": "home.networkpage"}).content.decode()
    assert "15 risultati" in html
    assert len(result_titles(html)) == 10
    assert "Pagina 1 di 2" in html
    assert 'href="?q=rete+conciliazione&amp;tipo=home.networkpage&amp;page=2"' in html
    second = client.get("/cerca/", {"q": "rete conciliazione", "tipo": "home.networkpage", "page": 2})
    assert len(result_titles(second.content.decode())) == 5


def test_type_filter_counts_every_type_and_filters(client):
    html = client.get("/cerca/", {"q": "conciliazione"}).content.decode()
    counts = dict(re.findall(r"tipo=([a-z_]+\.[a-z]+)[^>]*>([^<(]+) \(\d+\)", html))
    assert counts["home.networkpage"] == "Rete"
    assert counts["home.agreementpage"] == "Accordo regionale"
    assert {"home.standardpage", "home.agreementpage"} <= set(counts)
    filtered = client.get("/cerca/", {"q": "conciliazione", "tipo": "home.agreementpage"}).content.decode()
    assert result_titles(filtered) == [
        "Accordo per la valorizzazione delle politiche territoriali di conciliazione famiglia-lavoro "
        "e delle reti di imprese"
    ]
    assert 'aria-current="true" class="fw-bold">Accordo regionale (1)' in filtered


@pytest.mark.parametrize("tipo", ["home.nonexistent", "auth.user", "rubbish"])
def test_unknown_type_is_a_clear_400(client, tipo):
    response = client.get("/cerca/", {"q": "reti", "tipo": tipo})
    assert response.status_code == 400
    assert "Il tipo di contenuto richiesto non esiste." in response.content.decode()


def test_empty_and_meaningless_queries(client):
    assert client.get("/cerca/").status_code == 200
    response = client.get("/cerca/", {"q": "il della"})
    assert response.status_code == 200
    assert "solo parole troppo comuni" in response.content.decode()
    assert client.get("/cerca/", {"q": "reti", "page": "abc"}).status_code == 200
    assert client.get("/cerca/", {"q": 'x" OR * NEAR(' + "a" * 500}).status_code == 200
    assert client.post("/cerca/", {"q": "reti"}).status_code == 405


def test_promoted_results_come_first_and_hits_are_recorded(client, page_by_path):
    flush_search_hits()  # what earlier tests left in memory
    privacy = page_by_path("/privacy/")
    query = Query.get("reti lombarde")
    SearchPromotion.objects.create(query=query, page=privacy, description="In evidenza per prova.", sort_order=0)
    html = client.get("/cerca/", {"q": "Reti  Lombarde"}).content.decode()
    assert "In evidenza" in html and "In evidenza per prova." in html
    assert html.index("Informativa privacy") < html.index("search-results")
    client.get("/cerca/", {"q": "reti lombarde", "page": 2})
    assert flush_search_hits() == 1
    assert QueryDailyHits.objects.get(query=query, date=timezone.now().date()).hits == 1


def test_a_search_writes_nothing_to_the_database_until_the_batch_is_written(client):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    flush_search_hits()
    with CaptureQueriesContext(connection) as queries:
        for _ in range(3):
            assert client.get("/cerca/", {"q": "conciliazione famiglia"}).status_code == 200
    writes = [q["sql"] for q in queries if q["sql"].lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE"))]
    assert writes == []
    assert not QueryDailyHits.objects.filter(query__query_string="conciliazione famiglia").exists()
    assert flush_search_hits() == 3
    assert QueryDailyHits.objects.get(query__query_string="conciliazione famiglia").hits == 3


def test_promotions_of_unpublished_pages_are_hidden(client, make_page):
    page = make_page("Promossa poi ritirata", "Testo.")
    SearchPromotion.objects.create(query=Query.get("reti"), page=page, sort_order=0)
    page.unpublish()
    assert "Promossa poi ritirata" not in client.get("/cerca/", {"q": "reti"}).content.decode()


def test_old_hits_are_cleaned_by_command(settings):
    settings.WAGTAILSEARCH_HITS_MAX_AGE = 30
    query = Query.get("nido")
    today = timezone.now().date()
    QueryDailyHits.objects.create(query=query, date=today - datetime.timedelta(days=31), hits=4)
    QueryDailyHits.objects.create(query=query, date=today - datetime.timedelta(days=2), hits=2)
    call_command("searchpromotions_garbage_collect", verbosity=0)
    assert list(QueryDailyHits.objects.filter(query=query).values_list("hits", flat=True)) == [2]


def test_autocomplete_returns_public_titles_as_json(client):
    data = client.get("/cerca/suggerimenti/", {"q": "rete territoriale di conciliazione di lec"}).json()
    # First: the Lecco catalogue service also matches (its short description holds every word).
    assert data["results"][0] == {
        "title": "Rete territoriale di conciliazione di Lecco",
        "url": "/reti/lecco/",
        "type": "Rete",
        "type_key": "home.networkpage",
    }
    assert "Rete territoriale di conciliazione di Como" not in [result["title"] for result in data["results"]]
    assert client.get("/cerca/suggerimenti/", {"q": "r"}).json()["results"] == []
    assert len(client.get("/cerca/suggerimenti/", {"q": "ret"}).json()["results"]) == 8


def test_suggestions_list_the_titles_holding_what_was_typed_first(client, make_page, page_by_path):
    from tests.factories import ServicePageFactory

    make_page("Zafferano giallo di Lombardia", "Una pagina.")
    # Created later (engines break ties by newest first) and matching more often, in its description.
    ServicePageFactory(
        parent=page_by_path("/reti/lecco/"),
        title="Sportello spezie",
        short_description="Zafferano giallo, zafferano giallo e ancora zafferano giallo.",
    )
    results = client.get("/cerca/suggerimenti/", {"q": "zafferano gia"}).json()["results"]
    assert [result["title"] for result in results] == ["Zafferano giallo di Lombardia", "Sportello spezie"]


def test_search_boxes_are_enhanced_by_a_static_script(client):
    html = client.get("/").content.decode()
    assert re.search(r'<script src="/static/search/suggest\.js" defer></script>', html)
    assert 'data-search-suggest="/cerca/suggerimenti/"' in html
    assert client.get("/static/search/suggest.js").status_code == 200


def test_a_promotion_matches_the_query_through_the_italian_analysis(client, page_by_path):
    privacy = page_by_path("/privacy/")
    promoted = Query.get("centro estivo")
    SearchPromotion.objects.create(query=promoted, page=privacy, description="Promossa.", sort_order=0)
    html = client.get("/cerca/", {"q": "Centri estivi"}).content.decode()
    assert "Promossa." in html
    assert "Promossa." not in client.get("/cerca/", {"q": "centro"}).content.decode()


def test_a_saved_promotion_renews_the_cached_search_pages(django_capture_on_commit_callbacks, page_by_path):
    from caching.pagecache import current_generation, page_cache

    before = current_generation(page_cache())
    with django_capture_on_commit_callbacks(execute=True):
        SearchPromotion.objects.create(query=Query.get("nidi"), page=page_by_path("/privacy/"), sort_order=0)
    assert current_generation(page_cache()) != before


def test_a_saved_synonym_group_reaches_every_worker(settings, tmp_path):
    from django.core.cache.backends.filebased import FileBasedCache

    from search.models import SynonymGroup
    from search.synonyms import CACHE_KEY, Entry, current_entries

    shared = {"BACKEND": "django.core.cache.backends.filebased.FileBasedCache", "LOCATION": str(tmp_path)}
    settings.CACHES = {**settings.CACHES, "shared": shared}
    other_worker = FileBasedCache(str(tmp_path), {})
    current_entries()
    assert other_worker.get(CACHE_KEY) is not None, "the groups are kept where every worker reads them"
    SynonymGroup.objects.create(name="Prova", terms="ludoteca, spazio gioco")
    assert other_worker.get(CACHE_KEY) is None
    assert Entry(("ludoteca", "spazio gioco")) in current_entries()
