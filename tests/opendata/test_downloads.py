"""CSV downloads: UTF-8, the documented Italian headers, one row per published page."""

import csv
import io

import pytest

from goodpractices.models import GoodPracticePage
from opendata.columns import PRACTICE_COLUMNS, SERVICE_COLUMNS
from services_catalog.models import ServicePage

pytestmark = pytest.mark.django_db


def read_csv(client, path):
    response = client.get(path)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"].startswith("attachment; filename=")
    text = response.content.decode("utf-8")
    return list(csv.reader(io.StringIO(text)))


def test_services_csv(client, complete_service):
    header, *rows = read_csv(client, "/open-data/servizi.csv")
    assert header == [column.header for column in SERVICE_COLUMNS]
    published = ServicePage.objects.live().public().filter(is_demo=False, locale__language_code="it").current()
    assert len(rows) == published.count() > 0
    row = dict(zip(header, next(row for row in rows if row[0] == str(complete_service.uuid)), strict=True))
    assert row["titolo"] == "Servizio completo di prova"
    assert row["rete"] == complete_service.network.title
    assert row["sedi"] == "Via di Prova 1, 23900, Lecco, LC"
    assert row["orari"] == "lunedì 09:00–12:30; giovedì 14:00–18:00"
    assert row["gratuito"] == "no" and row["accetta_voucher"] == "sì"
    assert row["eta_minima_mesi"] == "18" and row["ultima_verifica"] == "2026-11-01"
    assert row["a_chi_e_rivolto"] == "Famiglie con bambini da 18 mesi a 3 anni."
    assert row["indirizzo_web"] == complete_service.full_url


def test_practices_csv(client, make_practice):
    make_practice("Pratica di prova")
    header, *rows = read_csv(client, "/open-data/buone-pratiche.csv")
    assert header == [column.header for column in PRACTICE_COLUMNS]
    published = GoodPracticePage.objects.live().public().filter(is_demo=False, locale__language_code="it")
    assert len(rows) == published.count() > 0
    by_id = {row[0]: dict(zip(header, row, strict=True)) for row in rows}
    for practice in published:
        row = by_id[str(practice.pk)]
        assert row["titolo"] == practice.title
        for indicator in practice.indicators.all():
            assert indicator.label in row["risultati"]


def test_unpublished_services_are_not_in_the_csv(client, complete_service):
    complete_service.unpublish()
    _header, *rows = read_csv(client, "/open-data/servizi.csv")
    assert str(complete_service.uuid) not in {row[0] for row in rows}


def test_csv_is_get_only(client):
    assert client.post("/open-data/servizi.csv").status_code == 405


def test_a_publication_refreshes_the_cached_file(client, complete_service):
    read_csv(client, "/open-data/servizi.csv")
    complete_service.title = "Titolo cambiato"
    complete_service.save_revision().publish()
    _header, *rows = read_csv(client, "/open-data/servizi.csv")
    assert "Titolo cambiato" in {row[1] for row in rows}


def network_names_of(client, service):
    header, *rows = read_csv(client, "/open-data/servizi.csv")
    return {
        row["rete"] for row in (dict(zip(header, row, strict=True)) for row in rows) if row["titolo"] == service.title
    }


def test_a_renamed_network_shows_in_the_cached_file_at_once(
    client, complete_service, django_capture_on_commit_callbacks
):
    """The file takes each service's network name from the network page: publishing the
    network with a new title (after the commit, as in production) rewrites the file."""
    network = complete_service.network.specific
    assert network_names_of(client, complete_service) == {network.title}
    network.title = "Rete di Lecco rinominata"
    with django_capture_on_commit_callbacks(execute=True):
        network.save_revision().publish()
    assert network_names_of(client, complete_service) == {"Rete di Lecco rinominata"}
