"""Every open-data endpoint shares one per-client rate limit, counted in the cache."""

import pytest

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
