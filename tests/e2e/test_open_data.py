import pytest

pytestmark = pytest.mark.browser


def test_open_data_page_passes_axe_and_its_column_lists_open(live_site, page, serious_violations):
    page.goto(live_site["url"] + "/open-data/")
    assert page.get_by_role("heading", level=1).inner_text() == "Dati aperti"
    summary = page.locator("main summary").first
    summary.click()
    assert page.get_by_role("rowheader", name="identificativo").first.is_visible()
    assert serious_violations(page) == []
