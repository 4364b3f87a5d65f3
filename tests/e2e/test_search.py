import pytest

pytestmark = pytest.mark.browser


def test_search_page_works_without_javascript_and_passes_axe(browser, live_site, serious_violations):
    context = browser.new_context(java_script_enabled=False, locale="it-IT")
    page = context.new_page()
    page.goto(live_site["url"] + "/")
    page.locator("#header-search").fill("centri estivi")
    page.locator("#header-search").press("Enter")
    page.wait_for_url("**/cerca/?q=centri+estivi")
    count = page.locator("p.search-count").inner_text()
    assert count.endswith(" risultati") and int(count.split()[0]) >= 3
    assert page.locator("#main-content li h2 a", has_text="estiv").count() >= 1
    assert page.locator("#main-content").get_by_role("link", name="Servizi di conciliazione").first.is_visible()
    # Highlighting marks every inflection of the query's stems (centri → centro, estivi → estivo).
    assert page.locator("mark").first.inner_text().lower()[:5] in ("centr", "estiv")
    context.close()
    context = browser.new_context(locale="it-IT")
    page = context.new_page()
    page.goto(live_site["url"] + "/cerca/?q=reti+conciliazione")
    assert serious_violations(page) == []
    context.close()


def test_suggestions_appear_and_open_a_page_from_the_keyboard(live_site, page, serious_violations):
    page.goto(live_site["url"] + "/cerca/")
    box = page.locator("#search-q")
    box.press_sequentially("rete territoriale di conciliazione di lec", delay=20)
    option = page.get_by_role("option", name="Rete territoriale di conciliazione di Lecco")
    option.wait_for()
    assert box.get_attribute("aria-expanded") == "true"
    assert serious_violations(page) == []
    box.press("ArrowDown")
    assert option.get_attribute("aria-selected") == "true"
    box.press("Enter")
    page.wait_for_url("**/reti/lecco/")
