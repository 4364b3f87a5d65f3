"""Prints, as JSON, the URLs the benchmark requests, chosen from the bench database: a
service sheet, the catalogue with a query and three filters, the library, search and
the API (whichever of the APIs this build serves)."""

import json
import os
import sys

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "conciliazione.settings.production")
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
django.setup()

from django.db.models import Count  # noqa: E402
from django.test import Client  # noqa: E402
from wagtail.models import Page  # noqa: E402

from home.models import Audience, Objective  # noqa: E402

API_CANDIDATES = ["/open-data/hsds/services?per_page=20", "/api/v2/pages/?type=services_catalog.ServicePage"]


def first_answering(client, urls):
    for url in urls:
        if client.get(url).status_code == 200:
            return url
    return None


def service_sheet():
    from services_catalog.models import ServicePage

    service = ServicePage.objects.live().filter(is_demo=True).order_by("pk").first()
    return service.url if service else None


def catalogue():
    """A query and three filters that list results: the objective and audience sharing the
    most free services (the first objective and audience share none among the demo services,
    and an empty page skips the work of listing 20 services)."""
    from services_catalog.models import ServicePage

    pair = (
        ServicePage.objects.live()
        .filter(is_free=True, objectives__isnull=False, audiences__isnull=False)
        .values("objectives__slug", "audiences__slug")
        .annotate(services=Count("pk"))
        .order_by("-services", "objectives__slug", "audiences__slug")
        .first()
    )
    if pair is None:
        objective, audience = Objective.objects.order_by("number").first(), Audience.objects.order_by("pk").first()
        pair = {"objectives__slug": objective.slug, "audiences__slug": audience.slug}
    return f"/servizi/?q=servizio&obiettivo={pair['objectives__slug']}&destinatari={pair['audiences__slug']}&gratuito=1"


if __name__ == "__main__":
    client = Client(HTTP_HOST="127.0.0.1")
    pages = {
        "home": "/",
        "catalogo (q + 3 filtri)": catalogue(),
        "scheda servizio": service_sheet(),
        "buone pratiche": "/buone-pratiche/",
        "ricerca": "/cerca/?q=nido",
        "API": first_answering(client, API_CANDIDATES),
    }
    assert Page.objects.live().count() > 1
    print(json.dumps({name: url for name, url in pages.items() if url}))
