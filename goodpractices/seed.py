"""Seed content of the good-practice library."""

from wagtail.models import Locale

from goodpractices.models import GoodPracticeIndexPage
from home.models import HomePage
from home.seed.pages import ensure_page

LIBRARY = {
    "title": "Buone pratiche",
    "slug": "buone-pratiche",
    "intro": (
        "<p>Esempi di buone prassi di welfare aziendale e territoriale dell'intesa conciliazione 2010-2012, "
        "segnalate dalle Reti e inserite all'interno della DGR X/1081.</p>"
    ),
}


def load(stdout=None):
    created = 0
    for home in HomePage.objects.filter(locale=Locale.get_default()):
        created += ensure_page(home, GoodPracticeIndexPage, LIBRARY, show_in_menus=True)[1]
    if stdout is not None:
        stdout.write(f"buone pratiche: {created} pagine create")
    return {"pages": created}
