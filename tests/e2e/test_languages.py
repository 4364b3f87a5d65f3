import pytest

pytestmark = pytest.mark.browser


def test_switcher_goes_to_the_same_page_in_the_other_language_and_back(live_site, page):
    page.goto(live_site["url"] + "/accordo/")
    switcher = page.get_by_role("navigation", name="Lingua del sito")
    switcher.get_by_role("link", name="English").click()
    page.wait_for_url("**/en/agreement/")
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.get_by_role("heading", level=1).inner_text().startswith("Agreement for the promotion")
    page.get_by_role("navigation", name="Site language").get_by_role("link", name="Italiano").click()
    page.wait_for_url(live_site["url"] + "/accordo/")
    assert page.locator("html").get_attribute("lang") == "it"


def test_english_home_passes_axe_and_shows_the_same_figures(live_site, page, serious_violations):
    page.goto(live_site["url"] + "/en/")
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.get_by_role("heading", level=1).inner_text() == "Conciliazione Lombardia"
    figures = page.locator(".key-figure .figure-value").all_inner_texts()
    assert figures[:7] == ["15", "57", "966", "71", "4,354", "542", "12,972"]
    assert serious_violations(page) == []


def test_english_catalogue_passes_axe_and_leads_to_the_italian_one(live_site, page, serious_violations):
    page.goto(live_site["url"] + "/en/services/")
    assert serious_violations(page) == []
    page.get_by_role("link", name="Browse the service catalogue in Italian").click()
    page.wait_for_url(live_site["url"] + "/servizi/")
    assert page.locator("html").get_attribute("lang") == "it"


@pytest.mark.parametrize("javascript", [False, True], ids=["no-js", "js"])
def test_an_english_speaking_family_reaches_the_nearest_nurseries_in_one_tap(browser, live_site, javascript):
    context = browser.new_context(
        locale="en-GB", viewport={"width": 390, "height": 844}, java_script_enabled=javascript
    )
    page = context.new_page()
    page.goto(live_site["url"] + "/en/")
    needs = page.locator("section.home-needs")
    assert "written in Italian" in needs.inner_text()
    needs.get_by_label("Your municipality").fill("Lecco")
    needs.get_by_role("button", name="Nursery and early childhood").click()
    page.wait_for_url("**/servizi/?comune=Lecco&bisogno=nido-prima-infanzia#risultati")
    assert page.get_by_text("Bisogno: Nido e prima infanzia").first.is_visible()
    context.close()
