from django.apps import AppConfig
from django.db.models.signals import post_migrate


class HomeConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "home"
    verbose_name = "Sito e reti"

    def ready(self):
        from wagtail.signals import post_page_move

        from home.models.network_owned import update_networks_after_move
        from home.site_url import sync_default_site

        post_migrate.connect(sync_default_site, sender=self, dispatch_uid="home.sync_default_site")
        post_page_move.connect(update_networks_after_move, dispatch_uid="home.update_networks_after_move")
