"""The language switcher, hreflang alternates, <html lang> and the sitemap entries."""

import re
from xml.etree import ElementTree

import pytest
from django.test import RequestFactory
from django.urls import resolve
from wagtail.contrib.sitemaps import Sitemap
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.models import Locale, Page
from wagtail.views import serve as wagtail_serve

from home.models import StandardPage

pytestmark = pytest.mark.django_db


def switcher(html):
    return re.search(r'<nav class="language-switcher".*?</nav>', html, re.S).group(0)


def alternates(html):
    return dict(re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">', html))


def test_italian_page_links_to_its_english_translation(client):
    html = client.get("/accordo/").content.decode()
    assert '<html lang="it">' in html
    nav = switcher(html)
    assert '<a href="/en/agreement/" hreflang="en" lang="en">English</a>' in nav
    assert '<span lang="it" aria-current="true">Italiano</span>' in nav
    assert alternates(html) == {
        "it": "http://localhost/accordo/",
        "en": "http://localhost/en/agreement/",
        "x-default": "http://localhost/accordo/",
    }


def test_english_page_links_back_to_italian(client):
    html = client.get("/en/agreement/network-actions/").content.decode()
    assert '<html lang="en">' in html
    assert '<a href="/accordo/azioni-delle-reti/" hreflang="it" lang="it">Italiano</a>' in switcher(html)
    assert alternates(html)["x-default"] == "http://localhost/accordo/azioni-delle-reti/"
    assert "Skip to main content" in html and "Search the site" in html


def test_untranslated_page_falls_back_to_the_other_home_and_says_so(client, page_by_path):
    agreement = page_by_path("/accordo/")
    untranslated = StandardPage(title="Solo in italiano", slug="solo-in-italiano")
    agreement.add_child(instance=untranslated)
    untranslated.save_revision().publish()
    html = client.get("/accordo/solo-in-italiano/").content.decode()
    nav = switcher(html)
    assert 'href="/en/" hreflang="en" lang="en">English' in nav
    assert "home page: this page is not available in this language" in nav
    # Only the language that exists is announced.
    assert alternates(html) == {
        "it": "http://localhost/accordo/solo-in-italiano/",
        "x-default": "http://localhost/accordo/solo-in-italiano/",
    }


def test_unpublished_translation_is_not_offered(client, page_by_path):
    english = Locale.objects.get(language_code="en")
    conclusions_en = page_by_path("/accordo/conclusioni/").get_translation(english)
    conclusions_en.unpublish()
    html = client.get("/accordo/conclusioni/").content.decode()
    assert "/en/agreement/conclusions/" not in html
    assert 'href="/en/" hreflang="en"' in switcher(html)


def test_search_page_switches_language_with_its_query(client):
    html = client.get("/cerca/?q=reti").content.decode()
    assert '<html lang="it">' in html
    assert 'href="/en/cerca/?q=reti" hreflang="en"' in switcher(html)
    html = client.get("/en/cerca/?q=networks").content.decode()
    assert '<html lang="en">' in html
    assert 'href="/cerca/?q=networks" hreflang="it"' in switcher(html)


def test_not_found_page_is_in_the_language_of_its_address(client):
    response = client.get("/en/does-not-exist/")
    assert response.status_code == 404
    html = response.content.decode()
    assert '<html lang="en">' in html and "Page not found" in html
    assert 'href="/" hreflang="it"' in switcher(html)


def test_every_page_of_the_english_site_is_english_and_announces_its_versions(client):
    seen, pages, queue = set(), set(), ["/en/"]
    while queue:
        path = queue.pop()
        if path in seen or not path.startswith("/en/") or "/cerca/" in path:
            continue
        seen.add(path)
        response = client.get(path)
        assert response.status_code == 200, path
        html = response.content.decode()
        assert '<html lang="en">' in html, path
        if resolve(path).func == wagtail_serve:
            pages.add(path)
            versions = alternates(html)
            assert set(versions) == {"it", "en", "x-default"}, path
            assert versions["en"] == f"http://localhost{path}", path
        queue.extend(re.findall(r'href="(/en/[^"#?]*)"', html))
    # 13 seed pages, the guide for companies and its five objective pages, its planner.
    assert len(pages) == 20


def test_sitemap_entries_carry_their_language_alternates(page_by_path):
    english = Locale.objects.get(language_code="en")
    request = RequestFactory().get("/sitemap.xml")
    expected = [
        {"lang_code": "it", "location": "http://localhost/accordo/"},
        {"lang_code": "en", "location": "http://localhost/en/agreement/"},
        {"lang_code": "x-default", "location": "http://localhost/accordo/"},
    ]
    for page in (page_by_path("/accordo/"), page_by_path("/accordo/").get_translation(english).specific):
        [entry] = page.get_sitemap_urls(request)
        assert entry["location"] == page.get_full_url(request)
        assert entry["lastmod"] == page.last_published_at
        assert entry["alternates"] == expected


def test_sitemap_alternates_render_as_xhtml_links(page_by_path):
    """Django's sitemap template renders the alternates as xhtml:link elements."""
    english = Locale.objects.get(language_code="en")
    agreement = page_by_path("/accordo/")
    versions = [agreement.pk, agreement.get_translation(english).pk]

    class Pages(Sitemap):
        def items(self):
            return Page.objects.filter(pk__in=versions).order_by("path").specific()

    response = sitemap(RequestFactory().get("/sitemap.xml"), sitemaps={"pages": Pages})
    response.render()
    namespaces = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
    root = ElementTree.fromstring(response.content)  # noqa: S314 (our own response)
    entries = {url.findtext("s:loc", namespaces=namespaces): url for url in root.findall("s:url", namespaces)}
    assert set(entries) == {"http://localhost/accordo/", "http://localhost/en/agreement/"}
    links = {
        link.get("hreflang"): link.get("href")
        for link in entries["http://localhost/en/agreement/"].findall("x:link", namespaces)
    }
    assert links == {
        "it": "http://localhost/accordo/",
        "en": "http://localhost/en/agreement/",
        "x-default": "http://localhost/accordo/",
    }


def test_untranslated_page_has_no_sitemap_alternates(page_by_path):
    page = StandardPage(title="Senza traduzione", slug="senza-traduzione")
    page_by_path("/accordo/").add_child(instance=page)
    page.save_revision().publish()
    [entry] = page.get_sitemap_urls(RequestFactory().get("/sitemap.xml"))
    assert "alternates" not in entry
