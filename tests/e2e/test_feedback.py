"""Feedback in Chromium on a phone: from a filtered list to a sheet, back to the list, a
report and a page rating sent without JavaScript; axe-core on the forms and their answers."""

import pytest

from tests.e2e.helpers import assert_first_result_on_first_screen

pytestmark = pytest.mark.browser
PHONE = {"width": 390, "height": 844}


@pytest.fixture
def phone_without_js(browser):
    context = browser.new_context(viewport=PHONE, java_script_enabled=False, locale="it-IT")
    yield context.new_page()
    context.close()


def open_a_lecco_sheet(page, live_site):
    page.goto(live_site["url"] + "/servizi/?rete=lecco")
    page.locator(".service-card h3 a").first.click()
    page.wait_for_load_state()
    return page.locator("h1").inner_text()


def test_a_report_is_sent_from_a_phone_without_javascript(phone_without_js, live_site, tmp_path):
    page = phone_without_js
    title = open_a_lecco_sheet(page, live_site)
    page.get_by_text("Scrivi una segnalazione").click()
    page.get_by_label("Che cosa è sbagliato o manca?").fill("Il numero di telefono non risponde.")
    page.get_by_label("Nome (facoltativo)").fill("Anna")
    page.screenshot(path=str(tmp_path / "report-form.png"), full_page=False)
    page.get_by_role("button", name="Invia la segnalazione").click()
    assert "la segnalazione è stata inviata" in page.locator("h1").inner_text()
    page.screenshot(path=str(tmp_path / "report-sent.png"))
    page.get_by_role("link", name=f"Torna alla scheda «{title}»").click()
    assert page.locator("h1").inner_text() == title


@pytest.mark.parametrize("javascript", [True, False])
def test_the_sheet_leads_back_to_the_filtered_list_on_its_first_screen(browser, live_site, javascript):
    context = browser.new_context(viewport=PHONE, java_script_enabled=javascript, locale="it-IT")
    page = context.new_page()
    open_a_lecco_sheet(page, live_site)
    page.get_by_role("link", name="Torna ai risultati").click()
    assert page.url.endswith("/servizi/?rete=lecco#risultati")
    assert page.locator("#risultati .active-filters").count() == 1
    assert_first_result_on_first_screen(page)
    context.close()


def test_a_page_is_rated_with_a_comment_without_javascript(phone_without_js, live_site):
    page = phone_without_js
    page.goto(live_site["url"] + "/accordo/")
    page.get_by_role("region", name="Valuta questa pagina").get_by_role("button", name="No").click()
    assert "valutazione è stata registrata" in page.content()
    page.get_by_label("Vuoi aggiungere qualcosa? (facoltativo)").fill("Manca la data di scadenza.")
    page.get_by_role("button", name="Invia il commento").click()
    assert "Grazie per aver valutato la pagina" in page.locator("h1").inner_text()
    page.get_by_role("link", name="Torna alla pagina").click()
    assert page.url.endswith("/accordo/")


def test_feedback_forms_and_answers_pass_axe(browser, live_site, serious_violations, tmp_path):
    context = browser.new_context(viewport=PHONE, locale="it-IT")
    page = context.new_page()
    open_a_lecco_sheet(page, live_site)
    page.get_by_text("Scrivi una segnalazione").click()
    assert serious_violations(page) == []
    page.get_by_label("Email (facoltativa)").fill("anna@esempio")
    page.get_by_label("Che cosa è sbagliato o manca?").fill("Orari cambiati.")
    page.locator("form.feedback-form").evaluate("form => form.noValidate = true")
    page.get_by_role("button", name="Invia la segnalazione").click()
    assert "Il modulo non è stato inviato" in page.content()
    assert page.get_by_label("Che cosa è sbagliato o manca?").input_value() == "Orari cambiati."
    page.screenshot(path=str(tmp_path / "report-400.png"), full_page=True)
    assert serious_violations(page) == []
    page.goto(live_site["url"] + "/accordo/")
    page.get_by_role("region", name="Valuta questa pagina").get_by_role("button", name="Sì").click()
    assert serious_violations(page) == []
    context.close()


def test_the_printout_leaves_out_the_forms_and_links(browser, live_site):
    context = browser.new_context(locale="it-IT")
    page = context.new_page()
    open_a_lecco_sheet(page, live_site)
    page.emulate_media(media="print")
    for hidden in ("#segnala", ".page-rating", ".share-link", "text=Torna ai risultati"):
        assert not page.locator(hidden).is_visible(), hidden
    assert page.locator("#contatti").is_visible()
    context.close()
