"""HSDS /services and /services/{id}: every seed service validates against the official
schema, nested objects, filters, pagination, bad parameters, nothing unpublished."""

import uuid

import pytest
from wagtail.models import PageViewRestriction

from opendata.hsds.identifiers import organization_id
from services_catalog.models import ServicePage
from tests.opendata.hsds_validation import errors

pytestmark = pytest.mark.django_db
SERVICES = "/open-data/hsds/services"


def published():
    return ServicePage.objects.live().public().filter(is_demo=False, locale__language_code="it").current()


def listing(client, **query):
    response = client.get(SERVICES, {"per_page": 100, **query})
    assert response.status_code == 200, response.content
    return response.json()


def test_listing_query_count_does_not_grow_with_the_page(client, make_service, django_assert_max_num_queries):
    for number in range(30):
        make_service(f"Servizio numero {number}", objective=1 + number % 5, audience="famiglie")
    listing(client, per_page=1)  # the site's root paths are cached on the first request
    with django_assert_max_num_queries(20) as small:
        listing(client, full="true", per_page=3)
    with django_assert_max_num_queries(len(small.captured_queries)) as large:
        listing(client, full="true", per_page=30)
    assert len(large.captured_queries) == len(small.captured_queries)


def test_every_seed_service_validates_in_list_and_in_detail(client):
    if not published().exists():
        pytest.skip("the seed of this branch has no service sheets yet (services_catalog seed)")
    data = listing(client)
    assert data["total_items"] == published().count()
    assert len(data["contents"]) == data["total_items"]
    for summary in data["contents"]:
        assert errors("service_list.json", summary) == [], summary["name"]
        detail = client.get(f"{SERVICES}/{summary['id']}")
        assert detail.status_code == 200
        assert errors("service_with_definitions.json", detail.json()) == [], summary["name"]


def test_full_listing_validates_every_service_fully_nested(client):
    data = listing(client, full="true")
    assert data["total_items"] == published().count()
    for service in data["contents"]:
        assert errors("service_with_definitions.json", service) == [], service["name"]


def test_complete_service_is_fully_nested_and_valid(client, complete_service):
    response = client.get(f"{SERVICES}/{complete_service.uuid}")
    assert response["Content-Type"] == "application/json"
    assert "public" in response["Cache-Control"]
    service = response.json()
    assert errors("service_with_definitions.json", service) == []
    assert service["id"] == str(complete_service.uuid)
    assert service["status"] == "active"
    assert service["url"] == "https://example.org/servizio"
    assert (service["minimum_age"], service["maximum_age"]) == (1.5, 3)
    assert service["assured_date"] == "2026-11-01"
    assert service["organization"] == {
        "id": organization_id("cooperativa di prova"),
        "name": "Cooperativa  di Prova",
        "description": "Terzo settore",
        "legal_status": "Terzo settore",
    }
    assert service["organization_id"] == service["organization"]["id"]

    (at_location,) = service["service_at_locations"]
    location = at_location["location"]
    assert location["latitude"] == 45.855 and location["longitude"] == 9.39
    (address,) = location["addresses"]
    assert (address["address_1"], address["postal_code"], address["city"], address["state_province"]) == (
        "Via di Prova 1",
        "23900",
        "Lecco",
        "LC",
    )
    assert at_location["description"] == "Chiuso ad agosto."
    hours = [(item["byday"], item["opens_at"], item["closes_at"]) for item in at_location["schedules"]]
    assert hours == [("MO", "09:00", "12:30"), ("TH", "14:00", "18:00")]
    assert {item["service_at_location_id"] for item in at_location["schedules"]} == {at_location["id"]}

    validity, registration = service["schedules"]
    assert (validity["valid_from"], validity["valid_to"]) == ("2026-01-01", "2026-12-31")
    assert (registration["valid_from"], registration["valid_to"]) == ("2026-01-10", "2026-02-28")
    assert registration["notes"] == "Risposta entro 10 giorni."

    assert [(item["name"], item.get("code")) for item in service["languages"]] == [
        ("italiano", "it"),
        ("inglese", "en"),
        ("lingua dei segni", None),
    ]
    options = [item["option"] for item in service["cost_options"]]
    assert options == ["Costo", "Si può pagare con i voucher di conciliazione"]
    assert service["cost_options"][0]["amount_description"] == "50 euro al mese"
    (contact,) = service["contacts"]
    assert contact["email"] == "prova@example.org" and contact["phones"][0]["number"] == "0341 000000"
    assert service["phones"][0]["number"] == "0341 000000"
    assert service["required_documents"][0]["document"] == "Documento d'identità"
    assert service["eligibility_description"] == "Famiglie con bambini da 18 mesi a 3 anni."

    term_names = {item["taxonomy_term"]["name"] for item in service["attributes"]}
    assert set(complete_service.objectives.values_list("title", flat=True)) <= term_names
    assert set(complete_service.audiences.values_list("name", flat=True)) <= term_names
    assert {item["link_id"] for item in service["attributes"]} == {service["id"]}


def test_ids_are_stable_across_requests(client, complete_service):
    first = client.get(f"{SERVICES}/{complete_service.uuid}").json()
    second = client.get(f"{SERVICES}/{complete_service.uuid}").json()
    assert first == second


def test_free_service_has_a_zero_cost_option(client, complete_service):
    complete_service.is_free = True
    complete_service.cost_description = ""
    complete_service.save_revision().publish()
    service = client.get(f"{SERVICES}/{complete_service.uuid}").json()
    assert service["cost_options"][0] == {**service["cost_options"][0], "option": "Gratuito", "amount": 0}
    assert service["fees_description"] == "Gratuito"


def test_taxonomy_term_filter(client, make_service):
    make_service("Servizio per l'infanzia", objective=5)
    terms = client.get("/open-data/hsds/taxonomy_terms", {"top_only": "true"}).json()["contents"]
    fifth = next(term for term in terms if term["code"] == "5")
    data = listing(client, taxonomy_term_id=fifth["id"])
    expected = published().filter(objectives__number=5).distinct().count()
    assert data["total_items"] == expected > 0
    assert listing(client, taxonomy_term_id=str(uuid.uuid4()))["total_items"] == 0


def test_taxonomy_filter(client, make_service):
    make_service("Servizio per le imprese", audience="imprese")
    taxonomies = client.get("/open-data/hsds/taxonomies").json()["contents"]
    audiences = next(item for item in taxonomies if item["name"] == "Destinatari")
    data = listing(client, taxonomy_id=audiences["id"])
    assert data["total_items"] == published().filter(audiences__isnull=False).distinct().count() > 0


def test_organization_filter(client, complete_service):
    data = listing(client, organization_id=organization_id("COOPERATIVA DI PROVA"))
    assert [item["id"] for item in data["contents"]] == [str(complete_service.uuid)]
    assert listing(client, organization_id=str(uuid.uuid4()))["total_items"] == 0


def test_modified_after_filter(client, complete_service):
    everything = listing(client)["total_items"]
    assert listing(client, modified_after="2000-01-01")["total_items"] == everything
    assert listing(client, modified_after="2999-01-01T00:00:00Z")["total_items"] == 0
    moment = complete_service.last_published_at.isoformat()
    recent = listing(client, modified_after=moment)
    assert str(complete_service.uuid) in {item["id"] for item in recent["contents"]}


def test_search(client, complete_service):
    data = listing(client, search="completo di prova")
    assert [item["id"] for item in data["contents"]] == [str(complete_service.uuid)]
    assert listing(client, search="parolachenonesiste")["total_items"] == 0


def test_pagination(client, make_service):
    for number in range(25):
        make_service(f"Servizio numero {number}")
    total = published().count()
    first = listing(client, per_page=10)
    assert (first["size"], first["total_pages"], first["first_page"], first["last_page"]) == (
        10,
        -(-total // 10),
        True,
        False,
    )
    pages = [listing(client, per_page=10, page=number)["contents"] for number in range(1, first["total_pages"] + 1)]
    ids = [item["id"] for page in pages for item in page]
    assert len(ids) == len(set(ids)) == total
    beyond = listing(client, per_page=10, page=first["total_pages"] + 1)
    assert beyond["empty"] and beyond["contents"] == [] and beyond["total_items"] == total


@pytest.mark.parametrize(
    "query",
    [
        {"page": "0"},
        {"page": "abc"},
        {"per_page": "0"},
        {"per_page": "101"},
        {"taxonomy_term_id": "1"},
        {"organization_id": "'; drop table"},
        {"modified_after": "ieri"},
        {"modified_after": "2026-13-45"},
        {"search": "x" * 201},
        {"full": "boh"},
    ],
)
def test_bad_parameters_are_400_with_a_message(client, query):
    response = client.get(SERVICES, query)
    assert response.status_code == 400
    assert response.json()["message"]


@pytest.mark.parametrize("service_id", ["abc", str(uuid.uuid4()), "0" * 36])
def test_unknown_service_is_404(client, service_id):
    response = client.get(f"{SERVICES}/{service_id}")
    assert response.status_code == 404
    assert response.json()["message"]


def test_unpublished_private_draft_and_demo_content_is_never_exposed(client, complete_service):
    url = f"{SERVICES}/{complete_service.uuid}"
    # A draft edit is not shown: the published title stays.
    complete_service.title = "Titolo in bozza"
    complete_service.save_revision()
    assert client.get(url).json()["name"] == "Servizio completo di prova"
    # A private service disappears.
    restriction = PageViewRestriction.objects.create(page=complete_service, restriction_type="login")
    assert client.get(url).status_code == 404
    restriction.delete()
    # An unpublished service disappears from detail, list, search and filters.
    complete_service.unpublish()
    assert client.get(url).status_code == 404
    ids = {item["id"] for item in listing(client)["contents"]}
    assert str(complete_service.uuid) not in ids
    assert listing(client, search="completo di prova")["total_items"] == 0
    assert listing(client, organization_id=organization_id("Cooperativa di Prova"))["total_items"] == 0


def test_demo_services_are_not_open_data(client, complete_service):
    ServicePage.objects.filter(pk=complete_service.pk).update(is_demo=True)
    assert client.get(f"{SERVICES}/{complete_service.uuid}").status_code == 404


def test_the_schema_check_rejects_a_broken_service():
    broken = {"id": "not-a-uuid", "name": "x", "status": "maybe", "last_modified": "yesterday", "url": "nowhere"}
    found = errors("service_with_definitions.json", broken)
    assert len(found) == 4, found
    assert errors("service_with_definitions.json", {"id": str(uuid.uuid4()), "name": "x"}) != []


@pytest.mark.parametrize(
    ("path", "misspelled"),
    [
        ((), "minimum_ag"),  # the service's own field
        (("service_at_locations", 0, "location"), "latitud"),  # a nested one
        (("service_at_locations", 0, "location", "addresses", 0), "postal_cod"),
        (("schedules", 0), "opens_a"),
    ],
)
def test_the_schema_check_rejects_a_misspelled_field(client, complete_service, path, misspelled):
    """The strict loader closes the official schemas: a key HSDS does not define is an error."""
    service = client.get(f"{SERVICES}/{complete_service.uuid}").json()
    assert errors("service_with_definitions.json", service) == []
    target = service
    for step in path:
        target = target[step]
    target[misspelled] = "x"
    found = errors("service_with_definitions.json", service)
    assert len(found) == 1 and misspelled in found[0], found
