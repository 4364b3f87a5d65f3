from django.apps import AppConfig


class SearchConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "search"
    verbose_name = "Ricerca"

    def ready(self):
        from search import synonyms  # noqa: F401 (connects the cache invalidation signals)
