"""/api/v2/services/ and /api/v2/practices/: taxonomy filters, fields, bad values."""

import pytest

from goodpractices.models import GoodPracticePage
from home.models import NetworkPage
from services_catalog.models import ServicePage

pytestmark = pytest.mark.django_db
BENEFICIARY = "imprese"


def live(model):
    pages = model.objects.live().public()
    return pages.current() if hasattr(pages, "current") else pages  # services: not expired


def api(client, endpoint, **query):
    response = client.get(f"/api/v2/{endpoint}/", {"limit": 50, **query})
    assert response.status_code == 200, response.content
    return response.json()


def test_services_listing_and_detail_fields(client, complete_service):
    data = api(client, "services")
    assert data["meta"]["total_count"] == live(ServicePage).count()
    assert {item["meta"]["type"] for item in data["items"]} == {"services_catalog.ServicePage"}
    detail = client.get(f"/api/v2/services/{complete_service.pk}/").json()
    assert detail["uuid"] == str(complete_service.uuid)
    assert detail["network"]["slug"] == "lecco"
    assert [item["number"] for item in detail["objectives"]] == [5]
    assert [item["slug"] for item in detail["audiences"]] == ["famiglie"]
    location = detail["locations"][0]
    assert location["municipality"] == "Lecco" and location["latitude"] == "45.855000"
    assert location["hours"][0] == {"weekday": 0, "opens": "09:00:00", "closes": "12:30:00"}


@pytest.mark.parametrize(
    "query,lookup",
    [
        ({"network": "lecco"}, {"network__slug": "lecco"}),
        ({"objective": "5"}, {"objectives__number": 5}),
        ({"audience": "imprese"}, {"audiences__slug": "imprese"}),
        ({"network": "lecco", "objective": "5"}, {"network__slug": "lecco", "objectives__number": 5}),
    ],
)
def test_service_filters_match_the_database(client, complete_service, make_service, query, lookup):
    make_service("Servizio per le imprese di Lecco", network="lecco", objective=5, audience="imprese")
    make_service("Servizio per le imprese di Como", network="como", objective=1, audience="imprese")
    data = api(client, "services", **query)
    expected = set(live(ServicePage).filter(**lookup).values_list("pk", flat=True))
    assert {item["id"] for item in data["items"]} == expected
    assert data["meta"]["total_count"] == len(expected) > 0


def test_filters_accept_ids_and_slugs(client, complete_service):
    lecco = NetworkPage.objects.get(slug="lecco", locale__language_code="it")
    objective = complete_service.objectives.get()
    by_id = api(client, "services", network=str(lecco.pk), objective=objective.slug)
    by_slug = api(client, "services", network="lecco", objective=str(objective.number))
    assert by_id == by_slug


def test_filters_combine_with_search(client, complete_service):
    data = api(client, "services", network="lecco", search="completo di prova")
    assert [item["id"] for item in data["items"]] == [complete_service.pk]
    assert api(client, "services", network="como", search="completo di prova")["meta"]["total_count"] == 0


def test_practice_filters_match_the_database(client, make_practice):
    make_practice("Pratica per le imprese", objective=1, beneficiary=BENEFICIARY)
    make_practice("Pratica per le famiglie", objective=5)
    data = api(client, "practices", objective="1")
    expected = set(live(GoodPracticePage).filter(objectives__number=1).values_list("pk", flat=True))
    assert {item["id"] for item in data["items"]} == expected
    beneficiary = GoodPracticePage.objects.filter(beneficiaries__isnull=False).values_list(
        "beneficiaries__slug", flat=True
    )[0]
    data = api(client, "practices", audience=beneficiary)
    expected = set(live(GoodPracticePage).filter(beneficiaries__slug=beneficiary).values_list("pk", flat=True))
    assert {item["id"] for item in data["items"]} == expected and expected


@pytest.mark.parametrize(
    "query",
    [
        {"network": "non-esiste"},
        {"network": "999999"},
        {"objective": "99"},
        {"audience": ""},
        {"audience": "x" * 101},
        {"objective": "5x"},
    ],
)
def test_bad_filter_values_are_400(client, query):
    response = client.get("/api/v2/services/", query)
    assert response.status_code == 400
    assert response.json()["message"]


def test_unpublished_services_are_never_exposed(client, complete_service):
    complete_service.unpublish()
    assert client.get(f"/api/v2/services/{complete_service.pk}/").status_code == 404
    assert complete_service.pk not in {item["id"] for item in api(client, "services", network="lecco")["items"]}


def test_unpublished_practices_are_never_exposed(client, make_practice):
    practice = make_practice("Pratica ritirata")
    assert client.get(f"/api/v2/practices/{practice.pk}/").status_code == 200
    practice.unpublish()
    assert client.get(f"/api/v2/practices/{practice.pk}/").status_code == 404
    assert "Pratica ritirata" not in client.get("/open-data/buone-pratiche.csv").content.decode()
    assert "Pratica ritirata" not in client.get("/open-data/feed/buone-pratiche/como/").content.decode()


def test_services_endpoint_leaves_out_demo_and_translated_services_as_hsds_does(client, complete_service, make_service):
    from wagtail.models import Locale

    demo = make_service("Servizio dimostrativo")
    ServicePage.objects.filter(pk=demo.pk).update(is_demo=True)
    english = Locale.objects.get_or_create(language_code="en")[0]
    translation = complete_service.copy_for_translation(english, copy_parents=True)
    translation.save_revision().publish()
    listed = {item["id"] for item in api(client, "services")["items"]}
    listed |= {item["id"] for item in api(client, "services", offset=50)["items"]}
    assert complete_service.pk in listed
    assert demo.pk not in listed and translation.pk not in listed
    assert client.get(f"/api/v2/services/{demo.pk}/").status_code == 404
    assert client.get(f"/api/v2/services/{translation.pk}/").status_code == 404
    assert client.get("/api/v2/services/", {"network": "lecco"}).status_code == 200
    hsds = client.get("/open-data/hsds/services", {"per_page": 1}).json()
    assert api(client, "services")["meta"]["total_count"] == hsds["total_items"]
