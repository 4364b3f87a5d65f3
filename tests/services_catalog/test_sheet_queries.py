"""A service sheet reads the database a fixed number of times, however many services,
objectives, measures, locations and opening hours there are (a sheet served uncached), both
when its page-only parts are rendered (its first visit after a content change) and when they
are kept (services_catalog.sheet_cache)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from home.models import Action, Audience, Objective
from services_catalog import sheet_cache
from tests.factories import OpeningHoursFactory, ServiceLocationFactory, ServicePageFactory

MAX_SHEET_QUERIES = 15


def queries_of(client, url):
    client.get(url)  # per-process caches warm, as in a running worker
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured.captured_queries)


def full_sheet(network, objectives, actions, audiences):
    service = ServicePageFactory(parent=network, objectives=objectives, actions=actions, audiences=audiences)
    for number in range(3):
        location = ServiceLocationFactory(service=service, municipality=f"Comune {number}")
        for weekday in range(5):
            OpeningHoursFactory(location=location, weekday=weekday)
    return service


@pytest.mark.django_db
@pytest.mark.usefixtures("fragments_on")
@pytest.mark.parametrize("parts_kept", [False, True], ids=["parts rendered", "parts kept"])
def test_a_full_sheet_stays_within_the_query_budget_whatever_the_catalogue_size(
    client, network, parts_kept, monkeypatch
):
    if not parts_kept:
        monkeypatch.setattr(sheet_cache, "cached_data", lambda _key, compute: compute())
    objectives = list(Objective.objects.filter(locale__language_code="it")[:3])
    actions = list(Action.objects.filter(objective__in=objectives)[:4])
    audiences = list(Audience.objects.filter(locale__language_code="it")[:2])
    sheet = full_sheet(network, objectives, actions, audiences)
    few = queries_of(client, sheet.url)
    for _ in range(12):
        full_sheet(network, objectives, actions, audiences)
    many = queries_of(client, sheet.url)
    assert many == few, f"{few} queries with few services, {many} with more"
    assert many <= MAX_SHEET_QUERIES
