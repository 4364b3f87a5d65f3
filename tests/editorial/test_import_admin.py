"""The import in the admin, as a network editor uses it."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from openpyxl import load_workbook

from editorial.importer.columns import COLUMNS
from editorial.models import ServiceImport
from services_catalog.models import ServicePage
from tests.editorial.files import HEADERS, csv_bytes, service_row, upload, xlsx_bytes


def test_the_template_has_the_italian_headers(lecco_client):
    response = lecco_client.get(reverse("editorial_import_template", args=["xlsx"]))
    workbook = load_workbook(io.BytesIO(response.content))
    assert [cell.value for cell in workbook.worksheets[0][1]] == HEADERS
    example = [cell.value or "" for cell in workbook.worksheets[0][2]]
    assert example[0].startswith("ESEMPIO") and example[1].startswith("ESEMPIO")
    assert workbook.worksheets[1].title == "Istruzioni"
    csv_response = lecco_client.get(reverse("editorial_import_template", args=["csv"]))
    header_line, example_line = csv_response.content.decode("utf-8-sig").strip().splitlines()
    assert header_line == ";".join(c.header for c in COLUMNS)
    assert example_line.startswith("ESEMPIO-")
    assert lecco_client.get(reverse("editorial_import_template", args=["pdf"])).status_code == 404


def test_an_editor_may_only_choose_its_network(lecco_client, networks):
    html = lecco_client.get(reverse("editorial_import")).content.decode()
    assert networks["lecco"].title in html and networks["como"].title not in html
    response = upload(lecco_client, networks["como"], csv_bytes([service_row(1)]))
    assert response.status_code == 400
    assert not ServiceImport.objects.exists()


def test_preview_then_import_through_the_admin(lecco_client, networks):
    rows = [service_row(1), service_row(2, contact_email="sbagliata")]
    response = upload(lecco_client, networks["lecco"], xlsx_bytes(rows), "servizi.xlsx")
    assert response.status_code == 302
    service_import = ServiceImport.objects.get()
    preview_page = lecco_client.get(response["Location"]).content.decode()
    assert "Email: Inserisci un indirizzo email valido." in preview_page
    assert not ServicePage.objects.filter(network=networks["lecco"], external_id__startswith="LC-").exists()
    lecco_client.post(response["Location"], {"decision": "import"})
    service_import.refresh_from_db()
    assert service_import.status == ServiceImport.Status.DONE
    assert ServicePage.objects.filter(network=networks["lecco"], external_id__startswith="LC-").count() == 1
    result_page = lecco_client.get(response["Location"]).content.decode()
    assert "Importazione completata" in result_page


def test_discarding_the_preview_writes_nothing(lecco_client, networks):
    response = upload(lecco_client, networks["lecco"], csv_bytes([service_row(1)]))
    lecco_client.post(response["Location"], {"decision": "cancel"})
    assert ServiceImport.objects.get().status == ServiceImport.Status.CANCELLED
    assert not ServicePage.objects.filter(network=networks["lecco"], external_id__startswith="LC-").exists()
    lecco_client.post(response["Location"], {"decision": "import"})  # too late: already decided
    assert not ServicePage.objects.filter(network=networks["lecco"], external_id__startswith="LC-").exists()


@pytest.mark.parametrize(
    ("content", "name", "message"),
    [
        (b"", "servizi.csv", "vuoto"),
        (b"\x00\x01\x02binary\xff\xfe", "servizi.csv", "binari"),
        (b"Colonna;Altra\n1;2\n", "servizi.csv", "Intestazioni non valide"),
        (b"not a spreadsheet", "servizi.xlsx", "Excel"),
    ],
)
def test_malformed_files_get_a_message_and_a_4xx(lecco_client, networks, content, name, message):
    response = upload(lecco_client, networks["lecco"], content, name)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not ServiceImport.objects.exists()


def test_a_50_mb_file_is_refused_before_reading(lecco_client, networks):
    content = b"a" * (50 * 1024 * 1024)
    response = upload(lecco_client, networks["lecco"], content)
    assert response.status_code == 400
    assert "dimensione massima" in response.content.decode()
    assert not ServiceImport.objects.exists()


def test_another_networks_import_cannot_be_seen_or_confirmed(client, editors, networks):
    client.force_login(editors["lecco"])
    response = upload(client, networks["lecco"], csv_bytes([service_row(1)]))
    client.force_login(editors["como"])
    admin_home = reverse("wagtailadmin_home")
    for refused in (client.get(response["Location"]), client.post(response["Location"], {"decision": "import"})):
        assert refused.status_code == 403 or refused["Location"] == admin_home
    assert ServiceImport.objects.get().status == ServiceImport.Status.PREVIEW


def test_users_without_a_network_cannot_import(client, django_user_model):
    user = django_user_model.objects.create_user("visitatore", "v@example.org", "unused-password-123")
    client.force_login(user)
    assert client.get(reverse("editorial_import")).status_code in (302, 403)


def test_the_template_imported_as_it_is_writes_nothing(lecco_client, networks):
    template = lecco_client.get(reverse("editorial_import_template", args=["csv"])).content
    response = upload(lecco_client, networks["lecco"], template)
    assert response.status_code == 302
    service_import = ServiceImport.objects.get()
    assert service_import.valid_rows == 0 and service_import.rejected_count == 1
    assert "riga di esempio del modello" in lecco_client.get(response["Location"]).content.decode()


def test_a_regional_editor_must_choose_the_network(client, regional_editor, networks):
    client.force_login(regional_editor)
    form = client.get(reverse("editorial_import")).context["form"]
    assert form["network"].value() is None
    assert '<option value="" selected>Scegliere la rete</option>' in str(form["network"])
    without_network = {"file": SimpleUploadedFile("s.csv", csv_bytes([service_row(1)]))}
    response = client.post(reverse("editorial_import"), without_network)
    assert response.status_code == 400
    assert not ServiceImport.objects.exists()


def test_a_network_editor_has_its_network_chosen(lecco_client, networks):
    form = lecco_client.get(reverse("editorial_import")).context["form"]
    assert '<option value=""' not in str(form["network"])


def test_rows_outside_the_networks_territory_are_flagged(client, regional_editor, networks):
    client.force_login(regional_editor)
    rows = [service_row(1), service_row(2, municipality="Bergamo", province="BG")]
    response = upload(client, networks["bergamo"], csv_bytes(rows))
    preview_page = client.get(response["Location"]).content.decode()
    assert "1 riga ha un comune fuori dal territorio della rete Bergamo: 2 (Lecco, LC)." in preview_page
    assert ServiceImport.objects.get().valid_rows == 2, "a warning, not a refusal"
    inside = upload(client, networks["lecco"], csv_bytes([service_row(3)]))
    assert "fuori dal territorio" not in client.get(inside["Location"]).content.decode()


def test_the_result_links_to_the_networks_sheets(lecco_client, networks):
    response = upload(lecco_client, networks["lecco"], csv_bytes([service_row(1)]))
    lecco_client.post(response["Location"], {"decision": "import"})
    result_page = lecco_client.get(response["Location"]).content.decode()
    assert f'href="{reverse("wagtailadmin_explore", args=[networks["lecco"].pk])}"' in result_page
