"""Visitors' feedback: «Segnala una modifica» on a service sheet and «Valuta questa pagina»
on every page. One storage, one per-address limit, one admin report that each network's
editors see for their network only (the regional group: everything)."""

import re

import pytest
from django.core import mail
from django.core.cache import caches
from django.urls import reverse

from editorial.models import Feedback
from home.models import HomePage
from services_catalog.models import ServicePage

pytestmark = pytest.mark.django_db
RATE = "3/hour"


@pytest.fixture(autouse=True)
def fresh_counters(settings):
    settings.FEEDBACK_RATE_PER_ADDRESS = RATE
    caches[settings.RATE_LIMIT_CACHE].clear()


@pytest.fixture
def sheet(networks):
    return ServicePage.objects.live().get(network=networks["lecco"], slug="sportelli-conciliazione")


@pytest.fixture
def como_sheet(networks):
    return ServicePage.objects.live().get(network=networks["como"], slug="spazio-bimbo")


def report_url(service):
    return reverse("feedback_report", args=[service.pk])


def send_report(client, service, address="192.0.2.1", **data):
    data = {"messaggio": "Il telefono è cambiato.", "nome": "", "email": "", "sito_web": "", **data}
    return client.post(report_url(service), data, REMOTE_ADDR=address)


def rate(client, path, page=None, useful="si", address="192.0.2.9", **extra):
    data = {"indirizzo": path, "pagina": page.pk if page else "", "utile": useful, "sito_web": "", **extra}
    return client.post(reverse("feedback_rating"), data, REMOTE_ADDR=address)


# The forms on the page ---------------------------------------------------------


def test_the_sheet_has_the_report_form_without_token_or_cookie(client, sheet):
    response = client.get(sheet.url)
    html = response.content.decode()
    assert f'action="{report_url(sheet)}"' in html and 'name="messaggio"' in html
    assert "csrfmiddlewaretoken" not in html and not response.cookies


def test_every_page_has_the_rating_and_stays_cached(client, settings):
    settings.PAGE_CACHE_ENABLED = True
    caches["shared"].clear()
    first, second = client.get("/accordo/"), client.get("/accordo/")
    assert f'action="{reverse("feedback_rating")}"' in first.content.decode()
    assert 'name="indirizzo" value="/accordo/"' in first.content.decode()
    assert (first["X-Cache"], second["X-Cache"]) == ("MISS", "HIT")


# «Segnala una modifica» ----------------------------------------------------------


def test_a_report_is_stored_for_the_network_and_its_editors_are_told(client, sheet, networks, editors):
    mail.outbox.clear()
    response = send_report(client, sheet, nome="Anna", email="anna@example.org")
    assert response.status_code == 200 and response["Cache-Control"] == "no-store"
    assert "la segnalazione è stata inviata" in response.content.decode()
    report = Feedback.objects.get()
    assert (report.kind, report.page_id, report.network, report.path) == (
        "report",
        sheet.pk,
        networks["lecco"],
        sheet.url,
    )
    assert (report.message, report.name, report.email) == ("Il telefono è cambiato.", "Anna", "anna@example.org")
    assert [message.to for message in mail.outbox] == [[editors["lecco"].email]]
    assert "Il telefono è cambiato." in mail.outbox[0].body


def test_bad_input_gives_400_with_messages_and_keeps_what_was_typed(client, sheet):
    response = send_report(client, sheet, messaggio="  ", nome="Anna Rossi", email="anna@")
    html = response.content.decode()
    assert response.status_code == 400
    assert "Scrivere che cosa è sbagliato o manca." in html
    assert "Indirizzo email non valido" in html
    assert 'value="Anna Rossi"' in html and 'value="anna@"' in html
    assert 'aria-describedby="segnala-messaggio_error' in html
    assert not Feedback.objects.exists()


def test_a_filled_honeypot_is_thanked_and_dropped(client, sheet):
    mail.outbox.clear()
    response = send_report(client, sheet, sito_web="https://spam.example")
    assert response.status_code == 200
    assert not Feedback.objects.exists() and not mail.outbox


def test_past_the_rate_limit_429_keeps_the_message(client, sheet):
    for _ in range(3):
        assert send_report(client, sheet, address="192.0.2.50").status_code == 200
    refused = send_report(client, sheet, address="192.0.2.50", messaggio="Quarta segnalazione")
    assert refused.status_code == 429 and int(refused["Retry-After"]) > 0
    assert "Quarta segnalazione" in refused.content.decode()
    assert Feedback.objects.count() == 3
    # Another address has its own count.
    assert send_report(client, sheet, address="192.0.2.51").status_code == 200


def test_the_limit_is_shared_with_ratings(client, sheet):
    for _ in range(3):
        assert rate(client, "/", address="192.0.2.60").status_code == 200
    assert send_report(client, sheet, address="192.0.2.60").status_code == 429


def test_a_cross_site_post_is_refused(client, sheet):
    response = client.post(report_url(sheet), {"messaggio": "x"}, HTTP_SEC_FETCH_SITE="cross-site")
    assert response.status_code == 403 and not Feedback.objects.exists()


def test_report_page_and_unknown_sheet(client, sheet):
    assert client.get(report_url(sheet)).status_code == 200
    assert client.post(reverse("feedback_report", args=[999999]), {"messaggio": "x"}).status_code == 404
    home = HomePage.objects.first()
    assert client.post(reverse("feedback_report", args=[home.pk]), {"messaggio": "x"}).status_code == 404


# «Valuta questa pagina» ----------------------------------------------------------


def test_rating_then_optional_comment(client, sheet, networks):
    response = rate(client, sheet.url, sheet, useful="no")
    assert response.status_code == 200
    rating = Feedback.objects.get()
    assert (rating.kind, rating.useful, rating.network, rating.message) == ("rating", False, networks["lecco"], "")
    token = re.search(r'name="valutazione" value="([^"]+)"', response.content.decode()).group(1)
    comment = {"valutazione": token, "commento": "Mancano gli orari.", "sito_web": ""}
    sent = client.post(reverse("feedback_rating_comment"), comment, REMOTE_ADDR="192.0.2.9")
    assert sent.status_code == 200 and f'href="{sheet.url}"' in sent.content.decode()
    rating.refresh_from_db()
    assert rating.message == "Mancano gli orari."
    # The same step-two form cannot overwrite it.
    again = client.post(reverse("feedback_rating_comment"), {**comment, "commento": "Altro"}, REMOTE_ADDR="192.0.2.9")
    assert again.status_code == 400 and "Altro" in again.content.decode()
    rating.refresh_from_db()
    assert rating.message == "Mancano gli orari."


def test_a_forged_comment_reference_is_refused_and_the_comment_kept(client):
    rate(client, "/")
    data = {"valutazione": f"{Feedback.objects.get().pk}:forged", "commento": "Il mio commento", "sito_web": ""}
    response = client.post(reverse("feedback_rating_comment"), data)
    assert response.status_code == 400 and "Il mio commento" in response.content.decode()
    assert Feedback.objects.get().message == ""


@pytest.mark.parametrize("path", ["//evil.example/", "https://evil.example/", "", "/\\evil"])
def test_rating_of_a_bad_address_is_400(client, path):
    assert rate(client, path).status_code == 400
    assert not Feedback.objects.exists()


def test_rating_without_a_choice_is_400(client):
    response = rate(client, "/", useful="")
    assert response.status_code == 400 and "Scegliere «Sì» o «No»." in response.content.decode()


def test_rating_outside_any_network_has_no_network(client):
    home = HomePage.objects.filter(locale__language_code="it").first()
    rate(client, "/", home)
    assert Feedback.objects.get().network is None


# The admin report ----------------------------------------------------------------


@pytest.fixture
def feedback_of_each_kind(client, sheet, como_sheet):
    send_report(client, sheet, messaggio="Lecco: telefono sbagliato")
    send_report(client, como_sheet, messaggio="Como: sede chiusa", address="192.0.2.2")
    rate(client, "/", useful="no", address="192.0.2.3")
    return {item.message or "home": item for item in Feedback.objects.all()}


def admin_list(client, user, **query):
    client.force_login(user)
    response = client.get(reverse("editorial_feedback"), query)
    assert response.status_code == 200
    return response.content.decode()


def test_a_network_editor_sees_only_their_network(client, feedback_of_each_kind, editors):
    html = admin_list(client, editors["lecco"])
    assert "Lecco: telefono sbagliato" in html
    assert "Como: sede chiusa" not in html and "non utile" not in html


def test_the_regional_group_sees_everything(client, feedback_of_each_kind, regional_editor):
    html = admin_list(client, regional_editor)
    assert "Lecco: telefono sbagliato" in html and "Como: sede chiusa" in html and "non utile" in html


def test_marking_as_handled_only_within_ones_networks(client, feedback_of_each_kind, editors):
    como_report = feedback_of_each_kind["Como: sede chiusa"]
    lecco_report = feedback_of_each_kind["Lecco: telefono sbagliato"]
    client.force_login(editors["lecco"])
    assert client.post(reverse("editorial_feedback_handled", args=[como_report.pk])).status_code == 404
    assert client.post(reverse("editorial_feedback_handled", args=[lecco_report.pk])).status_code == 302
    lecco_report.refresh_from_db()
    como_report.refresh_from_db()
    assert lecco_report.handled_by == editors["lecco"] and como_report.handled_at is None
    assert "Lecco: telefono sbagliato" not in admin_list(client, editors["lecco"])
    assert "Lecco: telefono sbagliato" in admin_list(client, editors["lecco"], stato="handled")


def test_a_visitor_without_networks_is_refused(client, django_user_model):
    user = django_user_model.objects.create_user("nessuno", "nessuno@example.org", "unused-password-123")
    client.force_login(user)
    assert client.get(reverse("editorial_feedback")).status_code in (302, 403)
