"""The practice page: figures, network, related practices, services of the same network
and objective, schema.org Project JSON-LD; and the network page listing its practices."""

import json
import re

import pytest

from goodpractices.models import GoodPracticePage
from home.models import Objective
from services_catalog.models import ServiceStatus
from tests.factories import GoodPracticePageFactory, ServicePageFactory

pytestmark = pytest.mark.django_db

BRESCIA = "/reti/brescia/buona-pratica-bando-asl-servizi-conciliazione-territoriali/"


def json_ld(html):
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert len(blocks) == 1
    return json.loads(blocks[0])


def test_brescia_page_shows_every_figure_and_its_network(client):
    html = client.get(BRESCIA).content.decode()
    for value, label in [
        ("8", "progetti finanziati"),
        ("20", "imprese coinvolte"),
        ("389", "lavoratori/trici raggiunti"),
        ("319", "figli di dipendenti raggiunti"),
        ("34", "famigliari non autosufficienti"),
    ]:
        assert re.search(
            rf'<span class="figure-value">{value}</span>\s*<span class="figure-label">{re.escape(label)}</span>', html
        ), label
    assert 'href="/reti/brescia/"' in html
    assert "Intesa conciliazione 2010-2012" in html


def test_practice_without_figures_says_so(client):
    html = client.get("/reti/mantova/buona-pratica-consulenza-pmi-suzzaresi-piani-conciliazione/").content.decode()
    assert "non ancora disponibili" in html


def test_json_ld_is_a_project_of_the_network(client):
    data = json_ld(client.get(BRESCIA).content.decode())
    assert data["@context"] == "https://schema.org" and data["@type"] == "Project"
    assert data["name"].startswith("Bando gestito direttamente dalla ASL")
    assert data["url"].endswith(BRESCIA)
    assert data["parentOrganization"]["name"] == "Rete territoriale di conciliazione di Brescia"
    assert "Welfare aziendale" in data["keywords"]
    assert len(data["knowsAbout"]) == 2


def test_json_ld_cannot_be_closed_by_content(client, network):
    practice = GoodPracticePageFactory(parent=network, title="</script><script>alert(1)</script>")
    html = client.get(practice.url).content.decode()
    assert "<script>alert(1)" not in html
    assert json_ld(html)["name"] == "</script><script>alert(1)</script>"


def test_related_practices_share_objectives_or_kinds(client):
    brescia = GoodPracticePage.objects.get(network__slug="brescia")
    related = list(brescia.get_related_practices())
    assert brescia not in related and related
    for practice in related:
        shares_objective = set(practice.objectives.all()) & set(brescia.objectives.all())
        shares_kind = set(practice.kinds.all()) & set(brescia.kinds.all())
        assert shares_objective or shares_kind
    html = client.get(BRESCIA).content.decode()
    assert related[0].url in html


def test_services_of_the_same_network_and_objective_are_listed(client, page_by_path):
    brescia = page_by_path("/reti/brescia/")
    children = Objective.objects.get(slug="cura-bambini-adolescenti")
    time_saving = Objective.objects.get(slug="liberare-tempo")
    match = ServicePageFactory(parent=brescia, title="Centro estivo aziendale", objectives=[children])
    ServicePageFactory(parent=brescia, title="Servizio per altro obiettivo", objectives=[time_saving])
    ServicePageFactory(parent=page_by_path("/reti/lecco/"), title="Servizio di altra rete", objectives=[children])
    ServicePageFactory(
        parent=brescia,
        title="Servizio concluso",
        objectives=[children],
        status=ServiceStatus.ENDED,
        status_reason="Concluso nel 2013.",
    )
    html = client.get(BRESCIA).content.decode()
    section = html.split('id="services-title"', 1)[1].split("</section>", 1)[0]
    assert match.title in section
    for title in ("Servizio per altro obiettivo", "Servizio di altra rete", "Servizio concluso"):
        assert title not in section


def test_network_page_lists_its_practices(client):
    html = client.get("/reti/lecco/").content.decode()
    assert "Buone pratiche della rete" in html
    assert "Bando welfare per servizi interaziendali" in html
