"""HSDS about, taxonomies and taxonomy terms: shape, schema validity, stable ids, filters."""

import uuid

import pytest

from home.models import Action, Audience, Objective
from tests.opendata.hsds_validation import errors

pytestmark = pytest.mark.django_db


def test_about_gives_version_and_openapi(client):
    response = client.get("/open-data/hsds/")
    assert response.status_code == 200
    data = response.json()
    assert data["version"] == "3.0"
    assert data["openapi_url"] == "http://localhost/open-data/hsds/openapi.json"
    openapi = client.get("/open-data/hsds/openapi.json")
    assert openapi.status_code == 200
    assert b'"/services/{id}"' in b"".join(openapi.streaming_content)


def test_taxonomies_are_valid_and_paged(client):
    data = client.get("/open-data/hsds/taxonomies").json()
    assert data["total_items"] == 2 and data["page_number"] == 1 and data["per_page"] == 20
    assert data["first_page"] and data["last_page"] and not data["empty"]
    for taxonomy in data["contents"]:
        assert errors("taxonomy.json", taxonomy) == []
        detail = client.get(f"/open-data/hsds/taxonomies/{taxonomy['id']}").json()
        assert detail == taxonomy


def test_every_seed_term_is_listed_valid_and_linked_to_its_taxonomy(client):
    data = client.get("/open-data/hsds/taxonomy_terms", {"per_page": 100}).json()
    seed_count = (
        Objective.objects.filter(locale__language_code="it").count()
        + Action.objects.filter(locale__language_code="it").count()
        + Audience.objects.filter(locale__language_code="it").count()
    )
    assert data["total_items"] == seed_count == len(data["contents"])
    taxonomy_ids = {item["id"] for item in client.get("/open-data/hsds/taxonomies").json()["contents"]}
    term_ids = {term["id"] for term in data["contents"]}
    for term in data["contents"]:
        assert errors("taxonomy_term.json", term) == []
        assert term["taxonomy_id"] in taxonomy_ids
        assert term.get("parent_id", term["id"]) in term_ids


def test_term_ids_are_stable_name_based_uuids(client):
    first = client.get("/open-data/hsds/taxonomy_terms", {"per_page": 100}).json()["contents"]
    second = client.get("/open-data/hsds/taxonomy_terms", {"per_page": 100}).json()["contents"]
    assert [term["id"] for term in first] == [term["id"] for term in second]
    assert all(uuid.UUID(term["id"]).version == 5 for term in first)


def test_term_filters(client):
    everything = client.get("/open-data/hsds/taxonomy_terms", {"per_page": 100}).json()["contents"]
    objectives = client.get("/open-data/hsds/taxonomy_terms", {"top_only": "true", "per_page": 100}).json()
    assert objectives["total_items"] == len([term for term in everything if "parent_id" not in term])
    fifth = next(term for term in everything if term["code"] == "5")
    children = client.get("/open-data/hsds/taxonomy_terms", {"parent_id": fifth["id"], "per_page": 100}).json()
    assert children["total_items"] == Action.objects.filter(objective__number=5, locale__language_code="it").count() > 0
    assert {term["parent_id"] for term in children["contents"]} == {fifth["id"]}
    audiences_taxonomy = next(term["taxonomy_id"] for term in everything if term["taxonomy"] == "Destinatari")
    audiences = client.get("/open-data/hsds/taxonomy_terms", {"taxonomy_id": audiences_taxonomy}).json()
    assert audiences["total_items"] == Audience.objects.filter(locale__language_code="it").count()
    found = client.get("/open-data/hsds/taxonomy_terms", {"search": fifth["name"][:12]}).json()
    assert fifth["id"] in {term["id"] for term in found["contents"]}
    detail = client.get(f"/open-data/hsds/taxonomy_terms/{fifth['id']}").json()
    assert detail["name"] == fifth["name"]


def test_pagination_bounds(client):
    last = client.get("/open-data/hsds/taxonomy_terms", {"per_page": 5, "page": 2}).json()
    assert last["page_number"] == 2 and last["size"] == 5 and not last["first_page"]
    beyond = client.get("/open-data/hsds/taxonomy_terms", {"per_page": 5, "page": 1000}).json()
    assert beyond["empty"] and beyond["contents"] == [] and beyond["last_page"]


@pytest.mark.parametrize(
    "path,query",
    [
        ("taxonomy_terms", {"page": "0"}),
        ("taxonomy_terms", {"page": "abc"}),
        ("taxonomy_terms", {"page": "-1"}),
        ("taxonomy_terms", {"per_page": "101"}),
        ("taxonomy_terms", {"per_page": "1e3"}),
        ("taxonomy_terms", {"taxonomy_id": "non-un-uuid"}),
        ("taxonomy_terms", {"parent_id": "x" * 500}),
        ("taxonomy_terms", {"top_only": "forse"}),
        ("taxonomies", {"search": "a" * 201}),
        ("taxonomies", {"page": "99999999999999999999"}),
    ],
)
def test_bad_parameters_are_400_with_a_message(client, path, query):
    response = client.get(f"/open-data/hsds/{path}", query)
    assert response.status_code == 400
    assert response.json()["message"]


@pytest.mark.parametrize("path", ["taxonomies/abc", "taxonomy_terms/abc", f"taxonomy_terms/{uuid.uuid4()}"])
def test_unknown_ids_are_404(client, path):
    response = client.get(f"/open-data/hsds/{path}")
    assert response.status_code == 404
    assert response.json()["message"]


def test_only_get_is_allowed(client):
    assert client.post("/open-data/hsds/taxonomies").status_code == 405


def test_objectives_and_measures_link_to_their_guide_pages(client):
    """Every objective term links to its page of the guide for companies and every measure
    to its own section there; the page shows that section."""
    everything = client.get("/open-data/hsds/taxonomy_terms", {"per_page": 100}).json()["contents"]
    objectives = {
        term["id"]: term for term in everything if term["taxonomy"] != "Destinatari" and "parent_id" not in term
    }
    measures = [term for term in everything if term.get("parent_id") in objectives]
    assert len(objectives) == 5 and len(measures) == Action.objects.filter(locale__language_code="it").count()
    pages = {}
    for term in objectives.values():
        assert term["term_uri"].startswith("http://localhost/per-le-imprese/"), term
        pages[term["id"]] = client.get(term["term_uri"].removeprefix("http://localhost"))
        assert pages[term["id"]].status_code == 200
    for term in measures:
        page_url, fragment = term["term_uri"].split("#")
        assert page_url == objectives[term["parent_id"]]["term_uri"]
        assert f'id="{fragment}"'.encode() in pages[term["parent_id"]].content, term["name"]
    assert all("term_uri" not in term for term in everything if term["taxonomy"] == "Destinatari")


def test_a_measure_term_carries_the_editors_description(client):
    action = Action.objects.filter(locale__language_code="it").order_by("pk").first()
    action.description = "Descrizione scritta dalla redazione per la prova."
    action.save()
    found = client.get("/open-data/hsds/taxonomy_terms", {"search": action.title, "per_page": 100}).json()
    term = next(term for term in found["contents"] if term["name"] == action.title)
    assert term["description"] == "Descrizione scritta dalla redazione per la prova."
