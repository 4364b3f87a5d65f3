"""Wagtail integration: the «schede servizio da completare» dashboard panel, the services
section of a network page, the needs section of the home page and the need shortcut of site
search."""

from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail import hooks
from wagtail.models import Locale

from home.admin_panels import IncompletePagesPanel
from home.home_sections import HOOK_NAME as HOME_PAGE_SECTION
from home.i18n import source_language_version
from home.network_sections import HOOK_NAME as NETWORK_PAGE_SECTION
from search.query import query_stems
from search.shortcuts import HOOK_NAME as SEARCH_SHORTCUT
from search.synonyms import synonym_table
from services_catalog.back_link import kept_catalogue_path
from services_catalog.models import ServicePage
from services_catalog.needs import need_choices, needs_typed_in

PANEL_ROWS = 30


def incomplete_services():
    """Services lacking what the sheet needs (checked in the database, then detailed per page)."""
    lacking = (
        Q(contact_phone="", contact_email="", contact_website="")
        | Q(locations__isnull=True)
        | Q(last_verified__isnull=True)
        | Q(how_to="")
    )
    return ServicePage.objects.filter(pk__in=ServicePage.objects.filter(lacking).values("pk")).order_by("path")


class IncompleteServicesPanel(IncompletePagesPanel):
    name = "incomplete_services"
    order = 160
    heading = _("Schede servizio da completare")
    page_label = _("Servizio")
    all_complete = _("Tutte le schede servizio hanno le informazioni essenziali.")
    limit = PANEL_ROWS

    def pages(self):
        return incomplete_services().select_related("network").prefetch_related("locations__hours")

    def count_message(self, total):
        return ngettext("%(count)d scheda da completare.", "%(count)d schede da completare.", total) % {"count": total}


@hooks.register("construct_homepage_panels")
def add_incomplete_services_panel(request, panels):
    panels.append(IncompleteServicesPanel(request.user))


@hooks.register(NETWORK_PAGE_SECTION, order=10)
def network_services_section(network):
    """The live services of one network, for its page."""
    services = (
        ServicePage.objects.live()
        .public()
        .current()
        .filter(network=network)
        .order_by("title")
        .only("title", "url_path", "short_description", "path", "depth", "locale_id")
    )
    return "services_catalog/components/network_services.html", {"services": services}


@hooks.register(HOME_PAGE_SECTION, order=10)
def home_needs_section(page, request):
    """«Il tuo comune» and one button per need, sent to the catalogue's results: a visitor's
    first tap from the home page lands on matching services, nearest first. On a translation
    the form sends to the catalogue of the language the sheets are written in, and says so."""
    source_home = source_language_version(page)
    catalogue_url = kept_catalogue_path((source_home or page).locale_id, request)
    if not catalogue_url:
        return None
    return "services_catalog/components/home_needs.html", {
        "catalogue_url": catalogue_url,
        "needs": need_choices(),
        "results_in_source_language": source_home is not None,
    }


@hooks.register(SEARCH_SHORTCUT)
def need_near_you_shortcut(text, request):
    """For a site search naming a need («asilo nido», «badante», «summer camp»): that need's
    services in the catalogue, nearest to the visitor's municipality first. The catalogue is the
    one of the language the sheets are written in; from another language the shortcut says so."""
    needs = needs_typed_in(query_stems(text, synonym_table()))
    if not needs:  # most searches: no query asked
        return None
    default = Locale.get_default()
    catalogue_url = kept_catalogue_path(default.pk, request)
    if not catalogue_url:
        return None
    return "services_catalog/components/search_need_shortcut.html", {
        "catalogue_url": catalogue_url,
        "needs": needs,
        "results_in_source_language": Locale.get_active().pk != default.pk,
    }
