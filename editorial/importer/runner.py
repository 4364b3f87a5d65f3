"""The two steps of an import: `preview` reads and validates without writing a service;
`run_import` writes every valid row in one transaction (or nothing, if anything fails,
COMMIT included). What leaves the database (the search index, the reviewers' e-mail) is
done on commit: a rolled-back import indexes and announces nothing."""

import logging
from functools import partial

from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django_tasks import task
from wagtail.models import GroupApprovalTask

from editorial.importer import kept_rows
from editorial.importer.notifications import notify_reviewers, per_page_notifications_paused
from editorial.importer.reader import read_table
from editorial.importer.territory import territory_warning
from editorial.importer.validation import RowValidator
from editorial.importer.writer import ServiceWriter
from editorial.models import ServiceImport
from search.bulk_indexing import index_in_bulk, per_save_indexing_paused
from services_catalog.maintenance import refresh_service_statistics
from services_catalog.models import ServicePage

logger = logging.getLogger(__name__)
# A large import refreshes the planner statistics (PostgreSQL's autovacuum would do it later).
STATISTICS_AFTER_ROWS = 500


def validate(content, file_name, validator=None):
    """Reads and validates a file: (all row results). Raises MalformedFile."""
    table = read_table(content, file_name)
    validator = validator or RowValidator()
    return [validator.validate(line, values) for line, values in table.rows]


def rejected_rows(results):
    return [
        {"line": result.line, "external_id": result.external_id, "errors": result.errors}
        for result in results
        if not result.is_valid
    ]


def preview(network, user, file_name, content):
    """Validates an upload and records it for the editor's decision; writes no service."""
    validator = RowValidator()
    results = validate(content, file_name, validator)
    valid_ids = {result.external_id for result in results if result.is_valid}
    existing = set(
        ServicePage.objects.filter(network=network, external_id__in=valid_ids).values_list("external_id", flat=True)
    )
    service_import = ServiceImport(
        network=network,
        user=user,
        file_name=file_name[:255],
        total_rows=len(results),
        valid_rows=len(valid_ids),
        to_create=len(valid_ids - existing),
        to_update=len(existing),
        rejected=rejected_rows(results),
        # Until the editor decides, the message holds the preview's warning (if any).
        message=territory_warning(network, results),
    )
    service_import.file.save(file_name, ContentFile(content), save=False)
    service_import.save()
    kept_rows.keep(service_import, content, validator, results)
    return service_import


def progress_key(service_import_id):
    return f"editorial:import-progress:{service_import_id}"


def read_progress(service_import):
    return cache.get(progress_key(service_import.pk), 0)


def reviewers_of(network):
    workflow = network.get_workflow()
    tasks = GroupApprovalTask.objects.filter(workflow_tasks__workflow=workflow)
    return get_user_model().objects.filter(is_active=True, groups__in=[g for t in tasks for g in t.groups.all()])


def report_progress(key, done, also=None):
    cache.set(key, done, timeout=3600)
    if also is not None:
        also(done)


@task(backend="imports")
def run_import(service_import_id, on_progress=None, through_api=False):
    """Writes the valid rows of a previewed import, all in one transaction."""
    service_import = ServiceImport.objects.select_related("network", "user").get(pk=service_import_id)
    if service_import.status != ServiceImport.Status.RUNNING:
        return
    key = progress_key(service_import.pk)
    try:
        with service_import.file.open("rb") as handle:
            content = handle.read()
        validator = RowValidator()
        results = kept_rows.take(service_import, content, validator)
        if results is None:
            results = validate(content, service_import.file_name, validator)
        valid = [result for result in results if result.is_valid]
        writer = ServiceWriter(
            service_import.network.specific,
            service_import.user,
            on_progress=lambda done: report_progress(key, done, on_progress),
            through_api=through_api,
        )
        with transaction.atomic(), per_page_notifications_paused(), per_save_indexing_paused(ServicePage):
            writer.write(valid)
            transaction.on_commit(partial(index_in_bulk, ServicePage, writer.created_pks))
    except Exception as error:  # the transaction is rolled back: record why, change nothing else
        logger.exception("Service import %s failed", service_import.pk)
        service_import.status = ServiceImport.Status.FAILED
        service_import.message = _("Importazione non riuscita, nessun servizio è stato modificato: %(error)s") % {
            "error": error
        }
    else:
        service_import.status = ServiceImport.Status.DONE
        service_import.created_count = writer.created
        service_import.updated_count = writer.updated
        if writer.created >= STATISTICS_AFTER_ROWS:
            refresh_service_statistics()
    service_import.finished_at = timezone.now()
    service_import.file.delete(save=False)
    service_import.save()
    cache.delete(key)
    if service_import.status == ServiceImport.Status.DONE:
        reviewers = reviewers_of(service_import.network)
        transaction.on_commit(partial(notify_reviewers, service_import, reviewers))
