"""Benchmark of the bulk import: a 10,000-row XLSX into one network, on throwaway databases.

    python bench/import.py [--rows 10000] [--updates 200] [sqlite] [POSTGRESQL_URL ...]

`sqlite` is a database in a temporary directory; for a PostgreSQL URL the benchmark works in
Django's test database next to it (`test_<name>`, created and dropped; the named database is
never touched). Each database is measured in its own process (Django's settings are global):
migrate, seed content, editorial groups, then the import as the admin runs it (preview, then
run_import) and a re-import of --updates of the rows, changed (updates go through Wagtail one
by one). It prints the figures; the target for the import is under 2 minutes."""

import argparse
import io
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGET_SECONDS = 120
THROUGH_API = os.environ.get("BENCH_IMPORT_API") == "1"
ROOT = Path(__file__).resolve().parent.parent


def configure(database_url, workdir):
    sys.path.insert(0, str(ROOT))
    os.environ["DJANGO_SETTINGS_MODULE"] = "conciliazione.settings.test"
    os.environ["DATABASE_URL"] = database_url
    os.environ["MEDIA_ROOT"] = str(Path(workdir) / "media")
    import django

    django.setup()


def spreadsheet(rows, title="Servizio"):
    from openpyxl import Workbook

    from editorial.importer.columns import COLUMNS
    from home.models import Action

    actions = list(Action.objects.filter(locale__language_code="it").values_list("slug", flat=True))
    municipalities = ["Lecco", "Merate", "Calolziocorte", "Valmadrera", "Casatenovo", "Oggiono"]
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet()
    sheet.append([column.header for column in COLUMNS])
    for number in range(1, rows + 1):
        values = {
            "external_id": f"BENCH-{number:06d}",
            "title": f"{title} {number}",
            "short_description": "Servizio generato per la misura delle prestazioni.",
            "actions": actions[number % len(actions)],
            "audiences": "famiglie",
            "how_to": "Telefonare.\nPresentare la domanda.",
            "contact_email": f"servizio{number}@example.org",
            "municipality": municipalities[number % len(municipalities)],
            "provider_name": "Ente di prova",
            "age_min_months": "0",
            "age_max_months": "36",
            "valid_from": "01/09/2025",
        }
        sheet.append([values.get(column.key, "") for column in COLUMNS])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def timed_import(network, editor, content):
    """Preview then import, as the admin does: (seconds to preview, seconds to write, import)."""
    from editorial.importer.runner import preview, run_import
    from editorial.models import ServiceImport

    started = time.perf_counter()
    service_import = preview(network, editor, "bench.xlsx", content)
    previewed = time.perf_counter()
    service_import.status = ServiceImport.Status.RUNNING
    service_import.save(update_fields=["status"])
    run_import.call(service_import.pk, through_api=THROUGH_API)
    finished = time.perf_counter()
    service_import.refresh_from_db()
    return previewed - started, finished - previewed, service_import


def prepare():
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from django.core.management import call_command

    from editorial.groups import network_group_name
    from home.models import NetworkPage

    call_command("migrate", verbosity=0)
    call_command("load_seed_content", "--skip-index", verbosity=0)
    call_command("setup_editorial_groups", verbosity=0)
    network = NetworkPage.objects.get(slug="lecco", locale__language_code="it")
    editor = get_user_model().objects.create_user("bench-lecco", "bench@example.org")
    editor.groups.add(Group.objects.get(name=network_group_name(network)))
    return network, editor


def measure(rows, updates):
    """Runs the benchmark on the configured database; returns the process exit status."""
    from django.db import connection

    from editorial.models import ServiceImport
    from services_catalog.models import ServicePage

    network, editor = prepare()
    content = spreadsheet(rows)
    print(f"  File: {rows:,} righe, {len(content) / 1024 / 1024:.1f} MB (xlsx)", flush=True)
    read, write, service_import = timed_import(network, editor, content)
    written = ServicePage.objects.filter(network=network, external_id__startswith="BENCH-").count()
    total = read + write
    print(f"  Lettura e validazione: {read:.1f} s")
    print(f"  Scrittura ({service_import.status}): {write:.1f} s, {written:,} servizi in bozza")
    print(f"  Totale: {total:.1f} s ({rows / total:.0f} righe/s); obiettivo < {TARGET_SECONDS} s", flush=True)
    if service_import.status != ServiceImport.Status.DONE or written != rows:
        print(f"  ERRORE: {service_import.message}")
        return 1
    if total >= TARGET_SECONDS:
        print(f"  OBIETTIVO NON RAGGIUNTO: {total:.0f} s per {rows:,} righe")
    if updates:
        read, write, service_import = timed_import(network, editor, spreadsheet(updates, title="Servizio rivisto"))
        print(
            f"  Reimportazione di {service_import.updated_count:,} righe (aggiornamenti): "
            f"{read + write:.1f} s ({(read + write) / updates * 1000:.0f} ms per riga)"
        )
    print(f"  Database: {database_version(connection)}")
    return 0


def database_version(connection):
    if connection.vendor == "sqlite":
        return f"SQLite {connection.Database.sqlite_version}"
    with connection.cursor() as cursor:
        cursor.execute("SHOW server_version")
        return f"PostgreSQL {cursor.fetchone()[0]}"


def run_child(database, rows, updates):
    with tempfile.TemporaryDirectory() as workdir:
        if database == "sqlite":
            configure(f"sqlite:///{workdir}/bench.sqlite3", workdir)
            return measure(rows, updates)
        configure(database, workdir)
        from django.db import connection

        original_name = connection.settings_dict["NAME"]
        connection.creation.create_test_db(verbosity=0, autoclobber=True)
        try:
            return measure(rows, updates)
        finally:
            connection.creation.destroy_test_db(original_name, verbosity=0)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=int(os.environ.get("BENCH_IMPORT_ROWS", "10000")))
    parser.add_argument("--updates", type=int, default=200)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("databases", nargs="*", default=["sqlite"])
    args = parser.parse_args()
    if args.child:
        return run_child(args.databases[0], args.rows, args.updates)
    status = 0
    for database in args.databases:
        print(f"Importazione su {'SQLite' if database == 'sqlite' else 'PostgreSQL'}:", flush=True)
        command = [sys.executable, __file__, "--child", "--rows", str(args.rows), "--updates", str(args.updates)]
        status |= subprocess.call([*command, database])  # noqa: S603 (this script, our arguments)
    return status


if __name__ == "__main__":
    sys.exit(main())
