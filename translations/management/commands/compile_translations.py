"""Compiles the interface translations (locale/*/LC_MESSAGES/*.po) into .mo files with
polib, so that setup needs no GNU gettext (Django's compilemessages calls msgfmt).
Fuzzy and untranslated entries are left out, as msgfmt does."""

from pathlib import Path

import polib
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = "Compila i file .po delle traduzioni dell'interfaccia in file .mo (senza GNU gettext)."

    def handle(self, *args, **options):
        compiled = 0
        for locale_path in map(Path, settings.LOCALE_PATHS):
            for po_path in sorted(locale_path.glob("*/LC_MESSAGES/*.po")):
                try:
                    catalogue = polib.pofile(str(po_path))
                except (OSError, ValueError) as error:
                    raise CommandError(f"{po_path}: {error}") from error
                catalogue.save_as_mofile(str(po_path.with_suffix(".mo")))
                compiled += 1
                if options["verbosity"] > 1:
                    self.stdout.write(f"{po_path}: {catalogue.percent_translated()}% tradotto")
        self.stdout.write(f"traduzioni: {compiled} file compilati")
