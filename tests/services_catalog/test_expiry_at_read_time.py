"""A service whose validity is over leaves every public list the day it expires, and its
sheet says it ended, before the periodic `expire_services` unpublishes it."""

import datetime

import pytest
from django.utils import timezone

from home.models import NetworkPage, Objective
from tests.factories import ServicePageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def expired_and_current(db):
    lecco = NetworkPage.objects.get(slug="lecco", locale__language_code="it")
    objective = Objective.objects.get(slug="percorso-professionale", locale=lecco.locale)
    yesterday = timezone.localdate() - datetime.timedelta(days=1)
    expired = ServicePageFactory(
        parent=lecco, title="Servizio scaduto ieri", valid_to=yesterday, objectives=[objective]
    )
    current = ServicePageFactory(parent=lecco, title="Servizio in corso", objectives=[objective])
    return expired, current


def test_an_expired_service_is_in_no_public_list(client, expired_and_current):
    expired, current = expired_and_current
    assert expired.live  # not unpublished yet: the periodic task has not run
    assert expired not in current.related_services(limit=50)
    for url in ("/servizi/", "/servizi/?q=scaduto", expired.network.url, "/open-data/servizi.csv"):
        assert "Servizio scaduto ieri" not in client.get(url).content.decode(), url
    api = client.get("/api/v2/services/", {"limit": 50, "search": "scaduto"}).json()
    assert expired.pk not in {item["id"] for item in api["items"]}
    assert client.get(f"/open-data/hsds/services/{expired.uuid}").status_code == 404


def test_an_expired_service_sheet_says_it_ended(client, expired_and_current):
    expired, _current = expired_and_current
    html = client.get(expired.url).content.decode()
    assert "Servizio Concluso" in html or "Servizio concluso" in html
    assert "Attivo" not in html
