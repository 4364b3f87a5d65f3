"""Seed content of the service catalogue: the index page at /servizi/ and the services
the source names, each in its network. Idempotent: a page found by its slug under its
parent is left as it is (editors' changes stay)."""

import datetime

from django.db import transaction
from wagtail.models import Locale

from home.models import Action, Audience, HomePage, NetworkPage, Objective
from home.seed.pages import ensure_page
from services_catalog.models import ServiceIndexPage, ServicePage, ServiceStatus
from services_catalog.pages import add_child_page
from services_catalog.seed_services import SERVICES, SOURCE_NOTE, status_note

CATALOGUE = {
    "title": "Servizi di conciliazione",
    "slug": "servizi",
    "intro": (
        "<p>I servizi di conciliazione famiglia-lavoro delle Reti territoriali: per le famiglie "
        "(prima infanzia, dopo scuola, centri estivi, cura di persone non autosufficienti, sportelli, "
        "voucher) e per le imprese (welfare aziendale).</p>"
    ),
}
SECTIONS = ("target_audience", "how_to", "requirements", "outcome", "deadlines")
DIRECTORY = ("age_min_months", "age_max_months", "provider_name", "provider_kind", "status", "status_reason")
DATES = ("valid_from", "valid_to")


def service_page(data):
    """An unsaved ServicePage from one SERVICES entry (taxonomy is attached by the caller)."""
    fields = {name: data.get(name, "") for name in SECTIONS}
    if data.get("source"):
        fields["outcome"] = fields["outcome"] + SOURCE_NOTE
    # The source confirms no service as running: unverified, with what it does say.
    fields["status"] = ServiceStatus.UNVERIFIED
    fields["status_reason"] = status_note(data)
    fields.update({name: data[name] for name in DIRECTORY if name in data})
    fields.update({name: datetime.date.fromisoformat(data[name]) for name in DATES if name in data})
    return ServicePage(title=data["title"], slug=data["slug"], short_description=data["short_description"], **fields)


def load_services(locale):
    """Creates the missing seed services. They lack contacts (the source gives none), so they are
    saved without the «at least one contact» rule and listed in the admin as incomplete; their
    free and voucher flags stay «non indicato» (the source says neither)."""
    networks = {page.slug: page for page in NetworkPage.objects.filter(locale=locale)}
    objectives = {item.slug: item for item in Objective.objects.filter(locale=locale)}
    actions = {item.slug: item for item in Action.objects.filter(locale=locale)}
    audiences = {item.slug: item for item in Audience.objects.filter(locale=locale)}
    created = 0
    for data in SERVICES:
        network = networks[data["network"]]
        if network.get_children().filter(slug=data["slug"]).exists():
            continue
        page = service_page(data)
        page.objectives = [objectives[slug] for slug in data["objectives"]]
        page.actions = [actions[slug] for slug in data["actions"]]
        page.audiences = [audiences[slug] for slug in data["audiences"]]
        add_child_page(network, page, publishing_rules=False)
        created += 1
    return created


@transaction.atomic
def load(stdout=None):
    locale = Locale.get_default()
    created = 0
    for home in HomePage.objects.filter(locale=locale):
        created += ensure_page(home, ServiceIndexPage, CATALOGUE, show_in_menus=True)[1]
    services = load_services(locale)
    if stdout is not None:
        stdout.write(f"servizi: {created} pagine create, {services} schede servizio create")
    return {"pages": created, "services": services}
