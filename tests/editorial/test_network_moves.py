"""A service and a practice moved to another network's subtree belong to that network
everywhere the network is read: its page, the catalogue's and the library's lists and
facet counts, the per-network feeds and the editors' reports."""

import pytest
from django.test import Client
from django.urls import reverse
from wagtail.models import Page

from tests.factories import GoodPracticePageFactory, ServicePageFactory
from tests.goodpractices.helpers import facet_counts


def page_html(client, path):
    response = client.get(path)
    assert response.status_code == 200, (path, response.status_code)
    return response.content.decode()


@pytest.fixture
def moved(networks):
    """A service and a practice created in Lecco, then moved below Como."""
    lecco, como = networks["lecco"], networks["como"]
    service = ServicePageFactory(parent=lecco, title="Sportello spostato", last_verified=None)
    practice = GoodPracticePageFactory(parent=lecco, title="Pratica spostata")
    before = {
        "services": facet_counts(page_html(Client(), "/servizi/"))["rete"],
        "practices": facet_counts(page_html(Client(), "/buone-pratiche/"))["rete"],
    }
    service.move(como, pos="last-child")
    practice.move(como, pos="last-child")
    service.refresh_from_db()
    practice.refresh_from_db()
    return service, practice, before


def test_moved_pages_belong_to_the_new_network(moved, networks):
    service, practice, _before = moved
    assert service.network == networks["como"]
    assert practice.network == networks["como"]


def test_lists_and_facets_follow_the_move(client, moved):
    _service, _practice, before = moved
    catalogue = page_html(client, "/servizi/")
    assert facet_counts(catalogue)["rete"].get("lecco", 0) == before["services"].get("lecco", 0) - 1
    assert facet_counts(catalogue)["rete"]["como"] == before["services"].get("como", 0) + 1
    assert "Sportello spostato" in page_html(client, "/servizi/?rete=como")
    assert "Sportello spostato" not in page_html(client, "/servizi/?rete=lecco")

    library = page_html(client, "/buone-pratiche/")
    assert facet_counts(library)["rete"].get("lecco", 0) == before["practices"].get("lecco", 0) - 1
    assert facet_counts(library)["rete"]["como"] == before["practices"].get("como", 0) + 1
    assert "Pratica spostata" in page_html(client, "/buone-pratiche/?rete=como")
    assert "Pratica spostata" not in page_html(client, "/buone-pratiche/?rete=lecco")

    como_page, lecco_page = page_html(client, "/reti/como/"), page_html(client, "/reti/lecco/")
    assert "Sportello spostato" in como_page and "Pratica spostata" in como_page
    assert "Sportello spostato" not in lecco_page and "Pratica spostata" not in lecco_page


def test_feeds_follow_the_move(client, moved):
    for kind, title in (("servizi", "Sportello spostato"), ("buone-pratiche", "Pratica spostata")):
        assert title in page_html(client, f"/open-data/feed/{kind}/como/")
        assert title not in page_html(client, f"/open-data/feed/{kind}/lecco/")


def test_permissions_and_reports_follow_the_move(client, moved, editors):
    service, practice, _before = moved
    for page in (service, practice):
        assert page.permissions_for_user(editors["como"]).can_edit()
        assert not page.permissions_for_user(editors["lecco"]).can_edit()
    client.force_login(editors["como"])
    assert "Sportello spostato" in page_html(client, reverse("editorial_freshness"))
    client.force_login(editors["lecco"])
    assert "Sportello spostato" not in page_html(client, reverse("editorial_freshness"))


def test_pages_below_a_moved_branch_follow_it(networks):
    """Wagtail moves a branch's descendants by path only: they are given their network too."""
    branch = networks["lecco"].add_child(instance=Page(title="Ramo spostato", slug="ramo-spostato", live=False))
    service = ServicePageFactory(parent=branch, title="Servizio nel ramo")
    practice = GoodPracticePageFactory(parent=branch, title="Pratica nel ramo")
    assert service.network == networks["lecco"]
    branch.move(networks["como"], pos="last-child")
    for page in (service, practice):
        page.refresh_from_db()
        assert page.network == networks["como"]
