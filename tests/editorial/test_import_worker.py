"""On the site, an import confirmed in the admin is a task kept in the database and run by
`manage.py db_worker --backend imports` (started by `make run`): the web request only
enqueues it, the page shows it running, then its result."""

import pytest
from django.core.management import call_command
from django_tasks_db.management.commands import db_worker

from editorial.models import ServiceImport
from services_catalog.models import ServicePage
from tests.editorial.files import service_row, upload, xlsx_bytes


@pytest.fixture
def database_tasks(settings, monkeypatch):
    settings.TASKS = {**settings.TASKS, "imports": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    # The worker drops connections it considers stale; the test's transaction must survive it.
    monkeypatch.setattr(db_worker, "close_old_connections", lambda: None)


def test_the_request_enqueues_and_the_worker_imports(database_tasks, lecco_client, networks):
    response = upload(lecco_client, networks["lecco"], xlsx_bytes([service_row(1), service_row(2)]), "servizi.xlsx")
    service_import = ServiceImport.objects.get()
    lecco_client.post(response["Location"], {"decision": "import"})
    service_import.refresh_from_db()
    assert service_import.status == ServiceImport.Status.RUNNING
    imported = ServicePage.objects.filter(network=networks["lecco"], external_id__startswith="LC-")
    assert not imported.exists()
    running_page = lecco_client.get(response["Location"]).content.decode()
    assert 'http-equiv="refresh"' in running_page

    call_command("db_worker", "--backend", "imports", "--batch", "--no-startup-delay", "--interval", "0")

    service_import.refresh_from_db()
    assert service_import.status == ServiceImport.Status.DONE
    assert imported.count() == 2
    assert "Importazione completata" in lecco_client.get(response["Location"]).content.decode()
