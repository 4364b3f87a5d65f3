"""Creates the editors' groups, their permissions and collections, and the regional
approval workflow. Idempotent: `make setup` runs it every time."""

from django.core.management.base import BaseCommand
from django.db import transaction

from editorial.groups import EditorialGroupsSetup
from editorial.workflow import ensure_regional_workflow


class Command(BaseCommand):
    help = "Crea i gruppi di redazione delle reti, i permessi, le raccolte e il flusso di approvazione (idempotente)."

    @transaction.atomic
    def handle(self, *args, **options):
        report = EditorialGroupsSetup().run()
        workflow = ensure_regional_workflow()
        self.stdout.write(
            self.style.SUCCESS(
                f"Redazioni pronte: {report.groups_created} gruppi, {report.collections_created} raccolte, "
                f"{report.permissions_created} permessi creati; flusso «{workflow.name}» assegnato."
            )
        )
