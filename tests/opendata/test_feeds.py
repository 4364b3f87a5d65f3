"""Atom feeds of new and updated services and practices, site-wide and per network."""

import pytest
from defusedxml import ElementTree as ET

from goodpractices.models import GoodPracticePage
from home.models import NetworkPage
from services_catalog.models import ServicePage

pytestmark = pytest.mark.django_db
ATOM = {"a": "http://www.w3.org/2005/Atom"}


def entries(client, path):
    response = client.get(path)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ET.fromstring(response.content)
    return [
        {
            "title": entry.findtext("a:title", namespaces=ATOM),
            "id": entry.findtext("a:id", namespaces=ATOM),
            "updated": entry.findtext("a:updated", namespaces=ATOM),
            "link": entry.find("a:link", ATOM).get("href"),
        }
        for entry in feed.findall("a:entry", ATOM)
    ]


def live(model):
    pages = model.objects.live().public().filter(is_demo=False, locale__language_code="it")
    return pages.current() if hasattr(pages, "current") else pages  # services: not expired


def test_site_wide_services_feed_newest_first(client, complete_service):
    found = entries(client, "/open-data/feed/servizi/")
    assert len(found) == min(50, live(ServicePage).count())
    assert found[0]["title"] == complete_service.title
    assert found[0]["id"] == f"urn:uuid:{complete_service.uuid}"
    assert found[0]["link"] == complete_service.full_url
    assert [item["updated"] for item in found] == sorted((item["updated"] for item in found), reverse=True)


def test_network_feeds_only_carry_that_network(client, complete_service):
    lecco = complete_service.network
    found = entries(client, f"/open-data/feed/servizi/{lecco.slug}/")
    assert {item["title"] for item in found} == set(
        live(ServicePage).filter(network=lecco).values_list("title", flat=True)
    )
    for network in NetworkPage.objects.filter(locale__language_code="it"):
        practices = entries(client, f"/open-data/feed/buone-pratiche/{network.slug}/")
        assert len(practices) == live(GoodPracticePage).filter(network=network).count()


def test_practices_feed(client, make_practice):
    make_practice("Pratica di prova")
    found = entries(client, "/open-data/feed/buone-pratiche/")
    assert len(found) == min(50, live(GoodPracticePage).count())
    assert found[0]["title"] == "Pratica di prova"


def test_unpublished_service_leaves_the_feeds(client, complete_service):
    complete_service.unpublish()
    for path in ("/open-data/feed/servizi/", f"/open-data/feed/servizi/{complete_service.network.slug}/"):
        assert complete_service.title not in {item["title"] for item in entries(client, path)}


def test_unknown_network_is_404(client):
    assert client.get("/open-data/feed/servizi/non-esiste/").status_code == 404


@pytest.mark.parametrize("language", ["it", "en"])
def test_network_feeds_answer_once_the_network_page_has_a_translation(client, complete_service, language):
    from wagtail.models import Locale

    lecco = complete_service.network
    english = Locale.objects.get_or_create(language_code="en")[0]
    translation = lecco.get_translation_or_none(english)
    if translation is None:
        translation = lecco.copy_for_translation(english, copy_parents=True)
    translation.save_revision().publish()
    assert NetworkPage.objects.live().filter(slug=lecco.slug).count() == 2
    client.cookies["django_language"] = language
    found = entries(client, f"/open-data/feed/servizi/{lecco.slug}/")
    assert complete_service.title in {item["title"] for item in found}
    assert client.get(f"/open-data/feed/buone-pratiche/{lecco.slug}/").status_code == 200
