"""The alias pages of a language are found through their own partial index (search
migration 0004), not by visiting every page of the language."""

import pytest
from django.db import connection
from wagtail.models import Locale, Page

from search.locale_filters import searchable_in_language

pytestmark = pytest.mark.django_db

INDEX = "search_alias_pages_by_locale"


def test_the_index_exists():
    with connection.cursor() as cursor:
        indexes = connection.introspection.get_constraints(cursor, Page._meta.db_table)
    assert INDEX in indexes
    assert indexes[INDEX]["columns"] == ["locale_id"]


@pytest.mark.skipif(connection.vendor != "sqlite", reason="piano di SQLite")
def test_sqlite_reads_the_aliases_through_it():
    aliases = Page.objects.filter(locale=Locale.get_default(), alias_of__isnull=False).order_by().values("id")
    sql, params = aliases.query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN QUERY PLAN {sql}", params)
        plan = " ".join(str(row[-1]) for row in cursor.fetchall())
    assert INDEX in plan


def test_aliases_are_still_left_out(page_by_path):
    networks = page_by_path("/reti/")
    alias = networks.create_alias(update_slug="reti-alias")
    kept = set(searchable_in_language(Page.objects.all()).values_list("pk", flat=True))
    assert networks.pk in kept
    assert alias.pk not in kept


def test_a_new_alias_is_left_out_although_the_worker_keeps_the_list(
    page_by_path, settings, django_capture_on_commit_callbacks, django_assert_num_queries
):
    settings.FRAGMENT_CACHE_TIMEOUT = 600
    before = set(searchable_in_language(Page.objects.all()).values_list("pk", flat=True))
    networks = page_by_path("/reti/")
    with django_capture_on_commit_callbacks(execute=True):
        alias = networks.create_alias(update_slug="reti-alias-nuovo")
    assert alias.live
    kept = set(searchable_in_language(Page.objects.all()).values_list("pk", flat=True))
    assert alias.pk not in kept
    assert kept == before
    italian = Locale.get_default()
    with django_assert_num_queries(0):  # the list is kept: building the queryset asks nothing
        searchable_in_language(Page.objects.all(), italian)
