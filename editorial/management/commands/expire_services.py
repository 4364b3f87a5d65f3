"""Unpublishes services that are concluded or whose validity has ended. Meant to run on
a schedule (e.g. hourly, with `publish_scheduled`); safe to run at any time."""

from django.core.management.base import BaseCommand
from django.utils import timezone

from editorial.expiry import expire_services


class Command(BaseCommand):
    help = "Ritira dal catalogo i servizi conclusi o scaduti (idempotente)."

    def handle(self, *args, **options):
        expired = expire_services(timezone.localdate())
        for service in expired:
            self.stdout.write(f"Ritirato: {service.title} ({service.network})")
        self.stdout.write(self.style.SUCCESS(f"{len(expired)} servizi ritirati dal catalogo."))
