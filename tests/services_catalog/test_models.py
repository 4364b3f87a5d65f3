"""ServicePage: validation editors get, the network set from the tree, demo data."""

import datetime
import json
import re

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from home.models import Action, Audience, NetworkPage, Objective
from services_catalog.models import OpeningHours, ServiceLocation, ServicePage
from tests.factories import OpeningHoursFactory, ServiceLocationFactory, ServicePageFactory

pytestmark = pytest.mark.django_db


def errors_of(page):
    with pytest.raises(ValidationError) as info:
        page.full_clean()
    return info.value.message_dict


def test_a_valid_service_saves_and_gets_its_network(network):
    service = ServicePageFactory(parent=network)
    service.refresh_from_db()
    assert service.network_id == network.pk
    assert service.url_path.startswith(network.url_path)
    assert service.uuid is not None


def test_age_minimum_cannot_exceed_maximum(network):
    service = ServicePageFactory.build(age_min_months=36, age_max_months=18)
    assert "age_max_months" in errors_of(service)


def test_registration_window_must_be_ordered(network):
    service = ServicePageFactory.build(
        registration_start=datetime.date(2026, 5, 2), registration_end=datetime.date(2026, 5, 1)
    )
    assert "registration_end" in errors_of(service)


def test_at_least_one_contact_is_required(network):
    service = ServicePageFactory.build(contact_email="", contact_phone="", contact_website="")
    assert "contact_phone" in errors_of(service)
    service.contact_website = "https://www.example.org/servizio"
    service.full_clean(exclude=["path", "depth", "slug"])


def test_a_suspended_service_needs_a_reason(network):
    service = ServicePageFactory.build(status="suspended")
    assert "status_reason" in errors_of(service)
    service.status_reason = "Sospeso per lavori fino a settembre."
    service.full_clean(exclude=["path", "depth", "slug"])


def test_validation_applies_when_saving(network):
    with pytest.raises(ValidationError):
        ServicePageFactory(parent=network, age_min_months=40, age_max_months=12)


def test_opening_hours_must_close_after_opening():
    slot = OpeningHours(weekday=0, opens=datetime.time(12), closes=datetime.time(9))
    with pytest.raises(ValidationError):
        slot.clean()


def test_coordinates_come_in_pairs():
    location = ServiceLocation(municipality="Lecco", latitude=45.85)
    with pytest.raises(ValidationError):
        location.clean()


def test_external_id_is_unique_per_network(network, other_network):
    ServicePageFactory(parent=network, external_id="LC-1")
    ServicePageFactory(parent=other_network, external_id="LC-1")
    with pytest.raises(ValidationError):
        ServicePageFactory(parent=network, external_id="LC-1")


def test_missing_information_lists_what_editors_must_complete(network):
    service = ServicePageFactory(parent=network, is_free=False, accepts_vouchers=None)
    assert {str(label) for label in service.missing_information()} >= {"sede", "costo", "uso dei voucher"}
    location = ServiceLocationFactory(service=service)
    OpeningHoursFactory(location=location)
    service = ServicePage.objects.get(pk=service.pk)
    service.cost_description = "10 € al mese"
    service.accepts_vouchers = False
    assert service.missing_information() == []


def test_sheet_renders_every_section_in_order_with_json_ld(client, network):
    objective = Objective.objects.get(slug="cura-bambini-adolescenti")
    service = ServicePageFactory(
        parent=network,
        title="Spazio gioco",
        objectives=[objective],
        audiences=[Audience.objects.get(slug="famiglie")],
        age_min_months=18,
        age_max_months=36,
        provider_name="Comune di Lecco",
        provider_kind="public",
    )
    location = ServiceLocationFactory(service=service, address="Piazza Diaz 1", municipality="Lecco")
    OpeningHoursFactory(location=location, weekday=2)
    html = client.get(service.url).content.decode()
    headings = re.findall(r"<h2 id=\"[a-z-]+-title\">([^<]+)</h2>", html)
    assert headings[:9] == [
        "A chi è rivolto",
        "Come fare",
        "Cosa serve",
        "Cosa si ottiene",
        "Tempi e scadenze",
        "Quanto costa",
        "Dove",
        "Contatti",
        "Ulteriori informazioni",
    ]
    assert "da 18 mesi a 3 anni" in html
    assert 'media="print"' in html
    assert network.title in html
    payload = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)
    data = json.loads(payload)
    assert data["@type"] == "GovernmentService"
    assert data["provider"] == {"@type": "GovernmentOrganization", "name": "Comune di Lecco"}
    assert data["hoursAvailable"][0]["dayOfWeek"] == "https://schema.org/Wednesday"
    assert data["offers"]["price"] == 0
    assert {"@type": "City", "name": "Lecco"} in data["areaServed"]


def test_generate_demo_services_spreads_over_networks_and_taxonomy():
    call_command("generate_demo_services", count=30, verbosity=0)
    demo = ServicePage.objects.filter(is_demo=True)
    assert demo.count() == 30
    assert demo.values("network").distinct().count() == NetworkPage.objects.count()
    assert demo.values("actions").distinct().count() > 5
    sample = demo.first()
    sample.full_clean()
    assert sample.locations.exists()
    assert ServicePage.objects.live().filter(is_demo=True).count() == 30
    # Child counts stay right for treebeard.
    for network in NetworkPage.objects.all():
        assert network.numchild == network.get_children().count()


def test_admin_edits_a_service_with_locations_and_hours(admin_client, network):
    service = ServicePageFactory(parent=network)
    action = Action.objects.get(slug="nido-aziendale")
    data = nested_form_data(
        {
            "title": "Nido aziendale di prova",
            "slug": service.slug,
            "short_description": "Un nido.",
            "target_audience": rich_text(""),
            "how_to": rich_text("<p>Chiamare.</p>"),
            "requirements": rich_text(""),
            "outcome": rich_text(""),
            "deadlines": rich_text(""),
            "actions": [action.pk],
            "contact_email": "nido@example.org",
            "status": "active",
            "locations": inline_formset(
                [
                    {
                        "municipality": "Lecco",
                        "province": "lc",
                        "address": "",
                        "hours": inline_formset([{"weekday": 0, "opens": "09:00", "closes": "12:00"}]),
                    }
                ]
            ),
        }
    )
    response = admin_client.post(f"/admin/pages/{service.pk}/edit/", data)
    assert response.status_code == 302, response.content.decode()[:3000]
    revision = ServicePage.objects.get(pk=service.pk).get_latest_revision_as_object()
    assert revision.title == "Nido aziendale di prova"
    assert revision.locations.first().hours.first().opens == datetime.time(9)


def test_admin_shows_validation_messages(admin_client, network):
    response = admin_client.get(f"/admin/pages/add/services_catalog/servicepage/{network.pk}/")
    assert response.status_code == 200
    html = response.content.decode()
    for tab in ("Contenuto", "Dove e contatti", "Scheda anagrafica"):
        assert tab in html


def test_related_services_share_an_objective_same_network_first(network, other_network):
    objective = Objective.objects.get(slug="percorso-professionale")
    service = ServicePageFactory(parent=network, objectives=[objective])
    elsewhere = ServicePageFactory(parent=other_network, title="AAA altrove", objectives=[objective])
    nearby = ServicePageFactory(parent=network, title="ZZZ vicino", objectives=[objective])
    first_objective = Objective.objects.get(number=1, locale=network.locale)
    ServicePageFactory(parent=network, title="Altro obiettivo", objectives=[first_objective])
    related = list(service.related_services(limit=10))
    assert related.index(nearby) < related.index(elsewhere)
    assert all(objective in item.objectives.all() for item in related)
    assert service not in related


def test_network_page_lists_its_services(client, network):
    ServicePageFactory(parent=network, title="Servizio della rete di Lecco")
    html = client.get(network.url).content.decode()
    assert "Servizi della rete" in html
    assert "Servizio della rete di Lecco" in html
    assert "Sportelli di conciliazione" in html  # a seed service of Lecco


def test_related_services_are_of_the_page_language_only(network):
    from wagtail.models import Locale

    objective = Objective.objects.get(slug="percorso-professionale")
    service = ServicePageFactory(parent=network, objectives=[objective])
    neighbour = ServicePageFactory(parent=network, title="Vicino italiano", objectives=[objective])
    english = Locale.objects.get_or_create(language_code="en")[0]
    translation = neighbour.copy_for_translation(english, copy_parents=True)
    translation.save_revision().publish()
    translation.objectives.set([objective])
    related = list(service.related_services(limit=50))
    assert neighbour in related
    assert all(item.locale_id == service.locale_id for item in related)
