"""Cached template fragments (menu, breadcrumbs, footer): reused between requests, renewed
with the content generation, never used by previews."""

import html
import re

import pytest
from wagtail.models import Page, PageViewRestriction

from caching.fragments import fragment_cache
from home.models import Objective, SiteSettings

pytestmark = pytest.mark.django_db


def menu(response):
    """The main menu's (label, aria-current) pairs."""
    nav = re.search(r'<nav class="site-nav".*?</nav>', response.content.decode(), re.S).group(0)
    return [
        (html.unescape(label), bool(current))
        for current, label in re.findall(r'<a href="[^"]*"( aria-current="page")?>([^<]*)</a>', nav)
    ]


def breadcrumb_trail(response):
    match = re.search(r'<ol class="breadcrumb">(.*?)</ol>', response.content.decode(), re.S)
    return re.sub(r"<[^>]+>|\s+", " ", match.group(1)).split() if match else []


def test_fragments_are_reused_until_content_changes(
    client, page_by_path, fragments_on, django_capture_on_commit_callbacks
):
    first = menu(client.get("/accordo/"))
    assert ("Le Reti", False) in first
    networks = page_by_path("/reti/")
    # A change that bypasses Wagtail's signals: the cached menu does not see it...
    Page.objects.filter(pk=networks.pk).update(title="Reti (non pubblicato)")
    networks.__class__.objects.filter(pk=networks.pk).update(menu_title="")
    assert menu(client.get("/accordo/")) == first
    # ...a publication renews the generation, and every fragment with it.
    networks = page_by_path("/reti/")
    networks.menu_title = "Reti territoriali"
    with django_capture_on_commit_callbacks(execute=True):
        networks.save_revision().publish()
    assert ("Reti territoriali", False) in menu(client.get("/accordo/"))


def test_the_menu_marks_the_current_section_on_every_page(client, fragments_on):
    assert ("L'accordo", True) in menu(client.get("/accordo/"))
    assert ("L'accordo", False) in menu(client.get("/reti/"))
    assert ("Le Reti", True) in menu(client.get("/reti/lecco/"))
    assert not any(current for _label, current in menu(client.get("/")))


def test_breadcrumbs_are_per_page(client, page_by_path, fragments_on):
    lecco = page_by_path("/reti/lecco/")
    assert breadcrumb_trail(client.get("/reti/lecco/"))[-len(lecco.title.split()) :] == lecco.title.split()
    accordo = page_by_path("/accordo/")
    assert breadcrumb_trail(client.get("/accordo/"))[-len(accordo.title.split()) :] == accordo.title.split()


def test_restricting_a_page_takes_it_out_of_the_cached_menu_and_pages(
    client, page_by_path, fragments_on, settings, django_capture_on_commit_callbacks
):
    settings.PAGE_CACHE_ENABLED = True
    assert ("Le Reti", False) in menu(client.get("/accordo/"))
    assert client.get("/accordo/")["X-Cache"] == "HIT"
    with django_capture_on_commit_callbacks(execute=True):
        PageViewRestriction.objects.create(page=page_by_path("/reti/"), restriction_type=PageViewRestriction.LOGIN)
    response = client.get("/accordo/")
    assert response["X-Cache"] == "MISS"
    assert "Le Reti" not in [label for label, _current in menu(response)]


def test_previews_and_a_zero_timeout_render_fragments_afresh(rf, settings):
    settings.FRAGMENT_CACHE_TIMEOUT = 600
    request = rf.get("/")
    live = fragment_cache(request)
    assert live["fragment_timeout"] == 600
    assert live["content_generation"]()  # the page cache's generation, read when a fragment asks
    request.is_preview = True
    assert fragment_cache(request) == {"fragment_timeout": 0, "content_generation": 0}
    settings.FRAGMENT_CACHE_TIMEOUT = 0
    assert fragment_cache(rf.get("/")) == {"fragment_timeout": 0, "content_generation": 0}


def english_links(response):
    """The language switcher's link to English and the page's English hreflang alternate."""
    content = response.content.decode()
    switcher = re.search(r'<a href="([^"]*)" hreflang="en"', content)
    alternate = re.search(r'<link rel="alternate" hreflang="en" href="([^"]*)"', content)
    return (switcher.group(1) if switcher else None, alternate.group(1) if alternate else None)


def test_language_links_follow_each_page_and_each_search(client, fragments_on):
    assert english_links(client.get("/cerca/?q=reti"))[0] == "/en/cerca/?q=reti"
    assert english_links(client.get("/cerca/?q=accordo"))[0] == "/en/cerca/?q=accordo"
    accordo, networks = english_links(client.get("/accordo/")), english_links(client.get("/reti/"))
    assert accordo[0].startswith("/en/") and accordo[1].endswith(accordo[0])
    assert networks[0].startswith("/en/") and networks[1].endswith(networks[0])
    assert accordo != networks


def test_site_settings_renew_the_header_and_footer(client, fragments_on, django_capture_on_commit_callbacks):
    assert "Regione Lombardia" in client.get("/accordo/").content.decode()
    site_settings = SiteSettings.objects.get()
    with django_capture_on_commit_callbacks(execute=True):
        site_settings.organisation_name = "Ente di prova"
        site_settings.save()
    content = client.get("/accordo/").content.decode()
    assert content.count("Ente di prova") == 2  # the header's brand and the footer


def test_catalogue_choices_are_kept_until_the_taxonomy_changes(
    client, fragments_on, django_capture_on_commit_callbacks
):
    objective = Objective.objects.order_by("number").first()
    assert html.escape(str(objective)) in client.get("/servizi/").content.decode()
    Objective.objects.filter(pk=objective.pk).update(title="Obiettivo rinominato")  # no signal: still cached
    assert "Obiettivo rinominato" not in client.get("/servizi/").content.decode()
    objective.refresh_from_db()
    with django_capture_on_commit_callbacks(execute=True):
        objective.save()
    assert f"{objective.number}. Obiettivo rinominato" in client.get("/servizi/").content.decode()


def results_count(response):
    return int(re.search(r'id="results-count">(\d+) serviz', response.content.decode()).group(1))


def test_the_catalogue_facet_index_is_kept_until_services_change(
    client, fragments_on, django_capture_on_commit_callbacks
):
    from services_catalog.models import ServicePage

    listed = results_count(client.get("/servizi/"))
    service = ServicePage.objects.live().order_by("pk").first()
    Page.objects.filter(pk=service.pk).update(live=False)  # no signal: the kept index still lists it
    assert results_count(client.get("/servizi/")) == listed
    Page.objects.filter(pk=service.pk).update(live=True)
    with django_capture_on_commit_callbacks(execute=True):
        service.unpublish()
    assert results_count(client.get("/servizi/")) == listed - 1


def test_data_kept_in_a_worker_is_renewed_by_content_changes_and_by_time(settings, fragments_on, monkeypatch):
    from caching import fragments
    from caching.pagecache import invalidate_all

    computed = []

    def compute():
        computed.append(len(computed))
        return len(computed)

    assert fragments.kept_in_worker("test-key", compute) == 1
    assert fragments.kept_in_worker("test-key", compute) == 1
    invalidate_all()
    assert fragments.kept_in_worker("test-key", compute) == 2
    later = fragments.time.monotonic() + settings.FRAGMENT_CACHE_TIMEOUT
    monkeypatch.setattr(fragments.time, "monotonic", lambda: later)
    assert fragments.kept_in_worker("test-key", compute) == 3
    settings.FRAGMENT_CACHE_TIMEOUT = 0
    assert fragments.kept_in_worker("test-key", compute) == 4
    assert fragments.kept_in_worker("test-key", compute) == 5
