"""A service sheet's page-only parts are kept until content changes (services_catalog.sheet_cache):
renewed by a publish, an unpublish or a move, per interface language and per day, and never
with anything of one visitor's request shown to another."""

import datetime

import pytest
from django.test import RequestFactory
from django.utils import timezone, translation

from home.models import Objective
from services_catalog import sheet_cache
from tests.factories import ServicePageFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fragments_on")]


@pytest.fixture
def objective():
    return Objective.objects.filter(locale__language_code="it").first()


@pytest.fixture
def sheet(network, objective):
    return ServicePageFactory(parent=network, title="Sportello famiglie", objectives=[objective])


def page_text(client, url, **extra):
    return client.get(url, **extra).content.decode()


def publish(page, capture):
    with capture(execute=True):
        page.save_revision().publish()


def test_the_parts_are_kept_until_a_publication(client, sheet, django_capture_on_commit_callbacks):
    assert "Sportello famiglie" in page_text(client, sheet.url)
    # A change that bypasses Wagtail's signals: the kept sheet does not see it...
    type(sheet).objects.filter(pk=sheet.pk).update(how_to="<p>Modalità cambiate di nascosto</p>")
    assert "Modalità cambiate di nascosto" not in page_text(client, sheet.url)
    # ...a publication renews the content generation, and the sheet with it.
    sheet.refresh_from_db()
    sheet.how_to = "<p>Modalità pubblicate</p>"
    publish(sheet, django_capture_on_commit_callbacks)
    assert "Modalità pubblicate" in page_text(client, sheet.url)


def test_related_services_follow_unpublish_and_move(
    client, sheet, network, other_network, objective, django_capture_on_commit_callbacks
):
    related = ServicePageFactory(parent=network, title="Centro estivo comunale", objectives=[objective])
    assert related.url in page_text(client, sheet.url)
    with django_capture_on_commit_callbacks(execute=True):
        related.move(other_network, pos="last-child")
    related.refresh_from_db()
    text = page_text(client, sheet.url)
    assert related.url.startswith(other_network.url) and related.url in text
    with django_capture_on_commit_callbacks(execute=True):
        related.unpublish()
    assert "Centro estivo comunale" not in page_text(client, sheet.url)


def test_one_visitors_way_back_is_never_shown_to_another(client, sheet):
    came_from_list = page_text(client, sheet.url, QUERY_STRING="back=/servizi/%3Frete%3Dlecco")
    assert "Torna ai risultati" in came_from_list and "/servizi/?rete=lecco" in came_from_list
    plain = page_text(client, sheet.url)
    assert "Torna ai risultati" not in plain and "rete=lecco" not in plain
    assert "Tutti i servizi" in plain


def test_the_parts_follow_the_interface_language(sheet):
    request = RequestFactory().get(sheet.url)
    with translation.override("it"):
        italian = sheet_cache.sheet_parts(sheet, request)
    with translation.override("en"):
        english = sheet_cache.sheet_parts(sheet, request)
    assert "Come fare" in italian["sections"] and "How to apply" not in italian["sections"]
    assert "How to apply" in english["sections"]


def test_a_new_day_renders_a_sheet_whose_validity_ended(client, network, monkeypatch):
    today = timezone.localdate()
    ending = ServicePageFactory(parent=network, title="Servizio in scadenza", valid_to=today)
    assert "Servizio Concluso" not in page_text(client, ending.url)
    monkeypatch.setattr(timezone, "localdate", lambda: today + datetime.timedelta(days=1))
    assert "Servizio Concluso" in page_text(client, ending.url)


def test_the_parts_are_kept_for_their_address_only(sheet):
    first = RequestFactory().get(sheet.url)
    other_host = RequestFactory(HTTP_HOST="localhost").get(sheet.url)
    assert sheet_cache.sheet_key(sheet, first) != sheet_cache.sheet_key(sheet, other_host)
