"""An HR manager looks for what other companies did: filters the library on company
welfare and reaches Lecco's and Brescia's practices with their figures."""

import pytest

pytestmark = pytest.mark.browser


def figures(page):
    labels = page.locator(".practice-results .figure-label").all_inner_texts()
    values = page.locator(".practice-results .figure-value").all_inner_texts()
    return dict(zip(labels, values, strict=True))


def test_hr_manager_filters_company_welfare_and_reaches_lecco_and_brescia(live_site, page, serious_violations):
    page.goto(live_site["url"] + "/buone-pratiche/")
    assert page.locator("#results-count").inner_text() == "13 buone pratiche"
    assert serious_violations(page) == []

    # Bootstrap Italia draws the checkbox on its label, which is what a visitor clicks.
    page.locator("label[for=f-tipo-welfare-aziendale]").click()
    assert page.get_by_role("checkbox", name="Welfare aziendale").is_checked()
    page.get_by_role("button", name="Applica").click()
    page.wait_for_url("**/buone-pratiche/?*tipo=welfare-aziendale*")
    assert page.locator("#results-count").inner_text() == "6 buone pratiche"
    assert page.get_by_role("checkbox", name="Welfare aziendale").is_checked()
    totals = page.locator(".practice-totals")
    assert "1.401" in totals.inner_text()
    assert serious_violations(page) == []

    page.get_by_role("link", name="Bando welfare per servizi interaziendali").click()
    assert page.get_by_role("heading", level=1).inner_text() == "Bando welfare per servizi interaziendali"
    assert figures(page) == {
        "progetti ammessi a finanziamento": "9",
        "accordi di partenariato attivati con altre realtà sul territorio": "57",
        "dipendenti destinatari": "565",
    }
    assert page.get_by_role("link", name="Rete territoriale di conciliazione di Lecco").first.is_visible()
    assert serious_violations(page) == []

    page.go_back()
    assert page.locator("#results-count").inner_text() == "6 buone pratiche"
    page.get_by_role("link", name="Bando gestito direttamente dalla ASL per progetti di interventi").click()
    assert figures(page) == {
        "progetti finanziati": "8",
        "imprese coinvolte": "20",
        "lavoratori/trici raggiunti": "389",
        "figli di dipendenti raggiunti": "319",
        "famigliari non autosufficienti": "34",
    }


def test_company_welfare_view_works_without_javascript_and_passes_axe(browser, live_site, serious_violations):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(live_site["url"] + "/buone-pratiche/")
    page.get_by_role("link", name="Per le imprese: esempi di welfare aziendale").click()
    assert page.get_by_role("heading", level=1).inner_text() == "Esempi di welfare aziendale"
    assert page.get_by_role("heading", name="Bando welfare per servizi interaziendali").is_visible()
    page.get_by_role("link", name="Cerca e filtra queste pratiche nella biblioteca").click()
    assert page.locator("#results-count").inner_text() == "7 buone pratiche"
    context.close()

    context = browser.new_context()
    page = context.new_page()
    page.goto(live_site["url"] + "/buone-pratiche/welfare-aziendale/")
    assert serious_violations(page) == []
    page.goto(live_site["url"] + "/buone-pratiche/?rete=atlantide")
    assert serious_violations(page) == []
    context.close()
