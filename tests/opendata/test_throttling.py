"""Every open-data endpoint shares one per-client rate limit, counted in the cache."""

import threading

import pytest
from django.core.cache import caches

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("path", ["/api/v2/pages/", "/open-data/hsds/", "/open-data/hsds/taxonomies"])
def test_requests_over_the_rate_get_429_with_retry_after(client, settings, path):
    settings.OPENDATA_RATE_LIMIT = "3/minute"
    for _ in range(3):
        assert client.get(path).status_code == 200
    response = client.get(path)
    assert response.status_code == 429
    assert int(response["Retry-After"]) >= 1


def test_each_client_has_its_own_count(client, settings):
    settings.OPENDATA_RATE_LIMIT = "1/minute"
    assert client.get("/open-data/hsds/", REMOTE_ADDR="10.0.0.1").status_code == 200
    assert client.get("/open-data/hsds/", REMOTE_ADDR="10.0.0.1").status_code == 429
    assert client.get("/open-data/hsds/", REMOTE_ADDR="10.0.0.2").status_code == 200


def test_a_forged_forwarded_for_does_not_reset_the_count(client, settings):
    settings.OPENDATA_RATE_LIMIT = "2/minute"
    for forged in ("198.51.100.1", "198.51.100.2"):
        assert client.get("/open-data/hsds/", HTTP_X_FORWARDED_FOR=forged).status_code == 200
    assert client.get("/open-data/hsds/", HTTP_X_FORWARDED_FOR="198.51.100.3").status_code == 429


def test_behind_a_trusted_proxy_the_address_it_saw_counts(client, settings):
    settings.OPENDATA_RATE_LIMIT = "1/minute"
    settings.TRUSTED_PROXY_COUNT = 1
    proxy = {"REMOTE_ADDR": "10.0.0.1"}
    assert client.get("/open-data/hsds/", HTTP_X_FORWARDED_FOR="forged-1, 192.0.2.1", **proxy).status_code == 200
    assert client.get("/open-data/hsds/", HTTP_X_FORWARDED_FOR="forged-2, 192.0.2.1", **proxy).status_code == 429
    assert client.get("/open-data/hsds/", HTTP_X_FORWARDED_FOR="192.0.2.2", **proxy).status_code == 200


@pytest.fixture(params=["local", "redis"])
def shared_cache(request, settings):
    """The shared cache as the test settings have it (local memory), or in a real Redis."""
    if request.param == "redis":
        request.getfixturevalue("redis_cache")
    caches["shared"].clear()
    yield caches["shared"]
    caches["shared"].clear()


def test_two_workers_count_against_one_limit(client, settings, shared_cache):
    """A second worker has a local memory of its own (cleared here) and the shared cache."""
    settings.OPENDATA_RATE_LIMIT = "2/minute"
    assert client.get("/open-data/hsds/").status_code == 200
    caches["default"].clear()
    assert client.get("/open-data/hsds/").status_code == 200
    caches["default"].clear()
    assert client.get("/open-data/hsds/").status_code == 429


def test_concurrent_requests_never_pass_the_limit(settings, redis_cache):
    """Counted with one atomic increment: 40 simultaneous requests, each thread with its own
    Redis client (as separate workers), let exactly the rate through."""
    from django.test import RequestFactory

    from opendata.throttling import OpenDataRateThrottle

    settings.OPENDATA_RATE_LIMIT = "10/minute"
    request = RequestFactory().get("/open-data/hsds/", REMOTE_ADDR="192.0.2.77")
    start = threading.Barrier(40)
    allowed = []

    def one_request():
        start.wait()
        allowed.append(OpenDataRateThrottle().allow_request(request, None))

    threads = [threading.Thread(target=one_request) for _ in range(40)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert allowed.count(True) == 10
