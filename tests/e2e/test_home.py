import pytest

pytestmark = pytest.mark.browser


def test_home_page_shows_figures_and_passes_axe(live_site, page, serious_violations):
    page.goto(live_site["url"] + "/")
    assert page.locator("html").get_attribute("lang") == "it"
    assert page.get_by_role("heading", level=1).inner_text() == "Conciliazione Lombardia"
    figures = page.locator(".key-figure .figure-value").all_inner_texts()
    assert figures[:4] == ["15", "57", "966", "71"]
    assert figures[4:7] == ["4.354", "542", "12.972"]
    assert serious_violations(page) == []


def test_skip_link_moves_focus_to_main_content(live_site, page):
    page.goto(live_site["url"] + "/accordo/")
    page.keyboard.press("Tab")
    skip = page.locator("a.skip-link")
    assert skip.evaluate("element => element === document.activeElement")
    page.keyboard.press("Enter")
    assert page.url.endswith("#main-content")


def test_agreement_chart_page_passes_axe_without_javascript(browser, live_site, serious_violations):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(live_site["url"] + "/accordo/azioni-delle-reti/")
    assert page.get_by_role("row", name="Voucher 23%").is_visible()
    context.close()
    context = browser.new_context()
    page = context.new_page()
    page.goto(live_site["url"] + "/accordo/azioni-delle-reti/")
    assert serious_violations(page) == []
    context.close()


def test_phone_header_fits_one_line_and_the_menu_opens_without_javascript(browser, live_site, serious_violations):
    context = browser.new_context(viewport={"width": 360, "height": 740}, java_script_enabled=False)
    page = context.new_page()
    page.goto(live_site["url"] + "/")
    slim = page.locator(".site-slim")
    # The body's name and the languages share one line of the slim header.
    owner = page.locator(".site-slim-owner").bounding_box()
    languages = page.locator(".language-switcher").bounding_box()
    assert abs(owner["y"] - languages["y"]) < 8 and slim.bounding_box()["height"] < 60
    assert owner["x"] + owner["width"] < languages["x"]
    # The menu's links are behind its button until it is pressed.
    menu = page.get_by_role("navigation", name="Menu principale")
    assert not menu.get_by_role("link", name="Le Reti").is_visible()
    menu.get_by_text("Menu", exact=True).click()
    menu.get_by_role("link", name="Le Reti").click()
    assert page.url.endswith("/reti/")
    context.close()
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(live_site["url"] + "/")
    page.get_by_role("navigation", name="Menu principale").get_by_text("Menu", exact=True).click()
    assert serious_violations(page) == []
    context.close()


def test_desktop_shows_the_menu_as_a_bar(live_site, page):
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto(live_site["url"] + "/")
    menu = page.get_by_role("navigation", name="Menu principale")
    assert menu.get_by_role("link", name="Le Reti").is_visible()
    assert not menu.get_by_text("Menu", exact=True).is_visible()
