"""PostgreSQL only: a GIN index on `title || body` of the search index entries.

modelsearch matches `(title || body) @@ query`. The separate GIN indexes on `title` and
`body` cannot serve that expression, and without statistics on it PostgreSQL estimated
that a query matching most services matched a handful: its plans for the catalogue's facet
counts were nested loops. With this index ANALYZE collects the expression's statistics and
the plans follow the real counts. Other databases: nothing."""

from django.db import migrations

INDEX = "search_indexentry_title_body_gin"


def table(apps):
    return apps.get_model("wagtailsearch", "IndexEntry")._meta.db_table


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {INDEX} ON {table(apps)} USING GIN ((title || body))")


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0002_italian_text_search_configuration"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [migrations.RunPython(create, drop, elidable=False)]
