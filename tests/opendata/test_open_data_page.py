"""/open-data/ describes each dataset in DCAT-AP_IT terms, and the JSON-LD catalogue."""

import re

import pytest
from django.utils import timezone

from opendata.columns import SERVICE_COLUMNS

pytestmark = pytest.mark.django_db


def test_page_describes_each_dataset(client, complete_service):
    response = client.get("/open-data/")
    assert response.status_code == 200
    html = response.content.decode()
    for expected in (
        "Servizi di conciliazione famiglia-lavoro",
        "Buone pratiche di conciliazione",
        "Regione Lombardia",
        "Creative Commons Attribuzione 4.0 Internazionale (CC BY 4.0)",
        "Frequenza di aggiornamento",
        "/open-data/servizi.csv",
        "/open-data/buone-pratiche.csv",
        "/open-data/hsds/",
        "/open-data/feed/servizi/lecco/",
        "/api/v2/",
    ):
        assert expected in html, expected
    modified = timezone.localtime(complete_service.last_published_at).isoformat()[:16]
    assert f'datetime="{modified}' in html
    for column in SERVICE_COLUMNS:
        assert f"<code>{column.header}</code>" in html
    assert not re.search(r"<script(?![^>]*\ssrc=)", html) and " style=" not in html


def test_english_page_answers(client):
    assert client.get("/en/open-data/").status_code == 200


def test_dcat_catalogue(client, complete_service):
    response = client.get("/open-data/catalogo.jsonld")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/ld+json"
    catalogue = response.json()
    assert "dcat:Catalog" in catalogue["@type"]
    services, practices, _figures = catalogue["dcat:dataset"]
    assert services["dct:identifier"] == "servizi-conciliazione"
    assert services["dct:modified"]["@value"] == complete_service.last_published_at.isoformat()
    assert services["dct:accrualPeriodicity"]["@id"].endswith("/frequency/UPDATE_CONT")
    for dataset in (services, practices):
        assert dataset["dct:publisher"]["foaf:name"] == "Regione Lombardia"
        for distribution in dataset["dcat:distribution"]:
            assert distribution["dct:license"]["@id"] == "https://creativecommons.org/licenses/by/4.0/deed.it"
            path = distribution["dcat:downloadURL"]["@id"].removeprefix("http://localhost")
            assert client.get(path).status_code == 200, path
