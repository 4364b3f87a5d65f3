"""Printed pages in Chromium: under print media the heading with site, address and date is
visible and the header, menu, breadcrumbs, filters, forms and footer are not; the service
sheet and the welfare plan print to a PDF."""

import os

import pytest

SHEET = "/reti/bergamo/sportello-conciliazione-imprese/"
PLAN = "/per-le-imprese/piano/?bisogni=figli-0-3&bisogni=rientro&rete=bergamo"
OFF_PAPER = [".it-header-wrapper", ".breadcrumb-container", ".site-footer", "form", ".filter-panel"]


@pytest.mark.parametrize("path", [SHEET, PLAN, "/servizi/"])
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
    pdf = page.pdf(format="A4")
    assert pdf.startswith(b"%PDF")
    shots = os.environ.get("PRINT_SCREENSHOTS")
    page.screenshot(
        path=str(tmp_path / "print.png")
        if not shots
        else f"{shots}/{path.strip('/').split('/')[-1][:30] or 'home'}.png",
        full_page=True,
    )
