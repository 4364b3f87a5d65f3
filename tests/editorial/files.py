"""Builders of import files for the tests (real CSV and XLSX bytes), and their upload."""

import csv
import io

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from openpyxl import Workbook

from editorial.importer.columns import COLUMNS

HEADERS = [column.header for column in COLUMNS]


def service_row(number=1, **overrides):
    """A valid row, as an editor would type it (keys are column keys)."""
    row = {
        "external_id": f"LC-{number:05d}",
        "title": f"Servizio di prova {number}",
        "short_description": "Descrizione breve del servizio di prova.",
        "objectives": "5",
        "actions": "dopo-scuola",
        "audiences": "famiglie; lavoratori",
        "is_free": "no",
        "cost_description": "Quota mensile",
        "accepts_vouchers": "sì",
        "contact_phone": "+39 0341 000000",
        "contact_email": "servizio@example.org",
        "contact_website": "https://example.org/servizio",
        "municipality": "Lecco",
        "province": "LC",
        "age_min_months": "72",
        "age_max_months": "144",
        "provider_name": "Ente di prova",
        "provider_kind": "terzo settore",
        "status": "attivo",
        "valid_from": "01/09/2025",
        "valid_to": "30/06/2026",
        "last_verified": "01/10/2025",
    }
    row.update(overrides)
    return row


def as_cells(rows, headers):
    keys = [column.key for column in COLUMNS if column.header in headers]
    return [[row.get(key, "") for key in keys] for row in rows]


def csv_bytes(rows, headers=HEADERS, delimiter=";", encoding="utf-8"):
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter)
    writer.writerow(headers)
    writer.writerows(as_cells(rows, headers))
    return buffer.getvalue().encode(encoding)


def xlsx_bytes(rows, headers=HEADERS):
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet()
    sheet.append(headers)
    for cells in as_cells(rows, headers):
        sheet.append(cells)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def upload(client, network, content, name="servizi.csv"):
    return client.post(
        reverse("editorial_import"),
        {"network": network.pk, "file": SimpleUploadedFile(name, content)},
    )
