from django.apps import AppConfig


class GoodPracticesConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "goodpractices"
    verbose_name = "Buone pratiche"

    def ready(self):
        from caching.pagecache import cache_listing_parameters
        from goodpractices.filters import PracticeFilterSet

        cache_listing_parameters(PracticeFilterSet.base_filters)  # the filters of its facet table
