"""An index of the live pages of each locale: (locale_id, id) WHERE live, on Wagtail's page table.

Every public list filters pages on `live` and `locale_id` and joins them by id: the
catalogue's facet statement read the whole page table (wide rows) for it on PostgreSQL.
With this index, once the table is vacuumed (autovacuum, or operations.planner after bulk
writes), PostgreSQL reads the ids from the index alone. SQLite and PostgreSQL both support
partial indexes."""

from django.db import migrations

INDEX = "catalogue_live_pages_by_locale"


def table(apps):
    return apps.get_model("wagtailcore", "Page")._meta.db_table


def create(apps, schema_editor):
    quote = schema_editor.connection.ops.quote_name
    schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {INDEX} ON {quote(table(apps))} (locale_id, id) WHERE live")


def drop(apps, schema_editor):
    schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [
        ("services_catalog", "0002_service_page"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(create, drop, elidable=False)]
