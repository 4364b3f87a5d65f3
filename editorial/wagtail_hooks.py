"""Admin entries of the editorial tools: bulk import and the «da verificare» report."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from editorial import urls
from editorial.access import networks_for_user, networks_user_can_see


class ImportMenuItem(MenuItem):
    def is_shown(self, request):
        return bool(networks_for_user(request.user))


class FreshnessMenuItem(MenuItem):
    def is_shown(self, request):
        return bool(networks_user_can_see(request.user))


@hooks.register("register_admin_urls")
def register_editorial_urls():
    return [path("redazione/", include(urls))]


@hooks.register("register_admin_menu_item")
def register_import_menu_item():
    return ImportMenuItem(_("Importa servizi"), reverse("editorial_import"), icon_name="upload", order=250)


@hooks.register("register_admin_menu_item")
def register_freshness_menu_item():
    return FreshnessMenuItem(_("Servizi da verificare"), reverse("editorial_freshness"), icon_name="time", order=260)
