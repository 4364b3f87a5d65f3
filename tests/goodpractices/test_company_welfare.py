"""«Esempi di welfare aziendale»: company practices grouped by objective, with totals."""

import re
from html import unescape

import pytest

from tests.goodpractices.helpers import totals

pytestmark = pytest.mark.django_db

URL = "/buone-pratiche/welfare-aziendale/"


def sections(html):
    """{section heading: [practice titles]} in page order."""
    section = re.compile(r'<section class="mt-5" id="obiettivo-[^"]+"[^>]*>\s*<h2[^>]*>(.*?)</h2>(.*?)</section>', re.S)
    return {
        unescape(heading.strip()): re.findall(r'<h3 class="h5 mb-1"><a href="[^"]+">(.*?)</a></h3>', body)
        for heading, body in section.findall(html)
    }


def test_groups_the_seven_company_practices_by_objective(client):
    response = client.get(URL)
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>Esempi di welfare aziendale</h1>" in html
    assert "7 buone pratiche" in html and "da 7 Reti" in html
    groups = sections(html)
    assert len(groups) == 6  # the five objectives and «not stated by the source»
    assert groups["5. Supportare i lavoratori nella gestione del carico di cura – bambini o adolescenti"] == [
        "Bando gestito direttamente dalla ASL per progetti di interventi e servizi di conciliazione territoriali",
        "Realizzazione di un centro estivo per i figli dei dipendenti ASL",
    ]
    assert "Bando welfare per servizi interaziendali" in groups["Obiettivo non indicato dalla fonte"]
    assert groups["1. Migliorare l'organizzazione e ottimizzare i tempi di lavoro"] == []


def test_shows_what_each_achieved_and_the_totals(client):
    html = client.get(URL).content.decode()
    assert "<strong>565</strong> dipendenti destinatari" in html
    assert "<strong>389</strong> lavoratori/trici raggiunti" in html
    shown = totals(html)
    assert shown["lavoratrici e lavoratori raggiunti"] == "1.401"
    assert shown["imprese coinvolte"] == "220"


def test_links_to_the_library_filtered_on_the_same_kinds(client):
    html = client.get(URL).content.decode()
    assert 'href="/buone-pratiche/?tipo=welfare-aziendale&amp;tipo=organizzazione-family-friendly"' in html
    listing = client.get("/buone-pratiche/?tipo=welfare-aziendale&tipo=organizzazione-family-friendly")
    assert 'id="results-count">7 buone pratiche<' in listing.content.decode()


def test_a_long_group_shows_its_first_practices_and_links_to_the_rest(client, network):
    from home.models import Objective
    from tests.factories import GoodPracticePageFactory, InterventionKindFactory

    time = Objective.objects.get(slug="organizzazione-tempi-lavoro")
    kind = InterventionKindFactory(slug="organizzazione-family-friendly")
    for number in range(12):
        GoodPracticePageFactory(parent=network, title=f"Smart working {number:02}", kinds=[kind], objectives=[time])
    html = client.get(URL).content.decode()
    group = sections(html)["1. Migliorare l'organizzazione e ottimizzare i tempi di lavoro"]
    assert group == [f"Smart working {number:02}" for number in range(10)]
    assert "Vedi tutte le 12 pratiche nella biblioteca" in html
    link = (
        "/buone-pratiche/?tipo=welfare-aziendale&tipo=organizzazione-family-friendly"
        "&obiettivo=organizzazione-tempi-lavoro"
    )
    assert f'href="{link.replace("&", "&amp;")}"' in html
    assert 'id="results-count">12 buone pratiche<' in client.get(link).content.decode()


def test_the_companies_view_is_in_the_sitemap(page_by_path, rf):
    library = page_by_path("/buone-pratiche/")
    locations = [url["location"] for url in library.get_sitemap_urls(rf.get("/"))]
    assert locations[-1].endswith("/buone-pratiche/welfare-aziendale/")
