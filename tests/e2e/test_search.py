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


@pytest.mark.parametrize("viewport", [{"width": 1280, "height": 900}, {"width": 390, "height": 844}])
def test_few_results_are_no_dead_end_and_italian_pages_are_marked_on_the_english_site(
    browser, live_site, serious_violations, viewport, tmp_path
):
    context = browser.new_context(locale="it-IT", viewport=viewport, java_script_enabled=False)
    page = context.new_page()
    page.goto(live_site["url"] + "/cerca/?q=asillo+nido")
    hints = page.locator(".search-hints")
    assert hints.get_by_role("link", name="asilo nido").is_visible()
    assert "«asillo»" in hints.inner_text()
    assert hints.get_by_role("link", name="Per le imprese").is_visible()
    page.screenshot(path=str(tmp_path / f"hints-{viewport['width']}.png"), full_page=True)
    hints.get_by_role("link", name="asilo nido").click()
    page.wait_for_url("**/cerca/?q=asilo+nido")
    page.goto(live_site["url"] + "/en/cerca/?q=summer+camp")
    italian = page.locator(".search-source-language h3[lang=it] a[hreflang=it]")
    assert italian.count() >= 1
    assert page.locator(".search-source-language .badge").first.inner_text().lower() == "in italian"
    page.screenshot(path=str(tmp_path / f"english-{viewport['width']}.png"), full_page=True)
    context.close()
    context = browser.new_context(locale="it-IT", viewport=viewport)
    page = context.new_page()
    page.goto(live_site["url"] + "/cerca/?q=asillo+nido")
    assert serious_violations(page) == []
    page.goto(live_site["url"] + "/en/cerca/?q=summer+camp")
    assert serious_violations(page) == []
    context.close()


@pytest.mark.parametrize("javascript", [False, True], ids=["no-js", "js"])
def test_a_parent_searching_a_need_reaches_the_nearest_services_from_the_search_page(
    browser, live_site, serious_violations, javascript
):
    context = browser.new_context(
        locale="it-IT", viewport={"width": 390, "height": 844}, java_script_enabled=javascript
    )
    page = context.new_page()
    page.goto(live_site["url"] + "/")
    page.locator("#header-search").fill("asilo nido")
    page.locator("#header-search").press("Enter")
    page.wait_for_url("**/cerca/?q=asilo+nido")
    shortcut = page.locator(".search-need-shortcut")
    field = shortcut.get_by_label("Nido e prima infanzia: il tuo comune")
    assert field.is_visible() and field.bounding_box()["y"] + field.bounding_box()["height"] <= 844
    if javascript:
        assert serious_violations(page) == []
    field.fill("Lecco")
    shortcut.get_by_role("button", name="Mostra").click()
    page.wait_for_url("**/servizi/?bisogno=nido-prima-infanzia&comune=Lecco#risultati")
    assert page.get_by_text("Bisogno: Nido e prima infanzia").first.is_visible()
    context.close()
