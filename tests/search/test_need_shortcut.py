"""A site search that names a need of the catalogue («asilo nido», «badante») offers that
need's services near the visitor: a plain GET form to the catalogue's results (no JavaScript
needed), registered by services_catalog through search's hook."""

import re

import pytest

pytestmark = pytest.mark.django_db


def shortcut_forms(client, text, path="/cerca/"):
    """(action, need) of each form of the need shortcut on the results of `text`."""
    response = client.get(path, {"q": text})
    assert response.status_code == 200
    section = re.search(r'<section class="search-need-shortcut.*?</section>', response.content.decode(), re.S)
    if section is None:
        return []
    forms = re.findall(r'<form method="get" action="([^"]+)".*?name="bisogno" value="([\w-]+)"', section.group(0), re.S)
    assert all('name="comune"' in form for form in re.findall(r"<form.*?</form>", section.group(0), re.S))
    return forms


@pytest.mark.parametrize(
    ("text", "need"),
    [
        ("asilo nido", "nido-prima-infanzia"),
        ("nidi Lecco", "nido-prima-infanzia"),
        ("centri estivi", "centri-estivi"),
        ("badante per mio padre", "anziani-disabili"),
        ("anziani", "anziani-disabili"),
        ("doposcuola", "dopo-scuola"),
        ("welfare aziendale", "imprese"),
    ],
)
def test_a_search_naming_a_need_offers_its_services_near_you(client, text, need):
    assert shortcut_forms(client, text) == [("/servizi/#risultati", need)]


@pytest.mark.parametrize("text", ["accordo regionale", "rete", "buone pratiche"])
def test_a_search_naming_no_need_offers_no_shortcut(client, text):
    assert shortcut_forms(client, text) == []


def test_the_shortcut_leads_to_the_needs_results_near_the_municipality(client):
    html = client.get("/servizi/", {"bisogno": "nido-prima-infanzia", "comune": "Lecco"}).content.decode()
    assert "Bisogno: Nido e prima infanzia" in html and "Vicino a Lecco" in html


@pytest.mark.parametrize(
    ("text", "need"),
    [("summer camps", "centri-estivi"), ("nursery Lecco", "nido-prima-infanzia"), ("carer", "anziani-disabili")],
)
def test_a_search_in_english_offers_the_italian_catalogue_and_says_so(client, text, need):
    assert shortcut_forms(client, text, path="/en/cerca/") == [("/servizi/#risultati", need)]
    html = client.get("/en/cerca/", {"q": text}).content.decode()
    assert "The service sheets are written in Italian" in html


def test_a_search_in_italian_does_not_say_the_results_are_in_italian(client):
    html = client.get("/cerca/", {"q": "asilo nido"}).content.decode()
    assert "sono scritte in italiano" not in html
