"""Admin integration: the «schede servizio da completare» dashboard panel."""

from django.db.models import Q
from wagtail import hooks
from wagtail.admin.ui.components import Component

from services_catalog.models import ServicePage

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


class IncompleteServicesPanel(Component):
    name = "incomplete_services"
    order = 160
    template_name = "services_catalog/admin/incomplete_services_panel.html"

    def get_context_data(self, parent_context):
        services = incomplete_services()
        rows = services.select_related("network").prefetch_related("locations__hours")[:PANEL_ROWS]
        return {"rows": [(service, service.missing_information()) for service in rows], "total": services.count()}


@hooks.register("construct_homepage_panels")
def add_incomplete_services_panel(request, panels):
    panels.append(IncompleteServicesPanel())
