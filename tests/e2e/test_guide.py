"""An HR manager goes from the home page to the guide for companies, an objective page and
a welfare plan, on a desktop and on a phone, without JavaScript: every page passes axe-core."""

import pytest

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}


@pytest.fixture(params=[DESKTOP, PHONE], ids=["desktop", "phone"])
def no_script_page(request, browser):
    context = browser.new_context(locale="it-IT", java_script_enabled=False, viewport=request.param)
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def axe_violations(request, browser, serious_violations):
    """axe-core needs JavaScript: the page a script-less journey reached is checked again
    in a context of the same size with JavaScript on."""
    viewport = request.node.callspec.params.get("no_script_page", DESKTOP)
    context = browser.new_context(locale="it-IT", viewport=viewport)
    checker = context.new_page()

    def check(url):
        checker.goto(url)
        return serious_violations(checker)

    yield check
    context.close()


def test_home_to_plan_in_three_clicks_without_javascript(live_site, no_script_page, axe_violations, tmp_path):
    page = no_script_page
    page.goto(live_site["url"] + "/")
    page.get_by_role("link", name="Vai alla guida per le imprese").click()  # 1
    assert page.get_by_role("heading", level=1).inner_text() == "Per le imprese"
    assert axe_violations(page.url) == []
    page.screenshot(path=str(tmp_path / "guide.png"), full_page=True)

    page.get_by_role("link", name="Prepara il piano di welfare della tua impresa").click()  # 2
    page.locator("label[for=id_bisogni_1]").click()
    page.get_by_label("Rete territoriale").select_option("varese")
    page.get_by_role("button", name="Prepara il piano").click()  # 3
    page.wait_for_url("**/piano/?*bisogni=figli-scuola*")
    assert page.get_by_role("heading", name="Il tuo piano").is_visible()
    assert page.get_by_role("link", name="Rete territoriale di conciliazione di Varese").is_visible()
    assert page.get_by_role(
        "heading", name="Centri ricreativi aperti nei periodi di chiusura delle scuole"
    ).is_visible()
    assert axe_violations(page.url) == []
    page.emulate_media(media="print")
    assert page.locator(".print-heading").is_visible()
    assert not page.locator("form.planner-form").is_visible()
    page.emulate_media(media="screen")

    page.get_by_role(
        "link", name="Supportare i lavoratori nella gestione del carico di cura – bambini o adolescenti"
    ).click()
    assert page.get_by_role("heading", level=1).inner_text().startswith("Supportare i lavoratori")
    assert page.get_by_role("heading", name="Nido aziendale").is_visible()
    assert axe_violations(page.url) == []


def test_planner_errors_without_javascript(live_site, no_script_page, axe_violations):
    page = no_script_page
    page.goto(live_site["url"] + "/per-le-imprese/piano/?rete=lecco")
    assert "Scegliere almeno un bisogno" in page.locator("#planner-errors").inner_text()
    assert axe_violations(page.url) == []


def test_phone_guide_fits_the_screen(live_site, browser, tmp_path):
    context = browser.new_context(locale="it-IT", viewport=PHONE)
    page = context.new_page()
    for path in ("/per-le-imprese/", "/per-le-imprese/liberare-tempo/", "/per-le-imprese/piano/?bisogni=commissioni"):
        page.goto(live_site["url"] + path)
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= PHONE["width"], (path, width)
    page.goto(live_site["url"] + "/per-le-imprese/")
    page.screenshot(path=str(tmp_path / "guide_phone.png"), full_page=False)
    context.close()
