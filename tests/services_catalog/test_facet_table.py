"""A facet of the catalogue is one row of its table (services_catalog.facet_table): with a row
added, the page filters by it, counts it in the index and in SQL alike, and shows it."""

import pytest

from home.listing import FLAG, MULTI, Facet, links
from services_catalog import facet_table
from services_catalog.facet_table import catalogue_engine_fields
from services_catalog.models import OpeningHours, ProviderKind, ServicePage
from tests.services_catalog.test_catalogue import URL, expect, option_count
from tests.services_catalog.test_facet_counts import counted, counted_one_by_one, filterset_for

pytestmark = pytest.mark.django_db

VOUCHERS = Facet("voucher", "Accetta i voucher", "accepts_vouchers", FLAG)
PROVIDER = Facet("ente", "Tipo di ente", "provider_kind", MULTI, choices=tuple(ProviderKind.choices))


@pytest.fixture
def wider_table(monkeypatch, services):
    """The catalogue's table with two more rows; A and E accept vouchers, B and C are run by
    the first kind of provider."""
    ServicePage.objects.filter(pk__in=[services["A"].pk, services["E"].pk]).update(accepts_vouchers=True)
    ServicePage.objects.filter(pk=services["B"].pk).update(accepts_vouchers=False)
    first_kind = ProviderKind.choices[0][0]
    ServicePage.objects.filter(pk__in=[services["B"].pk, services["C"].pk]).update(provider_kind=first_kind)
    table = (*facet_table.FACETS, VOUCHERS, PROVIDER)
    monkeypatch.setattr(facet_table, "FACETS", table)
    return table, first_kind


def test_a_new_facet_is_one_row_of_the_table(client, services, wider_table):
    table, first_kind = wider_table
    page = client.get(URL)
    assert option_count(page, "voucher", "1") == (2, False)
    assert option_count(page, "ente", first_kind) == (2, False)
    assert "Accetta i voucher" in page.content.decode()
    expect(client.get(URL, {"voucher": "1"}), services, "A", "E")
    narrowed = client.get(URL, {"ente": first_kind, "gratuito": "1"})
    expect(narrowed, services, "C")
    assert option_count(narrowed, "voucher", "1") is None  # C does not say it takes vouchers
    for query_string in ("", "voucher=1", f"ente={first_kind}&rete=lecco", "q=servizio&voucher=1"):
        filterset = filterset_for(query_string, table)
        _index, result = counted(filterset, query_string)
        assert (result.total, result.counts) == counted_one_by_one(filterset)
    assert ("voucher", "accepts_vouchers", FLAG) in catalogue_engine_fields(table)


def test_a_bad_value_of_the_new_facet_follows_the_listing_policy(client, services, wider_table):
    response = client.get(URL, {"voucher": "forse", "rete": "lecco"})
    assert response.status_code == 400
    assert "Accetta i voucher: «forse» non è tra i valori disponibili." in response.content.decode()
    assert "3 servizi" in response.content.decode()  # the network still applies


def test_every_row_names_a_path_of_the_service():
    for facet in facet_table.FACETS:
        if facet.path:
            holder, object_column, value_path = links(ServicePage, facet.path)
            holder.objects.values(object_column, value_path).query.sql_with_params()
    assert links(ServicePage, "locations__hours__weekday") == (OpeningHours, "location__service_id", "weekday")
    assert links(ServicePage, "network__slug") == (ServicePage, "pk", "network__slug")
