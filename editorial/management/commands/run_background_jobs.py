"""Keeps the site's background processes running beside the web server: the import worker
and the scheduler, each restarted with a growing pause when it dies (see
docs/background-jobs.md). `make run`, `make dev` and compose's worker start it."""

import signal
import sys
import time

from django.core.management.base import BaseCommand

from editorial.supervisor import Supervisor, manage_py_job

BACKGROUND_JOBS = {
    "importazioni": ("db_worker", "--backend", "imports"),
    "pianificatore": ("run_scheduler",),
}


class Command(BaseCommand):
    help = "Avvia e tiene in vita il worker delle importazioni e il pianificatore (riavvio con attesa crescente)."

    def handle(self, *args, **options):
        supervisor = Supervisor([manage_py_job(name, *argv) for name, argv in BACKGROUND_JOBS.items()], log=self.log)

        def stop(signum, frame):
            supervisor.stop()
            sys.exit(0)

        signal.signal(signal.SIGTERM, stop)
        signal.signal(signal.SIGINT, stop)
        supervisor.start()
        while True:
            supervisor.check()
            time.sleep(1)

    def log(self, message):
        self.stderr.write(message)
