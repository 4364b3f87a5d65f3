from django.apps import AppConfig


class OperationsConfig(AppConfig):
    """Running the site: the health check, the answer given when the database is down, the
    database's planner statistics after bulk writes."""

    name = "operations"
    verbose_name = "Gestione del servizio"
