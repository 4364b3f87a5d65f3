from django.apps import AppConfig


class GoodPracticesConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "goodpractices"
    verbose_name = "Buone pratiche"

    def ready(self):
        from goodpractices.filters import PracticeFilterSet
        from webperf.pagecache import cache_listing_parameters

        cache_listing_parameters(PracticeFilterSet.base_filters)  # the filters of its facet table
