"""The import's transaction for real: these tests COMMIT (committed_db), as the import worker
does, instead of running inside the test's own transaction. Every valid row is committed or
none is, a failure that the database raises only at COMMIT leaves nothing behind, and what
leaves the database (the search index, the reviewers' e-mail) follows the real commit.

The failure at COMMIT is the database's own: Django creates foreign keys DEFERRABLE INITIALLY
DEFERRED on SQLite and PostgreSQL, so a row that points at nothing is refused only when the
transaction commits. The import's progress callback (the hook the admin's progress bar uses)
writes such a row inside the import's transaction, after the new services are written."""

import pytest
from django.core import mail
from django.db import connection, transaction
from wagtail.models import Page, PageLogEntry, Revision, WorkflowState

from editorial.groups import REGIONAL_GROUP_NAME, network_group_name
from editorial.importer.runner import preview, run_import
from editorial.models import ServiceImport
from services_catalog.models import ServicePage
from tests.editorial.conftest import make_user, network
from tests.editorial.files import csv_bytes, service_row


@pytest.fixture
def lecco(committed_db):
    return network("lecco")


@pytest.fixture
def lecco_editor(committed_db, lecco, django_user_model):
    return make_user(django_user_model, "redazione-lecco", network_group_name(lecco))


@pytest.fixture
def regional_editor(committed_db, django_user_model):
    return make_user(django_user_model, "redazione-regionale", REGIONAL_GROUP_NAME)


def queued(lecco, editor, rows):
    service_import = preview(lecco, editor, "servizi.csv", csv_bytes(rows))
    service_import.status = ServiceImport.Status.RUNNING
    service_import.save(update_fields=["status"])
    return service_import


def imported(lecco):
    return ServicePage.objects.filter(network=lecco, external_id__startswith="LC-")


def found_by_search(text):
    return set(ServicePage.objects.search(text).get_queryset().values_list("external_id", flat=True))


def written_rows():
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "log": PageLogEntry.objects.count(),
        "workflows": WorkflowState.objects.count(),
    }


def test_the_rows_the_index_and_the_email_follow_the_real_commit(lecco, lecco_editor, regional_editor):
    service_import = queued(lecco, lecco_editor, [service_row(1), service_row(2, title="Ornitorinco al nido")])
    mail.outbox.clear()
    with transaction.atomic():  # the caller's transaction: the import's own becomes a savepoint
        run_import.call(service_import.pk)
        assert imported(lecco).count() == 2
        assert not found_by_search("ornitorinco"), "indexed before the commit"
        assert mail.outbox == [], "reviewers told before the commit"
    assert not connection.in_atomic_block
    assert sorted(imported(lecco).values_list("external_id", flat=True)) == ["LC-00001", "LC-00002"]
    assert all(page.workflow_in_progress for page in imported(lecco))
    assert found_by_search("ornitorinco") == {"LC-00002"}
    assert len(mail.outbox) == 1 and mail.outbox[0].to == [regional_editor.email]
    service_import.refresh_from_db()
    assert (service_import.status, service_import.created_count) == (ServiceImport.Status.DONE, 2)


def test_a_failure_at_commit_leaves_nothing_behind(lecco, lecco_editor, regional_editor):
    first = queued(lecco, lecco_editor, [service_row(1), service_row(2)])
    run_import.call(first.pk)
    assert imported(lecco).count() == 2  # committed: the second import updates these two
    before = written_rows()
    mail.outbox.clear()
    rows = [service_row(number, title=f"Ornitorinco {number}") for number in range(1, 5)]
    second = queued(lecco, lecco_editor, rows)
    missing_user = (lecco_editor.pk or 0) + 10_000
    dangling = []

    def point_a_new_service_at_a_missing_user(done):
        if dangling:
            return
        with connection.cursor() as cursor:
            cursor.execute(
                "UPDATE wagtailcore_page SET owner_id = %s WHERE id = "
                "(SELECT page_ptr_id FROM services_catalog_servicepage WHERE external_id = %s AND network_id = %s)",
                [missing_user, "LC-00003", lecco.pk],
            )
            dangling.append(cursor.rowcount)

    run_import.call(second.pk, on_progress=point_a_new_service_at_a_missing_user)

    assert dangling == [1], "the dangling row was written without error: the database refuses it at COMMIT"
    second.refresh_from_db()
    assert second.status == ServiceImport.Status.FAILED
    assert "nessun servizio è stato modificato" in second.message
    assert written_rows() == before
    assert sorted(imported(lecco).values_list("external_id", flat=True)) == ["LC-00001", "LC-00002"]
    assert [page.get_latest_revision_as_object().title for page in imported(lecco).order_by("external_id")] == [
        "Servizio di prova 1",
        "Servizio di prova 2",
    ]
    assert not found_by_search("ornitorinco")
    assert mail.outbox == []
