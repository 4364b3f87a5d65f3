"""An index on Wagtail's page tree by (depth, path).

Treebeard finds a page's children with `depth = d AND path BETWEEN ...`; with only the
unique index on `path`, that scans every descendant (the header menu read the home
page's 10,000 descendants on every request with 10,000 services). Wagtail's own model
declares no such index, so it is created here, on the table Wagtail owns."""

from django.db import migrations

INDEX = "home_wagtailcore_page_depth_path"


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0001_initial"),
        ("wagtailcore", "0001_initial"),
    ]

    operations = [
        migrations.RunSQL(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON wagtailcore_page (depth, path)",
            f"DROP INDEX IF EXISTS {INDEX}",
        ),
    ]
