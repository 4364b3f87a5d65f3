"""/sitemap.xml lists every live public page of every language with its last
modification; /robots.txt points to it and keeps crawlers out of admin and searches."""

import pytest
from defusedxml import ElementTree as ET
from django.utils import timezone
from wagtail.models import Locale, Page, PageViewRestriction

from home.models import StandardPage

pytestmark = pytest.mark.django_db
NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9", "xhtml": "http://www.w3.org/1999/xhtml"}


def sitemap_entries(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    root = ET.fromstring(response.content)
    return {url.findtext("sm:loc", namespaces=NS): url.findtext("sm:lastmod", namespaces=NS) for url in root}


def test_sitemap_lists_every_live_public_page_with_lastmod(client, home_page):
    entries = sitemap_entries(client)
    live_pages = Page.objects.filter(depth__gte=2, alias_of__isnull=True).live().public()
    page_urls = {page.full_url for page in live_pages}
    assert len(page_urls) == live_pages.count() >= 25
    for page in live_pages:
        assert page.full_url in entries
        assert entries[page.full_url] == timezone.localtime(page.last_published_at).date().isoformat()
    # Anything else listed is a route of a live page (e.g. the library's companies' view).
    home_urls = {page.full_url for page in live_pages.filter(depth=2)}
    extras = set(entries) - page_urls
    assert all(any(url.startswith(base) for base in page_urls - home_urls) for url in extras), extras


def test_sitemap_includes_other_languages_and_leaves_out_drafts_and_private_pages(client, home_page):
    english = Locale.objects.get_or_create(language_code="en")[0]
    english_home = home_page.get_translation_or_none(english)
    if english_home is None:  # the seed normally creates it
        english_home = home_page.copy_for_translation(english)
        english_home.save_revision().publish()
    draft = home_page.add_child(instance=StandardPage(title="Bozza", slug="bozza-sitemap", live=False))
    private = home_page.add_child(instance=StandardPage(title="Riservata", slug="riservata-sitemap"))
    private.save_revision().publish()
    PageViewRestriction.objects.create(page=private, restriction_type="login")

    entries = sitemap_entries(client)
    assert english_home.specific.full_url in entries
    assert english_home.specific.full_url.endswith("/en/")
    assert not [url for url in entries if "bozza-sitemap" in url or "riservata-sitemap" in url]
    # Once published and public, both are listed: their absence above was their state's doing.
    draft.save_revision().publish()
    PageViewRestriction.objects.filter(page=private).delete()
    listed = sitemap_entries(client)
    assert draft.full_url in listed
    assert private.full_url in listed


def served_alternates(client):
    """{location: {hreflang: href}} read from the served /sitemap.xml's xhtml:link elements."""
    root = ET.fromstring(client.get("/sitemap.xml").content)
    return {
        url.findtext("sm:loc", namespaces=NS): {
            link.get("hreflang"): link.get("href") for link in url.findall("xhtml:link[@rel='alternate']", NS)
        }
        for url in root
    }


def test_served_sitemap_carries_the_hreflang_alternates_of_translated_pages(client):
    alternates = served_alternates(client)
    expected = {
        "it": "http://localhost/accordo/",
        "en": "http://localhost/en/agreement/",
        "x-default": "http://localhost/accordo/",
    }
    assert alternates["http://localhost/accordo/"] == expected
    assert alternates["http://localhost/en/agreement/"] == expected


def test_robots_points_to_sitemap_and_disallows_admin_and_searches(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.content.decode().splitlines()
    assert lines[0] == "User-agent: *"
    for path in ("/admin/", "/cerca/", "/en/cerca/", "/servizi/?", "/buone-pratiche/?", "/api/"):
        assert f"Disallow: {path}" in lines
    assert "Sitemap: http://localhost/sitemap.xml" in lines
    # Content stays crawlable.
    assert "Disallow: /" not in lines and "Disallow: /servizi/" not in lines
