from django.apps import AppConfig


class ServicesCatalogConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "services_catalog"
    verbose_name = "Catalogo dei servizi"

    def ready(self):
        from caching.pagecache import cache_listing_parameters
        from services_catalog.filters import service_filterset

        cache_listing_parameters(service_filterset().base_filters)  # the filters of its facet table
