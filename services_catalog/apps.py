from django.apps import AppConfig


class ServicesCatalogConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "services_catalog"
    verbose_name = "Catalogo dei servizi"
