"""Throttles on guessing: a protected page's password (per address and per page), the
password-reset e-mail (per address and per e-mail address), and no Basic authentication
on the public API."""

import base64

import pytest
from django.core import mail
from django.core.cache import caches
from django.test import Client
from wagtail.models import PageViewRestriction

pytestmark = pytest.mark.django_db
SECRET = "parola-segreta-di-prova"
WRONG = "sbagliata"


@pytest.fixture(autouse=True)
def fresh_counters():
    caches["shared"].clear()
    yield
    caches["shared"].clear()


@pytest.fixture
def protected(page_by_path):
    page = page_by_path("/accordo/")
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password=SECRET
    )
    return page, f"/_util/authenticate_with_password/{restriction.pk}/{page.pk}/"


def guess(url, password=WRONG, address="198.51.100.7", client=None):
    return (client or Client()).post(url, {"password": password, "return_url": "/accordo/"}, REMOTE_ADDR=address)


def test_page_password_guesses_are_throttled_per_address(protected, settings):
    settings.PAGE_PASSWORD_RATE_PER_ADDRESS = "5/minute"
    _page, url = protected
    for _ in range(5):
        assert guess(url).status_code == 200  # the form again, with its error
    refused = guess(url, password=SECRET)
    assert refused.status_code == 429 and int(refused["Retry-After"]) >= 1
    assert "Troppi tentativi" in refused.content.decode()
    assert guess(url, password=SECRET, address="203.0.113.9").status_code == 302


def test_page_password_guesses_are_throttled_per_page_across_addresses(protected, settings):
    settings.PAGE_PASSWORD_RATE_PER_PAGE = "5/hour"
    _page, url = protected
    for number in range(5):
        assert guess(url, address=f"203.0.113.{number + 10}").status_code == 200
    assert guess(url, password=SECRET, address="192.0.2.99").status_code == 429


def test_password_reset_emails_are_throttled(django_user_model, settings):
    django_user_model.objects.create_user("redattrice", "redattrice@example.org", "Lomb-4rdia!x9q", is_staff=True)
    settings.PASSWORD_RESET_RATE_PER_EMAIL = "2/hour"
    for _ in range(2):
        response = Client().post("/admin/password_reset/", {"email": "redattrice@example.org"}, REMOTE_ADDR="10.0.0.1")
        assert response.status_code == 302
    refused = Client().post("/admin/password_reset/", {"email": "Redattrice@example.org"}, REMOTE_ADDR="10.0.0.2")
    assert refused.status_code == 429
    assert len(mail.outbox) == 2
    settings.PASSWORD_RESET_RATE_PER_ADDRESS = "3/hour"
    for number in range(3):
        Client().post("/admin/password_reset/", {"email": f"altro-{number}@example.org"}, REMOTE_ADDR="10.0.0.3")
    other = Client().post("/admin/password_reset/", {"email": "nuovo@example.org"}, REMOTE_ADDR="10.0.0.3")
    assert other.status_code == 429


def test_basic_authentication_is_off_on_the_api(django_user_model):
    django_user_model.objects.create_superuser("redattrice", "redattrice@example.org", "Lomb-4rdia!x9q")
    for password in ("sbagliata", "Lomb-4rdia!x9q"):
        credentials = base64.b64encode(f"redattrice:{password}".encode()).decode()
        response = Client().get("/api/v2/pages/", HTTP_AUTHORIZATION=f"Basic {credentials}")
        assert response.status_code == 200  # the header is ignored: anonymous, read-only
        assert "WWW-Authenticate" not in response
