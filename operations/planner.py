"""Planner statistics after bulk writes. PostgreSQL's autovacuum analyses a table only after
a while, and SQLite never does by itself; until then a freshly filled table is planned as
if nearly empty (nested loops where a hash join is due: a slower catalogue after the demo
services are generated)."""

from django.db import connection


def refresh_statistics(*models):
    """Updates the planner statistics of the tables of `models` (and their parents'). On
    PostgreSQL, outside a transaction, VACUUM too: it marks the pages all-visible, so that
    index-only scans (services_catalog migration 0003) need not visit the table, as they
    would not after autovacuum's next pass either. VACUUM cannot run in a transaction."""
    tables = sorted({parent._meta.db_table for model in models for parent in (model, *model._meta.get_parent_list())})
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            command = "ANALYZE " if connection.in_atomic_block else "VACUUM (ANALYZE) "
            cursor.execute(command + ", ".join(connection.ops.quote_name(table) for table in tables))
        elif connection.vendor == "sqlite":
            for table in tables:
                cursor.execute("ANALYZE " + connection.ops.quote_name(table))
