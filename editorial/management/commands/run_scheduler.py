"""Runs the site's periodic commands every minute, so scheduled pages go live and expired
services leave the catalogue without anyone starting them (see docs/background-jobs.md)."""

import logging
import time

from django.core.management import call_command, get_commands
from django.core.management.base import BaseCommand

logger = logging.getLogger(__name__)

# In order: Wagtail's scheduled publishing and unpublishing, the services' expiry, and the
# removal of old import files (run only when that command is installed).
PERIODIC_COMMANDS = ("publish_scheduled", "expire_services", "purge_import_files")


def run_periodic_commands(stdout):
    """Runs each available periodic command once; a failing one is logged and the others run."""
    available = get_commands()
    ran = []
    for name in PERIODIC_COMMANDS:
        if name not in available:
            continue
        try:
            call_command(name, stdout=stdout, verbosity=0)
        except Exception:
            logger.exception("Periodic command %s failed", name)
        else:
            ran.append(name)
    return ran


class Command(BaseCommand):
    help = "Esegue ogni minuto la pubblicazione programmata e il ritiro dei servizi scaduti."

    def add_arguments(self, parser):
        parser.add_argument("--interval", type=float, default=60, help="Secondi tra un giro e il successivo.")
        parser.add_argument("--once", action="store_true", help="Un solo giro, poi esce.")

    def handle(self, *args, interval, once, **options):
        while True:
            ran = run_periodic_commands(self.stdout)
            if options["verbosity"] > 1:
                self.stdout.write(f"Eseguiti: {', '.join(ran)}")
            if once:
                return
            time.sleep(interval)
