"""The import end to end on the real ServicePage: preview writes nothing, confirming writes
every valid row as a draft in the workflow, in one transaction, idempotent on the external id."""

import pytest
from django.core import mail
from django.test import TestCase
from django.urls import reverse
from wagtail.models import Page, PageLogEntry, Revision, WorkflowState

from editorial.importer import writer as writer_module
from editorial.importer.runner import preview, run_import
from editorial.models import ServiceImport
from services_catalog.models import ServicePage
from tests.editorial.files import csv_bytes, service_row, xlsx_bytes


def confirm(service_import):
    """Runs the import inside the test's transaction; its commit hooks (indexing, e-mail) run as
    if it committed (test_import_atomicity.py commits for real)."""
    service_import.status = ServiceImport.Status.RUNNING
    service_import.save(update_fields=["status"])
    with TestCase.captureOnCommitCallbacks(execute=True):
        run_import.call(service_import.pk)
    service_import.refresh_from_db()
    return service_import


def lecco_services(networks):
    return ServicePage.objects.filter(network=networks["lecco"], external_id__startswith="LC-")


@pytest.fixture
def lecco_import(networks, editors, regional_editor):
    rows = [service_row(1), service_row(2), service_row(3, municipality="Roma"), service_row(4, audiences="")]
    return preview(networks["lecco"], editors["lecco"], "servizi.csv", csv_bytes(rows))


def test_preview_lists_rejected_rows_and_writes_nothing(lecco_import, networks):
    assert lecco_import.total_rows == 4 and lecco_import.valid_rows == 2
    assert lecco_import.to_create == 2 and lecco_import.to_update == 0
    assert [row["line"] for row in lecco_import.rejected] == [4, 5]
    assert "non è un comune della Lombardia" in lecco_import.rejected[0]["errors"][0]
    assert lecco_import.rejected[1]["errors"] == ["Destinatari: obbligatorio"]
    assert not lecco_services(networks).exists()


def test_confirming_writes_valid_rows_as_drafts_in_the_workflow(lecco_import, networks, editors, regional_editor):
    mail.outbox.clear()
    done = confirm(lecco_import)
    assert done.status == ServiceImport.Status.DONE, done.message
    assert (done.created_count, done.updated_count) == (2, 0)
    services = list(lecco_services(networks).order_by("external_id"))
    assert [s.external_id for s in services] == ["LC-00001", "LC-00002"]
    service = services[0]
    assert not service.live and service.get_parent().pk == networks["lecco"].pk
    assert service.workflow_in_progress
    assert service.owner == editors["lecco"]
    assert [a.slug for a in service.audiences.all()] == ["famiglie", "lavoratori"]
    assert [o.number for o in service.objectives.all()] == [5]
    location = service.locations.get()
    assert (location.municipality, location.province) == ("Lecco", "LC")
    assert service.provider_kind == "third_sector" and service.age_max_months == 144
    # One summary e-mail to the reviewers, not one per page.
    assert len(mail.outbox) == 1 and regional_editor.email in mail.outbox[0].to
    assert not done.file


def test_reimporting_updates_and_never_duplicates(networks, editors, regional_editor):
    first = preview(networks["lecco"], editors["lecco"], "a.xlsx", xlsx_bytes([service_row(1), service_row(2)]))
    confirm(first)
    changed = [service_row(1, title="Nome nuovo"), service_row(2), service_row(5)]
    second = preview(networks["lecco"], editors["lecco"], "b.xlsx", xlsx_bytes(changed))
    assert (second.to_create, second.to_update) == (1, 2)
    done = confirm(second)
    assert (done.created_count, done.updated_count) == (1, 2)
    assert lecco_services(networks).count() == 3
    service = lecco_services(networks).get(external_id="LC-00001")
    assert service.get_latest_revision_as_object().title == "Nome nuovo"
    assert service.workflow_in_progress


def test_an_imported_draft_is_approved_in_the_admin_then_reimported(client, networks, editors, regional_editor):
    lecco = networks["lecco"]
    confirm(preview(lecco, editors["lecco"], "a.csv", csv_bytes([service_row(1)])))
    service = lecco_services(networks).get()
    assert service.current_workflow_state.requested_by == editors["lecco"]
    assert service.revisions.count() == 1 and service.latest_revision.user == editors["lecco"]
    client.force_login(regional_editor)
    explorer = client.get(reverse("wagtailadmin_explore", args=[lecco.pk])).content.decode()
    assert reverse("wagtailadmin_pages:edit", args=[service.pk]) in explorer
    task_state = service.current_workflow_task_state
    client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[service.pk, "approve", task_state.pk]),
        {"comment": "Va bene."},
    )
    service = ServicePage.objects.get(pk=service.pk)
    assert service.live and not service.workflow_in_progress and not service.has_unpublished_changes
    assert service.live_revision == service.latest_revision
    assert service.locations.get().municipality == "Lecco"
    assert client.get(service.url).status_code == 200

    done = confirm(preview(lecco, editors["lecco"], "b.csv", csv_bytes([service_row(1, title="Nome nuovo")])))
    assert (done.created_count, done.updated_count) == (0, 1)
    service = ServicePage.objects.get(pk=service.pk)
    assert service.live and service.title == "Servizio di prova 1"  # live until the change is approved
    assert service.has_unpublished_changes and service.workflow_in_progress
    assert service.get_latest_revision_as_object().title == "Nome nuovo"


def test_progress_is_reported_batch_after_batch(networks, editors, monkeypatch):
    confirm(preview(networks["lecco"], editors["lecco"], "a.csv", csv_bytes([service_row(1), service_row(2)])))
    monkeypatch.setattr(writer_module, "BATCH", 2)
    rows = [service_row(number) for number in range(1, 8)]
    service_import = preview(networks["lecco"], editors["lecco"], "b.csv", csv_bytes(rows))
    service_import.status = ServiceImport.Status.RUNNING
    service_import.save(update_fields=["status"])
    reported = []
    run_import.call(service_import.pk, on_progress=reported.append)
    assert reported == [2, 4, 5, 7]  # three batches of new services, then the two updates


def test_the_same_external_id_in_another_network_is_another_service(networks, editors):
    confirm(preview(networks["lecco"], editors["lecco"], "a.csv", csv_bytes([service_row(1)])))
    confirm(preview(networks["como"], editors["como"], "a.csv", csv_bytes([service_row(1)])))
    assert ServicePage.objects.filter(external_id="LC-00001").count() == 2


def test_a_failure_half_way_leaves_nothing_written(networks, editors, monkeypatch):
    """New rows are written in bulk first, then existing ones are updated one by one: a failure
    in the second update undoes the bulk creation and the first update too."""
    confirm(preview(networks["lecco"], editors["lecco"], "a.csv", csv_bytes([service_row(1), service_row(2)])))
    before = {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "log": PageLogEntry.objects.count(),
        "workflows": WorkflowState.objects.count(),
    }
    rows = [service_row(number, title=f"Nuovo titolo {number}") for number in range(1, 6)]
    service_import = preview(networks["lecco"], editors["lecco"], "b.csv", csv_bytes(rows))
    original = writer_module.ServiceWriter.update

    def failing_update(self, page, values):
        if self.updated == 1:
            raise RuntimeError("disco pieno")
        original(self, page, values)

    monkeypatch.setattr(writer_module.ServiceWriter, "update", failing_update)
    done = confirm(service_import)
    assert done.status == ServiceImport.Status.FAILED
    assert "nessun servizio è stato modificato" in done.message
    assert sorted(lecco_services(networks).values_list("external_id", flat=True)) == ["LC-00001", "LC-00002"]
    assert lecco_services(networks).get(external_id="LC-00001").get_latest_revision_as_object().title == (
        "Servizio di prova 1"
    )
    assert before == {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "log": PageLogEntry.objects.count(),
        "workflows": WorkflowState.objects.count(),
    }
