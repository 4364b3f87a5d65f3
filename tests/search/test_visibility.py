"""Nothing that is not public reaches search results: drafts, private pages, pages
withdrawn by their model (ended or expired services) and pages of another locale."""

import pytest
from django.db.models import Q
from wagtail.models import Locale, PageViewRestriction

from home.models import StandardPage
from search.entry import search
from search.visibility import searchable_pages

pytestmark = pytest.mark.django_db

WORD = "zafferano"


def results_html(client, query=WORD):
    return client.get("/cerca/", {"q": query}).content.decode()


def test_drafts_never_appear(client, make_page, found_paths):
    page = make_page("Pagina zafferano", "Testo pubblico.")
    page.title = "Bozza zafferano riservata"
    page.save_revision()  # a draft of new content: the live page keeps its title
    draft = make_page("Solo bozza zafferano", "Mai pubblicata.", live=False)
    assert found_paths(WORD) == [page.url_path.removeprefix("/home")]
    html = results_html(client)
    assert "Pagina zafferano" in html
    assert "Bozza zafferano riservata" not in html and draft.title not in html
    assert client.get("/cerca/suggerimenti/", {"q": "solo bozza"}).json()["results"] == []


def test_private_pages_and_their_children_never_appear(client, make_page, found_paths):
    private = make_page("Area riservata zafferano", "Solo per chi ha la password.")
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="segreta-123")
    from tests.factories import StandardPageFactory

    StandardPageFactory(parent=private, title="Figlia riservata zafferano")
    assert found_paths(WORD) == []
    assert "riservat" not in results_html(client).lower()


def test_pages_of_another_locale_never_appear(client, make_page, found_paths):
    page = make_page("Pagina zafferano italiana", "Testo.")
    english = Locale.objects.get_or_create(language_code="en")[0]
    translation = page.copy_for_translation(english, copy_parents=True)
    translation.title = "English saffron zafferano page"
    translation.save_revision().publish()
    assert found_paths(WORD) == ["/pagina-zafferano-italiana/"]
    assert "English saffron" not in results_html(client)
    # The translation is live and indexed: it is its locale that keeps it out.
    assert [p.title for p in search(searchable_pages(english), WORD)] == ["English saffron zafferano page"]


def test_models_withdraw_pages_through_the_search_exclusion_hook(monkeypatch, client, make_page, found_paths):
    make_page("Servizio concluso zafferano", "Terminato.")
    make_page("Servizio attivo zafferano", "In corso.")

    def search_exclusion(cls):
        return Q(title__contains="concluso")

    monkeypatch.setattr(StandardPage, "search_exclusion", classmethod(search_exclusion), raising=False)
    assert found_paths(WORD) == ["/servizio-attivo-zafferano/"]
    html = results_html(client)
    assert "Servizio attivo zafferano" in html and "Servizio concluso" not in html
    suggested = [r["title"] for r in client.get("/cerca/suggerimenti/", {"q": "servizio"}).json()["results"]]
    assert "Servizio attivo zafferano" in suggested and "Servizio concluso zafferano" not in suggested


def test_ended_and_expired_services_never_appear(client, page_by_path, found_paths):
    import datetime

    from tests.factories import ServicePageFactory

    network = page_by_path("/reti/lecco/")

    def make(**fields):
        return ServicePageFactory(parent=network, **fields)

    yesterday = datetime.date.today() - datetime.timedelta(days=1)
    make(title="Doposcuola zafferano attivo")
    make(title="Doposcuola zafferano sospeso", status="suspended", status_reason="Pausa.")
    make(title="Doposcuola zafferano concluso", status="ended", status_reason="Finito.")
    make(title="Doposcuola zafferano scaduto", valid_to=yesterday)
    make(title="Doposcuola zafferano valido oggi", valid_to=datetime.date.today())
    assert sorted(found_paths(WORD)) == [
        "/reti/lecco/doposcuola-zafferano-attivo/",
        "/reti/lecco/doposcuola-zafferano-sospeso/",
        "/reti/lecco/doposcuola-zafferano-valido-oggi/",
    ]
    html = results_html(client)
    assert "3 risultati" in html and "concluso" not in html and "scaduto" not in html
    assert ">Servizio<" in html
