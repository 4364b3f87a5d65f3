"""Printing any public page: a print-only heading names the site, gives the page's address
on the public base URL (with its query) and the date the page was generated, in the page's
language; the print stylesheet shows it and leaves navigation, filters and forms off paper."""

import re
from pathlib import Path

import pytest
from django.contrib.staticfiles import finders
from django.utils import timezone, translation
from django.utils.dateformat import format as date_format

PAGES = [
    "/",
    "/accordo/",
    "/servizi/?rete=lecco",
    "/reti/bergamo/sportello-conciliazione-imprese/",
    "/per-le-imprese/piano/?bisogni=rientro",
    "/cerca/?q=nido",
]


def print_heading(html):
    found = re.search(r'<div class="print-heading">(.*?)</div>', html, re.S)
    assert found, "no print heading"
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", found.group(1)))


@pytest.mark.django_db
@pytest.mark.parametrize("path", PAGES)
def test_every_page_prints_the_site_its_address_and_the_date(client, path):
    heading = print_heading(client.get(path, HTTP_HOST="localhost").content.decode())
    assert "Conciliazione Lombardia" in heading
    assert f"http://localhost{path}" in heading
    with translation.override("it"):
        assert date_format(timezone.localdate(), "j F Y") in heading


@pytest.mark.django_db
def test_the_english_printout_is_in_english(client):
    heading = print_heading(client.get("/en/").content.decode())
    assert "Page address:" in heading and "http://localhost/en/" in heading
    with translation.override("en"):
        assert date_format(timezone.localdate(), "j F Y") in heading


def print_rules():
    css = re.sub(r"/\*.*?\*/", "", Path(finders.find("css/site.css")).read_text(encoding="utf-8"), flags=re.S)
    screen, printed = css.split("@media print {", 1)
    return screen, printed.split("\n}\n", 1)[0]


def hidden_selectors(rules):
    return {
        selector.strip()
        for selectors, body in re.findall(r"([^{}]+)\{([^{}]*)\}", rules)
        if "display: none" in body
        for selector in selectors.split(",")
    }


def test_the_heading_shows_only_on_paper():
    screen, printed = print_rules()
    assert ".print-heading" in hidden_selectors(screen)
    assert re.search(r"\.print-heading \{ display: block;", printed)


@pytest.mark.parametrize(
    "selector",
    [".it-header-wrapper", ".breadcrumb-container", ".site-footer", "nav", 'form[role="search"]', ".filter-panel"]
    + ["input", "select", "button", ".btn"],
)
def test_navigation_filters_and_forms_stay_off_paper(selector):
    assert selector in hidden_selectors(print_rules()[1])
