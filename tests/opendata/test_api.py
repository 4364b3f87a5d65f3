"""/api/v2/: read-only Wagtail API over public content, capped and cacheable."""

import pytest
from wagtail.models import Page, PageViewRestriction

from home.models import StandardPage

pytestmark = pytest.mark.django_db


def test_pages_listing_shape_and_cache_headers(client):
    response = client.get("/api/v2/pages/", {"limit": 5})
    assert response.status_code == 200
    assert "public" in response["Cache-Control"] and "max-age=300" in response["Cache-Control"]
    data = response.json()
    assert data["meta"]["total_count"] == Page.objects.live().public().filter(depth__gte=2).count()
    assert len(data["items"]) == 5
    first = data["items"][0]
    assert {"id", "title", "meta"} <= set(first)
    assert {"type", "html_url", "detail_url", "locale"} <= set(first["meta"])


def test_page_detail_and_type_filter(client, page_by_path):
    agreement = page_by_path("/accordo/")
    detail = client.get(f"/api/v2/pages/{agreement.pk}/").json()
    assert detail["title"] == agreement.title
    assert detail["meta"]["type"] == "home.AgreementPage"
    networks = client.get("/api/v2/pages/", {"type": "home.NetworkPage", "limit": 50}).json()
    assert networks["meta"]["total_count"] == 15
    assert {item["meta"]["type"] for item in networks["items"]} == {"home.NetworkPage"}


def test_images_and_documents_endpoints_answer(client):
    for endpoint in ("images", "documents"):
        response = client.get(f"/api/v2/{endpoint}/")
        assert response.status_code == 200
        assert response.json()["meta"]["total_count"] == 0


@pytest.mark.parametrize(
    "query",
    [
        {"limit": "51"},
        {"limit": "-1"},
        {"limit": "abc"},
        {"offset": "abc"},
        {"type": "home.NonEsiste"},
        {"child_of": "abc"},
        {"unknown": "1"},
        {"order": "non_esiste"},
    ],
)
def test_bad_parameters_are_400_with_a_message(client, query):
    response = client.get("/api/v2/pages/", query)
    assert response.status_code == 400
    assert response.json()["message"]


def test_api_is_read_only(client, page_by_path):
    agreement = page_by_path("/accordo/")
    assert client.post("/api/v2/pages/", {"title": "x"}).status_code == 405
    assert client.delete(f"/api/v2/pages/{agreement.pk}/").status_code == 405


def test_unpublished_and_private_pages_are_never_exposed(client, home_page):
    draft = home_page.add_child(instance=StandardPage(title="Bozza API", slug="bozza-api", live=False))
    private = home_page.add_child(instance=StandardPage(title="Riservata API", slug="riservata-api"))
    private.save_revision().publish()
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="segreta-123")
    public = home_page.add_child(instance=StandardPage(title="Pubblica API", slug="pubblica-api"))
    public.save_revision().publish()

    for page in (draft, private):
        assert client.get(f"/api/v2/pages/{page.pk}/").status_code == 404
    listed = client.get("/api/v2/pages/", {"search": "API", "limit": 50}).json()
    titles = {item["title"] for item in listed["items"]}
    assert "Pubblica API" in titles
    assert "Bozza API" not in titles and "Riservata API" not in titles
    found = client.get("/api/v2/pages/find/", {"html_path": "/bozza-api/"})
    assert found.status_code == 404
