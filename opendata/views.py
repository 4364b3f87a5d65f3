"""/open-data/: the datasets, their formats and columns, the APIs and the feeds."""

from django.shortcuts import render
from django.views.decorators.http import require_GET
from wagtail.models import Locale, Site

from home.models import NetworkPage, SiteSettings
from opendata.catalogue import datasets


@require_GET
def open_data(request):
    site = Site.find_for_request(request) or Site.objects.get(is_default_site=True)
    networks = (
        NetworkPage.objects.live()
        .public()
        .filter(locale=Locale.get_default())
        .select_related("locale")
        .order_by("title")
    )
    return render(
        request,
        "opendata/open_data.html",
        {"datasets": datasets(), "publisher": SiteSettings.for_site(site).organisation_name, "networks": networks},
    )
