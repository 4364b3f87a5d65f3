"""The record of searches: written by the worker in the background and at exit, never at the
exit of a process that does not write in the background (the tests: their database is gone)."""

import pytest
from wagtail.contrib.search_promotions.models import Query

from search.hits import _pending, flush_at_exit, flush_search_hits, record_hit

pytestmark = pytest.mark.django_db


def test_exit_writes_only_where_the_worker_writes_in_the_background(settings):
    settings.SEARCH_HITS_FLUSH_SECONDS = 0
    record_hit("centri estivi")
    flush_at_exit()
    assert not Query.objects.filter(query_string="centri estivi").exists()
    assert _pending  # kept for whoever flushes
    settings.SEARCH_HITS_FLUSH_SECONDS = 3600
    flush_at_exit()
    assert Query.objects.get(query_string="centri estivi").hits == 1
    assert flush_search_hits() == 0
