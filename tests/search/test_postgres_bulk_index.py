"""search.backends.postgres_bulk writes the index entries modelsearch's PostgreSQL indexer
writes, for demo service sheets (rich text, taxonomy, locations, autocomplete)."""

import pytest
from django.db import connection
from modelsearch.backends import get_search_backend
from modelsearch.backends.database.postgres.postgres import PostgresIndex
from wagtail.search.models import IndexEntry

from search.backends.analysed import analysed_object
from search.backends.postgres_bulk import MemoisedPostgresIndex
from search.bulk_indexing import indexed_objects
from services_catalog import demo
from services_catalog.models import ServicePage

pytestmark = pytest.mark.skipif(connection.vendor != "postgresql", reason="indice di PostgreSQL")


def entries(pages):
    rows = IndexEntry.objects.filter(object_id__in=[str(page.pk) for page in pages]).order_by("object_id")
    return list(rows.values("object_id", "title", "autocomplete", "body", "title_text", "body_text"))


def indexed_with(index_class, pages):
    IndexEntry.objects.all().delete()
    backend = get_search_backend()
    index_class(backend).add_items(ServicePage, [analysed_object(page) for page in pages])
    return entries(pages)


def test_the_memoised_index_writes_modelsearchs_entries(db):
    demo.create_demo_services(10, seed=5)
    pages = list(indexed_objects(ServicePage).filter(is_demo=True))
    assert len(pages) == 10 and all(page.locations.all() for page in pages)
    expected = indexed_with(PostgresIndex, pages)
    assert len(expected) == 10 and any(entry["body"] for entry in expected)
    assert indexed_with(MemoisedPostgresIndex, pages) == expected
