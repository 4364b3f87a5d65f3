"""Printed pages in Chromium: under print media the heading with site, address and date is
visible and the header, menu, breadcrumbs, filters, form controls and footer are not, while
the page's content is (the catalogue's and library's results); the service sheet and the
welfare plan print to a PDF."""

import os

import pytest

SHEET = "/reti/bergamo/sportello-conciliazione-imprese/"
PLAN = "/per-le-imprese/piano/?bisogni=figli-0-3&bisogni=rientro&rete=bergamo"
OFF_PAPER = [
    ".it-header-wrapper",
    ".breadcrumb-container",
    ".site-footer",
    ".filter-panel",
    ".catalogue-filters",
    ".practice-filters",
    ".planner-form",
    "input:not([type=hidden])",
    "select",
    "button",
]
# What must stay on paper, page by page.
CONTENT = {
    SHEET: ".service-sheet",
    PLAN: ".welfare-plan",
    "/servizi/": ".service-results",
    "/buone-pratiche/": "#risultati",
}


@pytest.mark.parametrize("path", list(CONTENT))
def test_printed_page_shows_the_heading_and_hides_the_chrome(live_site, page, path, tmp_path):
    page.goto(live_site["url"] + path)
    assert not page.locator(".print-heading").is_visible()
    page.emulate_media(media="print")
    heading = page.locator(".print-heading")
    assert heading.is_visible()
    assert "Conciliazione Lombardia" in heading.inner_text()
    assert path in heading.inner_text()
    for selector in OFF_PAPER:
        shown = [item for item in page.locator(selector).all() if item.is_visible()]
        assert shown == [], f"{selector} on paper"
    assert page.get_by_role("heading", level=1).is_visible()
    assert page.locator(CONTENT[path]).first.is_visible(), f"{CONTENT[path]} left off paper"
    pdf = page.pdf(format="A4")
    assert pdf.startswith(b"%PDF")
    shots = os.environ.get("PRINT_SCREENSHOTS")
    page.screenshot(
        path=str(tmp_path / "print.png")
        if not shots
        else f"{shots}/{path.strip('/').split('/')[-1][:30] or 'home'}.png",
        full_page=True,
    )
