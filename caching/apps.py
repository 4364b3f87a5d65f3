from django.apps import AppConfig


class CachingConfig(AppConfig):
    """The anonymous page cache, the template fragments and per-worker data kept under its
    generation, and the invalidation that renews the generation when public content changes."""

    name = "caching"
    verbose_name = "Cache del sito"

    def ready(self):
        from caching import invalidation
        from caching.fragments import cached_data, kept_in_worker
        from search.memo import register_keeper

        invalidation.connect_signals()
        register_keeper(kept_in_worker, cached_data)
