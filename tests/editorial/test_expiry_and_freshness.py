import io
from datetime import date, timedelta

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook

from editorial.freshness import one_year_before, stale_services
from services_catalog.models import ServicePage
from tests.factories import ServicePageFactory


@pytest.fixture
def lecco_services(networks):
    today = timezone.localdate()
    lecco = networks["lecco"]
    return {
        "current": ServicePageFactory(parent=lecco, title="Valido", valid_to=today + timedelta(days=30)),
        "expired": ServicePageFactory(parent=lecco, title="Scaduto", valid_to=today - timedelta(days=1)),
        "ended": ServicePageFactory(parent=lecco, title="Concluso", status="ended", status_reason="Fine fondi."),
        "stale": ServicePageFactory(parent=lecco, title="Vecchio", last_verified=today - timedelta(days=400)),
        "never": ServicePageFactory(parent=lecco, title="Mai verificato", last_verified=None),
    }


def test_ended_and_expired_services_leave_the_catalogue(lecco_services):
    call_command("expire_services", verbosity=0)
    ours = [service.pk for service in lecco_services.values()]
    live = set(ServicePage.objects.live().filter(pk__in=ours).values_list("title", flat=True))
    assert live == {"Valido", "Vecchio", "Mai verificato"}
    call_command("expire_services", verbosity=0)  # idempotent
    assert ServicePage.objects.live().filter(pk__in=ours).count() == 3


def test_one_year_before_handles_leap_days():
    assert one_year_before(date(2028, 2, 29)) == date(2027, 2, 28)
    assert one_year_before(date(2026, 5, 10)) == date(2025, 5, 10)


def test_stale_services_are_those_not_verified_for_a_year(lecco_services, networks):
    ours = [service.pk for service in lecco_services.values()]
    stale = stale_services([networks["lecco"]], timezone.localdate()).filter(pk__in=ours)
    titles = set(stale.values_list("title", flat=True))
    assert titles == {"Vecchio", "Mai verificato"}


def test_the_report_shows_only_the_editors_networks(client, lecco_services, editors, networks):
    ServicePageFactory(parent=networks["como"], title="Vecchio di Como", last_verified=date(2020, 1, 1))
    client.force_login(editors["lecco"])
    html = client.get(reverse("editorial_freshness")).content.decode()
    assert "Vecchio" in html and "Mai verificato" in html
    assert "Vecchio di Como" not in html
    assert "Valido" not in html


def test_the_regional_group_sees_every_network_and_filters(client, lecco_services, regional_editor, networks):
    ServicePageFactory(parent=networks["como"], title="Vecchio di Como", last_verified=date(2020, 1, 1))
    client.force_login(regional_editor)
    assert "Vecchio di Como" in client.get(reverse("editorial_freshness")).content.decode()
    only_como = client.get(reverse("editorial_freshness"), {"network": networks["como"].pk}).content.decode()
    assert "Vecchio di Como" in only_como and "Mai verificato" not in only_como


def test_the_report_exports_csv_and_xlsx(client, lecco_services, editors):
    client.force_login(editors["lecco"])
    csv_response = client.get(reverse("editorial_freshness"), {"export": "csv"})
    assert csv_response["Content-Type"].startswith("text/csv")
    text = csv_response.content.decode("utf-8-sig")
    assert text.splitlines()[0].startswith("Rete;Servizio")
    assert "Mai verificato" in text and "mai" in text
    xlsx_response = client.get(reverse("editorial_freshness"), {"export": "xlsx"})
    rows = list(load_workbook(io.BytesIO(xlsx_response.content)).active.iter_rows(values_only=True))
    titles = {row[1] for row in rows[1:]}
    assert {"Vecchio", "Mai verificato"} <= titles and "Valido" not in titles


def test_people_without_a_network_cannot_see_the_report(client, django_user_model):
    user = django_user_model.objects.create_user("nessuno", "nessuno@example.org", "unused-password-123")
    client.force_login(user)
    response = client.get(reverse("editorial_freshness"))
    assert response.status_code in (302, 403)
