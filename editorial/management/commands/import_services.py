"""Imports services from a CSV or XLSX file into one network, as the admin view does:
every rejected row is listed first; then all valid rows are written in one transaction,
or nothing (--dry-run, or --only-if-valid when any row is rejected)."""

from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from editorial.importer.reader import MalformedFile
from editorial.importer.runner import preview, run_import
from editorial.models import ServiceImport
from home.models import NetworkPage


class Command(BaseCommand):
    help = "Importa servizi da un file CSV o XLSX in una rete (righe valide tutte insieme, o nessuna)."

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path)
        parser.add_argument("--network", required=True, help="Slug della rete, ad esempio «lecco».")
        parser.add_argument("--user", required=True, help="Utente a nome del quale si importa (redattore della rete).")
        parser.add_argument("--dry-run", action="store_true", help="Solo anteprima: non scrive nulla.")
        parser.add_argument(
            "--only-if-valid", action="store_true", help="Non scrive nulla se anche una sola riga è scartata."
        )

    def handle(self, *args, file, network, user, dry_run, only_if_valid, **options):
        network_page = NetworkPage.objects.filter(slug=network, locale__language_code="it").first()
        if network_page is None:
            raise CommandError(f"Rete sconosciuta: {network}")
        editor = get_user_model().objects.filter(username=user).first()
        if editor is None:
            raise CommandError(f"Utente sconosciuto: {user}")
        if not network_page.permissions_for_user(editor).can_add_subpage():
            raise CommandError(f"{user} non può aggiungere pagine nella rete {network_page.title}.")
        try:
            content = file.read_bytes()
        except OSError as error:
            raise CommandError(f"File non leggibile: {error}") from error
        try:
            service_import = preview(network_page, editor, file.name, content)
        except MalformedFile as error:
            raise CommandError(str(error)) from error
        self.report_preview(service_import)
        if dry_run or (only_if_valid and service_import.rejected) or not service_import.valid_rows:
            service_import.status = ServiceImport.Status.CANCELLED
            service_import.file.delete(save=False)
            service_import.save()
            self.stdout.write("Nessun servizio scritto.")
            return
        service_import.status = ServiceImport.Status.RUNNING
        service_import.save(update_fields=["status"])
        run_import.call(service_import.pk, on_progress=self.progress)
        service_import.refresh_from_db()
        if service_import.status != ServiceImport.Status.DONE:
            raise CommandError(service_import.message)
        self.stdout.write(
            self.style.SUCCESS(
                f"Importati {service_import.created_count} servizi nuovi e {service_import.updated_count} "
                "aggiornati, in bozza e inviati all'approvazione."
            )
        )

    def report_preview(self, service_import):
        self.stdout.write(
            f"{service_import.total_rows} righe: {service_import.valid_rows} valide "
            f"({service_import.to_create} nuove, {service_import.to_update} da aggiornare), "
            f"{service_import.rejected_count} scartate."
        )
        for row in service_import.rejected:
            self.stdout.write(f"  riga {row['line']} [{row['external_id']}]: " + "; ".join(row["errors"]))

    def progress(self, done):
        self.stdout.write(f"  … {done} righe scritte")
