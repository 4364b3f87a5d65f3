from django.apps import AppConfig


class GoodPracticesConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "goodpractices"
    verbose_name = "Buone pratiche"
