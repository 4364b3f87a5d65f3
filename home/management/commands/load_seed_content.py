"""Loads the real seed content of every app, in the order of settings.SEED_LOADERS,
then rebuilds the search index. Idempotent: a second run creates nothing."""

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.utils.module_loading import import_string


class Command(BaseCommand):
    help = "Carica i contenuti reali del sito (idempotente)."

    def add_arguments(self, parser):
        parser.add_argument("--skip-index", action="store_true", help="Non ricostruire l'indice di ricerca.")

    def handle(self, *args, **options):
        for dotted_path in settings.SEED_LOADERS:
            import_string(dotted_path)(stdout=self.stdout)
        if not options["skip_index"]:
            call_command("update_index", verbosity=0)
        self.stdout.write(self.style.SUCCESS("Contenuti caricati."))
