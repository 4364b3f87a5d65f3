"""Lists and search show the active language's pages only, aliases never counted twice,
and English queries are stemmed in English where the backend allows it."""

import re

import pytest
from django.db import connection
from django.utils import translation
from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend

from search.locale_filters import in_language, searchable_in_language

pytestmark = pytest.mark.django_db


@pytest.fixture
def english():
    return Locale.objects.get(language_code="en")


@pytest.fixture
def english_alias(page_by_path, english):
    """An alias of an Italian page in the English tree: what a synchronised tree would create."""
    source = page_by_path("/accordo/dgr-x-1081/")
    # Replace the real translation by an alias, as tree synchronisation does for untranslated pages.
    source.get_translation(english).delete()
    return source.copy_for_translation(english, alias=True)


def result_titles(client, path):
    html = client.get(path).content.decode()
    count = int(re.search(r'<p role="status"[^>]*>(\d+) ', html).group(1))
    return count, re.findall(r'<h2 class="h5 mb-1"><a href="([^"]+)">', html)


def test_in_language_keeps_one_language_and_no_alias(english, english_alias):
    pages = Page.objects.live()
    italian_pages = in_language(pages, Locale.get_default())
    english_pages = in_language(pages, english)
    assert not italian_pages.filter(locale=english).exists()
    assert not english_pages.exclude(locale=english).exists()
    assert english_alias.pk not in english_pages.values_list("pk", flat=True)
    with translation.override("en"):
        assert set(in_language(pages).values_list("pk", flat=True)) == set(english_pages.values_list("pk", flat=True))


def test_network_index_lists_each_network_in_its_language(client, page_by_path, django_capture_on_commit_callbacks):
    from wagtail_localize.operations import translate_object

    it_html = client.get("/reti/").content.decode()
    assert len(re.findall(r'href="/reti/[a-z0-9-]+/"', it_html)) == 15
    en_html = client.get("/en/networks/").content.decode()
    assert "15 territorial networks" in en_html
    # Network pages are Italian: the English index lists them as such.
    assert '<a href="/reti/lecco/" hreflang="it">Lecco</a> <span class="small" lang="it">(Italiano)</span>' in en_html
    # Once a network is translated, the English index links to its English page instead.
    with django_capture_on_commit_callbacks(execute=True):
        translate_object(page_by_path("/reti/lecco/"), [Locale.objects.get(language_code="en")])
    en_html = client.get("/en/networks/").content.decode()
    assert 'href="/en/networks/lecco/"' in en_html and 'href="/reti/lecco/"' not in en_html
    assert len(re.findall(r"<h3 ", en_html)) == 15


def test_english_catalogue_and_library_say_italian_only_and_link_there(client):
    html = client.get("/en/services/").content.decode()
    assert "The service sheets are published in Italian only." in html
    assert '<a href="/servizi/" hreflang="it">Browse the service catalogue in Italian</a>' in html
    html = client.get("/en/good-practices/").content.decode()
    assert '<a href="/buone-pratiche/" hreflang="it">Browse the good practices in Italian</a>' in html
    assert 'id="catalogue-form"' not in client.get("/en/services/").content.decode()
    italian = client.get("/servizi/").content.decode()
    assert "solo in italiano" not in italian and 'id="catalogue-form"' in italian


@pytest.fixture
def indexed(db):
    from django.core.management import call_command

    call_command("update_index", verbosity=0)


def test_search_never_mixes_languages(client, indexed):
    count_it, urls_it = result_titles(client, "/cerca/?q=DGR")
    count_en, urls_en = result_titles(client, "/en/cerca/?q=DGR")
    assert count_it > 0 and count_en > 0
    assert all(not url.startswith("/en/") for url in urls_it)
    assert all(url.startswith("/en/") for url in urls_en)
    # An Italian word is not found on the English site, and the reverse.
    assert result_titles(client, "/en/cerca/?q=sindacali")[0] == 0
    assert result_titles(client, "/cerca/?q=balance")[0] == 0


def test_search_leaves_aliases_out(client, indexed, english_alias):
    from django.core.management import call_command

    call_command("update_index", verbosity=0)
    with translation.override("en"):
        results = searchable_in_language(Page.objects.live()).search("1081", operator="and")
        assert english_alias.pk not in [page.pk for page in results]
    _, urls = result_titles(client, "/en/cerca/?q=1081")
    assert english_alias.url not in urls


def test_each_language_has_its_postgresql_text_search_configuration():
    if connection.vendor != "postgresql":
        pytest.skip("Only PostgreSQL's database backend has per-language text-search configurations.")
    backend = get_search_backend()
    assert backend.config_for_language("it") == "italian_unaccent"
    assert backend.config_for_language("en") == "english"
    assert backend.config_for_language("en-gb") == "english"
    assert backend.autocomplete_config == "simple"


@pytest.mark.postgres
def test_english_queries_are_stemmed_in_english(client, indexed):
    if connection.vendor != "postgresql":
        pytest.skip("English stemming needs PostgreSQL's text-search configurations (SQLite FTS5 has none).")
    # "balancing" appears nowhere: English stemming matches "balance".
    count, urls = result_titles(client, "/en/cerca/?q=balancing")
    assert count > 0 and all(url.startswith("/en/") for url in urls)
    # "agreements" finds the agreement page ("agreement").
    assert "/en/agreement/" in result_titles(client, "/en/cerca/?q=agreements")[1]
    # Italian pages are still stemmed in Italian: "rete" finds "Reti".
    assert result_titles(client, "/cerca/?q=rete")[0] > 0


@pytest.mark.postgres
def test_queries_follow_the_language_of_the_pages_searched(indexed, english):
    """The searched queryset's locale picks the configuration, not the interface language
    (an editor may use the admin in English): Italian "rete" is stemmed in Italian, English
    "balancing" in English; a queryset of every locale is parsed as Italian, the source."""
    if connection.vendor != "postgresql":
        pytest.skip("Per-language analysis needs PostgreSQL's text-search configurations.")
    pages = Page.objects.live()
    with translation.override("en"):
        assert searchable_in_language(pages, Locale.get_default()).search("rete").count() > 0
        assert pages.search("rete").count() > 0
    with translation.override("it"):
        assert searchable_in_language(pages, english).search("balancing").count() > 0


def test_the_configuration_of_a_locale_comes_from_the_kept_codes_or_the_database(
    english, settings, django_assert_num_queries
):
    """The locales' language codes are kept by the worker (one query a search otherwise); a
    locale created since (in the same transaction, before the generation renews) is read
    from the database."""
    if connection.vendor != "postgresql":
        pytest.skip("Only PostgreSQL's database backend has per-language text-search configurations.")
    settings.FRAGMENT_CACHE_TIMEOUT = 600
    backend = get_search_backend()
    assert backend.config_for_locale(english.pk) == "english"
    italian = Locale.get_default()
    with django_assert_num_queries(0):
        assert backend.config_for_locale(italian.pk) == "italian_unaccent"
    english_gb = Locale.objects.create(language_code="en-gb")
    assert backend.config_for_locale(english_gb.pk) == "english"
    assert backend.config_for_locale(None) == "italian_unaccent"
