"""Creates demo good practices for benchmarks (marked as demo; never part of the seed)."""

from django.core.management.base import BaseCommand, CommandError

from goodpractices import demo


class Command(BaseCommand):
    help = "Crea buone pratiche dimostrative (contrassegnate come demo) per le prove di carico."

    def add_arguments(self, parser):
        parser.add_argument("--count", type=int, default=100, help="Quante pratiche creare (predefinito 100).")
        parser.add_argument("--seed", type=int, default=None, help="Seme casuale, per risultati ripetibili.")
        parser.add_argument("--delete", action="store_true", help="Elimina tutte le pratiche demo e termina.")

    def handle(self, *args, **options):
        if options["delete"]:
            self.stdout.write(f"Eliminate {demo.delete_all()} pratiche demo.")
            return
        if options["count"] < 1:
            raise CommandError("--count deve essere almeno 1.")
        try:
            created = demo.generate(options["count"], seed=options["seed"])
        except demo.MissingTaxonomy as missing:
            raise CommandError(
                f"Mancano dati di base ({missing}): eseguire prima `manage.py load_seed_content`."
            ) from missing
        self.stdout.write(self.style.SUCCESS(f"Create {created} pratiche demo."))
