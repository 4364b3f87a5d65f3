"""An index of the alias pages of each locale: (locale_id) WHERE alias_of_id IS NOT NULL, on
Wagtail's page table.

Every catalogue, library and search request lists the aliases of its language to leave
them out (search.locale_filters.searchable_in_language). Aliases are rare, but SQLite
answered that query through the locale index, visiting every page of the language on every
such request. With this partial index, which holds only the aliases, the query reads a
handful of entries. SQLite and PostgreSQL both support partial indexes."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0003_indexentry_title_body_index"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.RunSQL(
            "CREATE INDEX IF NOT EXISTS search_alias_pages_by_locale ON wagtailcore_page (locale_id) "
            "WHERE alias_of_id IS NOT NULL",
            "DROP INDEX IF EXISTS search_alias_pages_by_locale",
            elidable=False,
        )
    ]
