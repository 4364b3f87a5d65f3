"""Query parameters read strictly (hardening/params.py) by every public endpoint: Unicode
digits, integers past 64 bits, deep offsets and dates of year 1 or 9999 are a 400 with a
JSON message on the JSON endpoints (the first default on the HTML pages), never a 500; the
JSON endpoints answer their 404 and 500 as JSON too."""

import pytest

from hardening import params
from services_catalog.models import ServicePage

pytestmark = pytest.mark.django_db

TOO_BIG = str(2**63)


@pytest.mark.parametrize("raw", ["²", "①", "١٢", "５", "1_000", " 12", "+1", TOO_BIG, "9" * 5000, ""])
def test_integers_are_ascii_digits_within_64_bits(raw):
    assert params.integer_or_none(raw) is None
    with pytest.raises(params.BadParameter):
        params.parse_integer("page", raw)


def test_integers_within_bounds_are_read():
    assert params.integer_or_none(str(2**63 - 1)) == 2**63 - 1
    assert params.parse_integer("limit", "0", 0, 50) == 0
    with pytest.raises(params.BadParameter):
        params.parse_integer("limit", "51", 0, 50)


@pytest.mark.parametrize("raw", ["0001-01-01", "9999-12-31", "1899-12-31T23:00:00Z", "2026-02-30", "２０２６-01-01"])
def test_dates_outside_the_years_or_not_iso_are_refused(raw):
    with pytest.raises(params.BadParameter):
        params.parse_moment("modified_after", raw)


def test_page_numbers_of_html_pages_fall_back_to_the_first():
    assert params.page_number("²", 100) == 1
    assert params.page_number("٢", 100) == 1
    assert params.page_number("7", 100) == 7
    assert params.page_number(TOO_BIG, 100) == 100
    assert params.page_number("0", 100) == 1
    assert params.page_number("99999", 100) == 100


def assert_json_400(response, name):
    assert response.status_code == 400, response.content[:200]
    assert response["Content-Type"].startswith("application/json")
    assert name in response.json()["message"]


@pytest.mark.parametrize(
    "url, name",
    [
        ("/open-data/hsds/services?page=²", "page"),
        ("/open-data/hsds/services?per_page=①", "per_page"),
        (f"/open-data/hsds/services?page={'9' * 5000}", "page"),
        ("/open-data/hsds/services?modified_after=0001-01-01", "modified_after"),
        ("/open-data/hsds/services?modified_after=9999-12-31", "modified_after"),
        ("/open-data/hsds/taxonomy_terms?page=²", "page"),
        ("/api/v2/services/?network=①", "network"),
        (f"/api/v2/services/?network={TOO_BIG}", "network"),
        (f"/api/v2/practices/?objective={TOO_BIG}", "objective"),
        (f"/api/v2/pages/?offset={10**12}", "offset"),
        ("/api/v2/pages/?offset=١", "offset"),
        ("/api/v2/pages/?limit=²", "limit"),
        (f"/api/v2/pages/?child_of={TOO_BIG}", "child_of"),
        ("/api/v2/pages/?descendant_of=①", "descendant_of"),
        (f"/api/v2/pages/find/?id={TOO_BIG}", "id"),
        ("/api/v2/images/find/?id=²", "id"),
        ("/api/v2/services/?first_published_at=0001-01-01", "first_published_at"),
        ("/api/v2/services/?valid_from=9999-12-31", "valid_from"),
        ("/api/v2/services/?objectives=abc", "objectives"),
        (f"/api/v2/services/?age_min_months={TOO_BIG}", "age_min_months"),
        ("/api/v2/services/?uuid=nope", "uuid"),
    ],
)
def test_json_endpoints_answer_a_bad_parameter_with_a_json_400(client, url, name):
    assert_json_400(client.get(url), name)


def test_good_values_still_filter(client):
    assert client.get("/open-data/hsds/services?page=1&per_page=5&modified_after=2000-01-01").status_code == 200
    assert client.get("/api/v2/pages/?offset=0&limit=5&child_of=root").status_code == 200
    lecco = client.get("/api/v2/services/", {"network": "lecco"}).json()["meta"]["total_count"]
    assert lecco > 0


def test_an_api_key_past_64_bits_is_a_json_404(client):
    response = client.get(f"/api/v2/practices/{'9' * 19}/")
    assert response.status_code == 404
    assert response["Content-Type"].startswith("application/json")


def test_html_pages_show_their_first_page_for_a_unicode_page_number(client):
    assert ServicePage.objects.live().count() > 20  # two pages of results
    second = client.get("/servizi/", {"page": "2"})
    assert second.context["page_obj"].number == 2
    for raw in ("٢", "²", "-2"):
        response = client.get("/servizi/", {"page": raw})
        assert response.status_code == 200
        assert response.context["page_obj"].number == 1, raw
    assert client.get("/cerca/", {"q": "servizi", "page": "٢"}).context["page_obj"].number == 1
    assert client.get("/buone-pratiche/", {"page": "٢"}).context["library"].page_obj.number == 1


def test_the_catalogue_age_takes_ascii_digits_only(client):
    # A bad value is refused with the field's message; the other filters still apply
    # (home.listing's policy for the catalogue and the library).
    response = client.get("/servizi/", {"eta": "١٢"})
    assert response.status_code == 400
    assert response.context["age_error"]
    assert not client.get("/servizi/", {"eta": "2"}).context["age_error"]


@pytest.mark.parametrize("url", ["/api/v2/nothing/", "/open-data/hsds/nothing.json", "/en/cerca/suggerimenti/nothing/"])
def test_json_endpoints_answer_404_as_json(client, url):
    response = client.get(url)
    assert response.status_code == 404
    assert response.json()["message"]


def test_json_endpoints_answer_500_as_json_and_pages_as_html(client, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("broken on purpose")

    monkeypatch.setattr("opendata.hsds.views.reverse", broken)
    monkeypatch.setattr("opendata.views.render", broken)
    client.raise_request_exception = False
    response = client.get("/open-data/hsds/")
    assert response.status_code == 500
    assert response.json()["message"]
    page = client.get("/open-data/")
    assert page.status_code == 500
    assert page["Content-Type"].startswith("text/html")
