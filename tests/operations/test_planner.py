"""Planner statistics after bulk writes (operations.planner)."""

import pytest
from django.db import connection, connections

from operations.planner import refresh_statistics
from services_catalog.models import ServicePage

pytestmark = pytest.mark.django_db


def statements_sent(monkeypatch, in_atomic_block):
    """The SQL refresh_statistics sends, recorded instead of run (VACUUM cannot run in the
    test's transaction)."""
    sent = []
    monkeypatch.setattr(connections["default"], "in_atomic_block", in_atomic_block)
    with connection.execute_wrapper(lambda execute, sql, params, many, context: sent.append(sql)):
        refresh_statistics(ServicePage)
    return sent


def test_tables_of_the_model_and_its_parents_are_refreshed(monkeypatch):
    sent = statements_sent(monkeypatch, in_atomic_block=True)
    assert sent and all(statement.startswith("ANALYZE") for statement in sent)
    named = " ".join(sent)
    assert '"services_catalog_servicepage"' in named and '"wagtailcore_page"' in named


@pytest.mark.skipif(connection.vendor != "postgresql", reason="VACUUM: PostgreSQL")
def test_postgresql_also_vacuums_outside_a_transaction(monkeypatch):
    assert statements_sent(monkeypatch, in_atomic_block=False) == [
        'VACUUM (ANALYZE) "services_catalog_servicepage", "wagtailcore_page"'
    ]
    assert statements_sent(monkeypatch, in_atomic_block=True)[0].startswith("ANALYZE ")


def test_the_analysis_runs(django_assert_num_queries):
    with django_assert_num_queries(1 if connection.vendor == "postgresql" else 2):
        refresh_statistics(ServicePage)
