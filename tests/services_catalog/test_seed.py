"""The seed services: complete sheets from the source, in the right networks, nothing invented."""

import pytest

from services_catalog import seed
from services_catalog.models import ServicePage
from services_catalog.seed_services import SERVICES

pytestmark = pytest.mark.django_db


def seed_services():
    return ServicePage.objects.filter(is_demo=False)


def test_at_least_25_seed_services_live_in_their_networks():
    services = seed_services().select_related("network")
    assert services.count() == len(SERVICES) >= 25
    expected = {(item["network"], item["slug"]) for item in SERVICES}
    assert {(service.network.slug, service.slug) for service in services} == expected
    for service in services:
        assert service.live and service.get_parent().specific == service.network
        assert service.objectives.exists() and service.audiences.exists()


def test_named_services_are_in_the_right_network():
    by_slug = {(s.network.slug, s.slug): s for s in seed_services().select_related("network")}
    ages = {key: (service.age_min_months, service.age_max_months) for key, service in by_slug.items()}
    assert ages[("como", "spazio-bimbo")] == (18, 36)
    assert ages[("pavia", "bambini-al-centro")] == (72, 132)
    assert by_slug[("varese", "centro-estivo-figli-dipendenti-asl")].status == "ended"
    assert "19 sportelli" in by_slug[("cremona", "sportelli-conciliazione")].short_description
    assert by_slug[("mantova", "kit-lunghe-assenze-maternita")].actions.get().slug == "rientro-maternita"
    for objective in range(1, 6):
        assert seed_services().filter(objectives__number=objective, audiences__slug__in=["imprese", "lavoratori"])


def test_nothing_is_invented_and_the_gaps_are_flagged(client):
    for service in seed_services():
        assert not service.has_contacts
        assert not service.locations.exists()
        assert service.last_verified is None
        assert "contatti" in [str(label) for label in service.missing_information()]
    html = client.get(seed_services().get(slug="spazio-bimbo").url).content.decode()
    assert "Contatti non ancora disponibili" in html
    assert "Sedi non ancora disponibili" in html


def test_loading_again_creates_nothing_and_keeps_edits():
    service = seed_services().get(slug="nonni-di-giorno")
    service.title = "Nonni di giorno (modificato)"
    service.save(clean=False)
    assert seed.load() == {"pages": 0, "services": 0}
    assert seed_services().get(slug="nonni-di-giorno").title == "Nonni di giorno (modificato)"
    assert seed_services().count() == len(SERVICES)


def test_seed_pages_have_a_live_revision():
    for service in seed_services():
        assert service.live_revision_id is not None
        assert not service.has_unpublished_changes


def test_admin_dashboard_lists_incomplete_services(admin_client):
    html = admin_client.get("/admin/").content.decode()
    assert "Schede servizio da completare" in html
    assert f"{len(SERVICES)} schede da completare" in html
    assert "Spazio bimbo 18 mesi – 3 anni" in html
