"""The way back from a sheet to the filtered list, and the share link: a `back` parameter
names the list; only the catalogue with its own parameters is linked, anything else gives
the plain catalogue."""

import html
import re

import pytest

from services_catalog.back_link import back_url
from services_catalog.models import ServicePage

pytestmark = pytest.mark.django_db
CATALOGUE = "/servizi/"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("/servizi/?rete=lecco&eta=7", "/servizi/?rete=lecco&eta=7"),
        ("/servizi/?rete=lecco&utm_source=x&next=//evil", "/servizi/?rete=lecco"),
        ("/servizi/?q=nido+%3Cscript%3E", "/servizi/?q=nido+%3Cscript%3E"),
        ("/servizi/", None),
        ("https://evil.example/servizi/?rete=lecco", None),
        ("//evil.example/servizi/?rete=lecco", None),
        ("javascript:alert(1)", None),
        ("/admin/?rete=lecco", None),
        ("/servizi/../admin/?rete=lecco", None),
        ("", None),
        ("/servizi/?rete=" + "x" * 2000, None),
    ],
)
def test_only_the_catalogue_with_its_own_parameters_is_a_way_back(value, expected):
    assert back_url(value, CATALOGUE) == expected


def sheet():
    return ServicePage.objects.live().filter(locale__language_code="it", network__slug="lecco").first()


def test_result_links_carry_the_list_and_the_sheet_links_back(client):
    listing = client.get(CATALOGUE, {"rete": "lecco"}).content.decode()
    links = [html.unescape(link) for link in re.findall(r'href="([^"]*\?back=[^"]*)"', listing)]
    assert links and all(link.endswith("?back=%2Fservizi%2F%3Frete%3Dlecco") for link in links)
    page = client.get(links[0]).content.decode()
    assert 'href="/servizi/?rete=lecco#risultati"' in page and "Torna ai risultati" in page


def test_the_unfiltered_list_adds_nothing_and_a_bad_back_gives_the_catalogue(client):
    assert "?back=" not in client.get(CATALOGUE).content.decode()
    page = client.get(sheet().url, {"back": "https://evil.example/servizi/?rete=lecco"}).content.decode()
    assert "evil.example" not in page and "Torna ai risultati" not in page
    assert f'href="{CATALOGUE}">Tutti i servizi' in page


def test_the_share_link_works_without_javascript(client):
    service = sheet()
    page = client.get(service.url).content.decode()
    link = re.search(r'<a class="share-link" href="([^"]+)"', page).group(1)
    assert link.startswith("mailto:?subject=") and "body=http%3A//localhost" in html.unescape(link)
