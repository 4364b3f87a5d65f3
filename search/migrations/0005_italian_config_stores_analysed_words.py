"""PostgreSQL only: the `italian_unaccent` configuration no longer stems. Source-language
text reaches it already analysed in Python (light Italian stems, search.analysis), so it
only splits words, folds accents and lower-cases them. Run `manage.py update_index` after
migrating: entries indexed before hold Snowball stems. Other databases: nothing."""

from django.db import migrations

CONFIG = "italian_unaccent"
TOKEN_TYPES = "asciiword, asciihword, hword_asciipart, word, hword, hword_part"

STORE_ANALYSED = f"ALTER TEXT SEARCH CONFIGURATION {CONFIG} ALTER MAPPING FOR {TOKEN_TYPES} WITH unaccent, simple;"
STEM_WITH_SNOWBALL = (
    f"ALTER TEXT SEARCH CONFIGURATION {CONFIG} ALTER MAPPING FOR asciiword, asciihword, hword_asciipart WITH italian_stem;"
    f"ALTER TEXT SEARCH CONFIGURATION {CONFIG} ALTER MAPPING FOR word, hword, hword_part WITH unaccent, italian_stem;"
)


def store_analysed(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(STORE_ANALYSED)


def stem_with_snowball(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(STEM_WITH_SNOWBALL)


class Migration(migrations.Migration):
    dependencies = [("search", "0004_alias_pages_by_locale_index")]

    operations = [migrations.RunPython(store_analysed, stem_with_snowball, elidable=False)]
