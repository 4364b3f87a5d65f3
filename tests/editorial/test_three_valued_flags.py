"""Unknown stays unknown: free and voucher flags are «sì», «no» or not indicated from the
import file to the CSV, the HSDS record, the API and the sheet; a status nobody gave is
«non verificato», never «Attivo»."""

import csv
import io
import json
import re

import pytest
from django.urls import reverse

from editorial.importer.runner import preview, run_import
from editorial.models import ServiceImport
from services_catalog.models import ServicePage
from tests.editorial.files import csv_bytes, service_row
from tests.opendata.hsds_validation import errors

FLAG_ROWS = {
    # external id: (Gratuito, Accetta voucher) as typed in the file
    "LC-00001": ("sì", ""),
    "LC-00002": ("no", "no"),
    "LC-00003": ("", "sì"),
}


@pytest.fixture
def imported(networks, editors, regional_editor):
    rows = [
        service_row(number, is_free=free, accepts_vouchers=vouchers, status="", valid_from="", valid_to="")
        for number, (free, vouchers) in enumerate(FLAG_ROWS.values(), start=1)
    ]
    service_import = preview(networks["lecco"], editors["lecco"], "servizi.csv", csv_bytes(rows))
    service_import.status = ServiceImport.Status.RUNNING
    service_import.save(update_fields=["status"])
    run_import.call(service_import.pk)
    services = {}
    for service in ServicePage.objects.filter(external_id__in=FLAG_ROWS):
        service.get_latest_revision().publish()
        services[service.external_id] = ServicePage.objects.get(pk=service.pk)
    return services


def csv_rows(client):
    header, *rows = csv.reader(io.StringIO(client.get("/open-data/servizi.csv").content.decode()))
    return {row["identificativo"]: row for row in (dict(zip(header, cells, strict=True)) for cells in rows)}


def cost_options(client, service):
    record = client.get(f"/open-data/hsds/services/{service.uuid}").json()
    assert errors("service_with_definitions.json", record) == []
    return record, {option["option"] for option in record.get("cost_options", [])}


def test_import_keeps_unknown_flags_unknown(imported):
    flags = {key: (service.is_free, service.accepts_vouchers) for key, service in imported.items()}
    assert flags == {"LC-00001": (True, None), "LC-00002": (False, False), "LC-00003": (None, True)}


def test_a_row_without_status_is_unverified(imported):
    assert {service.status for service in imported.values()} == {"unverified"}


def test_csv_writes_unknown_as_an_empty_cell(client, imported):
    rows = csv_rows(client)
    cells = {key: (rows[str(s.uuid)]["gratuito"], rows[str(s.uuid)]["accetta_voucher"]) for key, s in imported.items()}
    assert cells == {"LC-00001": ("sì", ""), "LC-00002": ("no", "no"), "LC-00003": ("", "sì")}
    assert {rows[str(s.uuid)]["stato"] for s in imported.values()} == {"Non verificato"}


def test_hsds_states_only_what_is_known(client, imported):
    record, options = cost_options(client, imported["LC-00001"])
    assert options == {"Gratuito", "Costo"}  # nothing about vouchers: not indicated
    assert record["status"] != "active" and record["alert"].startswith("Stato non verificato.")
    _record, options = cost_options(client, imported["LC-00002"])
    assert options == {"Costo", "Non si può pagare con i voucher di conciliazione"}
    _record, options = cost_options(client, imported["LC-00003"])
    assert options == {"Costo", "Si può pagare con i voucher di conciliazione"}  # free: not indicated


def test_api_gives_null_for_unknown(client, imported):
    service = imported["LC-00003"]
    data = client.get(f"/api/v2/services/{service.pk}/").json()
    assert data["is_free"] is None and data["accepts_vouchers"] is True


def test_sheet_says_what_is_not_indicated(client, imported):
    html = client.get(imported["LC-00001"].url).content.decode()
    assert "Gratuito" in html
    assert "Non è indicato se si possono usare i voucher di conciliazione." in html
    assert "Stato non verificato" in html and '<dd class="col-sm-8">Attivo</dd>' not in html


def json_ld(client, service):
    html = client.get(service.url).content.decode()
    return json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1))


def test_json_ld_omits_what_is_not_indicated(client, imported):
    assert json_ld(client, imported["LC-00001"])["offers"]["price"] == 0
    assert "price" not in json_ld(client, imported["LC-00003"])["offers"]


def test_the_free_filter_lists_only_services_said_to_be_free(client, imported):
    listing = client.get("/servizi/", {"gratuito": "1"}).content.decode()
    assert imported["LC-00001"].title in listing
    assert imported["LC-00002"].title not in listing and imported["LC-00003"].title not in listing


def test_the_admin_offers_non_indicato(client, imported, regional_editor):
    client.force_login(regional_editor)
    html = client.get(reverse("wagtailadmin_pages:edit", args=[imported["LC-00001"].pk])).content.decode()
    vouchers = re.search(r'<select name="accepts_vouchers".*?</select>', html, re.S).group(0)
    assert re.search(r'<option value="unknown" selected>non indicato</option>', vouchers)
    assert '<option value="true">sì</option>' in vouchers and '<option value="false">no</option>' in vouchers
