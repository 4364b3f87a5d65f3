"""No dead end: a search that finds little shows the words no page holds, "Forse cercavi …"
from the indexed vocabulary, and the catalogue, the library and the company guide."""

import pytest
from bs4 import BeautifulSoup

pytestmark = pytest.mark.django_db


def hints_of(client, query):
    response = client.get("/cerca/", {"q": query})
    assert response.status_code == 200
    section = BeautifulSoup(response.content, "html.parser").select_one(".search-hints")
    return section


def test_a_misspelt_word_gets_a_suggestion_and_is_named(client):
    hints = hints_of(client, "asillo nido")
    assert "«asillo»" in hints.select_one(".search-unmatched").get_text()
    suggestion = hints.select_one(".search-suggestion a")
    assert suggestion.get_text() == "asilo nido"
    assert suggestion["href"] == "?q=asilo+nido"


def test_nothing_found_points_to_catalogue_library_and_guide(client):
    hints = hints_of(client, "zzqqxx")
    assert "«zzqqxx»" in hints.select_one(".search-unmatched").get_text()
    assert hints.select_one(".search-suggestion") is None
    links = [link["href"] for link in hints.select(".search-destinations a")]
    assert links == ["/servizi/", "/buone-pratiche/", "/per-le-imprese/"]


def list_hints_of(client, path, params):
    response = client.get(path, params)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser").select_one(".search-hints")


def test_the_catalogue_text_query_is_no_dead_end_either(client):
    hints = list_hints_of(client, "/servizi/", {"q": "asillo", "gratuito": "1"})
    assert "«asillo»" in hints.select_one(".search-unmatched").get_text()
    suggestion = hints.select_one(".search-suggestion a")
    assert suggestion.get_text() == "asilo"
    assert suggestion["href"] == "?q=asilo&gratuito=1"  # the other filters kept
    assert hints.select_one(".search-whole-site a")["href"] == "/cerca/?q=asillo"
    links = [link["href"] for link in hints.select(".search-destinations a")]
    assert links == ["/buone-pratiche/", "/per-le-imprese/"]  # not the catalogue itself
    # In the catalogue's ways out, beside the relaxations of its filters (their counts).
    assert hints.find_parent(class_="ways-out") is not None


def test_the_library_text_query_is_no_dead_end_either(client):
    hints = list_hints_of(client, "/buone-pratiche/", {"q": "zzqqxx"})
    assert hints.select_one(".search-unmatched").get_text().startswith("Nessun risultato contiene questa parola: ")
    links = [link["href"] for link in hints.select(".search-destinations a")]
    assert links == ["/servizi/", "/per-le-imprese/"]
    response = client.get("/buone-pratiche/", {"q": "zzqqxx"})
    relaxation = BeautifulSoup(response.content, "html.parser").select_one(".relaxations a").get_text()
    assert relaxation.startswith("togli «Testo: zzqqxx» (") and relaxation.endswith("buone pratiche)")
    assert list_hints_of(client, "/buone-pratiche/", {"q": "conciliazione"}) is None


def test_a_search_that_finds_enough_shows_no_hints(client):
    assert hints_of(client, "conciliazione") is None


def test_the_admin_lists_searches_that_found_nothing_with_their_missing_words(client, admin_client):
    from search.hits import flush_search_hits
    from search.models import UnansweredSearch

    client.get("/cerca/", {"q": "ludobus zzqqxx"})
    client.get("/cerca/", {"q": "ludobus zzqqxx"})
    client.get("/cerca/", {"q": "conciliazione"})
    flush_search_hits()
    (row,) = UnansweredSearch.objects.all()
    assert (row.query_string, row.missing_words, row.searches) == ("ludobus zzqqxx", "ludobus, zzqqxx", 2)
    listing = admin_client.get("/admin/snippets/search/unansweredsearch/")
    assert listing.status_code == 200
    assert "ludobus zzqqxx" in listing.content.decode()


def test_english_words_reach_the_italian_pages_marked_as_italian(client):
    response = client.get("/en/cerca/", {"q": "summer camp"})
    assert response.status_code == 200
    section = BeautifulSoup(response.content, "html.parser").select_one(".search-source-language")
    links = [link["href"] for link in section.select("h3[lang=it] a[hreflang=it]")]
    assert section.select_one(".badge").get_text() == "In Italian"
    assert "/reti/varese/buona-pratica-centro-estivo-figli-dipendenti-asl/" in links
    # On the Italian site, Italian pages are the results themselves: no such section.
    italian = client.get("/cerca/", {"q": "summer camp"})
    assert BeautifulSoup(italian.content, "html.parser").select_one(".search-source-language") is None
