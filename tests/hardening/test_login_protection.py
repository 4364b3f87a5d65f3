"""Brute-force protection of the editors' login (django-axes)."""

import pytest
from axes.handlers.proxy import AxesProxyHandler
from django.test import Client

pytestmark = pytest.mark.django_db
PASSWORD = "Lomb-4rdia!x9q-editor"


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_superuser("redattrice", "redattrice@example.org", PASSWORD)


@pytest.fixture(autouse=True)
def fresh_counters():
    AxesProxyHandler.reset_attempts()
    yield
    AxesProxyHandler.reset_attempts()


def login(client, username, password, address="198.51.100.7"):
    return client.post("/admin/login/", {"username": username, "password": password}, REMOTE_ADDR=address)


def fail_until_locked(client, settings, username="redattrice", address="198.51.100.7"):
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        response = login(client, username, "sbagliata", address)
        assert response.status_code == 200 and "_auth_user_id" not in client.session
    return login(client, username, "sbagliata", address)


def assert_locked(response):
    assert response.status_code == 429
    assert "Accesso temporaneamente bloccato" in response.content.decode()


def test_correct_password_logs_in(client, editor):
    response = login(client, "redattrice", PASSWORD)
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(editor.pk)


def test_login_is_locked_after_the_failure_limit_even_with_the_right_password(client, editor, settings):
    assert_locked(fail_until_locked(client, settings))
    locked = login(Client(), "redattrice", PASSWORD)
    assert_locked(locked)


def test_one_address_spraying_many_accounts_is_locked_out(client, editor, settings):
    for number in range(settings.AXES_FAILURE_LIMIT):
        login(client, f"utente-{number}", "sbagliata")
    assert_locked(login(Client(), "redattrice", PASSWORD))
    assert login(Client(), "redattrice", PASSWORD, address="203.0.113.9").status_code == 302


def test_one_account_guessed_from_many_addresses_is_locked_out(client, editor, settings):
    for number in range(settings.AXES_FAILURE_LIMIT):
        login(Client(), "redattrice", "sbagliata", address=f"203.0.113.{number + 10}")
    assert_locked(login(Client(), "redattrice", PASSWORD, address="192.0.2.200"))


def test_a_success_before_the_limit_resets_the_counter(client, editor, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        login(client, "redattrice", "sbagliata")
    assert login(client, "redattrice", PASSWORD).status_code == 302
    assert login(Client(), "redattrice", "sbagliata").status_code == 200


def test_lockout_with_counters_in_real_redis(client, editor, settings, redis_cache):
    settings.AXES_HANDLER = "axes.handlers.cache.AxesCacheHandler"
    assert_locked(fail_until_locked(client, settings))
    assert_locked(login(Client(), "redattrice", PASSWORD))
    from django_redis import get_redis_connection

    assert get_redis_connection("shared").keys("conciliazione-test-*axes*")


def test_behind_a_trusted_proxy_the_forwarded_address_counts(client, editor, settings, django_user_model):
    settings.TRUSTED_PROXY_COUNT = 1
    for _ in range(settings.AXES_FAILURE_LIMIT):
        client.post(
            "/admin/login/",
            {"username": "redattrice", "password": "sbagliata"},
            REMOTE_ADDR="10.0.0.1",
            HTTP_X_FORWARDED_FOR="forged, 192.0.2.1",
        )
    django_user_model.objects.create_user("collega", "collega@example.org", PASSWORD, is_superuser=True)
    other_visitor = Client().post(
        "/admin/login/",
        {"username": "collega", "password": PASSWORD},
        REMOTE_ADDR="10.0.0.1",
        HTTP_X_FORWARDED_FOR="192.0.2.50",
    )
    assert other_visitor.status_code == 302
    attacker = Client().post(
        "/admin/login/",
        {"username": "collega", "password": PASSWORD},
        REMOTE_ADDR="10.0.0.1",
        HTTP_X_FORWARDED_FOR="another-forgery, 192.0.2.1",
    )
    assert_locked(attacker)
