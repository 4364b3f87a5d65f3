"""«Il tuo comune» in Chromium on a 390×844 phone: the first result is on screen after the
form is sent, with and without JavaScript; distances and the covering network; a short
list's ways out; axe-core on each state."""

import pytest

from tests.e2e.helpers import assert_first_result_on_first_screen

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}


@pytest.mark.parametrize("javascript", [True, False])
def test_a_parent_types_her_town_and_sees_the_nearest_first(browser, live_site, demo_near_lecco, javascript):
    context = browser.new_context(viewport=PHONE, java_script_enabled=javascript, locale="it-IT")
    page = context.new_page()
    page.goto(live_site["url"] + "/servizi/")
    page.get_by_label("Il tuo comune").fill("calolziocorte")
    page.get_by_label("Entro", exact=True).select_option("25")
    page.locator("#catalogue-form").get_by_role("button", name="Cerca").click()
    assert "comune=calolziocorte" in page.url and page.url.endswith("#risultati")
    assert_first_result_on_first_screen(page)
    distances = page.locator(".service-card .service-distance").all_inner_texts()
    assert distances and all(text == "nel tuo comune" or text.startswith("a ") for text in distances)
    kilometres = [0 if text == "nel tuo comune" else int(text.split()[1]) for text in distances]
    assert kilometres == sorted(kilometres) and kilometres[-1] <= 25
    assert page.get_by_role("link", name="Rete di Lecco").first.is_visible()
    context.close()


def test_a_short_list_offers_its_ways_out(browser, live_site, serious_violations):
    """On the seed sheets alone: a summer camp within 5 km of Sondrio is not there."""
    context = browser.new_context(viewport=PHONE, java_script_enabled=False, locale="it-IT")
    page = context.new_page()
    page.goto(live_site["url"] + "/servizi/?comune=Sondrio&raggio=5&bisogno=centri-estivi#risultati")
    assert page.locator("#results-count").inner_text() == "0 servizi"
    wider = page.get_by_role("link", name="in tutta la Lombardia:", exact=False)
    assert wider.is_visible()
    expected = int(wider.inner_text().split(": ")[1].split()[0])
    assert page.get_by_role("link", name="Rete di Sondrio").first.is_visible()
    wider.click()
    assert page.locator(".service-card").count() == expected > 0
    context.close()
    context = browser.new_context(viewport=PHONE, locale="it-IT")
    page = context.new_page()
    page.goto(live_site["url"] + "/servizi/?comune=Sondrio&raggio=5&bisogno=centri-estivi")
    assert serious_violations(page) == []
    context.close()


@pytest.mark.parametrize(
    "query",
    ["?comune=Lecco&raggio=10", "?comune=Meratte", "?comune=Milano&eta=7", "?bisogno=dopo-scuola&eta=7"],
)
def test_where_i_live_passes_axe(browser, live_site, serious_violations, query):
    context = browser.new_context(viewport=PHONE, locale="it-IT")
    page = context.new_page()
    page.goto(live_site["url"] + "/servizi/" + query)
    assert serious_violations(page) == []
    context.close()


def test_suggestions_come_with_javascript(page, live_site):
    page.goto(live_site["url"] + "/servizi/")
    page.get_by_label("Il tuo comune").focus()
    # A locator, not wait_for_function: the site's CSP (script-src 'self') forbids evaluating strings.
    page.locator('#comuni-suggeriti option[value="Sant\'Angelo Lodigiano"]').wait_for(state="attached")
    assert page.locator("#comuni-suggeriti option").count() > 1000
