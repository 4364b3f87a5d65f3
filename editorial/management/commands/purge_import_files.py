"""Deletes the import files older than a day (editorial.uploads.purge_old_import_files)."""

from django.core.management.base import BaseCommand

from editorial.uploads import purge_old_import_files


class Command(BaseCommand):
    help = "Elimina i file di importazione più vecchi di un giorno."

    def handle(self, *args, **options):
        deleted = purge_old_import_files()
        if options["verbosity"]:
            self.stdout.write(f"{deleted} file di importazione eliminati.")
