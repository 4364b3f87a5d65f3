"""The public pages' head and chrome: one site name in the title, a description and a
canonical address on every page, the feeds announced, a favicon, interface strings in the
page's language and Italian dates in lower case."""

import datetime
import re

import pytest
from django.template import Context, Template
from django.utils import translation

PAGES = [
    "/",
    "/accordo/",
    "/reti/lecco/",
    "/servizi/",
    "/reti/bergamo/sportello-conciliazione-imprese/",
    "/buone-pratiche/",
    "/reti/bergamo/buona-pratica-promozione-progetti-welfare-aziendale/",
    "/en/",
]


def head(html):
    return html.split("</head>", 1)[0]


def title(html):
    return re.search(r"<title>(.*?)</title>", html, re.S).group(1).strip()


@pytest.mark.django_db
@pytest.mark.parametrize("path", PAGES)
def test_every_page_has_a_description_a_canonical_url_and_the_feeds(client, path):
    html = client.get(path).content.decode()
    assert re.search(r'<meta name="description" content="[^"]{20,}">', head(html)), path
    assert f'<link rel="canonical" href="http://localhost{path}">' in head(html)
    assert 'type="application/atom+xml" href="/open-data/feed/servizi/"' in head(html)
    assert 'type="application/atom+xml" href="/open-data/feed/buone-pratiche/"' in head(html)


@pytest.mark.django_db
def test_the_home_page_says_the_site_name_once_and_other_pages_after_their_title(client):
    assert title(client.get("/").content.decode()) == "Conciliazione Lombardia"
    assert title(client.get("/accordo/").content.decode()).endswith(" – Conciliazione Lombardia")
    assert title(client.get("/accordo/").content.decode()).count("Conciliazione Lombardia") == 1


@pytest.mark.django_db
def test_a_filtered_list_is_canonical_to_the_list(client):
    html = client.get("/servizi/", {"q": "nido"}).content.decode()
    assert '<link rel="canonical" href="http://localhost/servizi/">' in head(html)


@pytest.mark.django_db
def test_favicon_is_served_at_the_root(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 200
    assert response["Content-Type"] in ("image/x-icon", "image/vnd.microsoft.icon")


@pytest.mark.django_db
def test_english_agreement_speaks_english(client):
    html = client.get("/en/agreement/").content.decode()
    assert "Article 1 – " in html
    assert "Articolo" not in html


@pytest.mark.django_db
def test_figure_sources_are_labelled_in_the_page_language(client):
    italian, english = client.get("/").content.decode(), client.get("/en/").content.decode()
    assert "Fonte: " in italian
    assert "Source: " in english
    assert "Fonte:" not in english


@pytest.mark.parametrize(("language", "expected"), [("it", "4 dicembre 2026"), ("en", "4 December 2026")])
def test_dates_are_written_the_way_the_language_writes_them(language, expected):
    with translation.override(language):
        rendered = Template('{{ day|date:"j F Y" }}').render(Context({"day": datetime.date(2026, 12, 4)}))
    assert rendered == expected


@pytest.mark.django_db
def test_footer_lists_sections_legal_pages_open_data_and_the_site_map(client):
    footer = client.get("/").content.decode().split("<footer", 1)[1]
    for text in ("Le Reti", "Dichiarazione di accessibilità", "Informativa privacy", "Dati aperti", "Mappa del sito"):
        assert text in footer, text
    assert "Contatti della redazione" not in footer  # none entered: nothing invented


@pytest.mark.django_db
def test_footer_shows_the_contacts_an_editor_entered(client):
    from wagtail.models import Site

    from home.models import SiteSettings

    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.contact_email = "redazione@example.org"
    site_settings.save()
    footer = client.get("/accordo/").content.decode().split("<footer", 1)[1]
    assert "Contatti della redazione" in footer
    assert 'href="mailto:redazione@example.org"' in footer


@pytest.mark.django_db
def test_site_map_lists_sections_and_their_pages_in_the_visitors_language(client):
    italian = client.get("/mappa-del-sito/").content.decode()
    assert 'href="/reti/lecco/"' in italian and 'href="/accordo/dgr-x-1081/"' in italian
    english = client.get("/en/mappa-del-sito/").content.decode()
    assert "Site map" in english and 'href="/en/agreement/"' in english and 'href="/accordo/"' not in english
