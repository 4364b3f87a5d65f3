"""Creates demo service sheets (marked `is_demo`) for tests and benchmarks.
Never run by `make run`: demo data must not reach the public site."""

from django.core.management.base import BaseCommand, CommandError

from services_catalog import demo


def demo_count(value):
    count = int(value)
    if not 0 <= count <= 100_000:
        raise ValueError(value)
    return count


class Command(BaseCommand):
    help = "Crea schede servizio dimostrative (is_demo) distribuite su reti e tassonomia."

    def add_arguments(self, parser):
        parser.add_argument("--count", type=demo_count, default=100, help="Quante schede creare (0-100000).")
        parser.add_argument("--seed", type=int, default=1081, help="Seme del generatore casuale.")
        parser.add_argument("--delete", action="store_true", help="Elimina prima le schede dimostrative esistenti.")

    def handle(self, *args, count, seed, delete, **options):
        if delete:
            removed = demo.delete_demo_services()
            self.stdout.write(f"{removed} schede dimostrative eliminate.")
        if not count:
            return
        try:
            created = demo.generate(count, seed=seed)
        except ValueError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(self.style.SUCCESS(f"{created} schede dimostrative create."))
