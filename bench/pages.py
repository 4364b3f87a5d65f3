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
    objective = Objective.objects.order_by("number").first()
    audience = Audience.objects.order_by("pk").first()
    return f"/servizi/?q=servizio&obiettivo={objective.slug}&destinatari={audience.slug}&gratuito=1"


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
