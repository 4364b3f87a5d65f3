"""search.bulk_indexing, shared by the service import and the demo generator: pages saved while
indexing is paused are not in the index until index_in_bulk adds them, with their taxonomy and
locations, in a number of queries that does not grow with the number of pages."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from home.models import Action, NetworkPage
from search.bulk_indexing import index_in_bulk, per_save_indexing_paused
from services_catalog.models import ServicePage
from tests.factories import ServiceLocationFactory, ServicePageFactory


@pytest.fixture
def lecco(db):
    return NetworkPage.objects.get(slug="lecco", locale__language_code="it")


@pytest.fixture
def nursery(db):
    return Action.objects.get(slug="nido-aziendale", locale__language_code="it")


def services(lecco, action, count, word="Ornitorinco"):
    pages = []
    for number in range(count):
        page = ServicePageFactory(
            parent=lecco, title=f"{word} {number}", actions=[action], objectives=[action.objective]
        )
        ServiceLocationFactory(service=page, municipality="Valmadrera")
        pages.append(page)
    return pages


def found(text):
    return set(ServicePage.objects.live().search(text).get_queryset().values_list("pk", flat=True))


def test_pages_saved_while_paused_are_indexed_in_bulk_with_their_relations(lecco, nursery):
    with per_save_indexing_paused(ServicePage):
        pages = services(lecco, nursery, 3)
    assert not found("ornitorinco")
    index_in_bulk(ServicePage, [page.pk for page in pages])
    pks = {page.pk for page in pages}
    assert found("ornitorinco") == pks
    assert found(f"ornitorinco {nursery.title}") == pks  # the action's title is indexed
    assert found("ornitorinco valmadrera") == pks  # and the location's municipality
    # Outside the block every save indexes the page again.
    later = ServicePageFactory(parent=lecco, title="Ornitorinco dopo")
    assert later.pk in found("ornitorinco")


def test_index_in_bulk_queries_do_not_grow_with_the_pages(lecco, nursery):
    counts = []
    for count, word in ((2, "Ornitorinco"), (6, "Echidna")):
        with per_save_indexing_paused(ServicePage):
            pages = services(lecco, nursery, count, word)
        with CaptureQueriesContext(connection) as queries:
            index_in_bulk(ServicePage, [page.pk for page in pages])
        counts.append(len(queries))
    assert counts[0] == counts[1]
    assert len(found("echidna")) == 6
