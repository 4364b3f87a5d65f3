from django.apps import AppConfig


class WebperfConfig(AppConfig):
    """Cross-cutting web concerns: security headers, request limits, the anonymous
    page cache and its invalidation, and the answer given when the database is down."""

    name = "webperf"
    verbose_name = "Prestazioni e sicurezza del sito"

    def ready(self):
        from search.memo import register_keeper
        from webperf import invalidation
        from webperf.fragments import cached_data, kept_in_worker

        invalidation.connect_signals()
        register_keeper(kept_in_worker, cached_data)
