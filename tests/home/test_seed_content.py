"""The seed content is loaded exactly as the source slides state it."""

from decimal import Decimal

import pytest
from django.core.management import call_command
from wagtail.models import Page

from home.models import Action, Audience, NetworkPage, Objective
from home.seed.networks import NETWORKS

pytestmark = pytest.mark.django_db


def figures_of(page):
    return {
        figure["label"]: figure["value"]
        for block in page.body
        if block.block_type == "key_figures"
        for figure in block.value["figures"]
    }


def test_home_figures_are_the_official_ones(home_page):
    figures = figures_of(home_page)
    assert figures["Reti territoriali di Conciliazione"] == Decimal(15)
    assert figures["Partnership pubblico-private (Alleanze locali di conciliazione)"] == Decimal(57)
    assert figures["Enti pubblici e privati aderenti alla rete"] == Decimal(966)
    assert figures["Progetti attivati sul territorio regionale"] == Decimal(71)
    assert figures["Persone"] == Decimal(4354)
    assert figures["Imprese"] == Decimal(542)
    assert figures["Dipendenti delle imprese"] == Decimal(12972)


def test_home_page_shows_figures_in_italian_format(client):
    html = client.get("/").content.decode()
    for text in ("15", "57", "966", "71", "4.354", "542", "12.972", "Ottobre 2014 – settembre 2015"):
        assert text in html


def test_figure_of_networks_matches_network_pages(home_page):
    networks = NetworkPage.objects.live().filter(locale=home_page.locale)
    assert figures_of(home_page)["Reti territoriali di Conciliazione"] == networks.count() == 15


def test_networks_are_the_fifteen_asl_territories():
    names = set(NetworkPage.objects.values_list("short_name", flat=True))
    assert names == {short for _, short, _ in NETWORKS}
    assert len(names) == 15
    assert all(page.missing_information() for page in NetworkPage.objects.all())


def test_agreement_article_one_has_five_objectives(page_by_path):
    agreement = page_by_path("/accordo/")
    articles = [block.value for block in agreement.body if block.block_type == "article"]
    assert articles[0]["number"] == 1
    assert len(articles[0]["points"]) == 5
    assert articles[0]["points"][4] == "favorire la partecipazione delle donne al mercato del lavoro."


def test_dgr_1081_resources_add_up(page_by_path):
    dgr = page_by_path("/accordo/dgr-x-1081/")
    breakdown = next(block.value for block in dgr.body if block.block_type == "amount_breakdown")
    amounts = [item["amount"] for item in breakdown["items"]]
    assert amounts == [Decimal("1643500"), Decimal("3375008"), Decimal("2838547")]
    assert breakdown["total"] == sum(amounts) == Decimal("7857055")
    figures = figures_of(dgr)
    assert figures["Risorse regionali assegnate in base agli indicatori di premialità"] == Decimal("668000")
    indicators = next(b.value for b in dgr.body if b.block_type == "list" and b.value["title"].startswith("Gli indic"))
    assert len(indicators["items"]) == 9
    july = [f["value"] for b in dgr.body if b.block_type == "key_figures" for f in b.value["figures"]][1:]
    assert july == [Decimal("6217000"), Decimal("2252000"), Decimal("2321500")]


def test_network_actions_chart(page_by_path):
    page = page_by_path("/accordo/azioni-delle-reti/")
    chart = next(block.value for block in page.body if block.block_type == "bar_chart")
    assert {bar["label"].split()[0]: bar["value"] for bar in chart["bars"]} == {
        "Voucher": Decimal(23),
        "Comunicazione": Decimal(29),
        "Sostegno": Decimal(18),
    }


def test_taxonomy_has_five_objectives_and_their_actions():
    italian = {"locale__language_code": "it"}
    assert list(Objective.objects.filter(**italian).values_list("number", flat=True)) == [1, 2, 3, 4, 5]
    assert Action.objects.filter(**italian).count() == 22
    assert Action.objects.filter(objective__number=5, **italian).count() == 6
    audiences = Audience.objects.filter(**italian)
    assert set(audiences.values_list("slug", flat=True)) == {"famiglie", "lavoratori", "imprese"}


def test_loading_twice_changes_nothing():
    before = Page.objects.count(), Objective.objects.count(), Action.objects.count()
    call_command("load_seed_content", "--skip-index", verbosity=0)
    assert (Page.objects.count(), Objective.objects.count(), Action.objects.count()) == before


def test_loading_keeps_editors_changes(page_by_path):
    network = page_by_path("/reti/lecco/")
    network.contact_email = "rete@example.org"
    network.save_revision().publish()
    call_command("load_seed_content", "--skip-index", verbosity=0)
    network.refresh_from_db()
    assert network.contact_email == "rete@example.org"
