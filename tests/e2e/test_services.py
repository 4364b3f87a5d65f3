"""The catalogue and a service sheet in Chromium: a parent's journey, no-JavaScript use, axe-core."""

import json

import pytest

from tests.e2e.conftest import manage
from tests.e2e.helpers import assert_first_result_on_first_screen

pytestmark = pytest.mark.browser

# Services for the journey, created in the live site's own database (marked as demo data).
JOURNEY_SERVICES = """
import datetime
from home.models import Audience, NetworkPage, Objective
from tests.factories import ServiceLocationFactory, ServicePageFactory
from services_catalog.models import ServicePage

objective = Objective.objects.get(slug="cura-bambini-adolescenti")
families = Audience.objects.get(slug="famiglie")
for network, title, free, low, high in [
    ("lecco", "Micronido comunale di prova", True, 12, 36),
    ("lecco", "Nido privato di prova", False, 12, 36),
    ("como", "Spazio gioco di prova", True, 12, 36),
    ("lecco", "Scuola dell'infanzia di prova", True, 36, 72),
]:
    service = ServicePageFactory(
        parent=NetworkPage.objects.get(slug=network), title=title, is_free=free, is_demo=True,
        age_min_months=low, age_max_months=high, objectives=[objective], audiences=[families],
        cost_description="" if free else "300 euro al mese",
    )
    ServiceLocationFactory(service=service, municipality=NetworkPage.objects.get(slug=network).short_name)
"""


@pytest.fixture
def journey_services(live_site):
    manage(live_site, "shell", "-c", JOURNEY_SERVICES)
    yield
    manage(live_site, "generate_demo_services", "--delete", "--count", "0")


def test_parent_in_lecco_with_an_18_month_old_finds_free_services(live_site, page, journey_services):
    page.goto(live_site["url"] + "/servizi/")
    page.get_by_label("Lecco (", exact=False).check()
    page.get_by_label("Età", exact=True).fill("18")
    page.get_by_label("Unità").select_option("mesi")
    page.get_by_label("Solo servizi gratuiti").check()
    page.get_by_role("button", name="Applica i filtri").click()
    assert "rete=lecco" in page.url and "eta=18" in page.url and "gratuito=1" in page.url
    results = page.locator(".service-card h3").all_inner_texts()
    assert results == ["Micronido comunale di prova"]
    assert page.locator("#results-count").inner_text() == "1 servizio"
    # The back button returns to the filtered list, and the state is in the URL.
    page.get_by_role("link", name="Micronido comunale di prova").click()
    assert page.get_by_role("heading", level=1).inner_text() == "Micronido comunale di prova"
    assert page.get_by_role("link", name="Rete territoriale di conciliazione di Lecco").first.is_visible()
    data = json.loads(page.locator('script[type="application/ld+json"]').inner_text())
    assert data["@type"] == "GovernmentService"
    page.go_back()
    assert page.locator(".service-card h3").all_inner_texts() == ["Micronido comunale di prova"]


def test_catalogue_works_without_javascript(browser, live_site):
    context = browser.new_context(java_script_enabled=False, locale="it-IT")
    page = context.new_page()
    page.goto(live_site["url"] + "/servizi/")
    # Without JavaScript the filters stay folded until their button opens them.
    assert not page.get_by_label("Como (", exact=False).is_visible()
    page.get_by_text("Filtra", exact=True).click()
    page.get_by_label("Como (", exact=False).check()
    page.get_by_role("button", name="Applica i filtri").click()
    assert page.locator(".service-card h3").all_inner_texts() == ["Spazio bimbo 18 mesi – 3 anni"]
    assert page.get_by_text("Filtra (1 attivo)").is_visible()
    page.get_by_role("link", name="Rimuovi il filtro Rete territoriale: Como").click()
    # 25 seed sheets, one of which ended in 2012 (valid_to): expired services leave the list.
    assert page.locator("#results-count").inner_text() == "24 servizi"
    context.close()


@pytest.mark.parametrize(
    "path",
    [
        "/servizi/",
        "/servizi/?rete=lecco&eta=18&unita=mesi",
        "/reti/como/spazio-bimbo/",
        "/reti/varese/centro-estivo-figli-dipendenti-asl/",
    ],
)
def test_catalogue_and_sheet_pass_axe(live_site, page, serious_violations, path):
    page.goto(live_site["url"] + path)
    assert serious_violations(page) == []


@pytest.mark.parametrize("javascript", [True, False])
def test_on_a_phone_applying_a_filter_lands_on_the_results(browser, live_site, serious_violations, javascript):
    context = browser.new_context(viewport={"width": 390, "height": 844}, java_script_enabled=javascript)
    page = context.new_page()
    page.goto(live_site["url"] + "/servizi/")
    # Results come first: the first card is on the first screen, the filters are folded.
    assert page.locator(".service-card").first.bounding_box()["y"] < 844
    page.get_by_text("Filtra", exact=True).click()
    page.get_by_label("Famiglie e cittadini (", exact=False).check()
    page.get_by_role("button", name="Applica i filtri").click()
    assert page.url.endswith("#risultati")
    assert_first_result_on_first_screen(page)
    if javascript:
        assert serious_violations(page) == []
    context.close()
