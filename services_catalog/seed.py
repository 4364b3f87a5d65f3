"""Seed content of the service catalogue."""

from wagtail.models import Locale

from home.models import HomePage
from home.seed.pages import ensure_page
from services_catalog.models import ServiceIndexPage

CATALOGUE = {
    "title": "Servizi di conciliazione",
    "slug": "servizi",
    "intro": (
        "<p>I servizi di conciliazione famiglia-lavoro delle Reti territoriali: per le famiglie "
        "(prima infanzia, dopo scuola, centri estivi, cura di persone non autosufficienti, sportelli, "
        "voucher) e per le imprese (welfare aziendale).</p>"
    ),
}


def load(stdout=None):
    created = 0
    for home in HomePage.objects.filter(locale=Locale.get_default()):
        created += ensure_page(home, ServiceIndexPage, CATALOGUE, show_in_menus=True)[1]
    if stdout is not None:
        stdout.write(f"servizi: {created} pagine create")
    return {"pages": created}
