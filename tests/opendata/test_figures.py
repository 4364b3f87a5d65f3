"""The regional figures as data: every figure the home page and the agreement's pages show,
in CSV and JSON, with unit, note and source, listed in the DCAT catalogue."""

import csv
import io
from decimal import Decimal

import pytest

from home.models import AgreementPage, HomePage

pytestmark = pytest.mark.django_db


def shown_figures(page):
    """(section, label, value) of every figure, bar and amount in a page's body."""
    for block in page.body:
        value = block.value
        if block.block_type == "key_figures":
            yield from ((value["title"], item["label"], item["value"]) for item in value["figures"])
        elif block.block_type == "bar_chart":
            yield from ((value["title"], bar["label"], bar["value"]) for bar in value["bars"])
        elif block.block_type == "amount_breakdown":
            yield from ((value["title"], item["label"] or None, item["amount"]) for item in value["items"])


def figure_pages():
    home = HomePage.objects.get(locale__language_code="it")
    agreement = AgreementPage.objects.get(locale__language_code="it")
    return [home, agreement, *agreement.get_descendants().live().specific()]


def test_the_json_holds_every_figure_the_pages_show(client):
    data = client.get("/open-data/cifre-regionali.json").json()
    published = {(row["section"], row["label"], Decimal(str(row["value"]))) for row in data["figures"]}
    expected = {figure for page in figure_pages() for figure in shown_figures(page)}
    assert len(expected) >= 15
    assert expected <= published
    assert data["source"] and data["licence"].startswith("https://creativecommons.org/")
    assert data["updated"]


def test_unknown_labels_stay_unknown_and_totals_are_marked(client):
    data = client.get("/open-data/cifre-regionali.json").json()
    breakdown = [row for row in data["figures"] if row["section"] == "Scomposizione delle risorse complessive"]
    assert [row["label"] for row in breakdown if row["kind"] == "importo"] == [None, None, None]
    (total,) = [row for row in breakdown if row["kind"] == "totale"]
    assert total["value"] == sum(row["value"] for row in breakdown if row["kind"] == "importo") == 7857055


def test_the_csv_has_one_row_a_figure_with_its_unit_and_source(client):
    response = client.get("/open-data/cifre-regionali.csv")
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.content.decode())))
    people = next(row for row in rows if row["voce"] == "Persone")
    assert people["valore"] == "4354" and people["sezione"] == "Beneficiari raggiunti"
    assert all(row["fonte"] for row in rows)
    assert {row["unità"] for row in rows} >= {"€", "%", ""}
    assert len(rows) == len(client.get("/open-data/cifre-regionali.json").json()["figures"])


def test_the_dcat_catalogue_lists_the_figures(client):
    catalogue = client.get("/open-data/catalogo.jsonld").json()
    datasets = {node["dct:identifier"]: node for node in catalogue["dcat:dataset"]}
    figures = datasets["cifre-regionali-conciliazione"]
    urls = {distribution["dcat:downloadURL"]["@id"] for distribution in figures["dcat:distribution"]}
    assert urls == {"http://localhost/open-data/cifre-regionali.csv", "http://localhost/open-data/cifre-regionali.json"}
