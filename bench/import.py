"""Benchmark of the bulk import: a 10,000-row XLSX into one network, on a throwaway
database (SQLite in a temporary directory unless BENCH_DATABASE_URL is set).
Prints how long reading/validating and writing take; the target is under 2 minutes."""

import io
import os
import sys
import tempfile
import time
from pathlib import Path

ROWS = int(os.environ.get("BENCH_IMPORT_ROWS", "10000"))
TARGET_SECONDS = 120
ROOT = Path(__file__).resolve().parent.parent


def configure(workdir):
    sys.path.insert(0, str(ROOT))
    os.environ["DJANGO_SETTINGS_MODULE"] = "conciliazione.settings.test"
    os.environ["DATABASE_URL"] = os.environ.get("BENCH_DATABASE_URL", f"sqlite:///{workdir}/bench.sqlite3")
    os.environ["MEDIA_ROOT"] = str(Path(workdir) / "media")
    import django

    django.setup()


def spreadsheet(rows):
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
            "title": f"Servizio {number}",
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


def main():
    with tempfile.TemporaryDirectory() as workdir:
        configure(workdir)
        from django.contrib.auth import get_user_model
        from django.contrib.auth.models import Group
        from django.core.management import call_command

        call_command("migrate", verbosity=0)
        call_command("load_seed_content", "--skip-index", verbosity=0)
        call_command("setup_editorial_groups", verbosity=0)

        from editorial.groups import network_group_name
        from editorial.importer.runner import preview, run_import
        from editorial.models import ServiceImport
        from home.models import NetworkPage
        from services_catalog.models import ServicePage

        network = NetworkPage.objects.get(slug="lecco")
        editor = get_user_model().objects.create_user("bench-lecco", "bench@example.org")
        editor.groups.add(Group.objects.get(name=network_group_name(network)))
        content = spreadsheet(ROWS)
        print(f"File: {ROWS:,} righe, {len(content) / 1024 / 1024:.1f} MB (xlsx)")

        started = time.perf_counter()
        service_import = preview(network, editor, "bench.xlsx", content)
        previewed = time.perf_counter()
        service_import.status = ServiceImport.Status.RUNNING
        service_import.save(update_fields=["status"])
        run_import.call(service_import.pk)
        finished = time.perf_counter()

        service_import.refresh_from_db()
        written = ServicePage.objects.filter(network=network).count()
        total = finished - started
        print(f"Lettura e validazione: {previewed - started:.1f} s")
        print(f"Scrittura ({service_import.status}): {finished - previewed:.1f} s, {written:,} servizi in bozza")
        print(f"Totale: {total:.1f} s ({ROWS / total:.0f} righe/s); obiettivo < {TARGET_SECONDS} s")
        if service_import.status != ServiceImport.Status.DONE or written != ROWS:
            print(f"ERRORE: {service_import.message}")
            return 1
        if total >= TARGET_SECONDS:
            print(f"OBIETTIVO NON RAGGIUNTO: {total:.0f} s per {ROWS:,} righe")
        return 0


if __name__ == "__main__":
    sys.exit(main())
